import type { AccountingResult } from '@jiliang/shared';
import { Empty } from 'antd';
import { useMemo } from 'react';
import { EChart } from '../../charts/EChart.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { buildMonthlyTrendOption } from '../utils/buildMonthlyTrendOption.ts';
import type { RunSourceRow } from '../utils/RunSourceRow.ts';

/** 逐月排放趋势: stacked bars by source (buildMonthlyTrendOption). */
export const MonthlyTrendChart = ({ monthly, rows }: { monthly: AccountingResult['monthly']; rows: readonly RunSourceRow[] }) => {
  const { t } = useLocale();
  const option = useMemo(() => buildMonthlyTrendOption(monthly, rows, t('carbon.tCO2')), [monthly, rows, t]);
  if (monthly.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return <EChart option={option} height={320} data-testid="run-trend" />;
};
