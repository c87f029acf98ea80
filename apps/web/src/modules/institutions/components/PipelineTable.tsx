import type { CalendarDate } from '@jiliang/calc';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate } from 'react-router';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import type { PipelineCase } from '../utils/PipelineCase.ts';
import { DueKindText } from './DueKindText.tsx';
import { DueTag } from './DueTag.tsx';
import { StateTag } from './StateTag.tsx';

export type PipelineTableProps = { cases: readonly PipelineCase[]; loading: boolean; today: CalendarDate };

/** The cases in the server's order: overdue first, then by next due date. */
export const PipelineTable = ({ cases, loading, today }: PipelineTableProps) => {
  const { t } = useLocale();
  const navigate = useNavigate();

  const columns: ColumnsType<PipelineCase> = [
    {
      key: 'name',
      title: t('institutions.name'),
      render: (_, item) => (
        <Link
          to={`/institutions/${item.organisationId}`}
          onClick={(event) => {
            event.stopPropagation();
          }}
        >
          {item.organisationName}
        </Link>
      ),
    },
    { key: 'type', title: t('institutions.type'), render: (_, item) => t(`institutionType.${item.institutionType}`) },
    { key: 'state', title: t('institutions.state'), render: (_, item) => <StateTag state={item.state} /> },
    { key: 'nextDueKind', title: t('institutions.nextDueKind'), render: (_, item) => <DueKindText kind={item.nextDueKind} /> },
    { key: 'nextDueOn', title: t('institutions.nextDue'), render: (_, item) => item.nextDueOn ?? '—' },
    {
      key: 'status',
      title: t('institutions.dueStatus'),
      render: (_, item) => <DueTag dueOn={item.nextDueOn} today={today} isOverdue={item.isOverdue} />,
    },
  ];

  return (
    <Table<PipelineCase>
      data-testid="pipeline-table"
      rowKey="id"
      columns={columns}
      dataSource={[...cases]}
      loading={loading}
      locale={{ emptyText: t('institutions.empty') }}
      onRow={(item) => ({
        onClick: () => void navigate(`/institutions/${item.organisationId}`),
        style: { cursor: 'pointer' },
      })}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
    />
  );
};
