import { describe, expect, it } from 'vitest';
import { CONSUMPTION_LIMIT_STANDARDS } from './consumption-limit-standards.ts';
import { benchmarkConsumption } from './consumption-limits.ts';

/** ≥ 4000 t/d clinker line, 可比熟料综合能耗: existing 128, new 118, advanced 114 kgce/t (GB 16780-2012, STANDARDS.md §8.2). */
const clinker = (unitConsumption: number) =>
  benchmarkConsumption({ indicatorId: 'clinker_comprehensive', capacityTpd: 5000, unitConsumption });

describe('consumption-limit benchmarking (GB 16780-2012)', () => {
  it('GB 16780-2012 4.3: 114 kgce/t equals the advanced value and is advanced, gap 0', () => {
    expect(clinker(114)).toMatchObject({
      verdict: 'advanced',
      gapToAdvanced: 0,
      clause: 'GB 16780-2012 4.3',
      confirmation: 'S',
      category: 'ge4000',
    });
  });

  it('GB 16780-2012 4.2: 118 kgce/t equals the new-plant value and is new, 4 above advanced (118 − 114)', () => {
    expect(clinker(118)).toMatchObject({ verdict: 'new', gapToAdvanced: 4, clause: 'GB 16780-2012 4.2' });
    expect(clinker(114.5).verdict).toBe('new');
  });

  it('GB 16780-2012 4.1: 128 kgce/t equals the existing-plant limit and is existing, 14 above advanced (128 − 114)', () => {
    expect(clinker(128)).toMatchObject({ verdict: 'existing', gapToAdvanced: 14, clause: 'GB 16780-2012 4.1' });
    expect(clinker(118.01).verdict).toBe('existing');
  });

  it('GB 16780-2012 4.1: 128.01 kgce/t exceeds the limit, 14.01 above advanced', () => {
    const r = clinker(128.01);
    expect(r.verdict).toBe('exceeds');
    expect(r.gapToAdvanced).toBeCloseTo(14.01, 9);
    expect(r.text).toContain('超过限定值');
  });

  it('GB 16780-2012: unit consumption from energy and production, 1 140 000 kgce / 10 000 t = 114 → advanced', () => {
    expect(
      benchmarkConsumption({ indicatorId: 'clinker_comprehensive', capacityTpd: 4500, energy: 1_140_000, production: 10_000 }),
    ).toMatchObject({
      unitConsumption: 114,
      verdict: 'advanced',
    });
  });

  it('GB 16780-2012: 4000 t/d is in the ≥ 4000 band, 3999 t/d in 2000–4000 (existing 134); small lines have no new or advanced value', () => {
    expect(benchmarkConsumption({ indicatorId: 'clinker_comprehensive', capacityTpd: 4000, unitConsumption: 130 }).verdict).toBe('exceeds');
    expect(benchmarkConsumption({ indicatorId: 'clinker_comprehensive', capacityTpd: 3999, unitConsumption: 130 })).toMatchObject({
      category: '2000to4000',
      verdict: 'existing',
      gapToAdvanced: 10,
    });
    expect(benchmarkConsumption({ indicatorId: 'clinker_comprehensive', capacityTpd: 1500, unitConsumption: 100 })).toMatchObject({
      verdict: 'existing',
      gapToAdvanced: null,
    });
    expect(benchmarkConsumption({ indicatorId: 'cement_electricity', categoryId: 'grinding_only', unitConsumption: 34 }).verdict).toBe(
      'advanced',
    );
  });

  it('GB 16780-2012: an unknown indicator or a missing capacity is refused, naming the field', () => {
    expect(() => benchmarkConsumption({ indicatorId: 'steel', capacityTpd: 5000, unitConsumption: 1 })).toThrow(
      /indicatorId: GB 16780-2012 has no indicator "steel"/,
    );
    expect(() => benchmarkConsumption({ indicatorId: 'clinker_comprehensive', unitConsumption: 1 })).toThrow(
      /capacityTpd: must be a positive number/,
    );
  });

  it('GB 16780-2012 data: clinker comprehensive ≈ coal + electricity × 0.1229, rounded (STANDARDS.md §8.2 [C])', () => {
    const indicators = Object.fromEntries(CONSUMPTION_LIMIT_STANDARDS[0]!.indicators.map((i) => [i.id, i.categories]));
    indicators.clinker_comprehensive!.forEach((category, b) => {
      for (const tier of ['existing', 'new', 'advanced'] as const) {
        const total = category.tiers[tier];
        const coal = indicators.clinker_coal![b]!.tiers[tier];
        const kwh = indicators.clinker_electricity![b]!.tiers[tier];
        if (total === null || coal === null || kwh === null) continue;
        // e.g. 120 + 68 × 0.1229 = 128.36 → 128
        expect(Math.abs(coal + kwh * 0.1229 - total)).toBeLessThan(0.5);
      }
    });
  });
});
