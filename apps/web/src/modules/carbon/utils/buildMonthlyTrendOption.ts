import type { AccountingResult } from '@jiliang/shared';
import { formatTco2 } from './formatTco2.ts';
import type { RunSourceRow } from './RunSourceRow.ts';

/**
 * The monthly trend of a run (issue 7 §6): one bar per month, stacked by source, in tCO2. Only the sources counted in
 * the total are stacked (biomass CO2 is reported apart, GB/T 32150), so each stack adds up to the month's total;
 * exports and recoveries stack below zero.
 */
export const buildMonthlyTrendOption = (monthly: AccountingResult['monthly'], rows: readonly RunSourceRow[], unit: string) => ({
  aria: { enabled: true },
  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: unknown) => `${formatTco2(Number(value))} ${unit}` },
  legend: { type: 'scroll', top: 0 },
  grid: { left: 72, right: 24, top: 40, bottom: 32 },
  xAxis: { type: 'category', data: monthly.map((m) => m.month) },
  yAxis: { type: 'value', name: unit },
  series: rows
    .filter((row) => row.countedInTotal)
    .map((row) => ({
      type: 'bar',
      name: `${row.code} ${row.name}`,
      stack: 'tco2',
      emphasis: { focus: 'series' },
      data: monthly.map((m) => m.sources[row.id] ?? 0),
    })),
});
