import type { User } from '@jiliang/shared';
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Page } from '../../api/utils/Page.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { pickOrganisationName } from '../../organisations/utils/pickOrganisationName.ts';
import { formatShanghaiTime } from '../../time/utils/formatShanghaiTime.ts';
import { isLockedNow } from '../utils/isLockedNow.ts';
import { RoleTag } from './RoleTag.tsx';

export type UserTableProps = {
  data: Page<User> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  /** Shown only when the role may write users. */
  onResetPassword: ((user: User) => void) | undefined;
};

export const UserTable = ({ data, loading, page, pageSize, onPageChange, onResetPassword }: UserTableProps) => {
  const { locale, t } = useLocale();

  const columns: ColumnsType<User> = [
    { key: 'username', title: t('users.username'), render: (_, user) => <code>{user.username}</code> },
    { key: 'displayName', title: t('users.displayName'), dataIndex: 'displayName' },
    {
      key: 'memberships',
      title: t('users.memberships'),
      render: (_, user) => (
        <Space orientation="vertical" size={2}>
          {user.memberships.map((membership) => (
            <span key={membership.id}>
              <Typography.Text>{pickOrganisationName(membership.organisation, locale)}</Typography.Text> <RoleTag role={membership.role} />
            </span>
          ))}
        </Space>
      ),
    },
    { key: 'locale', title: t('users.locale'), render: (_, user) => (user.locale === 'en' ? 'English' : '中文') },
    {
      key: 'lockedUntil',
      title: t('users.status'),
      render: (_, user) =>
        user.lockedUntil && isLockedNow(user.lockedUntil) ? (
          <Tag color="red">{t('users.lockedUntil', { time: formatShanghaiTime(user.lockedUntil) })}</Tag>
        ) : (
          <Tag color="green">{t('users.active')}</Tag>
        ),
    },
    { key: 'createdAt', title: t('common.createdAt'), render: (_, user) => formatShanghaiTime(user.createdAt) },
  ];
  if (onResetPassword) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      render: (_, user) => (
        <Button
          size="small"
          onClick={() => {
            onResetPassword(user);
          }}
        >
          {t('users.resetPassword')}
        </Button>
      ),
    });
  }

  return (
    <Table<User>
      data-testid="user-table"
      rowKey="id"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      pagination={{ current: page, pageSize, total: data?.total ?? 0, showSizeChanger: true, onChange: onPageChange }}
    />
  );
};
