import type { CarbonTotals } from '@jiliang/shared';
import { Empty } from 'antd';
import { useMemo } from 'react';
import { EChart } from '../../charts/EChart.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { buildTotalsOption } from '../utils/buildTotalsOption.ts';

/** The Province's bar chart: one bar per group, the largest on top; its height grows with the number of groups. */
export const TotalsChart = ({ rows }: { rows: CarbonTotals['rows'] }) => {
  const { t } = useLocale();
  const option = useMemo(() => buildTotalsOption(rows, { unit: t('carbon.tCO2'), uncertainty: t('carbon.expandedU') }), [rows, t]);
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('carbon.noTotals')} />;
  return <EChart option={option} height={Math.max(220, 48 + rows.length * 36)} data-testid="totals-chart" />;
};
