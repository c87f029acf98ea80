import { describe, expect, it } from 'vitest';
import { makeRunFixture } from './carbonRunFixture.ts';
import { listRunSources } from './listRunSources.ts';
import { sumSiteEmissions } from './sumSiteEmissions.ts';

describe('listRunSources (the per-source table)', () => {
  it('joins result, input quantity and provenance per source', () => {
    const rows = listRunSources(makeRunFixture());
    expect(rows.map((r) => [r.code, r.kind, r.activityValue, r.activityUnit, r.origin])).toEqual([
      ['S-EL', 'purchased_electricity', 300, 'MWh', 'measured'],
      ['S-NG', 'fuel_combustion', 30, '10^4Nm3', 'estimated'],
    ]);
    const [electricity, gas] = rows;
    expect(electricity).toMatchObject({ tco2: 159.18, uRel: 0.0025, pointCode: 'EL-IN', siteName: '青山钢铁基地' });
    expect(electricity?.measuredFraction).toBeCloseTo(140_000 / 300_000, 12);
    expect(electricity?.certificates).toEqual([{ instrumentCode: 'A001', number: 'WH-2024-0215', validUntil: '2025-02-14' }]);
    expect(electricity?.factors.map((f) => `${f.code} v${String(f.version)} ${f.confirmation}`)).toEqual(['grid.national v3 S2']);
    expect(gas?.tco2).toBeCloseTo(648.6566427, 7);
    expect(gas?.factors.map((f) => f.code)).toEqual(['fuel.natural_gas.ncv', 'fuel.natural_gas.cc', 'fuel.natural_gas.of']);
  });
});

describe('sumSiteEmissions (breakdown by site)', () => {
  it('sums counted sources per site with their share of the total; no site last', () => {
    const run = makeRunFixture();
    const sites = sumSiteEmissions(listRunSources(run), run.result.emissions.totalTco2);
    expect(sites.map((s) => s.siteName)).toEqual(['青山钢铁基地', null]);
    // 159.18 / 807.8366427 = 19.70 %; 648.6566427 / 807.8366427 = 80.30 %
    expect(sites[0]?.share).toBeCloseTo(159.18 / 807.8366427, 9);
    expect(sites[1]?.tco2).toBeCloseTo(648.6566427, 7);
    expect(sites.reduce((s, x) => s + (x.share ?? 0), 0)).toBeCloseTo(1, 12);
  });
  it('subtracts an export at its site and leaves biomass CO2 out', () => {
    const run = makeRunFixture();
    const rows = listRunSources(run).map((r) =>
      r.code === 'S-NG' ? { ...r, siteName: '青山钢铁基地', tco2: -5.306, kind: 'exported_electricity' as const } : r,
    );
    rows.push({ ...rows[0]!, id: 'bio', siteName: '原料码头', tco2: 12, countedInTotal: false });
    const sites = sumSiteEmissions(rows, 159.18 - 5.306);
    expect(sites).toHaveLength(1);
    expect(sites[0]).toMatchObject({ siteName: '青山钢铁基地', sources: 2, share: 1 });
    expect(sites[0]?.tco2).toBeCloseTo(153.874, 10);
  });
});
