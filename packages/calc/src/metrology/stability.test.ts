import { describe, expect, it } from 'vitest';
import { judgeStability, type StabilityGroup } from './stability.ts';

// Group means 10.00, 10.02, 9.99, 10.03; each group more than one month after the previous one.
const fourGroups: StabilityGroup[] = [
  { date: '2024-01-15', readings: [10.01, 9.99] },
  { date: '2024-02-16', readings: [10.02, 10.02] },
  { date: '2024-03-18', readings: [9.98, 10.0] },
  { date: '2024-04-19', readings: [10.03, 10.03] },
];

describe('judgeStability: new standard (JJF 1033-2023: m ≥ 4 groups, > 1 month apart, max − min of the means)', () => {
  it('stability = 10.03 − 9.99 = 0.04 < |MPE| 0.05: pass', () => {
    const result = judgeStability({ kind: 'new', groups: fourGroups, usedWithCorrection: false, mpe: 0.05 });
    expect(result).toMatchObject({ stability: 0.04, limit: 0.05, verdict: 'pass' });
    expect(result.groupMeans.map((g) => g.mean)).toEqual([10, 10.02, 9.99, 10.03]);
    expect(result.rule).toContain('|MPE|');
  });

  it('stability exactly equal to the MPE (0.04 = 0.04) fails: the criterion is strictly less', () => {
    expect(judgeStability({ kind: 'new', groups: fourGroups, usedWithCorrection: false, mpe: 0.04 })).toMatchObject({
      stability: 0.04,
      verdict: 'fail',
    });
  });

  it('a negative MPE is read as ±|MPE|', () => {
    expect(judgeStability({ kind: 'new', groups: fourGroups, usedWithCorrection: false, mpe: -0.05 }).verdict).toBe('pass');
  });

  it('groups in any order are taken in date order', () => {
    expect(judgeStability({ kind: 'new', groups: [...fourGroups].reverse(), usedWithCorrection: false, mpe: 0.05 }).verdict).toBe('pass');
  });

  it('three groups are insufficient (m ≥ 4), the stability is still shown: 10.02 − 9.99 = 0.03', () => {
    const result = judgeStability({ kind: 'new', groups: fourGroups.slice(0, 3), usedWithCorrection: false, mpe: 0.05 });
    expect(result).toMatchObject({ verdict: 'insufficient', stability: 0.03 });
    expect(result.message).toContain('至少需 4 组');
  });

  it('groups exactly one month apart (2024-01-15 → 2024-02-15) are insufficient: more than one month is required', () => {
    const groups = [{ ...fourGroups[0]!, date: '2024-01-15' }, { ...fourGroups[1]!, date: '2024-02-15' }, ...fourGroups.slice(2)];
    expect(judgeStability({ kind: 'new', groups, usedWithCorrection: false, mpe: 0.05 }).verdict).toBe('insufficient');
  });

  it('month end: 2024-01-31 + 1 month = 2024-02-29, so 2024-02-29 is too early and 2024-03-01 is enough', () => {
    const at = (second: string) => [
      { date: '2024-01-31', readings: [1] },
      { date: second, readings: [1] },
      { date: '2024-05-01', readings: [1] },
      { date: '2024-07-01', readings: [1] },
    ];
    expect(judgeStability({ kind: 'new', groups: at('2024-02-29'), usedWithCorrection: false, mpe: 0.1 }).verdict).toBe('insufficient');
    expect(judgeStability({ kind: 'new', groups: at('2024-03-01'), usedWithCorrection: false, mpe: 0.1 }).verdict).toBe('pass');
  });
});

describe('judgeStability: existing standard (JJF 1033-2023: adjacent years, used with a correction → U of the correction)', () => {
  // Means 5.001 (2023) and 5.005 (2024): stability = |5.005 − 5.001| = 0.004.
  const yearly: StabilityGroup[] = [
    { date: '2023-06-01', readings: [5.0, 5.002] },
    { date: '2024-06-03', readings: [5.004, 5.006] },
  ];

  it('0.004 < U 0.005: pass', () => {
    const result = judgeStability({ kind: 'existing', groups: yearly, usedWithCorrection: true, correctionExpandedUncertainty: 0.005 });
    expect(result).toMatchObject({ stability: 0.004, limit: 0.005, verdict: 'pass' });
    expect(result.rule).toContain('修正值的扩展不确定度');
  });

  it('0.004 = U 0.004: fail', () => {
    expect(
      judgeStability({ kind: 'existing', groups: yearly, usedWithCorrection: true, correctionExpandedUncertainty: 0.004 }).verdict,
    ).toBe('fail');
  });

  it('only the last two groups count: an older outlier does not', () => {
    const groups = [{ date: '2022-06-01', readings: [6] }, ...yearly];
    expect(judgeStability({ kind: 'existing', groups, usedWithCorrection: true, correctionExpandedUncertainty: 0.005 }).stability).toBe(
      0.004,
    );
  });

  it('a missed year (2022 → 2024) is insufficient', () => {
    const groups = [{ ...yearly[0]!, date: '2022-06-01' }, yearly[1]!];
    expect(judgeStability({ kind: 'existing', groups, usedWithCorrection: true, correctionExpandedUncertainty: 0.005 }).verdict).toBe(
      'insufficient',
    );
  });

  it('the limit must be given: U with a correction, MPE without', () => {
    expect(() => judgeStability({ kind: 'existing', groups: yearly, usedWithCorrection: true })).toThrow(/correctionExpandedUncertainty/);
    expect(() => judgeStability({ kind: 'existing', groups: yearly, usedWithCorrection: false })).toThrow(/mpe: required_at_nominal_value/);
  });

  it('an empty group is a validation error naming it', () => {
    expect(() =>
      judgeStability({ kind: 'existing', groups: [{ date: '2024-01-01', readings: [] }], usedWithCorrection: false, mpe: 1 }),
    ).toThrow(/groups\[0\]\.readings/);
  });
});
