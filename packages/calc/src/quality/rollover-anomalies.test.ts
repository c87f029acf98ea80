import { describe, expect, it } from 'vitest';
import { computeReadingSteps } from '../readings/consumption.ts';
import { findRolloverAnomalies } from './rollover-anomalies.ts';

const T = Date.parse('2025-03-01T10:00:00+08:00');
const Q = 900_000;
const point = { registerKind: 'cumulative', rolloverValue: 999999.99 } as const;
const steps = (...values: number[]) =>
  computeReadingSteps(
    values.map((value, k) => ({ ts: T + k * Q, value })),
    point,
  );

describe('findRolloverAnomalies (margin 1 % of the modulus 1 000 000 = 10 000 register units)', () => {
  it('a real wrap 999999.00 → 1.00 (advance 2) passes', () => {
    const s = steps(999999.0, 1.0);
    expect(s[1]?.flag).toBe('rollover');
    expect(findRolloverAnomalies(s, point).anomalousTs).toEqual([]);
  });

  it('600000 → 100: consumption.ts accepts the wrap (400 100 < half range) but the register was nowhere near 999 999.99', () => {
    const s = steps(600000, 100);
    expect([s[1]?.flag, s[1]?.delta]).toEqual(['rollover', 400100]);
    const { anomalousTs, findings } = findRolloverAnomalies(s, point);
    expect(anomalousTs).toEqual([T + Q]);
    expect(findings[0]).toMatchObject({ rule: 'rollover', ts: T + Q, measured: 400100, limit: 10000 });
  });

  it('edge: an advance of exactly 10 000 (990000.00 → 0.00) passes, 10 000.01 (989999.99 → 0.00) fails', () => {
    expect(findRolloverAnomalies(steps(990000.0, 0.0), point).anomalousTs).toEqual([]);
    expect(findRolloverAnomalies(steps(989999.99, 0.0), point).findings.map((f) => f.measured)).toEqual([10000.01]);
  });

  it('a wrap landing far above 0 (999999.00 → 20000.00) is as suspicious as one starting far below the top', () => {
    expect(findRolloverAnomalies(steps(999999.0, 20000.0), point).anomalousTs).toEqual([T + Q]);
  });

  it('a 5 % margin (50 000) still flags 600000 → 100 (400 100) but passes 960000 → 100 (40 100); no rollover value, no check', () => {
    expect(findRolloverAnomalies(steps(600000, 100), point, 0.05).anomalousTs).toEqual([T + Q]);
    expect(findRolloverAnomalies(steps(960000, 100), point, 0.05).anomalousTs).toEqual([]);
    expect(
      findRolloverAnomalies(computeReadingSteps([{ ts: T, value: 5 }], { registerKind: 'cumulative' }), { registerKind: 'cumulative' }),
    ).toEqual({
      anomalousTs: [],
      findings: [],
    });
    expect(() => findRolloverAnomalies([], point, 0)).toThrow(/marginFraction: fraction/);
  });
});
