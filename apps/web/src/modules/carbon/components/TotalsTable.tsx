import type { CarbonTotalGroup, CarbonTotals } from '@jiliang/shared';
import { Table } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatPercent } from '../utils/formatPercent.ts';
import { formatTco2 } from '../utils/formatTco2.ts';

type Row = CarbonTotals['rows'][number];

/** The Province's table: per group the enterprises counted, the total with U (k = 2) and the measured share. */
export const TotalsTable = ({ rows, by, loading }: { rows: CarbonTotals['rows']; by: CarbonTotalGroup; loading: boolean }) => {
  const { t } = useLocale();
  return (
    <Table<Row>
      size="small"
      rowKey="key"
      loading={loading}
      dataSource={rows}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: t('carbon.noTotals') }}
      data-testid="totals-table"
      columns={[
        { title: t(`carbon.group.${by}`), dataIndex: 'label' },
        ...(by === 'enterprise' ? [] : [{ title: t('carbon.enterprises'), dataIndex: 'enterprises', align: 'right' as const }]),
        { title: t('carbon.totalUnit'), key: 'total', align: 'right', render: (_, row) => formatTco2(row.totalTco2) },
        { title: t('carbon.uTco2'), key: 'u', align: 'right', render: (_, row) => `± ${formatTco2(row.expandedUncertaintyTco2)}` },
        { title: t('carbon.measuredShare'), key: 'share', align: 'right', render: (_, row) => formatPercent(row.measuredShare) },
      ]}
    />
  );
};
