import { describe, expect, it } from 'vitest';
import { buildSeriesOption, formatBucket, type Series } from './buildSeriesOption.ts';

const LABELS = { consumption: '用量', value: '读数', min: '最小', max: '最大', mean: '平均' };
const bucket = (b: string, consumption: number | null, min: number, max: number) => ({
  bucket: b,
  consumption,
  readings: 4,
  min,
  max,
  mean: (min + max) / 2,
});
const series = (resolution: Series['resolution'], registerKind: 'cumulative' | 'instantaneous'): Series => ({
  resolution,
  unit: 'kWh',
  points: [{ id: 'p', code: 'EL-IN', name: '进线', unit: 'kWh', registerKind }],
  buckets: [bucket('2026-11-20', 200, 100, 300), bucket('2026-11-21', 250, 300, 550)],
});

describe('formatBucket (Beijing time, UTC+8)', () => {
  it('shows an hour bucket at UTC 16:00 as 00:00 the next day', () => {
    // 2026-11-26T16:00Z + 8 h = 2026-11-27 00:00
    expect(formatBucket('2026-11-26T16:00:00.000Z', 'hour')).toBe('2026-11-27 00:00');
  });
  it('keeps a day or month bucket as it comes', () => {
    expect(formatBucket('2026-11-20', 'day')).toBe('2026-11-20');
    expect(formatBucket('2026-11', 'month')).toBe('2026-11');
  });
});

describe('buildSeriesOption (issue 5 §7: chart with zoom)', () => {
  it('draws consumption bars for a counting register at day resolution, with a zoom slider', () => {
    const option = buildSeriesOption(series('day', 'cumulative'), LABELS);
    expect(option.series).toEqual([{ type: 'bar', name: '用量', data: [200, 250] }]);
    expect(option.xAxis.data).toEqual(['2026-11-20', '2026-11-21']);
    expect(option.dataZoom.map((z) => z.type)).toEqual(['inside', 'slider']);
    expect(option.yAxis.name).toBe('kWh');
  });
  it('draws max/mean/min lines for an instantaneous point', () => {
    const option = buildSeriesOption(series('day', 'instantaneous'), LABELS);
    // means: (100+300)/2 = 200, (300+550)/2 = 425
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['最大', [300, 550]],
      ['平均', [200, 425]],
      ['最小', [100, 300]],
    ]);
  });
  it('draws the register value as one line at raw resolution', () => {
    const option = buildSeriesOption(series('raw', 'cumulative'), LABELS);
    expect(option.series.map((s) => [s.type, s.name, s.data])).toEqual([['line', '读数', [200, 425]]]);
  });
});
