import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_TEMPLATES, checkScoringTemplate, drawSample, proposeScore, roundHalfUp, scoreSheet } from './scoring.ts';

describe('acceptance scoring (CM-14..CM-16 / BM-15..BM-17)', () => {
  it('CM-16, BM-17: the default sheets weigh exactly 100', () => {
    expect(checkScoringTemplate(DEFAULT_SCORING_TEMPLATES.carbon_metrology_centre)).toEqual({ ok: true });
    expect(checkScoringTemplate(DEFAULT_SCORING_TEMPLATES.data_application_base)).toEqual({ ok: true });
  });

  it('CM-16: a sheet whose weights sum to 99 is refused, naming the sum', () => {
    const [first, ...rest] = DEFAULT_SCORING_TEMPLATES.carbon_metrology_centre.items;
    const result = checkScoringTemplate({
      institutionType: 'carbon_metrology_centre',
      items: [{ ...first!, weight: first!.weight - 1 }, ...rest],
    });
    expect(result).toMatchObject({ ok: false, article: 'CM-16' });
    expect(!result.ok && result.messageEn).toContain('sum to 99');
  });

  it('CM-16: a member scores every item within its weight; the total adds up', () => {
    const template = DEFAULT_SCORING_TEMPLATES.carbon_metrology_centre;
    const full = Object.fromEntries(template.items.map((i) => [i.code, i.weight]));
    expect(scoreSheet(template, full)).toEqual({ ok: true, total: 100 });
    expect(scoreSheet(template, { ...full, standards: 21 })).toMatchObject({ ok: false, rule: 'scoring_item_range' });
    const { standards: _omitted, ...missing } = full;
    expect(scoreSheet(template, missing)).toMatchObject({ ok: false, rule: 'scoring_item_range' });
  });

  it('CM-16: the proposed score is the mean of the totals, half-up to 0.1 (79.95 → 80.0 passes)', () => {
    expect(proposeScore([79.9, 80])).toBe(80);
    expect(proposeScore([79.9, 79.9, 80])).toBe(79.9);
    expect(roundHalfUp(82.25, 1)).toBe(82.3);
    expect(proposeScore([])).toBeUndefined();
  });

  it('CM-15: the random sample is reproducible from its seed, and a share of the population', () => {
    const population = Array.from({ length: 40 }, (_, i) => `项目${i + 1}`);
    const a = drawSample(population, 0.2, '2026-11-27/襄阳');
    expect(a).toHaveLength(8);
    expect(drawSample(population, 0.2, '2026-11-27/襄阳')).toEqual(a);
    expect(drawSample(population, 0.2, 'another seed')).not.toEqual(a);
  });

  it('CM-15 property: a draw has ceil(share × N) distinct members of the population', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.string(),
        (population, share, seed) => {
          const drawn = drawSample(population, share, seed);
          return (
            drawn.length === Math.max(1, Math.ceil(share * population.length)) &&
            new Set(drawn).size === drawn.length &&
            drawn.every((d) => population.includes(d))
          );
        },
      ),
    );
  });
});
