import type { QualityHeatmap, QualityTrend } from '@jiliang/shared';
import { describe, expect, it } from 'vitest';
import { buildHeatmapOption, type HeatmapLabels } from './buildHeatmapOption.ts';
import { buildTrendOption } from './buildTrendOption.ts';

const labels: HeatmapLabels = {
  score: '可信度',
  completeness: '完整率',
  flags: '标志',
  none: '无',
  readings: (count) => `读数 ${String(count)} 条`,
};

/** Two points over the first three days of March; EL-02 has no evaluation on the 2nd and a spike and a gap on the 3rd. */
const heatmap: QualityHeatmap = {
  enterpriseId: 'e1',
  month: '2025-03',
  days: ['2025-03-01', '2025-03-02', '2025-03-03'],
  points: [
    {
      id: 'p1',
      code: 'EL-01',
      name: '进线<总表>',
      cells: [
        { day: '2025-03-01', completeness: 1, score: 100, flags: 0, readings: 96 },
        { day: '2025-03-02', completeness: 86 / 96, score: 71.5, flags: 1 | 2, readings: 86 },
      ],
    },
    {
      id: 'p2',
      code: 'EL-02',
      name: '空压机',
      cells: [
        { day: '2025-03-01', completeness: 0.9, score: 89.99, flags: 0, readings: 87 },
        { day: '2025-03-03', completeness: 95 / 96, score: null, flags: 2 | 8, readings: 95 },
      ],
    },
  ],
};

describe('buildHeatmapOption (point × day, issue 6 §5)', () => {
  it('places each cell at [day, point row] with its credibility score, the first point on top', () => {
    const option = buildHeatmapOption(heatmap, 'score', labels, 'zh-CN');
    expect(option.xAxis.data).toEqual(['01', '02', '03']);
    expect(option.yAxis.data).toEqual(['EL-01 进线<总表>', 'EL-02 空压机']);
    expect(option.yAxis.inverse).toBe(true);
    expect(option.series[0]?.data.map((d) => d.value)).toEqual([
      [0, 0, 100],
      [1, 0, 71.5],
      [0, 1, 89.99],
      [2, 1, '-'], // no score: the cell is not drawn, not drawn as 0
    ]);
    expect(option.series[0]?.data[3]).toMatchObject({ pointId: 'p2', day: '2025-03-03' });
  });

  it('colours credibility by grade: 89.99 is B, 90 is A (credibility-score.ts grades)', () => {
    const pieces = buildHeatmapOption(heatmap, 'score', labels, 'zh-CN').visualMap.pieces;
    const band = (v: number) => pieces.find((p) => (p.gte === undefined || v >= p.gte) && (p.lt === undefined || v < p.lt))?.label;
    expect(band(90)).toBe('A ≥ 90');
    expect(band(89.99)).toBe('B 75–90');
    expect(band(60)).toBe('C 60–75');
    expect(band(59.9)).toBe('D < 60');
  });

  it('colours completeness in percent against the 90 % threshold (STANDARDS §3): 87/96 passes, 86/96 fails', () => {
    const option = buildHeatmapOption(heatmap, 'completeness', labels, 'zh-CN');
    const values = option.series[0]?.data.map((d) => d.value[2]);
    expect(values?.[1]).toBeCloseTo(89.583, 3);
    const band = (v: number) =>
      option.visualMap.pieces.find((p) => (p.gte === undefined || v >= p.gte) && (p.lt === undefined || v < p.lt))?.label;
    expect(band((87 / 96) * 100)).toBe('90–100 %');
    expect(band((86 / 96) * 100)).toBe('< 90 %');
    expect(band(100)).toBe('100 %');
  });

  it('names the day’s flags in Chinese in the tooltip, in bit order, and escapes the point name', () => {
    const option = buildHeatmapOption(heatmap, 'score', labels, 'zh-CN');
    const tip = option.tooltip.formatter({ data: option.series[0]!.data[1]! });
    expect(tip).toBe(
      '<b>EL-01 进线&lt;总表&gt;</b><br/>2025-03-02<br/>可信度: 71.5 · 完整率: 89.6 %<br/>读数 86 条<br/>标志: 完整率不足、数据缺失',
    );
    expect(option.tooltip.formatter({ data: option.series[0]!.data[0]! })).toContain('标志: 无');
    const format = option.series[0]!.label.formatter;
    expect(option.series[0]!.data.map((d) => format({ data: d }))).toEqual(['', '!', '', '!']); // flagged days marked
    expect(format({ data: { ...option.series[0]!.data[0]!, flags: 2048 } })).toBe(''); // estimated alone is no failure
    const en = buildHeatmapOption(heatmap, 'score', labels, 'en');
    expect(en.tooltip.formatter({ data: en.series[0]!.data[3]! })).toContain('Gap (missing intervals)、Spike (rate of change)');
  });
});

describe('buildTrendOption (质量趋势)', () => {
  const trend: QualityTrend = {
    institution: { id: 'i1', name: '武汉碳计量中心' },
    months: ['2025-01', '2025-02', '2025-03'],
    enterprises: [
      { id: 'e1', name: '临江钢铁', scores: [92.345, null, 78] },
      { id: 'e2', name: '楚天水泥', scores: [60, 61.25, 62.5] },
    ],
  };
  it('draws one line per enterprise over the months, 0–100, a month without data as a break', () => {
    const option = buildTrendOption(trend, '分');
    expect(option.xAxis.data).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['临江钢铁', [92.345, null, 78]],
      ['楚天水泥', [60, 61.25, 62.5]],
    ]);
    expect(option.series[0]?.connectNulls).toBe(false);
    expect([option.yAxis.min, option.yAxis.max]).toEqual([0, 100]);
    expect(option.tooltip.valueFormatter(92.345)).toBe('92.3');
    expect(option.tooltip.valueFormatter(61.25)).toBe('61.3'); // half-up at presentation only
    expect(option.tooltip.valueFormatter(null)).toBe('—');
  });
});
