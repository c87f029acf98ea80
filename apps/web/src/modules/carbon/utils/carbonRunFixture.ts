import type { AccountingRun } from '@jiliang/shared';

/**
 * A run for the tests of the pure utilities: the quarter worked by hand in apps/server/src/modules/carbon/carbon.db.test.ts.
 *   S-EL purchased electricity, measured: 100 + 80 + 120 MWh × 0.5306 tCO2/MWh (grid.national v3) = 159.18 tCO2,
 *        certificate valid to 14 Feb, so 140 000 of 300 000 kWh measured; uRel 0.25 %;
 *   S-NG natural gas, estimated: 10 + 8 + 12 × 10⁴ Nm³ × 389.31 × 0.0153 × 99 % × 44/12 = 648.6566427 tCO2; uRel 5 %.
 */
const GAS_PER_UNIT = (389.31 * 0.0153 * 0.99 * 44) / 12;
const EL = 'b6f1c7de-0000-4000-8000-000000000001';
const NG = 'b6f1c7de-0000-4000-8000-000000000002';
const total = 159.18 + 30 * GAS_PER_UNIT;
const u = Math.hypot(159.18 * 0.0025, 30 * GAS_PER_UNIT * 0.05);

export const makeRunFixture = (): AccountingRun => ({
  id: 'a0000000-0000-4000-8000-000000000001',
  enterpriseId: 'e0000000-0000-4000-8000-000000000001',
  periodStart: '2025-01-01',
  periodEnd: '2025-03-31',
  methodVersion: 'jiliang-carbon/1',
  note: null,
  actorLabel: '王建国',
  createdAt: '2025-04-10T02:00:00.000Z',
  record: {
    methodVersion: 'jiliang-carbon/1',
    enterpriseId: 'e0000000-0000-4000-8000-000000000001',
    enterpriseName: '武汉临江钢铁有限公司',
    periodStart: '2025-01-01',
    periodEnd: '2025-03-31',
    calculation: {
      sources: [
        {
          id: EL,
          kind: 'purchased_electricity',
          label: 'S-EL 外购电力',
          quantity: { value: 300, unit: 'MWh', uRel: 0.0025 },
          factor: { value: 0.5306, unit: 'tCO2/MWh' },
        },
        {
          id: NG,
          kind: 'fuel_combustion',
          label: 'S-NG 窑炉天然气',
          quantity: { value: 30, unit: '10^4Nm3', uRel: 0.05 },
          ncv: { value: 389.31, unit: 'GJ/10^4Nm3' },
          carbonContent: { value: 0.0153, unit: 'tC/GJ' },
          oxidationRate: { value: 99, unit: '%' },
        },
      ],
    },
    months: [
      { month: '2025-01', quantities: { [EL]: 100, [NG]: 10 } },
      { month: '2025-02', quantities: { [EL]: 80, [NG]: 8 } },
      { month: '2025-03', quantities: { [EL]: 120, [NG]: 12 } },
    ],
    measuredFractions: { [EL]: 140_000 / 300_000, [NG]: 0 },
    monteCarlo: null,
    production: null,
    outputValue10kYuan: null,
    provenance: [
      {
        sourceId: EL,
        code: 'S-EL',
        name: '外购电力',
        kind: 'purchased_electricity',
        subject: 'electricity',
        siteId: 'f0000000-0000-4000-8000-000000000001',
        siteName: '青山钢铁基地',
        activity: {
          origin: 'measured',
          unit: 'MWh',
          pointId: 'c0000000-0000-4000-8000-000000000001',
          pointCode: 'EL-IN',
          certificates: [{ instrumentCode: 'A001', number: 'WH-2024-0215', validUntil: '2025-02-14' }],
          uncertaintyBasis: 'certificate WH-2024-0215: U = 0.5 %, k = 2',
          entryIds: [],
          missingMonths: [],
        },
        factors: [
          {
            parameter: 'factor',
            factorId: 'd0000000-0000-4000-8000-000000000003',
            code: 'grid.national',
            version: 3,
            value: 0.5306,
            unit: 'tCO2/MWh',
            uRel: null,
            confirmation: 'S2',
            sourceDocument: '生态环境部 国家统计局公告2025年第47号',
          },
        ],
      },
      {
        sourceId: NG,
        code: 'S-NG',
        name: '窑炉天然气',
        kind: 'fuel_combustion',
        subject: 'natural_gas',
        siteId: null,
        siteName: null,
        activity: {
          origin: 'estimated',
          unit: '10^4Nm3',
          pointId: null,
          pointCode: null,
          certificates: [],
          uncertaintyBasis: 'activity entries: uRel 0.05',
          entryIds: ['x1', 'x2', 'x3'],
          missingMonths: [],
        },
        factors: [
          ...(['ncv', 'carbonContent', 'oxidationRate'] as const).map((parameter, i) => ({
            parameter,
            factorId: `d0000000-0000-4000-8000-00000000001${String(i)}`,
            code: `fuel.natural_gas.${['ncv', 'cc', 'of'][i] ?? ''}`,
            version: 1,
            value: [389.31, 0.0153, 99][i] ?? 0,
            unit: ['GJ/10^4Nm3', 'tC/GJ', '%'][i] ?? '',
            uRel: null,
            confirmation: 'S2' as const,
            sourceDocument: 'STANDARDS.md §1.3 Table A',
          })),
        ],
      },
    ],
  },
  result: {
    emissions: {
      totalTco2: total,
      biomassTco2: 0,
      gwpSet: null,
      sources: [
        { id: EL, kind: 'purchased_electricity', tco2: 159.18, uTco2: 159.18 * 0.0025, uRel: 0.0025, countedInTotal: true },
        { id: NG, kind: 'fuel_combustion', tco2: 30 * GAS_PER_UNIT, uTco2: 30 * GAS_PER_UNIT * 0.05, uRel: 0.05, countedInTotal: true },
      ],
      uncertainty: { uTco2: u, uRel: u / total, k: 2, UTco2: 2 * u, URel: (2 * u) / total, interval95: [total - 2 * u, total + 2 * u] },
    },
    monthly: [
      { month: '2025-01', totalTco2: 53.06 + 10 * GAS_PER_UNIT, sources: { [EL]: 53.06, [NG]: 10 * GAS_PER_UNIT } },
      { month: '2025-02', totalTco2: 42.448 + 8 * GAS_PER_UNIT, sources: { [EL]: 42.448, [NG]: 8 * GAS_PER_UNIT } },
      { month: '2025-03', totalTco2: 63.672 + 12 * GAS_PER_UNIT, sources: { [EL]: 63.672, [NG]: 12 * GAS_PER_UNIT } },
    ],
    measuredTco2: (159.18 * 140_000) / 300_000,
    measuredShare: (159.18 * 140_000) / 300_000 / total,
    intensity: { perProduct: null, per10kYuan: null },
  },
});
