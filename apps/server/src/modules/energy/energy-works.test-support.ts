import type { EnergyReviewRequest, InstrumentInput } from '@jiliang/shared';
import { TEST_ACTOR, makeOrganisation } from '../../../test/factories.ts';
import type { Services } from '../../services.ts';

/**
 * A small cement works for the energy tests (issue 8): a sub-unit, a register and the inventory a reviewer sends.
 * `passing`: every 表1 rate, 表4 class and certificate holds on 2026-02-01 and the checklist is complete — 100 points.
 * Failing: the 100 kW motor M-103 has no meter (main equipment 1 of 2 = 50 % < 95 %), the gas meter is class 2.5
 * where 表4 asks 2.0, the water meter's certificate ran out on 2025-12-31, and staff are not trained (2 of 10):
 * 40 + 13.3 + 16 + 8 = 77.3 points.
 * Both: a spare meter (not counted), a retired one (listed only), a thermometer at level "other" (meters no
 * point), and a 90 kW motor M-102 below the 表3 threshold of 100 kW (excluded).
 */
export const REVIEW_DATE = '2026-02-01';

const meter = (code: string, overrides: Partial<InstrumentInput>): InstrumentInput => ({
  code,
  name: code,
  instrumentType: 'electricity_meter',
  medium: 'electricity',
  gb17167Level: 'entry_exit',
  accuracyClass: '1.0',
  status: 'in_service',
  ...overrides,
});

export const makeEnergyWorks = async (services: Services, options: { passing: boolean; divisionCode?: string; name?: string }) => {
  const enterprise = await makeOrganisation(services, {
    kind: 'enterprise',
    divisionCode: options.divisionCode ?? '420881',
    name: options.name ?? `楚江测试水泥${Math.random().toString(36).slice(2, 6)}`,
  });
  const site = await services.organisations.createSite(TEST_ACTOR, enterprise.id, { level: 'site', name: '熟料基地' });
  const line = await services.organisations.createSite(TEST_ACTOR, enterprise.id, {
    level: 'sub_unit',
    name: '1号熟料线',
    parentId: site.id,
  });
  type Entry = [InstrumentInput, { validUntil: string } | null];
  const m103: Entry[] = options.passing
    ? [[meter('E-M103', { gb17167Level: 'main_equipment', equipment: 'M-103', name: '生料磨电能表' }), { validUntil: '2026-05-31' }]]
    : [];
  const register: Entry[] = [
    [meter('E-IN-01', { accuracyClass: '0.5S', name: '进线关口表' }), { validUntil: '2026-05-31' }],
    [
      meter('G-IN-01', {
        instrumentType: 'gas_flow_meter',
        medium: 'natural_gas',
        accuracyClass: options.passing ? '1.5' : '2.5',
        name: '天然气流量计',
      }),
      { validUntil: '2026-05-31' },
    ],
    [
      meter('W-IN-01', { instrumentType: 'water_meter', medium: 'water', accuracyClass: '2', name: '总水表' }),
      { validUntil: options.passing ? '2026-05-31' : '2025-12-31' },
    ],
    [meter('E-U1-01', { gb17167Level: 'sub_unit', siteId: line.id, name: '1号线总表' }), { validUntil: '2026-05-31' }],
    [meter('E-M101', { gb17167Level: 'main_equipment', equipment: 'M-101', name: '窑尾风机电能表' }), { validUntil: '2026-05-31' }],
    ...m103,
    [meter('E-SP-01', { status: 'spare', name: '备用关口表' }), null],
    [meter('R-01', { status: 'retired', name: '旧关口表' }), null],
    [meter('T-01', { instrumentType: 'temperature_instrument', medium: 'steam', gb17167Level: 'other', name: '窑头温度' }), null],
  ];
  const ids: Record<string, string> = {};
  for (const [input, certificate] of register) {
    const instrument = await services.instruments.createInstrument(TEST_ACTOR, enterprise.id, input);
    ids[input.code] = instrument.id;
    if (certificate)
      await services.certificates.addCertificate(
        TEST_ACTOR,
        { instrumentId: instrument.id },
        {
          number: `C-${input.code}-${enterprise.id.slice(0, 6)}`,
          kind: 'verification',
          laboratoryName: '楚天碳计量中心',
          calibratedOn: '2025-01-10',
          validUntil: certificate.validUntil,
          conclusion: 'pass',
          results: [
            {
              quantity: '示值误差',
              unit: '%',
              expandedUncertainty: input.code === 'G-IN-01' ? 1.2 : 0.3,
              coverageFactor: 2,
              uncertaintyRelative: true,
              unitValid: true,
            },
          ],
        },
      );
  }
  const request = {
    reviewDate: REVIEW_DATE,
    entryExitPoints: [
      { name: '10 kV 进线', medium: 'electricity', direction: 'in' },
      { name: '天然气进厂', medium: 'natural_gas', direction: 'in' },
      { name: '自来水进厂', medium: 'water', direction: 'in' },
    ],
    subUnits: [{ siteId: line.id, medium: 'electricity', consumption: { value: 800, unit: 'kW' } }],
    equipment: [
      { id: 'M-101', name: '窑尾高温风机', medium: 'electricity', rating: { value: 315, unit: 'kW' }, siteId: line.id },
      { id: 'M-102', name: '空压机', medium: 'electricity', rating: { value: 90, unit: 'kW' }, siteId: line.id },
      { id: 'M-103', name: '生料磨', medium: 'electricity', rating: { value: 100, unit: 'kW' }, siteId: line.id },
    ],
    instrumentFacts: {
      'E-IN-01': { meteringPointClass: 'III' },
      'E-SP-01': { meteringPointClass: 'III' },
      'W-IN-01': { pipeDiameterMm: 100 },
    },
    management: {
      managementSystem: true,
      instrumentRegister: true,
      calibrationPlan: true,
      trainedStaff: options.passing,
      dataRecords: true,
      certificatesKept: true,
    },
  } satisfies EnergyReviewRequest;
  return { enterprise, site, line, ids, request };
};
