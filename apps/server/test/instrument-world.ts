import type { CertificateInput, InstrumentInput } from '@jiliang/shared';
import type { Services } from '../src/services.ts';
import { TEST_ACTOR, makeOrganisation } from './factories.ts';

/**
 * A traceability chain for tests (issue 4): 中国计量科学研究院's national primary standard of electrical
 * energy → the provincial institute's highest standard → a centre's working standard → an enterprise's
 * electricity meter. Dates are chosen so each certificate's last valid day can be tested on both sides.
 */
export const meterInput = (overrides: Partial<InstrumentInput> = {}): InstrumentInput => ({
  code: `EM-${Math.random().toString(36).slice(2, 8)}`,
  name: '进线总表',
  instrumentType: 'electricity_meter',
  medium: 'electricity',
  maker: '武汉江城电气仪表',
  model: 'DTZ-3188',
  serialNumber: `SN${Math.random().toString(36).slice(2, 10)}`,
  accuracyClass: '0.5S',
  rangeMin: 0,
  rangeMax: 1.5,
  rangeUnit: 'A',
  ctRatio: 40,
  ptRatio: 100,
  gb17167Level: 'entry_exit',
  mandatoryVerification: true,
  intervalMonths: 12,
  status: 'in_service',
  ...overrides,
});

export const verification = (
  number: string,
  calibratedOn: string,
  validUntil: string | null,
  standardIds: string[] = [],
): CertificateInput => ({
  number,
  kind: 'verification',
  laboratoryName: '武汉碳计量中心',
  calibratedOn,
  validUntil,
  conclusion: 'pass',
  referenceStandardIds: standardIds,
  results: [{ quantity: '有功电能', unit: 'kWh', expandedUncertainty: 0.2, coverageFactor: 2, uncertaintyRelative: true, unitValid: true }],
});

export const buildChain = async (services: Services) => {
  const nim = await makeOrganisation(services, { kind: 'laboratory', divisionCode: '420111', name: '中国计量科学研究院(测试)' });
  const province = await makeOrganisation(services, { kind: 'laboratory', divisionCode: '420106', name: '湖北省计量测试技术研究院(测试)' });
  const centre = await makeOrganisation(services, { kind: 'institution', divisionCode: '420106', name: '武汉碳计量中心(测试)' });
  const enterprise = await makeOrganisation(services, { kind: 'enterprise', divisionCode: '420107', name: '武汉测试热电' });
  const standard = (ownerId: string, name: string, code: string, level: 'national_primary' | 'highest' | 'working') =>
    services.standards.createStandard(TEST_ACTOR, { ownerId, name, code, level, measurand: '电能', intervalMonths: 12 });
  const primary = await standard(nim.id, '电能国家计量基准', 'GJJZ-DN-001', 'national_primary');
  const highest = await standard(province.id, '0.01级三相电能表标准装置', '[2019]鄂量标法证字第001号', 'highest');
  const working = await standard(centre.id, '0.05级三相电能表检定装置', '[2021]鄂量标证字第105号', 'working');
  await services.certificates.addCertificate(
    TEST_ACTOR,
    { standardId: highest.id },
    {
      ...verification('NIM-2024-0115', '2024-01-15', '2026-01-14', [primary.id]),
      kind: 'calibration',
      conclusion: 'calibrated',
      laboratoryName: '中国计量科学研究院',
    },
  );
  await services.certificates.addCertificate(
    TEST_ACTOR,
    { standardId: working.id },
    {
      ...verification('HBJL-2024-0601', '2024-06-01', '2025-05-31', [highest.id]),
      laboratoryName: '湖北省计量测试技术研究院',
    },
  );
  return { nim, province, centre, enterprise, primary, highest, working };
};
