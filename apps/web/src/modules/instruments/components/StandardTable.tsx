import { addDays } from '@jiliang/calc';
import type { MeasurementStandard } from '@jiliang/shared';
import { Table } from 'antd';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { readShanghaiToday } from '../../institutions/utils/readShanghaiToday.ts';
import { DueDateText } from './DueDateText.tsx';
import { StandardLevelTag } from './StandardLevelTag.tsx';

/** Days ahead that count as due soon, as on the instrument dashboard (issue 4 §7). */
const DUE_WINDOW_DAYS = 30;
/** Top of the traceability hierarchy first: 国家计量基准, then 最高计量标准, then 工作计量标准. */
const LEVEL_RANK = { national_primary: 0, highest: 1, working: 2 } as const;

/** 计量标准: level, owner, code, measurand, latest certificate and its due date. */
export const StandardTable = ({ standards, loading }: { standards: readonly MeasurementStandard[]; loading: boolean }) => {
  const { t } = useLocale();
  const today = readShanghaiToday();
  const windowEnd = addDays(today, DUE_WINDOW_DAYS);
  return (
    <Table<MeasurementStandard>
      data-testid="standard-table"
      size="middle"
      rowKey="id"
      loading={loading}
      dataSource={[...standards].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level])}
      scroll={{ x: 'max-content' }}
      pagination={standards.length > 20 ? { pageSize: 20, showSizeChanger: true } : false}
      columns={[
        {
          key: 'name',
          title: t('standards.name'),
          render: (_, standard) => (
            <Link to={`/standards/${standard.id}`} data-testid="standard-link">
              {standard.name}
            </Link>
          ),
        },
        { key: 'code', title: t('standards.code'), dataIndex: 'code' },
        { key: 'level', title: t('standards.level'), render: (_, standard) => <StandardLevelTag level={standard.level} /> },
        { key: 'owner', title: t('standards.owner'), dataIndex: 'ownerName' },
        { key: 'measurand', title: t('standards.measurand'), dataIndex: 'measurand' },
        { key: 'uncertainty', title: t('standards.uncertainty'), render: (_, standard) => standard.uncertaintyText ?? '—' },
        { key: 'status', title: t('standards.status'), render: (_, standard) => t(`standardStatus.${standard.status}`) },
        { key: 'certificate', title: t('standards.latestCertificate'), render: (_, standard) => standard.latestCertificateNumber ?? '—' },
        {
          key: 'dueDate',
          title: t('standards.dueDate'),
          render: (_, standard) =>
            standard.level === 'national_primary' && standard.dueDate === null ? (
              '—'
            ) : (
              <DueDateText dueDate={standard.dueDate} today={today} windowEnd={windowEnd} />
            ),
        },
      ]}
    />
  );
};
