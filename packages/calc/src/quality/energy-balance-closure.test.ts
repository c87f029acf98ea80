import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEnergyBalance, type BalanceMeter } from './energy-balance-closure.ts';

const period = { from: Date.parse('2025-03-01T00:00:00+08:00'), to: Date.parse('2025-03-02T00:00:00+08:00') };
const meter = (id: string, reading: number, mpe: Partial<BalanceMeter>): BalanceMeter => ({ id, reading, ...mpe });
const balance = (parent: BalanceMeter, children: BalanceMeter[], declaredLoss?: number) =>
  checkEnergyBalance({ parent, children, unit: 'kWh', period, ...(declaredLoss === undefined ? {} : { declaredLoss }) });

describe('checkEnergyBalance (JJF 1059.1-2012: u = a/√3, root-sum-square, U = 2·u_c)', () => {
  // Three meters with MPE ±10 kWh: u_c = √(3 × 100/3) = 10, U = 20; the linear worst case is 30.
  const ten = { mpeAbsolute: 10 };
  const children = [meter('A', 500, ten), meter('B', 500, ten)];

  it('three meters of ±10 kWh: tolerance 20 kWh (worst case 30): |D| = 20 passes either way', () => {
    const over = balance(meter('P', 1020, ten), children);
    expect(over).toMatchObject({ imbalance: 20, coverageFactor: 2, passes: true, closure: 1, findings: [] });
    expect(over.tolerance).toBeCloseTo(20, 12);
    expect(over.uCombined).toBeCloseTo(10, 12);
    expect(over.worstCase).toBeCloseTo(30, 12);
    expect(balance(meter('P', 980, ten), children).passes).toBe(true);
  });

  it('just outside the tolerance fails: 1020.001 and 979.999; closure = U/|D|', () => {
    const high = balance(meter('P', 1020.001, ten), children);
    expect(high.passes).toBe(false);
    expect(high.closure).toBeCloseTo(20 / 20.001, 9);
    expect(high.findings[0]).toMatchObject({ rule: 'balance', ts: null, limit: expect.closeTo(20, 9), period });
    expect(balance(meter('P', 979.999, ten), children).passes).toBe(false);
  });

  it('declared losses are subtracted before judging: 1050 against 1000 + 30 loss leaves D = 20, passing', () => {
    expect(balance(meter('P', 1050, ten), children, 30)).toMatchObject({ imbalance: 20, passes: true });
  });

  it('accuracy classes: parent 1000 kWh class 1.0 (a = 10), children 590 and 390 class 2 (11.8, 7.8): U = 20.0027, D = 20 passes', () => {
    const result = balance(meter('P', 1000, { accuracyClass: '1.0' }), [
      meter('A', 590, { accuracyClass: '2' }),
      meter('B', 390, { mpeRelative: 0.02 }),
    ]);
    expect(result.tolerance).toBeCloseTo(2 * Math.sqrt((100 + 139.24 + 60.84) / 3), 9);
    expect(result.tolerance).toBeCloseTo(20.00267, 5);
    expect(result.meters.map((m) => Number(m.a.toFixed(9)))).toEqual([10, 11.8, 7.8]);
    expect([result.imbalance, result.passes]).toEqual([20, true]);
    expect(result.imbalanceRel).toBeCloseTo(0.02, 12);
  });

  it('the same meters 600 + 380 (D = 20, a = 12 and 7.6): U = 2·√((100 + 144 + 57.76)/3) = 20.0585 → passes; 575 + 380 (D = 45) fails', () => {
    expect(
      balance(meter('P', 1000, { accuracyClass: '1.0' }), [
        meter('A', 600, { accuracyClass: '2' }),
        meter('B', 380, { accuracyClass: '2' }),
      ]).passes,
    ).toBe(true);
    expect(
      balance(meter('P', 1000, { accuracyClass: '1.0' }), [
        meter('A', 575, { accuracyClass: '2' }),
        meter('B', 380, { accuracyClass: '2' }),
      ]).passes,
    ).toBe(false);
  });

  it('refuses a meter without MPE, an unknown class and no children, naming the meter', () => {
    expect(() => balance(meter('P', 1, ten), [meter('A', 1, ten), meter('B', 1, {})])).toThrow(
      /children\[1\]\.accuracyClass: mpe_required/,
    );
    expect(() => balance(meter('P', 1, { accuracyClass: 'X' }), [meter('A', 1, ten)])).toThrow(
      /parent\.accuracyClass: known_accuracy_class/,
    );
    expect(() => balance(meter('P', 1, ten), [])).toThrow(/children: non_empty/);
    expect(() => balance(meter('P', -1, ten), [meter('A', 1, ten)])).toThrow(/parent\.reading: non_negative/);
  });

  it('property: passes ⇔ |D| ≤ U; scaling every reading (relative MPEs) scales D and U alike; 2/√3·max a ≤ U ≤ 2/√3·Σ a', () => {
    const reading = fc.double({ min: 1, max: 1e6, noNaN: true });
    const mpe = fc.constantFrom(0.002, 0.005, 0.01, 0.02);
    fc.assert(
      fc.property(
        reading,
        mpe,
        fc.array(fc.tuple(reading, mpe), { minLength: 1, maxLength: 6 }),
        fc.double({ min: 0.5, max: 4, noNaN: true }),
        (p, pm, kids, scale) => {
          const build = (c: number) =>
            balance(
              meter('P', p * c, { mpeRelative: pm }),
              kids.map(([r, m], i) => meter(`C${i}`, r * c, { mpeRelative: m })),
            );
          const base = build(1);
          const scaled = build(scale);
          expect(base.passes).toBe(Math.abs(base.imbalance) <= base.tolerance * (1 + 1e-9));
          expect(scaled.passes).toBe(base.passes);
          expect(scaled.tolerance).toBeCloseTo(base.tolerance * scale, 6);
          const as = base.meters.map((m) => m.a);
          expect(base.tolerance).toBeGreaterThanOrEqual((2 / Math.sqrt(3)) * Math.max(...as) * (1 - 1e-12));
          expect(base.tolerance).toBeLessThanOrEqual((2 / Math.sqrt(3)) * as.reduce((s, a) => s + a, 0) * (1 + 1e-12));
        },
      ),
    );
  });
});
