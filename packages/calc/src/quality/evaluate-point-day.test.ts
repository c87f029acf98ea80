import { listQualityFlags, QUALITY_FLAG_BITS, toQualityFlagMask } from '@jiliang/shared';
import { describe, expect, it } from 'vitest';
import { makeCertificate, makeNode } from '../metrology/test-fixtures.ts';
import { evaluatePointDay } from './evaluate-point-day.ts';

const sh = (local: string): number => Date.parse(`${local}+08:00`);
const Q = 15 * 60_000;
const DAY_START = sh('2025-03-01T00:00:00');

/**
 * A seeded day of a cumulative electricity point (rollover 999999.99, 15 min), 1 kWh per quarter hour,
 * with known defects: 10:15 and 10:30 missing (gap closed by 10:45), the register back by 5 at 12:00
 * (negative), 14:00 stamped 14:01:30 (drift), 60 kWh in the quarter hour to 16:00 (spike and range),
 * and the meter's certificate ending on 1 March, so the 00:00 reading of 2 March is uncalibrated.
 */
const seededDay = () => {
  const readings: { ts: number; value: number }[] = [];
  let register = 1000;
  for (let k = 1; k <= 96; k += 1) {
    const slot = DAY_START + k * Q;
    register += slot === sh('2025-03-01T16:00:00') ? 60 : 1;
    if (slot === sh('2025-03-01T12:00:00')) register -= 6; // 1 forward then 5 back: a step of −5
    if (slot === sh('2025-03-01T10:15:00') || slot === sh('2025-03-01T10:30:00')) continue;
    readings.push({ ts: slot === sh('2025-03-01T14:00:00') ? slot + 90_000 : slot, value: register });
  }
  return readings;
};

const meter = makeNode({
  id: 'EM-1',
  kind: 'instrument',
  certificates: [makeCertificate({ id: 'c', calibratedOn: '2024-03-02', kind: 'verification', conclusion: 'pass' })],
});

describe('evaluatePointDay (every rule for one point and one Shanghai day)', () => {
  const evaluation = evaluatePointDay({
    day: '2025-03-01',
    point: { registerKind: 'cumulative', rolloverValue: 999999.99, intervalMinutes: 15 },
    readings: seededDay(),
    previous: { ts: DAY_START, value: 1000 },
    limits: { max: 30, maxRatePerHour: 100 },
    instruments: [{ since: null, node: meter }],
  });
  const flagsAt = (local: string): string[] => listQualityFlags(evaluation.readings.find((r) => r.ts === sh(local))?.flags ?? Number.NaN);

  it('finds exactly the seeded defects, each on its reading', () => {
    expect(evaluation.findings.map((f) => [f.rule, f.ts])).toEqual([
      ['gap', sh('2025-03-01T10:45:00')],
      ['range', sh('2025-03-01T16:00:00')],
      ['spike', sh('2025-03-01T16:00:00')],
      ['negative', sh('2025-03-01T12:00:00')],
      ['drift', sh('2025-03-01T14:01:30')],
      ['calibration', sh('2025-03-02T00:00:00')],
    ]);
    expect(flagsAt('2025-03-01T10:45:00')).toEqual(['gap']);
    expect(flagsAt('2025-03-01T12:00:00')).toEqual(['negative']);
    expect(flagsAt('2025-03-01T14:01:30')).toEqual(['drift']);
    expect(flagsAt('2025-03-01T16:00:00')).toEqual(['range', 'spike']);
    expect(flagsAt('2025-03-02T00:00:00')).toEqual(['calibration']);
    expect(flagsAt('2025-03-01T09:00:00')).toEqual([]);
    expect(evaluation.flags).toBe(toQualityFlagMask(['gap', 'range', 'spike', 'negative', 'drift', 'calibration']));
  });

  it('completeness 94 / 96 passes; the spike is 60 kWh in 15 min = 240 kWh/h; the drop is −5', () => {
    expect([evaluation.completeness.expected, evaluation.completeness.received, evaluation.completeness.passes]).toEqual([96, 94, true]);
    expect(evaluation.findings.find((f) => f.rule === 'spike')?.measured).toBe(240);
    expect(evaluation.findings.find((f) => f.rule === 'negative')?.measured).toBe(-5);
  });

  it('lists what it ran and what it skipped, with the reason', () => {
    expect(evaluation.evaluated).toEqual(['completeness', 'gap', 'range', 'spike', 'negative', 'rollover', 'drift', 'calibration']);
    expect(evaluation.skipped.map((s) => s.rule)).toEqual(['stuck', 'consistency', 'balance']);
  });

  it('credibility counts: 94 readings, 91 valid (range + spike, negative, drift), 93 calibrated, no balance check', () => {
    expect(evaluation.credibility).toEqual({
      expected: 96,
      received: 94,
      readings: 94,
      validReadings: 91,
      calibrationChecked: 94,
      calibratedReadings: 93,
      balanceChecks: 0,
      balanceClosureSum: 0,
    });
  });

  it('a failed period rule (balance) marks every reading of the day; completeness below 90 % too', () => {
    const readings = seededDay().slice(0, 80); // 80 / 96 = 83.3 %
    const result = evaluatePointDay({
      day: '2025-03-01',
      point: { registerKind: 'cumulative', rolloverValue: 999999.99 },
      readings,
      balance: {
        parent: { id: 'P', reading: 1200, mpeRelative: 0.005 },
        children: [{ id: 'C', reading: 1000, mpeRelative: 0.01 }],
        unit: 'kWh',
        period: { from: DAY_START, to: DAY_START + 96 * Q },
      },
    });
    const bits = QUALITY_FLAG_BITS.completeness | QUALITY_FLAG_BITS.balance;
    expect(result.readings.every((r) => (r.flags & bits) === bits)).toBe(true);
    expect(result.credibility.balanceChecks).toBe(1);
    expect(result.credibility.balanceClosureSum).toBeCloseTo((2 * Math.sqrt((6 ** 2 + 10 ** 2) / 3)) / 200, 12);
  });

  it('an instantaneous point frozen at 42.5 kW from 08:00 for 3 hours is stuck; a day with no reading is incomplete and one gap', () => {
    const kw = Array.from({ length: 96 }, (_, k) => {
      const ts = DAY_START + (k + 1) * Q;
      const frozen = ts >= sh('2025-03-01T08:00:00') && ts <= sh('2025-03-01T11:00:00');
      return { ts, value: frozen ? 42.5 : 40 + (k % 5) };
    });
    const result = evaluatePointDay({ day: '2025-03-01', point: { registerKind: 'instantaneous' }, readings: kw });
    expect(result.findings.map((f) => [f.rule, f.measured])).toEqual([['stuck', 13]]);
    const empty = evaluatePointDay({ day: '2025-03-01', point: { registerKind: 'interval' }, readings: [] });
    expect(listQualityFlags(empty.flags)).toEqual(['completeness', 'gap']);
    expect(empty.completeness.received).toBe(0);
  });

  it('the first reading of 2 March, stamped 00:00:20, fills the 00:00 slot of 1 March when given as `next`', () => {
    const readings = Array.from({ length: 95 }, (_, k) => ({ ts: DAY_START + (k + 1) * Q, value: 1000 + k }));
    const base = { day: '2025-03-01', point: { registerKind: 'cumulative' as const }, readings };
    expect(evaluatePointDay(base).completeness.received).toBe(95);
    expect(evaluatePointDay({ ...base, next: { ts: DAY_START + 96 * Q + 20_000, value: 1095 } }).completeness.received).toBe(96);
  });

  it('refuses a reading outside the day and a `previous` inside it, naming the field', () => {
    expect(() =>
      evaluatePointDay({ day: '2025-03-01', point: { registerKind: 'interval' }, readings: [{ ts: DAY_START, value: 1 }] }),
    ).toThrow(/readings\[0\]\.ts: in_day/);
    const inside = { ts: DAY_START + Q, value: 1 };
    expect(() => evaluatePointDay({ day: '2025-03-01', point: { registerKind: 'cumulative' }, readings: [], previous: inside })).toThrow(
      /previous\.ts: before_day/,
    );
  });
});
