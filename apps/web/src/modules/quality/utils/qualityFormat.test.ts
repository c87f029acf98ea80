import { describe, expect, it } from 'vitest';
import { formatScore } from './formatScore.ts';
import { listFlagLabels } from './listFlagLabels.ts';
import { readShanghaiMonth } from './readShanghaiMonth.ts';
import { shiftMonth } from './shiftMonth.ts';
import { toLimitsFormValues } from './toLimitsFormValues.ts';
import { toQualityLimitsInput } from './toQualityLimitsInput.ts';

describe('listFlagLabels (the documented bit set, packages/shared quality.ts)', () => {
  it('reads a mask as labels in bit order, Chinese first', () => {
    expect(listFlagLabels(0b1010, 'zh-CN')).toEqual([
      { flag: 'gap', label: '数据缺失' },
      { flag: 'spike', label: '数据突变' },
    ]);
    expect(listFlagLabels(2048 | 1024, 'zh-CN').map((f) => f.label)).toEqual(['器具无有效证书', '估算值']);
    expect(listFlagLabels(8, 'en').map((f) => f.label)).toEqual(['Spike (rate of change)']);
    expect(listFlagLabels(0, 'zh-CN')).toEqual([]);
    expect(listFlagLabels(1 << 12, 'zh-CN')).toEqual([]); // a bit that names no flag
  });
});

describe('formatScore', () => {
  it('rounds half-up to one decimal for display, and shows — when no part applies', () => {
    expect(formatScore(89.95)).toBe('90.0');
    expect(formatScore(89.94)).toBe('89.9');
    expect(formatScore(100)).toBe('100.0');
    expect(formatScore(null)).toBe('—');
    expect(formatScore(Number.NaN)).toBe('—');
  });
});

describe('months on the Shanghai calendar', () => {
  it('shifts across a year end', () => {
    expect(shiftMonth('2025-01', -1)).toBe('2024-12');
    expect(shiftMonth('2024-12', 1)).toBe('2025-01');
    expect(shiftMonth('2025-03', -5)).toBe('2024-10');
  });
  it('takes the month of Asia/Shanghai: 2025-01-31T16:00Z is already February there', () => {
    expect(readShanghaiMonth(new Date('2025-01-31T15:59:59Z'))).toBe('2025-01');
    expect(readShanghaiMonth(new Date('2025-01-31T16:00:00Z'))).toBe('2025-02');
  });
});

describe('point limits form ↔ body (qualityLimitsInputSchema)', () => {
  it('sends empty fields as null (the check is off) and the threshold as a fraction', () => {
    expect(toQualityLimitsInput({ min: 0, max: undefined, maxRatePerHour: 400, stuckRunLength: null, completenessPercent: 89.9 })).toEqual({
      min: 0,
      max: null,
      maxRatePerHour: 400,
      stuckRunLength: null,
      completenessThreshold: 0.899,
    });
    expect(toQualityLimitsInput({}).completenessThreshold).toBe(0.9); // the online-monitoring default (STANDARDS §3)
  });
  it('shows a stored threshold as a percentage', () => {
    const values = toLimitsFormValues({
      pointId: 'p',
      min: null,
      max: 500,
      maxRatePerHour: null,
      stuckRunLength: 8,
      completenessThreshold: 0.899,
      actorLabel: null,
      updatedAt: null,
    });
    expect(values).toEqual({ min: null, max: 500, maxRatePerHour: null, stuckRunLength: 8, completenessPercent: 89.9 });
    expect(toQualityLimitsInput(values).completenessThreshold).toBe(0.899);
  });
});
