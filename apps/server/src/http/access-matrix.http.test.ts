import type { FastifyRequest } from 'fastify';
import { ROLES, ROLE_PERMISSIONS, type Role } from '@jiliang/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, login, type Session, type TestApp } from '../../test/test-app.ts';
import { WORLD_REVIEW, buildWorld, type World } from '../../test/world.ts';
import type { RouteCatalogueEntry } from './route-access.ts';

/**
 * The role × route table, generated from the app's own route catalogue. Every API route must have
 * a request fixture here; a new route without one fails "every route has a fixture". For each
 * route and role, the expected outcome follows from ROLE_PERMISSIONS and the role's scope alone.
 */
type Req = { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; payload?: unknown };
type Fixture = (w: World, targetOrg: string, session: Session) => Req;

const FIXTURES: Record<string, Fixture> = {
  'GET /healthz': () => ({ method: 'GET', url: '/healthz' }),
  'GET /readyz': () => ({ method: 'GET', url: '/readyz' }),
  'POST /api/auth/login': () => ({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'x' } }),
  'POST /api/auth/logout': () => ({ method: 'POST', url: '/api/auth/logout' }),
  'GET /api/auth/me': () => ({ method: 'GET', url: '/api/auth/me' }),
  'PUT /api/auth/active-membership': (_w, _o, s) => ({
    method: 'PUT',
    url: '/api/auth/active-membership',
    payload: { membershipId: s.me.memberships[0]?.id },
  }),
  'GET /api/organisations': () => ({ method: 'GET', url: '/api/organisations' }),
  'GET /api/organisations/:id': (_w, o) => ({ method: 'GET', url: `/api/organisations/${o}` }),
  'POST /api/organisations': (w, o) => ({
    method: 'POST',
    url: '/api/organisations',
    payload: { kind: 'laboratory', name: `矩阵测试${Math.random().toString(36).slice(2, 8)}`, divisionCode: w.divisionOf[o] ?? '420607' },
  }),
  'GET /api/organisations/:id/sites': (_w, o) => ({ method: 'GET', url: `/api/organisations/${o}/sites` }),
  'POST /api/organisations/:id/sites': (_w, o) => ({
    method: 'POST',
    url: `/api/organisations/${o}/sites`,
    payload: { level: 'site', name: '矩阵厂区' },
  }),
  'GET /api/users': (_w, o) => ({ method: 'GET', url: `/api/users?organisationId=${o}` }),
  'POST /api/users': (_w, o) => ({
    method: 'POST',
    url: '/api/users',
    payload: {
      username: `m${Math.random().toString(36).slice(2, 10)}`,
      displayName: 'm',
      password: 'Matrix-Passw0rd',
      role: 'viewer',
      organisationId: o,
    },
  }),
  'PUT /api/users/:id/password': (w, o) => ({
    method: 'PUT',
    url: `/api/users/${w.memberOf[o]}/password`,
    payload: { password: 'Reset-Passw0rd!' },
  }),
  'GET /api/tokens': (_w, o) => ({ method: 'GET', url: `/api/tokens?organisationId=${o}` }),
  'POST /api/tokens': (_w, o) => ({
    method: 'POST',
    url: '/api/tokens',
    payload: { name: 'matrix', organisationId: o, permissions: ['sites:read'] },
  }),
  'DELETE /api/tokens/:id': (w, o) => ({ method: 'DELETE', url: `/api/tokens/${w.tokenIn[o]}` }),
  'GET /api/audit': () => ({ method: 'GET', url: '/api/audit' }),
  'GET /api/audit/verify': () => ({ method: 'GET', url: '/api/audit/verify' }),
  'GET /api/institutions/pipeline': () => ({ method: 'GET', url: '/api/institutions/pipeline' }),
  'POST /api/institutions/:id/case': (_w, o) => ({ method: 'POST', url: `/api/institutions/${o}/case`, payload: {} }),
  'GET /api/institutions/:id/case': (_w, o) => ({ method: 'GET', url: `/api/institutions/${o}/case` }),
  'POST /api/institutions/:id/case/events': (_w, o) => ({
    method: 'POST',
    url: `/api/institutions/${o}/case/events`,
    payload: { event: 'submit_application' },
  }),
  'POST /api/institutions/:id/case/panels': (w, o) => ({
    method: 'POST',
    url: `/api/institutions/${o}/case/panels`,
    payload: { purpose: 'application_review', leaderUserId: w.users.expert.id, memberUserIds: [w.users.expert.id] },
  }),
  'POST /api/institutions/sweep': () => ({ method: 'POST', url: '/api/institutions/sweep' }),
  'GET /api/institutions/:id/case/panels': (_w, o) => ({ method: 'GET', url: `/api/institutions/${o}/case/panels` }),
  'GET /api/institutions/:id/case/task-book': (_w, o) => ({ method: 'GET', url: `/api/institutions/${o}/case/task-book` }),
  'PATCH /api/institutions/:id/case/task-book/:itemId': (_w, o) => ({
    method: 'PATCH',
    url: `/api/institutions/${o}/case/task-book/00000000-0000-4000-8000-000000000000`,
    payload: { progress: 50, status: 'open' },
  }),
  'GET /api/institutions/:id/case/documents': (_w, o) => ({ method: 'GET', url: `/api/institutions/${o}/case/documents` }),
  'GET /api/institutions/:id/case/documents/:file': (_w, o) => ({
    method: 'GET',
    url: `/api/institutions/${o}/case/documents/00000000-0000-4000-8000-000000000000.pdf`,
  }),
  'GET /api/institutions/scoring-templates/:type': () => ({
    method: 'GET',
    url: '/api/institutions/scoring-templates/carbon_metrology_centre',
  }),
  'PUT /api/institutions/scoring-templates/:type': () => ({
    method: 'PUT',
    url: '/api/institutions/scoring-templates/data_application_base',
    payload: { items: [{ code: 'all', title: '全部', weight: 100, guidance: '' }] },
  }),
  'GET /api/institutions/:id/case/scoring': (_w, o) => ({ method: 'GET', url: `/api/institutions/${o}/case/scoring` }),
  'POST /api/institutions/:id/case/scoring/sheets': (_w, o) => ({
    method: 'POST',
    url: `/api/institutions/${o}/case/scoring/sheets`,
    payload: { scores: {} },
  }),
  'POST /api/institutions/:id/case/scoring/sampling': (_w, o) => ({
    method: 'POST',
    url: `/api/institutions/${o}/case/scoring/sampling`,
    payload: { share: 0.5, population: { verificationCalibration: ['a'], keyParameter: ['b'] } },
  }),
  'GET /api/instruments': (_w, o) => ({ method: 'GET', url: `/api/instruments?ownerId=${o}` }),
  'POST /api/organisations/:id/instruments': (_w, o) => ({ method: 'POST', url: `/api/organisations/${o}/instruments`, payload: METER() }),
  'GET /api/organisations/:id/instruments.xlsx': (_w, o) => ({ method: 'GET', url: `/api/organisations/${o}/instruments.xlsx` }),
  'POST /api/organisations/:id/instruments/import': (_w, o) => ({
    method: 'POST',
    url: `/api/organisations/${o}/instruments/import`,
    payload: {},
  }),
  'GET /api/organisations/:id/points': (_w, o) => ({ method: 'GET', url: `/api/organisations/${o}/points` }),
  'POST /api/organisations/:id/points': (_w, o) => ({
    method: 'POST',
    url: `/api/organisations/${o}/points`,
    payload: { code: `P-${Math.random().toString(36).slice(2, 8)}`, name: '矩阵', medium: 'water', registerKind: 'interval', unit: 'm3' },
  }),
  'POST /api/points/:id/swaps': (w, o) => ({
    method: 'POST',
    url: `/api/points/${w.pointIn[o]}/swaps`,
    payload: {
      at: `2026-0${1 + Math.floor(Math.random() * 9)}-0${1 + Math.floor(Math.random() * 9)}T12:00:00+08:00`,
      closingReading: 1,
      openingReading: 0,
      reason: '矩阵',
    },
  }),
  'POST /api/organisations/:id/readings': (_w, o) => ({ method: 'POST', url: `/api/organisations/${o}/readings`, payload: { rows: [] } }),
  'POST /api/organisations/:id/readings/file': (_w, o) => ({
    method: 'POST',
    url: `/api/organisations/${o}/readings/file?preview=true`,
    payload: { rows: [] },
  }),
  // Issue 5 §2: a DL/T 645-2007 reply (STANDARDS.md §4.1); no point of the world is mapped to it, so it is a rejected row.
  'POST /api/organisations/:id/readings/dlt645': (_w, o) => ({
    method: 'POST',
    url: `/api/organisations/${o}/readings/dlt645`,
    payload: { frames: [{ hex: '68 37 03 00 92 81 39 68 91 08 33 33 34 33 37 33 33 33 8C 16', receivedAt: '2026-01-01T00:45:00+08:00' }] },
  }),
  'GET /api/organisations/:id/batches': (_w, o) => ({ method: 'GET', url: `/api/organisations/${o}/batches` }),
  'GET /api/organisations/:id/quarantine': (_w, o) => ({ method: 'GET', url: `/api/organisations/${o}/quarantine` }),
  'POST /api/quarantine/replay': (w, o) => ({
    method: 'POST',
    url: '/api/quarantine/replay',
    payload: { ids: [w.quarantineIn[o]], reason: '矩阵' },
  }),
  'POST /api/quarantine/dismiss': (w, o) => ({
    method: 'POST',
    url: '/api/quarantine/dismiss',
    payload: { ids: [w.quarantineIn[o]], reason: '矩阵' },
  }),
  'GET /api/series': (_w, o) => ({
    method: 'GET',
    url: `/api/series?from=2026-01-01T00:00:00%2B08:00&to=2026-01-02T00:00:00%2B08:00&enterpriseId=${o}`,
  }),
  'GET /api/series/export': (_w, o) => ({
    method: 'GET',
    url: `/api/series/export?from=2026-01-01T00:00:00%2B08:00&to=2026-01-02T00:00:00%2B08:00&enterpriseId=${o}`,
  }),
  'GET /api/organisations/:id/readings/summary': (_w, o) => ({ method: 'GET', url: `/api/organisations/${o}/readings/summary` }),
  'GET /api/instruments/reminders': (_w, o) => ({ method: 'GET', url: `/api/instruments/reminders?ownerId=${o}` }),
  'POST /api/instruments/reminders/acknowledge': (w, o) => ({
    method: 'POST',
    url: '/api/instruments/reminders/acknowledge',
    payload: { instrumentId: w.instrumentIn[o], dueDate: '2026-12-31', kind: 'due_soon' },
  }),
  'GET /api/instruments/due.ics': (_w, o) => ({ method: 'GET', url: `/api/instruments/due.ics?ownerId=${o}` }),
  'GET /api/instruments/due': (_w, o) => ({ method: 'GET', url: `/api/instruments/due?ownerId=${o}` }),
  'POST /api/instruments/bulk-status': (w, o) => ({
    method: 'POST',
    url: '/api/instruments/bulk-status',
    payload: { ids: [w.instrumentIn[o]], status: 'in_service', reason: '矩阵' },
  }),
  'GET /api/instruments/:id': (w, o) => ({ method: 'GET', url: `/api/instruments/${w.instrumentIn[o]}` }),
  'PUT /api/instruments/:id': (w, o) => ({ method: 'PUT', url: `/api/instruments/${w.instrumentIn[o]}`, payload: { instrument: METER() } }),
  'POST /api/instruments/:id/status': (w, o) => ({
    method: 'POST',
    url: `/api/instruments/${w.instrumentIn[o]}/status`,
    payload: { status: 'in_service', reason: '矩阵' },
  }),
  'GET /api/instruments/:id/status-history': (w, o) => ({ method: 'GET', url: `/api/instruments/${w.instrumentIn[o]}/status-history` }),
  'GET /api/instruments/:id/certificates': (w, o) => ({ method: 'GET', url: `/api/instruments/${w.instrumentIn[o]}/certificates` }),
  'POST /api/instruments/:id/certificates': (w, o) => ({
    method: 'POST',
    url: `/api/instruments/${w.instrumentIn[o]}/certificates`,
    payload: CERT(),
  }),
  'POST /api/instruments/:id/dcc': (w, o) => ({
    method: 'POST',
    url: `/api/instruments/${w.instrumentIn[o]}/dcc`,
    payload: { xml: '<x/>' },
  }),
  'GET /api/instruments/:id/traceability': (w, o) => ({ method: 'GET', url: `/api/instruments/${w.instrumentIn[o]}/traceability` }),
  'GET /api/instruments/:id/status-at': (w, o) => ({ method: 'GET', url: `/api/instruments/${w.instrumentIn[o]}/status-at?at=2026-02-01` }),
  'POST /api/certificates/:id/revoke': (w, o) => ({
    method: 'POST',
    url: `/api/certificates/${w.certificateIn[o]}/revoke`,
    payload: { revokedOn: '2026-06-01', reason: '矩阵' },
  }),
  'POST /api/certificates/:id/attachments': (w, o) => ({
    method: 'POST',
    url: `/api/certificates/${w.certificateIn[o]}/attachments?filename=scan.xml`,
    payload: { not: 'a file' },
  }),
  'GET /api/certificates/:id/attachments/:attachmentId': (w, o) => ({
    method: 'GET',
    url: `/api/certificates/${w.certificateIn[o]}/attachments/00000000-0000-4000-8000-000000000000`,
  }),
  'GET /api/standards': () => ({ method: 'GET', url: '/api/standards' }),
  'POST /api/standards': (_w, o) => ({
    method: 'POST',
    url: '/api/standards',
    payload: { ownerId: o, name: '矩阵标准', code: `S-${Math.random()}`, level: 'working', measurand: '电能' },
  }),
  'GET /api/standards/:id': (w, o) => ({ method: 'GET', url: `/api/standards/${w.standardIn[o] ?? w.standardIn[w.org.institution]}` }),
  'GET /api/standards/:id/certificates': (w, o) => ({
    method: 'GET',
    url: `/api/standards/${w.standardIn[o] ?? w.standardIn[w.org.institution]}/certificates`,
  }),
  'POST /api/standards/:id/certificates': (w, o) => ({
    method: 'POST',
    url: `/api/standards/${w.standardIn[o]}/certificates`,
    payload: CERT(),
  }),
  'GET /api/standards/:id/checks': (w, o) => ({
    method: 'GET',
    url: `/api/standards/${w.standardIn[o] ?? w.standardIn[w.org.institution]}/checks`,
  }),
  'POST /api/standards/:id/checks': (w, o) => ({
    method: 'POST',
    url: `/api/standards/${w.standardIn[o]}/checks`,
    payload: { kind: 'repeatability', performedOn: '2026-01-01', readings: [1, 1.1, 0.9] },
  }),
  'GET /api/organisations/:id/capabilities': (_w, o) => ({ method: 'GET', url: `/api/organisations/${o}/capabilities` }),
  'POST /api/organisations/:id/capabilities': (_w, o) => ({
    method: 'POST',
    url: `/api/organisations/${o}/capabilities`,
    payload: { kind: 'key_parameter', name: `能力${Math.random()}`, measurand: '电能' },
  }),
  'POST /api/capabilities/:id/active': (w, o) => ({
    method: 'POST',
    url: `/api/capabilities/${w.capabilityIn[o]}/active`,
    payload: { active: true },
  }),
  // Issue 7: factor library, emission sources, activity entries, accounting runs, totals.
  'GET /api/carbon/factors': () => ({ method: 'GET', url: '/api/carbon/factors?current=true' }),
  'POST /api/carbon/factors': () => ({
    method: 'POST',
    url: '/api/carbon/factors',
    payload: {
      code: `matrix.${Math.random().toString(36).slice(2, 8)}`,
      kind: 'heat',
      subject: 'heat',
      name: '矩阵因子',
      region: 'hubei',
      value: 0.1,
      unit: 'tCO2/GJ',
      sourceDocument: '矩阵',
      confirmation: 'M',
      effectiveFrom: '2026-01-01',
    },
  }),
  'GET /api/organisations/:id/emission-sources': (_w, o) => ({ method: 'GET', url: `/api/organisations/${o}/emission-sources` }),
  'POST /api/organisations/:id/emission-sources': (_w, o) => ({
    method: 'POST',
    url: `/api/organisations/${o}/emission-sources`,
    payload: {
      code: `S-${Math.random().toString(36).slice(2, 8)}`,
      name: '矩阵热力',
      kind: 'purchased_heat',
      subject: 'heat',
      activityUnit: 'GJ',
      parameters: { factor: { factor: 'heat.default' } },
    },
  }),
  'POST /api/emission-sources/:id/active': (w, o) => ({
    method: 'POST',
    url: `/api/emission-sources/${w.sourceIn[o]}/active`,
    payload: { active: true },
  }),
  'GET /api/emission-sources/:id/activity-entries': (w, o) => ({
    method: 'GET',
    url: `/api/emission-sources/${w.sourceIn[o]}/activity-entries`,
  }),
  'POST /api/emission-sources/:id/activity-entries': (w, o) => ({
    method: 'POST',
    url: `/api/emission-sources/${w.sourceIn[o]}/activity-entries`,
    payload: { month: '2026-02', value: 1, unit: 'MWh', evidence: '矩阵' },
  }),
  'GET /api/organisations/:id/accounting-runs': (_w, o) => ({ method: 'GET', url: `/api/organisations/${o}/accounting-runs` }),
  'POST /api/organisations/:id/accounting-runs': (_w, o) => ({
    method: 'POST',
    url: `/api/organisations/${o}/accounting-runs`,
    payload: { periodStart: '2026-01-01', periodEnd: '2026-01-31' },
  }),
  'GET /api/accounting-runs/:id': (w, o) => ({ method: 'GET', url: `/api/accounting-runs/${w.runIn[o]}` }),
  'GET /api/accounting-runs/:id/verify': (w, o) => ({ method: 'GET', url: `/api/accounting-runs/${w.runIn[o]}/verify` }),
  'GET /api/accounting-runs/:id/compare/:otherId': (w, o) => ({
    method: 'GET',
    url: `/api/accounting-runs/${w.runIn[o]}/compare/${w.runIn[o]}`,
  }),
  'GET /api/accounting-runs/:id/sankey': (w, o) => ({ method: 'GET', url: `/api/accounting-runs/${w.runIn[o]}/sankey` }),
  'GET /api/accounting-runs/:id/report.docx': (w, o) => ({ method: 'GET', url: `/api/accounting-runs/${w.runIn[o]}/report.docx` }),
  'GET /api/accounting-runs/:id/report.xlsx': (w, o) => ({ method: 'GET', url: `/api/accounting-runs/${w.runIn[o]}/report.xlsx` }),
  'GET /api/carbon/totals': () => ({ method: 'GET', url: '/api/carbon/totals?year=2026&by=industry' }),
  // Issue 8: GB 17167 reviews, rectification and the energy services.
  'GET /api/organisations/:id/energy/reviews': (_w, o) => ({ method: 'GET', url: `/api/organisations/${o}/energy/reviews` }),
  'POST /api/organisations/:id/energy/reviews': (_w, o) => ({
    method: 'POST',
    url: `/api/organisations/${o}/energy/reviews`,
    payload: WORLD_REVIEW,
  }),
  'GET /api/energy/reviews/:id': (w, o) => ({ method: 'GET', url: `/api/energy/reviews/${w.reviewIn[o]}` }),
  'GET /api/energy/reviews/:id/report.docx': (w, o) => ({ method: 'GET', url: `/api/energy/reviews/${w.reviewIn[o]}/report.docx` }),
  'PATCH /api/energy/rectifications/:id': (w, o) => ({
    method: 'PATCH',
    url: `/api/energy/rectifications/${w.rectificationIn[o]}`,
    payload: { status: 'in_progress', note: '矩阵' },
  }),
  'GET /api/energy/limit-standards': () => ({ method: 'GET', url: '/api/energy/limit-standards' }),
  'GET /api/organisations/:id/energy/benchmarks': (_w, o) => ({ method: 'GET', url: `/api/organisations/${o}/energy/benchmarks` }),
  'POST /api/organisations/:id/energy/benchmarks': (_w, o) => ({
    method: 'POST',
    url: `/api/organisations/${o}/energy/benchmarks`,
    payload: {
      indicatorId: 'clinker_comprehensive',
      capacityTpd: 5000,
      period: { from: '2026-01', to: '2026-01' },
      energy: [{ source: 'entered', energy: 'raw_coal', quantity: 100, unit: 't', evidence: '矩阵' }],
      production: { quantity: 1000, unit: 't', evidence: '矩阵' },
    },
  }),
  'GET /api/organisations/:id/energy/balance': (_w, o) => ({
    method: 'GET',
    url: `/api/organisations/${o}/energy/balance?from=2026-01-01&to=2026-01-31`,
  }),
  'GET /api/organisations/:id/energy/savings': (_w, o) => ({ method: 'GET', url: `/api/organisations/${o}/energy/savings` }),
  'POST /api/organisations/:id/energy/savings': (_w, o) => ({
    method: 'POST',
    url: `/api/organisations/${o}/energy/savings`,
    payload: {
      title: '矩阵',
      energyUnit: 'kWh',
      productionUnit: 't',
      evidence: '矩阵',
      baseline: [
        { period: '2025-01', energy: 10, production: 1 },
        { period: '2025-02', energy: 21, production: 2 },
        { period: '2025-03', energy: 29, production: 3 },
      ],
      reporting: [{ period: '2025-04', energy: 35, production: 4 }],
    },
  }),
  'GET /api/institutions/:id/energy/demand': (_w, o) => ({ method: 'GET', url: `/api/institutions/${o}/energy/demand` }),
  // Issue 6: data quality (read with sites:read, change with readings:write).
  'GET /api/organisations/:id/quality/heatmap': (_w, o) => ({
    method: 'GET',
    url: `/api/organisations/${o}/quality/heatmap?month=2026-01`,
  }),
  'GET /api/organisations/:id/quality/issues': (_w, o) => ({ method: 'GET', url: `/api/organisations/${o}/quality/issues?month=2026-01` }),
  'GET /api/organisations/:id/quality/report': (_w, o) => ({ method: 'GET', url: `/api/organisations/${o}/quality/report?month=2026-01` }),
  'GET /api/organisations/:id/quality/report.xlsx': (_w, o) => ({
    method: 'GET',
    url: `/api/organisations/${o}/quality/report.xlsx?month=2026-01`,
  }),
  'POST /api/organisations/:id/quality/evaluate': (_w, o) => ({
    method: 'POST',
    url: `/api/organisations/${o}/quality/evaluate`,
    payload: { from: '2026-01-01', to: '2026-01-01' },
  }),
  'GET /api/institutions/:id/quality/trend': (_w, o) => ({
    method: 'GET',
    url: `/api/institutions/${o}/quality/trend?from=2026-01&to=2026-01`,
  }),
  'GET /api/organisations/:id/points/:pointId/quality/limits': (w, o) => ({
    method: 'GET',
    url: `/api/organisations/${o}/points/${w.pointIn[o]}/quality/limits`,
  }),
  'PUT /api/organisations/:id/points/:pointId/quality/limits': (w, o) => ({
    method: 'PUT',
    url: `/api/organisations/${o}/points/${w.pointIn[o]}/quality/limits`,
    payload: { min: 0, max: 100 },
  }),
  'GET /api/organisations/:id/points/:pointId/quality/days/:day': (w, o) => ({
    method: 'GET',
    url: `/api/organisations/${o}/points/${w.pointIn[o]}/quality/days/2026-01-01`,
  }),
  'POST /api/organisations/:id/points/:pointId/quality/fill': (w, o) => ({
    method: 'POST',
    url: `/api/organisations/${o}/points/${w.pointIn[o]}/quality/fill`,
    payload: { from: '2026-01-01', to: '2026-01-01', method: 'linear' },
  }),
  'GET /api/organisations/:id/quality/monthly-figures': (_w, o) => ({
    method: 'GET',
    url: `/api/organisations/${o}/quality/monthly-figures`,
  }),
  'POST /api/organisations/:id/quality/monthly-figures': (_w, o) => ({
    method: 'POST',
    url: `/api/organisations/${o}/quality/monthly-figures`,
    payload: { pointCode: 'P-1', month: '2026-01', value: 100, source: 'bill', evidence: '矩阵账单', reason: '矩阵更正' },
  }),
};

const CERT = () => ({
  number: `C-${Math.random().toString(36).slice(2, 10)}`,
  kind: 'calibration',
  laboratoryName: '矩阵实验室',
  calibratedOn: '2026-01-02',
  conclusion: 'calibrated',
});
const METER = () => ({
  code: 'MX-' + Math.random().toString(36).slice(2, 8),
  name: '矩阵表',
  instrumentType: 'electricity_meter',
  medium: 'electricity',
  gb17167Level: 'entry_exit',
});

/** Where each role's scope reaches in the world, and one organisation it must not reach. */
const scopeOfRole = (w: World): Record<Role, { inside?: string; outside?: string }> => ({
  province_admin: { inside: w.org.enterpriseWuhan },
  local_officer: { inside: w.org.enterpriseXiangyang, outside: w.org.enterpriseWuhan },
  institution_staff: { inside: w.org.institution, outside: w.org.enterpriseXiangyang },
  enterprise_user: { inside: w.org.enterpriseXiangyang, outside: w.org.enterpriseWuhan },
  expert: { outside: w.org.institution },
  viewer: { inside: w.org.enterpriseXiangyang, outside: w.org.enterpriseWuhan },
});

const isChecked = (route: RouteCatalogueEntry) =>
  !route.url.startsWith('/api/docs') && (route.url.startsWith('/api/') || route.url === '/healthz' || route.url === '/readyz');
const keyOf = (route: RouteCatalogueEntry) => `${route.method} ${route.url}`;

describe('role × route access table', () => {
  let t: TestApp;
  let world: World;
  const sessions = {} as Record<Role, Session>;
  let routes: RouteCatalogueEntry[];

  beforeAll(async () => {
    t = await buildTestApp();
    world = await buildWorld(t.services);
    for (const role of ROLES) sessions[role] = await login(t.app, world.users[role].username);
    routes = t.app.routeCatalogue.filter(isChecked);
  });
  afterAll(async () => t?.close());

  it('every route has a fixture, and every fixture a route', () => {
    const keys = routes.map(keyOf);
    expect(
      keys.filter((k) => !FIXTURES[k]),
      'routes without a fixture in the access table',
    ).toEqual([]);
    expect(
      Object.keys(FIXTURES).filter((k) => !keys.includes(k)),
      'fixtures for routes that no longer exist',
    ).toEqual([]);
  });

  it('refuses an anonymous caller on every route that is not public', async () => {
    for (const route of routes) {
      const fixture = FIXTURES[keyOf(route)];
      if (!fixture) continue;
      const req = fixture(world, world.org.enterpriseXiangyang, sessions.viewer);
      const response = await t.app.inject({ ...req, payload: req.payload as object });
      if (route.access.kind === 'public') {
        // Public: never refused for who is asking (the login fixture's wrong password is its own 401).
        expect(response.statusCode, keyOf(route)).not.toBe(403);
        if (route.url !== '/api/auth/login') expect(response.statusCode, keyOf(route)).not.toBe(401);
      } else
        expect({ route: keyOf(route), status: response.statusCode, code: response.json().code }).toEqual({
          route: keyOf(route),
          status: 401,
          code: 'AUTH_REQUIRED',
        });
    }
  });

  for (const role of ROLES) {
    it(`${role}: allowed exactly where its permissions and scope reach`, async () => {
      const scope = scopeOfRole(world)[role];
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const route of routes) {
        const fixture = FIXTURES[keyOf(route)];
        if (!fixture || route.access.kind === 'public') continue;
        // Logout ends the session: use a throwaway one.
        const session = route.url === '/api/auth/logout' ? await login(t.app, world.users[role].username) : sessions[role];
        const run = async (org: string) => {
          const req = fixture(world, org, session);
          const response = await t.app.inject({ ...req, payload: req.payload as object, headers: session.headers });
          return response.statusCode === 403 ? 'refused' : response.statusCode === 401 ? 'unauthenticated' : 'allowed';
        };
        const permission =
          route.access.kind !== 'permission'
            ? undefined
            : typeof route.access.permission === 'function'
              ? route.access.permission({ body: fixture(world, world.org.enterpriseXiangyang, session).payload } as FastifyRequest)
              : route.access.permission;
        const hasPermission = permission === undefined || ROLE_PERMISSIONS[role].includes(permission);
        const targeted = route.access.kind === 'permission' && route.access.target !== undefined;
        if (!targeted) {
          outcomes.push(`${keyOf(route)} → ${await run(scope.inside ?? world.org.enterpriseXiangyang)}`);
          expected.push(`${keyOf(route)} → ${hasPermission ? 'allowed' : 'refused'}`);
          continue;
        }
        if (scope.inside) {
          outcomes.push(`${keyOf(route)} [in scope] → ${await run(scope.inside)}`);
          expected.push(`${keyOf(route)} [in scope] → ${hasPermission ? 'allowed' : 'refused'}`);
        }
        if (scope.outside) {
          outcomes.push(`${keyOf(route)} [outside scope] → ${await run(scope.outside)}`);
          expected.push(`${keyOf(route)} [outside scope] → refused`);
        }
      }
      expect(outcomes).toEqual(expected);
    });
  }

  it('lists only what is in scope: a Xiangyang officer sees Xiangyang, not Wuhan', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/organisations?pageSize=200', headers: sessions.local_officer.headers });
    const ids = (response.json().items as { id: string }[]).map((o) => o.id);
    expect(ids).toContain(world.org.enterpriseXiangyang);
    expect(ids).toContain(world.org.institution);
    expect(ids).toContain(world.org.xiangyangBureau);
    expect(ids).not.toContain(world.org.enterpriseWuhan);
    expect(ids).not.toContain(world.org.wuhanBureau);
    expect(ids).not.toContain(world.org.province);
  });

  it('lists nothing for an expert who sits on no panel (CM-10)', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/organisations', headers: sessions.expert.headers });
    expect(response.json()).toEqual({ items: [], total: 0 });
  });
});
