import type { EnergyFindingRow } from '@jiliang/shared';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { FindingVerdictTag } from './FindingVerdictTag.tsx';

const dash = (value: string | number | null) => (value === null ? '—' : value);

/** Findings: 表1 rates per energy type and level (required, installed, rate, limit), and each failing instrument or checklist item. */
export const FindingsTable = ({ findings }: { findings: EnergyFindingRow[] }) => {
  const { t } = useLocale();
  const columns: ColumnsType<EnergyFindingRow> = [
    { key: 'kind', title: t('review.col.kind'), render: (_, f) => t(`review.kind.${f.kind}`) },
    { key: 'medium', title: t('review.col.medium'), render: (_, f) => (f.medium ? t(`medium.${f.medium}`) : '—') },
    { key: 'level', title: t('review.col.level'), render: (_, f) => (f.level ? t(`gb17167Level.${f.level}`) : (f.instrumentCode ?? '—')) },
    { key: 'required', title: t('review.col.required'), align: 'right', render: (_, f) => dash(f.required) },
    { key: 'installed', title: t('review.col.installed'), align: 'right', render: (_, f) => dash(f.installed) },
    { key: 'rate', title: t('review.col.rate'), align: 'right', render: (_, f) => dash(f.rate) },
    { key: 'limit', title: t('review.col.limit'), align: 'right', render: (_, f) => (f.limit === null ? '—' : `≥ ${f.limit}`) },
    { key: 'verdict', title: t('review.verdict'), render: (_, f) => <FindingVerdictTag verdict={f.verdict} /> },
    { key: 'text', title: t('review.col.text'), dataIndex: 'text', width: 420 },
  ];
  return (
    <Table<EnergyFindingRow>
      data-testid="findings-table"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={findings}
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowClassName={(f) => (f.verdict === 'fail' ? 'row-fail' : '')}
    />
  );
};
