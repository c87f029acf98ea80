import type { Instrument } from '@jiliang/shared';
import { Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { Page } from '../../api/utils/Page.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { DueStateTag } from './DueStateTag.tsx';
import { InstrumentStatusTag } from './InstrumentStatusTag.tsx';

export type InstrumentTableProps = {
  data: Page<Instrument> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  showOwner: boolean;
  /** Row selection for bulk actions; absent for people who may not write. */
  selection?: { selectedIds: string[]; onChange: (ids: string[]) => void } | undefined;
};

const dash = (value: string | number | null) => (value === null || value === '' ? '—' : value);

/** The register (计量器具台账): one row per instrument, its current certificate and how soon it is due. */
export const InstrumentTable = ({ data, loading, page, pageSize, onPageChange, showOwner, selection }: InstrumentTableProps) => {
  const { t } = useLocale();
  const columns: ColumnsType<Instrument> = [
    {
      key: 'code',
      title: t('instrument.code'),
      render: (_, instrument) => (
        <Link to={`/instruments/${instrument.id}`} data-testid="instrument-link">
          {instrument.code}
        </Link>
      ),
    },
    { key: 'name', title: t('instrument.name'), dataIndex: 'name', ellipsis: true },
    ...(showOwner ? [{ key: 'owner', title: t('instrument.owner'), dataIndex: 'ownerName', ellipsis: true }] : []),
    { key: 'type', title: t('instrument.type'), render: (_, instrument) => t(`instrumentType.${instrument.instrumentType}`) },
    { key: 'medium', title: t('instrument.medium'), render: (_, instrument) => t(`medium.${instrument.medium}`) },
    { key: 'level', title: t('instrument.gb17167Level'), render: (_, instrument) => t(`gb17167Level.${instrument.gb17167Level}`) },
    { key: 'accuracyClass', title: t('instrument.accuracyClass'), render: (_, instrument) => dash(instrument.accuracyClass) },
    { key: 'status', title: t('instrument.status'), render: (_, instrument) => <InstrumentStatusTag status={instrument.status} /> },
    { key: 'certificate', title: t('instrument.latestCertificate'), render: (_, instrument) => dash(instrument.latestCertificateNumber) },
    {
      key: 'due',
      title: t('instrument.dueDate'),
      render: (_, instrument) => (
        <Space size={4} wrap={false}>
          <span>{dash(instrument.dueDate)}</span>
          <DueStateTag state={instrument.dueState} />
        </Space>
      ),
    },
  ];

  return (
    <Table<Instrument>
      data-testid="instrument-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      rowSelection={
        selection && {
          selectedRowKeys: selection.selectedIds,
          preserveSelectedRowKeys: true,
          onChange: (keys) => {
            selection.onChange(keys.map(String));
          },
        }
      }
      pagination={{ current: page, pageSize, total: data?.total ?? 0, showSizeChanger: true, onChange: onPageChange }}
    />
  );
};
