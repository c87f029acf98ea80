import { energyReviewRequestSchema, type Role } from '@jiliang/shared';
import type { Services } from '../src/services.ts';
import { TEST_ACTOR, makeOrganisation, makeUser } from './factories.ts';

/**
 * A small Hubei for access tests: the Province, Xiangyang and Wuhan bureaus, an enterprise in
 * each city, an institution in Xiangyang, a laboratory in Wuhan, one user per role and a token
 * in each of three organisations.
 */
export const buildWorld = async (services: Services) => {
  const { provinceId, bureauIds } = await services.organisations.ensureBureaus(TEST_ACTOR);
  const xiangyangBureau = bureauIds['420600'] ?? '';
  const wuhanBureau = bureauIds['420100'] ?? '';
  const enterpriseXiangyang = await makeOrganisation(services, { kind: 'enterprise', divisionCode: '420607', name: '襄阳测试热电' });
  const enterpriseWuhan = await makeOrganisation(services, { kind: 'enterprise', divisionCode: '420107', name: '武汉测试钢铁' });
  const institution = await makeOrganisation(services, { kind: 'institution', divisionCode: '420606', name: '襄阳测试基地' });
  const laboratory = await makeOrganisation(services, { kind: 'laboratory', divisionCode: '420111', name: '武汉测试实验室' });
  const users: Record<Role, { username: string; id: string; organisationId: string }> = {} as never;
  const add = async (role: Role, organisationId: string) => {
    const user = await makeUser(services, role, organisationId, `t.${role}`);
    users[role] = { username: user.username, id: user.id, organisationId };
  };
  await add('province_admin', provinceId);
  await add('local_officer', xiangyangBureau);
  await add('institution_staff', institution.id);
  await add('enterprise_user', enterpriseXiangyang.id);
  await add('expert', laboratory.id);
  await add('viewer', enterpriseXiangyang.id);
  const wuhanUser = await makeUser(services, 'enterprise_user', enterpriseWuhan.id, 't.wuhan');
  const token = async (organisationId: string) =>
    (await services.tokens.createToken(TEST_ACTOR, ['sites:read'], { name: 'gw', organisationId, permissions: ['sites:read'] })).token.id;
  const org = {
    province: provinceId,
    xiangyangBureau,
    wuhanBureau,
    enterpriseXiangyang: enterpriseXiangyang.id,
    enterpriseWuhan: enterpriseWuhan.id,
    institution: institution.id,
    laboratory: laboratory.id,
  };
  // Issue 4: an instrument (with a certificate), a standard and a capability in each targetable organisation.
  const instrumentIn: Record<string, string> = {};
  const standardIn: Record<string, string> = {};
  const certificateIn: Record<string, string> = {};
  const capabilityIn: Record<string, string> = {};
  for (const id of [enterpriseXiangyang.id, enterpriseWuhan.id, institution.id]) {
    const standard = await services.standards.createStandard(TEST_ACTOR, {
      ownerId: id,
      name: '矩阵标准',
      code: `STD-${id.slice(0, 8)}`,
      level: 'working',
      measurand: '电能',
    });
    standardIn[id] = standard.id;
    const instrument = await services.instruments.createInstrument(TEST_ACTOR, id, {
      code: `M-${id.slice(0, 8)}`,
      name: '矩阵电能表',
      instrumentType: 'electricity_meter',
      medium: 'electricity',
      gb17167Level: 'entry_exit',
    });
    instrumentIn[id] = instrument.id;
    const certificate = await services.certificates.addCertificate(
      TEST_ACTOR,
      { instrumentId: instrument.id },
      {
        number: `C-${id.slice(0, 8)}`,
        kind: 'verification',
        laboratoryName: '矩阵实验室',
        calibratedOn: '2026-01-01',
        validUntil: '2026-12-31',
        conclusion: 'pass',
        referenceStandardIds: [standard.id],
      },
    );
    certificateIn[id] = certificate.id;
    capabilityIn[id] = (
      await services.standards.createCapability(TEST_ACTOR, id, { kind: 'verification_calibration', name: '电能表检定', measurand: '电能' })
    ).id;
  }
  // Issue 5: a point with a few readings in each enterprise, and one quarantined row.
  const pointIn: Record<string, string> = {};
  const quarantineIn: Record<string, string> = {};
  for (const id of [enterpriseXiangyang.id, enterpriseWuhan.id]) {
    const point = await services.points.createPoint(TEST_ACTOR, id, {
      code: 'P-1',
      name: '矩阵测点',
      medium: 'electricity',
      registerKind: 'cumulative',
      unit: 'kWh',
      rolloverValue: 999999.99,
    });
    pointIn[id] = point.id;
    await services.ingest.ingest(
      TEST_ACTOR,
      id,
      [
        { point: 'P-1', ts: '2026-01-01T00:15:00+08:00', value: 10 },
        { point: 'P-1', ts: '2026-01-01T00:30:00+08:00', value: 12.5 },
        { point: 'P-1', ts: 'not a time', value: 13 },
      ],
      { source: 'http' },
    );
    quarantineIn[id] = (await services.quarantine.listRows(id, 'open'))[0]!.id;
  }
  pointIn[institution.id] = pointIn[enterpriseXiangyang.id]!;
  // Issue 7: the default factors, an electricity source on the point and one accounting run per enterprise.
  await services.factors.ensureDefaultFactors(TEST_ACTOR);
  const sourceIn: Record<string, string> = {};
  const runIn: Record<string, string> = {};
  for (const id of [enterpriseXiangyang.id, enterpriseWuhan.id]) {
    const source = await services.emissionSources.createSource(TEST_ACTOR, id, {
      code: 'S-EL',
      name: '外购电力',
      kind: 'purchased_electricity',
      subject: 'electricity',
      pointId: pointIn[id]!,
      activityUnit: 'MWh',
      parameters: { factor: { factor: 'grid.national' } },
    });
    sourceIn[id] = source.id;
    runIn[id] = (await services.accounting.createRun(TEST_ACTOR, id, { periodStart: '2026-01-01', periodEnd: '2026-01-31' })).id;
  }
  // A centre accounts its own emissions too (GB/T 32150 applies to any reporting entity): heat from a monthly bill.
  const heat = await services.emissionSources.createSource(TEST_ACTOR, institution.id, {
    code: 'S-HT',
    name: '外购热力',
    kind: 'purchased_heat',
    subject: 'heat',
    activityUnit: 'GJ',
    parameters: { factor: { factor: 'heat.default' } },
  });
  await services.emissionSources.addEntry(TEST_ACTOR, heat.id, { month: '2026-01', value: 10, unit: 'GJ', evidence: '供热结算单' });
  sourceIn[institution.id] = heat.id;
  runIn[institution.id] = (
    await services.accounting.createRun(TEST_ACTOR, institution.id, { periodStart: '2026-01-01', periodEnd: '2026-01-31' })
  ).id;
  // Issue 8: a GB 17167 review with open rectification items in each targetable organisation (GB 17167 applies to every 用能单位).
  const reviewIn: Record<string, string> = {};
  const rectificationIn: Record<string, string> = {};
  for (const id of [enterpriseXiangyang.id, enterpriseWuhan.id, institution.id]) {
    const review = await services.energy.reviews.createReview(TEST_ACTOR, id, energyReviewRequestSchema.parse(WORLD_REVIEW));
    reviewIn[id] = review.id;
    rectificationIn[id] = review.rectifications[0]!.id;
  }
  quarantineIn[institution.id] = quarantineIn[enterpriseXiangyang.id]!;
  return {
    sourceIn,
    runIn,
    reviewIn,
    rectificationIn,
    pointIn,
    quarantineIn,
    instrumentIn,
    standardIn,
    certificateIn,
    capabilityIn,
    org,
    users,
    divisionOf: {
      [enterpriseXiangyang.id]: '420607',
      [enterpriseWuhan.id]: '420107',
      [institution.id]: '420606',
      [laboratory.id]: '420111',
    } as Record<string, string>,
    /** A user who belongs to the organisation (for routes that target a user). */
    memberOf: {
      [enterpriseXiangyang.id]: users.enterprise_user.id,
      [enterpriseWuhan.id]: wuhanUser.id,
      [institution.id]: users.institution_staff.id,
      [laboratory.id]: users.expert.id,
    } as Record<string, string>,
    tokenIn: {
      [enterpriseXiangyang.id]: await token(enterpriseXiangyang.id),
      [enterpriseWuhan.id]: await token(enterpriseWuhan.id),
      [institution.id]: await token(institution.id),
    } as Record<string, string>,
  };
};

/** An unmetered natural-gas entry and an empty checklist: the review fails and opens rectification items. */
export const WORLD_REVIEW = {
  reviewDate: '2026-02-01',
  entryExitPoints: [{ name: '天然气进厂', medium: 'natural_gas', direction: 'in' }],
  management: {
    managementSystem: false,
    instrumentRegister: false,
    calibrationPlan: false,
    trainedStaff: false,
    dataRecords: false,
    certificatesKept: false,
  },
} as const;

export type World = Awaited<ReturnType<typeof buildWorld>>;
