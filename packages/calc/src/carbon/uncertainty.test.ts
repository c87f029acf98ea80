import type { EmissionSource, MeasuredQuantity } from '@jiliang/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeEmissions, evaluateSourceModel } from './compute-emissions.ts';
import { buildEmissionModels } from './emission-models.ts';
import { expandEmissionUncertainty, propagateProductUncertainty, propagateSumUncertainty } from './gum-propagation.ts';

/** Uncertainty worked examples (JJF 1059.1-2012 4.4–4.5, IPCC 2006 Vol.1 Eq. 3.1/3.2): arithmetic in the comments. */
const q = (value: number, unit: string, more: Partial<MeasuredQuantity> = {}): MeasuredQuantity => ({ value, unit, ...more });
const one = (source: EmissionSource) => computeEmissions({ sources: [source] }).sources[0]!;

const coal = (quantity: MeasuredQuantity, ncv: MeasuredQuantity, cc: MeasuredQuantity, of: MeasuredQuantity): EmissionSource => ({
  kind: 'fuel_combustion',
  id: 'coal',
  quantity,
  ncv,
  carbonContent: cc,
  oxidationRate: of,
});

describe('uncertainty of a product (JJF 1059.1-2012 4.4 / GUM 5.1.6)', () => {
  it('propagateProductUncertainty: uRel = sqrt(Σ (p_i·uRel_i)²)', () => {
    // 0.01² + 0.02² + 0.03² + 0.01² = 0.0001 + 0.0004 + 0.0009 + 0.0001 = 0.0015; √0.0015 = 0.0387298335
    const r = propagateProductUncertainty([
      { value: 1000, uRel: 0.01 },
      { value: 23.204, uRel: 0.02 },
      { value: 0.02618, uRel: 0.03 },
      { value: 0.93, uRel: 0.01 },
    ]);
    expect(r.value).toBeCloseTo(564.9570696, 7);
    expect(r.uRel).toBeCloseTo(0.0387298335, 10);
    // a quotient: exponent −1 counts like +1; a square doubles: (2 × 0.01)² + 0.02² = 0.0008, √ = 0.0282842712
    expect(
      propagateProductUncertainty([
        { value: 3, uRel: 0.01, exponent: 2 },
        { value: 4, uRel: 0.02, exponent: -1 },
      ]).uRel,
    ).toBeCloseTo(0.0282842712, 10);
  });

  it('fuel source: uRel 0.0387298335 and u = 2071.5092552 × 0.0387298335 = 80.22920847 tCO2; U (k = 2) = 160.4584169', () => {
    const r = one(
      coal(
        q(1000, 't', { uRel: 0.01 }),
        q(23.204, 'GJ/t', { uRel: 0.02 }),
        q(0.02618, 'tC/GJ', { uRel: 0.03 }),
        q(93, '%', { uRel: 0.01 }),
      ),
    );
    expect(r.uRel).toBeCloseTo(0.0387298335, 10);
    expect(r.uTco2).toBeCloseTo(80.22920847, 8);
    const total = computeEmissions({
      sources: [
        coal(
          q(1000, 't', { uRel: 0.01 }),
          q(23.204, 'GJ/t', { uRel: 0.02 }),
          q(0.02618, 'tC/GJ', { uRel: 0.03 }),
          q(93, '%', { uRel: 0.01 }),
        ),
      ],
    });
    // U = 2 × 80.22920847 = 160.4584169; URel = 2 × 0.0387298335 = 0.0774596669
    expect(total.uncertainty.UTco2).toBeCloseTo(160.4584169, 7);
    expect(total.uncertainty.URel).toBeCloseTo(0.0774596669, 10);
    expect(total.uncertainty.interval95[0]).toBeCloseTo(2071.5092552 - 160.4584169, 6);
  });

  it('Type B from a certificate (URel, k), an absolute u, and an MPE as rectangular (JJF 1059.1-2012 4.3.3)', () => {
    // weighbridge certificate URel 0.2 %, k = 2 → uRel = 0.001
    // NCV u = 0.2 GJ/t absolute → 0.2 / 23.204 = 0.0086192036
    // CC uRel 0.03
    // OF 93 % with MPE ±1 %-point → u = 1/√3 = 0.5773502692 % → 0.5773502692 / 93 = 0.0062080674
    // Σ squares: 0.000001 + 0.0000742907 + 0.0009 + 0.0000385401 = 0.0010138308; √ = 0.0318407093
    // u = 2071.5092552 × 0.0318407093 = 65.95832409 tCO2
    const r = one(
      coal(q(1000, 't', { URel: 0.002, k: 2 }), q(23.204, 'GJ/t', { u: 0.2 }), q(0.02618, 'tC/GJ', { uRel: 0.03 }), q(93, '%', { mpe: 1 })),
    );
    expect(r.uRel).toBeCloseTo(0.0318407093, 10);
    expect(r.uTco2).toBeCloseTo(65.95832409, 7);
  });

  it('an absolute u converts with its quantity: 0.2 GJ/t written as 200 MJ/t gives the same result', () => {
    const a = one(coal(q(1000, 't'), q(23.204, 'GJ/t', { u: 0.2 }), q(0.02618, 'tC/GJ'), q(93, '%')));
    const b = one(coal(q(1000, 't'), q(23204, 'MJ/t', { u: 200 }), q(0.02618, 'tC/GJ'), q(93, '%')));
    expect(b.uTco2).toBeCloseTo(a.uTco2, 10);
  });
});

describe('uncertainty of models that are not products (GUM 5.1.2 sensitivity coefficients)', () => {
  it('steam: u = 30.24043309 tCO2 from c_Ma, c_En, c_EF (not the product formula)', () => {
    // E = Ma (En − 83.74) 10^-3 EF = 2000 × 2693.96 × 10^-3 × 0.11 = 592.6712
    // c_Ma = 2.69396 × 0.11 = 0.2963356; u(Ma) = 1 % × 2000 = 20 t     → 5.926712   → ² 35.125915131
    // c_En = 2000 × 10^-3 × 0.11 = 0.22;  u(En) = 5 kJ/kg              → 1.1        → ² 1.21
    // c_EF = 5387.92 GJ;                  u(EF) = 5 % × 0.11 = 0.0055  → 29.63356   → ² 878.147878274
    // u² = 914.483793405; u = 30.24043309 tCO2 (uRel 0.0510239625). A pure-product formula with
    // uRel(En) = 5/2777.7 would give 30.23924498: the −83.74 offset raises En's weight to En/(En − 83.74).
    const r = one({
      kind: 'purchased_steam',
      id: 'steam',
      quantity: q(2000, 't', { uRel: 0.01 }),
      enthalpy: q(2777.7, 'kJ/kg', { u: 5 }),
      factor: q(0.11, 'tCO2/GJ', { uRel: 0.05 }),
    });
    expect(r.uTco2).toBeCloseTo(30.24043309, 8);
    expect(r.uRel).toBeCloseTo(0.0510239625, 10);
  });

  it('exported hot water: u = 2.075661786 tCO2 (c_Ma and c_T; the sign does not change u)', () => {
    // c_Ma = 75 × 4.1868 × 10^-3 × 0.11 = 0.0345411; u(Ma) = 1 % × 5000 = 50 t → 1.727055  → ² 2.982718973
    // c_T = 5000 × 4.1868 × 10^-3 × 0.11 = 2.30274;  u(T) = 0.5 °C          → 1.15137   → ² 1.325652877
    // u = √4.30837185 = 2.075661786 tCO2
    const r = one({
      kind: 'exported_hot_water',
      id: 'hw',
      quantity: q(5000, 't', { uRel: 0.01 }),
      temperature: q(95, '°C', { u: 0.5 }),
      factor: q(0.11, 'tCO2/GJ'),
    });
    expect(r.tco2).toBeCloseTo(-172.7055, 9);
    expect(r.uTco2).toBeCloseTo(2.075661786, 9);
  });

  it('analytic sensitivities agree with central differences for every non-product model (property)', () => {
    const models = buildEmissionModels({
      sources: [
        { kind: 'purchased_steam', id: 's', quantity: q(2000, 't'), enthalpy: q(2777.7, 'kJ/kg'), factor: q(0.11, 'tCO2/GJ') },
        { kind: 'exported_hot_water', id: 'h', quantity: q(5000, 't'), temperature: q(95, '°C'), factor: q(0.11, 'tCO2/GJ') },
        { kind: 'clinker', id: 'c', quantity: q(10_000, 't'), caoContent: q(65, '%'), mgoContent: q(2, '%') },
        coal(q(1000, 't'), q(23.204, 'GJ/t'), q(0.02618, 'tC/GJ'), q(93, '%')),
      ],
    });
    fc.assert(
      fc.property(fc.constantFrom(...models), fc.double({ min: 0.5, max: 2, noNaN: true }), (model, scale) => {
        const x = Float64Array.from(model.inputs, (i, k) => i.value * (k === 0 ? scale : 1));
        const c = model.sensitivities(x, 0);
        model.inputs.forEach((_, k) => {
          const h = Math.max(Math.abs(x[k]!) * 1e-6, 1e-6);
          const up = Float64Array.from(x);
          const down = Float64Array.from(x);
          up[k]! += h;
          down[k]! -= h;
          const numeric = (model.evaluate(up, 0, 1) - model.evaluate(down, 0, 1)) / (2 * h);
          // linear in each input, so the difference quotient is exact up to rounding, ~2e-16·|E|/h ≤ 2e-6
          expect(Math.abs(c[k]! - numeric)).toBeLessThanOrEqual(1e-7 * Math.abs(numeric) + 1e-5);
        });
      }),
    );
  });
});

describe('uncertainty of a sum (IPCC 2006 Vol.1 Eq. 3.2 = GUM for a sum)', () => {
  it('propagateSumUncertainty: 1000 ± 30, 500 ± 40, exported −200 ± 0 → 1300 ± 50 (uRel 0.0384615385)', () => {
    // u = √(30² + 40²) = √2500 = 50; uRel = 50 / 1300 = 0.0384615385
    // IPCC Eq. 3.2 with U_i = 2u_i/x_i (6 %, 16 %): √((0.06·1000)² + (0.16·500)²)/1300 = √10 000/1300 = 0.0769230769 = 2·uRel
    const r = propagateSumUncertainty([
      { value: 1000, u: 30 },
      { value: 500, u: 40 },
      { value: -200, u: 0 },
    ]);
    expect(r).toEqual({ value: 1300, u: 50, uRel: 50 / 1300 });
    expect(expandEmissionUncertainty(r.value, r.u)).toEqual({
      uTco2: 50,
      uRel: 50 / 1300,
      k: 2,
      UTco2: 100,
      URel: 100 / 1300,
      interval95: [1200, 1400],
    });
    expect(
      propagateSumUncertainty([
        { value: 5, u: 1 },
        { value: -5, u: 1 },
      ]).uRel,
    ).toBeNull();
  });

  it('fuel + electricity: u = √(80.22920847² + 67.075²) = 104.5742871 tCO2 on 3413.0092552', () => {
    // fuel u = 80.22920847 (above) → ² 6436.725891569; electricity 1341.5 × 5 % = 67.075 → ² 4499.055625
    // u² = 10 935.781516569; u = 104.5742871; uRel = 104.5742871 / 3413.0092552 = 0.0306399073
    const r = computeEmissions({
      sources: [
        coal(
          q(1000, 't', { uRel: 0.01 }),
          q(23.204, 'GJ/t', { uRel: 0.02 }),
          q(0.02618, 'tC/GJ', { uRel: 0.03 }),
          q(93, '%', { uRel: 0.01 }),
        ),
        { kind: 'purchased_electricity', id: 'grid', quantity: q(2500, 'MWh'), factor: q(0.5366, 'tCO2/MWh', { uRel: 0.05 }) },
      ],
    });
    expect(r.totalTco2).toBeCloseTo(3413.0092552, 7);
    expect(r.uncertainty.uTco2).toBeCloseTo(104.5742871, 7);
    expect(r.uncertainty.uRel).toBeCloseTo(0.0306399073, 10);
  });

  it('sum bounds: max u_i ≤ u(total) ≤ Σ u_i (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ value: fc.double({ min: -1e6, max: 1e6, noNaN: true }), u: fc.integer({ min: 0, max: 1e6 }).map((n) => n / 100) }),
          { minLength: 1, maxLength: 30 },
        ),
        (terms) => {
          const { u } = propagateSumUncertainty(terms);
          const us = terms.map((t) => t.u);
          expect(u).toBeGreaterThanOrEqual(Math.max(...us) * (1 - 1e-12));
          expect(u).toBeLessThanOrEqual(us.reduce((a, b) => a + b, 0) * (1 + 1e-12));
        },
      ),
    );
  });

  it('evaluateSourceModel gives u = 0 when no quantity carries an uncertainty', () => {
    const [model] = buildEmissionModels({
      sources: [{ kind: 'purchased_heat', id: 'h', quantity: q(3000, 'GJ'), factor: q(0.11, 'tCO2/GJ') }],
    });
    const r = evaluateSourceModel(model!);
    expect(r.tco2).toBeCloseTo(330, 10);
    expect(r.uTco2).toBe(0);
  });
});
