import { randomBytes } from 'node:crypto';
import { computeCreditCodeCheckChar, CREDIT_CODE_CHARSET, type Role } from '@jiliang/shared';
import type { Clock } from '../src/clock.ts';
import { SYSTEM_ACTOR } from '../src/modules/audit/audit.service.ts';
import { createServices, type Services } from '../src/services.ts';
import type { Store } from '../src/store/store.ts';

/** Factories, not a global seed (STYLE.md): each test makes the rows it needs. */
export const TEST_PASSWORD = 'Test-Passw0rd!';
export const TEST_ACTOR = { ...SYSTEM_ACTOR, label: 'test' };

export const fixedClock = (
  iso = '2026-03-01T02:00:00.000Z',
): Clock & { set: (iso: string) => void; advanceMinutes: (m: number) => void } => {
  let now = new Date(iso);
  return {
    now: () => new Date(now),
    set: (value) => {
      now = new Date(value);
    },
    advanceMinutes: (m) => {
      now = new Date(now.getTime() + m * 60_000);
    },
  };
};

export const makeServices = (store: Store, clock: Clock): Services =>
  createServices({ db: store.db, clock, auth: { sessionHours: 12, lockout: { maxFailures: 5, minutes: 15 } } });

/** A valid GB 32100-2015 code seated in `divisionCode`, random otherwise. */
export const makeCreditCode = (divisionCode = '420600', prefix = '91'): string => {
  const bytes = randomBytes(9);
  const orgCode = Array.from(bytes, (b) => CREDIT_CODE_CHARSET.charAt(b % 31)).join('');
  const first17 = `${prefix}${divisionCode}${orgCode}`;
  return first17 + computeCreditCodeCheckChar(first17);
};

export const makeOrganisation = (
  services: Services,
  overrides: Partial<{
    kind: 'institution' | 'enterprise' | 'laboratory';
    name: string;
    divisionCode: string;
    creditCode: string;
    industry: string;
  }> = {},
) => {
  const kind = overrides.kind ?? 'enterprise';
  const divisionCode = overrides.divisionCode ?? '420607';
  return services.organisations.createOrganisation(TEST_ACTOR, {
    kind,
    name: overrides.name ?? `测试${kind}${randomBytes(3).toString('hex')}`,
    divisionCode,
    creditCode: overrides.creditCode ?? makeCreditCode(divisionCode),
    institutionType: kind === 'institution' ? 'carbon_metrology_centre' : undefined,
    ...(overrides.industry ? { industry: overrides.industry } : {}),
  });
};

export const makeUser = async (services: Services, role: Role, organisationId: string, username = `u${randomBytes(4).toString('hex')}`) =>
  services.users.createUser(TEST_ACTOR, {
    username,
    displayName: username,
    password: TEST_PASSWORD,
    locale: 'zh-CN',
    role,
    organisationId,
  });
