import type { Services } from '../src/services.ts';
import { TEST_ACTOR, makeOrganisation } from './factories.ts';
import { meterInput, verification } from './instrument-world.ts';

/**
 * The hand-worked quarter of the carbon tests (issue 7), for the accounting and the report tests:
 *   electricity, measured: 100 000 + 80 000 + 120 000 kWh of Q1 2025 on meter A001, whose certificate (U = 0.5 %, k = 2) is
 *   valid to 14 Feb 2025 → 300 MWh × 0.5306 (grid.national v3) = 159.18 tCO2, measured 140 000 of 300 000 kWh;
 *   natural gas, estimated: 10 + 8 + 12 × 10⁴ Nm³ from monthly bills → 648.6566427 tCO2.
 * The default factors must be loaded first (services.factors.ensureDefaultFactors).
 */
export const buildCarbonQuarter = async (services: Services, options: { name?: string; gasSite?: string } = {}) => {
  const enterprise = await makeOrganisation(services, {
    kind: 'enterprise',
    industry: '水泥制造',
    ...(options.name ? { name: options.name } : {}),
  });
  const site = options.gasSite
    ? await services.organisations.createSite(TEST_ACTOR, enterprise.id, { level: 'site', name: options.gasSite })
    : undefined;
  const meter = await services.instruments.createInstrument(TEST_ACTOR, enterprise.id, meterInput({ code: 'A001' }));
  await services.certificates.addCertificate(
    TEST_ACTOR,
    { instrumentId: meter.id },
    {
      ...verification('WH-2024-0215', '2024-02-15', '2025-02-14'),
      results: [
        { quantity: '有功电能', unit: 'kWh', expandedUncertainty: 0.5, coverageFactor: 2, uncertaintyRelative: true, unitValid: true },
      ],
    },
  );
  const point = await services.points.createPoint(TEST_ACTOR, enterprise.id, {
    code: 'EL-IN',
    name: '进线总表',
    medium: 'electricity',
    registerKind: 'interval',
    unit: 'kWh',
    instrumentId: meter.id,
  });
  const monthly = [
    ['2025-01-15T12:00:00+08:00', 100_000],
    ['2025-02-15T12:00:00+08:00', 80_000],
    ['2025-03-15T12:00:00+08:00', 120_000],
  ] as const;
  await services.ingest.ingest(
    TEST_ACTOR,
    enterprise.id,
    monthly.map(([ts, value]) => ({ point: 'EL-IN', ts, value })),
    { source: 'http' },
  );
  const electricity = await services.emissionSources.createSource(TEST_ACTOR, enterprise.id, {
    code: 'S-EL',
    name: '外购电力',
    kind: 'purchased_electricity',
    subject: 'electricity',
    pointId: point.id,
    activityUnit: 'MWh',
    parameters: { factor: { factor: 'grid.national' } },
  });
  const gas = await services.emissionSources.createSource(TEST_ACTOR, enterprise.id, {
    code: 'S-NG',
    name: '窑炉天然气',
    ...(site ? { siteId: site.id } : {}),
    kind: 'fuel_combustion',
    subject: 'natural_gas',
    activityUnit: '10^4Nm3',
    parameters: {
      ncv: { factor: 'fuel.natural_gas.ncv' },
      carbonContent: { factor: 'fuel.natural_gas.cc' },
      oxidationRate: { factor: 'fuel.natural_gas.of' },
    },
  });
  for (const [month, value] of [
    ['2025-01', 10],
    ['2025-02', 8],
    ['2025-03', 12],
  ] as const)
    await services.emissionSources.addEntry(TEST_ACTOR, gas.id, { month, value, unit: '10^4Nm3', evidence: `燃气公司结算单 ${month}` });
  return { enterprise, electricity, gas };
};
