import type { AuditEntry } from '@jiliang/shared';
import { Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Page } from '../../api/utils/Page.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatShanghaiTime } from '../../time/utils/formatShanghaiTime.ts';
import { shortenHash } from '../utils/shortenHash.ts';

export type AuditTableProps = {
  data: Page<AuditEntry> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
};

export const AuditTable = ({ data, loading, page, pageSize, onPageChange }: AuditTableProps) => {
  const { t } = useLocale();

  const columns: ColumnsType<AuditEntry> = [
    { key: 'seq', title: t('audit.seq'), dataIndex: 'seq', width: 90 },
    { key: 'at', title: t('audit.at'), render: (_, entry) => formatShanghaiTime(entry.at), width: 190 },
    { key: 'actor', title: t('audit.actor'), dataIndex: 'actorLabel' },
    { key: 'action', title: t('audit.action'), render: (_, entry) => <code>{entry.action}</code> },
    { key: 'entityType', title: t('audit.entityType'), dataIndex: 'entityType' },
    { key: 'entityId', title: t('audit.entityId'), render: (_, entry) => (entry.entityId ? <code>{entry.entityId}</code> : '—') },
    {
      key: 'hash',
      title: t('audit.hash'),
      render: (_, entry) => (
        <Tooltip title={entry.hash}>
          <code>{shortenHash(entry.hash)}</code>
        </Tooltip>
      ),
    },
  ];

  return (
    <Table<AuditEntry>
      data-testid="audit-table"
      rowKey="seq"
      size="small"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={{ current: page, pageSize, total: data?.total ?? 0, showSizeChanger: true, onChange: onPageChange }}
    />
  );
};
