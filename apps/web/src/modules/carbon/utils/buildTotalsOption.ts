import type { CarbonTotals } from '@jiliang/shared';
import { escapeHtml } from '../../instruments/utils/escapeHtml.ts';
import { formatTco2 } from './formatTco2.ts';

/**
 * The Province's view (issue 7 §6): one horizontal bar per prefecture, industry or enterprise, largest on top, with
 * the expanded uncertainty U (k = 2) named in the tooltip beside the total.
 */
export const buildTotalsOption = (rows: CarbonTotals['rows'], labels: { unit: string; uncertainty: string }) => {
  const ordered = [...rows].sort((a, b) => a.totalTco2 - b.totalTco2); // ECharts draws the first category at the bottom
  return {
    aria: { enabled: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: { dataIndex: number }[]) => {
        const row = ordered[params[0]?.dataIndex ?? -1];
        return row
          ? `${escapeHtml(row.label)}<br/>${formatTco2(row.totalTco2)} ${labels.unit}<br/>${labels.uncertainty}: ${formatTco2(row.expandedUncertaintyTco2)} ${labels.unit}`
          : '';
      },
    },
    grid: { left: 16, right: 48, top: 24, bottom: 24, containLabel: true },
    xAxis: { type: 'value', name: labels.unit },
    yAxis: { type: 'category', data: ordered.map((row) => row.label), axisLabel: { width: 160, overflow: 'truncate' } },
    series: [{ type: 'bar', name: labels.unit, barMaxWidth: 28, data: ordered.map((row) => row.totalTco2) }],
  };
};
