import { HUBEI_REGIONS } from '@jiliang/shared';
import type { Clock } from '../../clock.ts';
import { createServices } from '../../services.ts';
import type { Store } from '../../store/store.ts';
import { SYSTEM_ACTOR } from '../audit/audit.service.ts';
import { toShanghaiDate } from '@jiliang/calc';
import { EXTRA_INSTITUTIONS, creditCodeFor, seedLifecycle } from './seed-lifecycle.ts';
import { seedInstruments } from './seed-instruments.ts';
import { seedReadings } from './seed-readings.ts';
import { seedEnergy } from './seed-energy.ts';
import { seedCarbon } from './seed-carbon.ts';
import { seedQuality } from './seed-quality.ts';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS, type DemoSite } from './demo-data.ts';

export type SeedReport = {
  seeded: boolean;
  organisations: number;
  sites: number;
  users: { username: string; role: string; organisation: string }[];
  cases: number;
  instruments: number;
  certificates: number;
  points: number;
  readings: number;
  accountingRuns: number;
  password: string;
};

const SEED_ACTOR = { ...SYSTEM_ACTOR, label: 'seed-demo' };

/**
 * A believable Hubei for people to click through (not for tests: tests use factories). Goes
 * through the services, so every row it writes is audited like any other change.
 */
export const seedDemo = async (
  store: Store,
  realClock: Clock,
  options: { ifEmpty?: boolean; /** days of 15-minute meter data up to today (issue 5); default a year */ readingsDays?: number } = {},
): Promise<SeedReport> => {
  // The demo's history starts when the Measures took effect (2023-03-01) and runs up to today.
  let demoNow = new Date('2023-03-01T01:00:00Z');
  const clock = {
    now: () => new Date(Math.min(demoNow.getTime(), realClock.now().getTime())),
    set: (iso: string) => {
      demoNow = new Date(iso);
    },
  };
  const services = createServices({ db: store.db, clock, auth: { sessionHours: 12, lockout: { maxFailures: 5, minutes: 15 } } });
  const existing = await store.db.selectFrom('users').select('id').limit(1).execute();
  const report: SeedReport = {
    seeded: false,
    organisations: 0,
    sites: 0,
    users: [],
    cases: 0,
    instruments: 0,
    certificates: 0,
    points: 0,
    readings: 0,
    accountingRuns: 0,
    password: DEMO_PASSWORD,
  };
  if (existing.length > 0) {
    if (options.ifEmpty) {
      // Already loaded: still say who can sign in, as far as the demo accounts exist.
      for (const demoUser of DEMO_USERS) {
        const user = await store.db.selectFrom('users').select('id').where('username', '=', demoUser.username).executeTakeFirst();
        if (!user) continue;
        const memberships = await services.users.listMemberships(user.id);
        report.users.push({
          username: demoUser.username,
          role: memberships.map((m) => m.role).join('+'),
          organisation: memberships[0]?.name ?? '',
        });
      }
      return report;
    }
    throw new Error('the store already has users; seed-demo runs on an empty store (use --if-empty to skip quietly)');
  }
  const { provinceId, bureauIds } = await services.organisations.ensureBureaus(SEED_ACTOR);
  const ids = new Map<string, string>([['province', provinceId]]);
  const names = new Map<string, string>([['province', '湖北省市场监督管理局']]);
  for (const [code, id] of Object.entries(bureauIds)) {
    ids.set(`bureau-${code}`, id);
    names.set(`bureau-${code}`, `${HUBEI_REGIONS.find((r) => r.code === code)?.name ?? code}市场监督管理局`);
  }

  for (const org of DEMO_ORGANISATIONS) {
    const created = await services.organisations.createOrganisation(SEED_ACTOR, {
      kind: org.kind,
      name: org.name,
      nameEn: org.nameEn,
      creditCode: org.creditCode,
      divisionCode: org.divisionCode,
      industry: org.industry,
      institutionType: org.institutionType,
      stage: org.lifecycleStage,
    });
    ids.set(org.key, created.id);
    names.set(org.key, org.name);
    report.organisations++;
    const addSites = async (sites: readonly DemoSite[], parentId: string | undefined) => {
      for (const site of sites) {
        const row = await services.organisations.createSite(SEED_ACTOR, created.id, {
          parentId,
          level: site.level,
          name: site.name,
          nameEn: site.nameEn,
        });
        report.sites++;
        await addSites(site.children ?? [], row.id);
      }
    };
    await addSites(org.sites ?? [], undefined);
  }

  const idOf = (key: string): string => {
    const id = ids.get(key);
    if (!id) throw new Error(`demo data refers to unknown organisation ${key}`);
    return id;
  };
  for (const user of DEMO_USERS) {
    const created = await services.users.createUser(SEED_ACTOR, {
      username: user.username,
      displayName: user.displayName,
      password: DEMO_PASSWORD,
      locale: 'zh-CN',
      role: user.role,
      organisationId: idOf(user.organisationKey),
    });
    for (const extra of user.extra ?? [])
      await services.users.addMembership(SEED_ACTOR, created.id, extra.role, idOf(extra.organisationKey));
    report.users.push({
      username: user.username,
      role: [user.role, ...(user.extra ?? []).map((e) => e.role)].join('+'),
      organisation: names.get(user.organisationKey) ?? user.organisationKey,
    });
  }
  for (const extra of EXTRA_INSTITUTIONS) {
    const created = await services.organisations.createOrganisation(SEED_ACTOR, {
      kind: 'institution',
      name: extra.name,
      nameEn: extra.nameEn,
      creditCode: creditCodeFor(extra.divisionCode, extra.orgCode),
      divisionCode: extra.divisionCode,
      institutionType: extra.type,
    });
    ids.set(extra.key, created.id);
    report.organisations++;
  }
  const expert = await services.users.findUserIdByUsername('expert');
  report.cases = await seedLifecycle(services, clock, ids, SEED_ACTOR, [expert]);
  // Registers and certificates are dated relative to today, so the due dates stay realistic whenever the demo is loaded.
  const today = createServices({
    db: store.db,
    clock: realClock,
    auth: { sessionHours: 12, lockout: { maxFailures: 5, minutes: 15 } },
  });
  const seeded = await seedInstruments(today, store.db, ids, SEED_ACTOR, toShanghaiDate(realClock.now()));
  report.instruments = seeded.instruments;
  report.certificates = seeded.certificates;
  report.organisations += 2; // the national institute and the provincial institute at the top of the chains
  const meterData = await seedReadings(today, store.db, SEED_ACTOR, realClock.now(), { days: options.readingsDays ?? 365 });
  report.points = meterData.points;
  report.readings = meterData.readings;
  await seedEnergy(today, store.db, ids, SEED_ACTOR, realClock.now());
  report.accountingRuns = (await seedCarbon(today, store.db, SEED_ACTOR, realClock.now())).runs;
  await seedQuality(today, store.db, SEED_ACTOR, realClock.now());
  report.seeded = true;
  return report;
};
