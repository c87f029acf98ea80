import type { QualityTrend } from '@jiliang/shared';
import { formatScore } from './formatScore.ts';

/**
 * 质量趋势 (issue 6 §5): one line per enterprise of the institution, its monthly credibility score (0–100). A month
 * without data is null and breaks the line rather than drawing it at 0.
 */
export const buildTrendOption = (trend: QualityTrend, unit: string) => ({
  aria: { enabled: true },
  tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? formatScore(value) : '—') },
  legend: { type: 'scroll', top: 0 },
  grid: { left: 56, right: 24, top: 40, bottom: 32 },
  xAxis: { type: 'category', data: trend.months, boundaryGap: false },
  yAxis: { type: 'value', name: unit, min: 0, max: 100 },
  series: trend.enterprises.map((e) => ({
    type: 'line',
    name: e.name,
    connectNulls: false,
    showSymbol: true,
    data: e.scores,
  })),
});
