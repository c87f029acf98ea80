import type { ApiToken } from '@jiliang/shared';
import { Button, Popconfirm, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatShanghaiTime } from '../../time/utils/formatShanghaiTime.ts';
import { PermissionTag } from './PermissionTag.tsx';

export type TokenTableProps = {
  tokens: readonly ApiToken[];
  loading: boolean;
  revokingId: string | undefined;
  onRevoke: (token: ApiToken) => void;
};

export const TokenTable = ({ tokens, loading, revokingId, onRevoke }: TokenTableProps) => {
  const { t } = useLocale();

  const columns: ColumnsType<ApiToken> = [
    { key: 'name', title: t('tokens.name'), dataIndex: 'name' },
    { key: 'prefix', title: t('tokens.prefix'), render: (_, token) => <code>{token.prefix}…</code> },
    {
      key: 'permissions',
      title: t('tokens.permissions'),
      render: (_, token) => token.permissions.map((permission) => <PermissionTag key={permission} permission={permission} />),
    },
    { key: 'createdAt', title: t('common.createdAt'), render: (_, token) => formatShanghaiTime(token.createdAt) },
    { key: 'lastUsedAt', title: t('tokens.lastUsedAt'), render: (_, token) => formatShanghaiTime(token.lastUsedAt) },
    {
      key: 'status',
      title: t('tokens.status'),
      render: (_, token) =>
        token.revokedAt ? (
          <Tag color="red" title={formatShanghaiTime(token.revokedAt)}>
            {t('tokens.revoked')}
          </Tag>
        ) : (
          <Tag color="green">{t('tokens.valid')}</Tag>
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, token) =>
        token.revokedAt ? null : (
          <Popconfirm
            title={t('tokens.revokeConfirmTitle')}
            description={t('tokens.revokeConfirm', { name: token.name })}
            okText={t('tokens.revoke')}
            okButtonProps={{ danger: true }}
            cancelText={t('action.cancel')}
            onConfirm={() => {
              onRevoke(token);
            }}
          >
            <Button size="small" danger loading={revokingId === token.id} data-testid={`revoke-token-${token.id}`}>
              {t('tokens.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Table<ApiToken>
      data-testid="token-table"
      rowKey="id"
      columns={columns}
      dataSource={[...tokens]}
      loading={loading}
      pagination={false}
    />
  );
};
