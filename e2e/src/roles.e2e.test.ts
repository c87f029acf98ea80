import { ROLE_PERMISSIONS, type Permission, type Role } from '@jiliang/shared';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { SCREENSHOTS, launchBrowser, signIn } from './browser.ts';

/** The menu entries and the permission each needs (apps/web navItems). */
const NAV: Record<string, Permission | undefined> = {
  home: undefined,
  organisations: 'organisations:read',
  institutions: 'institutions:read',
  instruments: 'instruments:read',
  instrumentsDue: 'instruments:read',
  standards: 'instruments:read',
  meterData: 'sites:read',
  quality: 'sites:read',
  carbon: 'carbon:read',
  carbonSources: 'carbon:read',
  carbonFactors: 'carbon:read',
  carbonProvince: 'carbon:read',
  energy: 'energy:read',
  users: 'users:read',
  tokens: 'tokens:manage',
  audit: 'audit:read',
};

const DEMO_LOGINS: { username: string; role: Role }[] = [
  { username: 'admin', role: 'province_admin' },
  { username: 'officer.xiangyang', role: 'local_officer' },
  { username: 'staff.chutian', role: 'institution_staff' },
  { username: 'ent.linjiang', role: 'enterprise_user' },
  { username: 'expert', role: 'expert' },
  { username: 'viewer', role: 'viewer' },
];

describe.skipIf(!inject('e2e').available)('demo roles in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  for (const { username, role } of DEMO_LOGINS) {
    it(`${username} (${role}) reaches the ${role} home and sees only the menu the role may use`, async () => {
      const page = await signIn(browser, username);
      await page.getByTestId(`home-${role}`).waitFor();
      const expected = Object.entries(NAV)
        .filter(([, permission]) => permission === undefined || ROLE_PERMISSIONS[role].includes(permission))
        .map(([key]) => `nav-${key}`);
      const shown = await page.locator('[data-testid^="nav-"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')));
      expect(shown.sort()).toEqual(expected.sort());
      await expect.poll(() => page.locator('.ant-skeleton').count()).toBe(0);
      await page.screenshot({ path: `${SCREENSHOTS}home-${role}.png` });
      if (!ROLE_PERMISSIONS[role].includes('audit:read')) {
        await page.goto(`${inject('e2e').baseUrl}/audit`);
        await page.getByTestId('page-403').waitFor();
      }
      await page.context().close();
    });
  }

  it('logs in, switches to English and back, and keeps the role home', async () => {
    const page = await signIn(browser, 'admin');
    await page.getByTestId('home-province_admin').waitFor();
    await expect.poll(() => page.getByTestId('nav-organisations').innerText()).toContain('组织');
    await page.getByTestId('locale-switch').click();
    await expect.poll(() => page.getByTestId('nav-organisations').innerText()).toContain('Organisations');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.screenshot({ path: `${SCREENSHOTS}home-province_admin-en.png` });
    await page.getByTestId('nav-organisations').click();
    await page.getByTestId('organisation-table').waitFor();
    await expect.poll(() => page.locator('[data-testid="organisation-table"] tbody tr').count()).toBeGreaterThan(10);
    await page.screenshot({ path: `${SCREENSHOTS}organisations-en.png` });
    await page.getByTestId('locale-switch').click();
    await expect.poll(() => page.getByTestId('nav-organisations').innerText()).toContain('组织');
    await page.context().close();
  });

  it('lets a person with several roles switch organisation from the header', async () => {
    const page = await signIn(browser, 'multi');
    await page.getByTestId('home-institution_staff').waitFor();
    await page.getByTestId('membership-switch').click();
    await page.getByText('武汉东湖衡准计量校准有限公司', { exact: false }).last().click();
    await page.getByTestId('home-expert').waitFor();
    await page.getByTestId('home-empty-scope').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}multi-switched-expert.png` });
    await page.context().close();
  });

  it('shows a 404 page for an unknown address and a clear message for a wrong password', async () => {
    const page = await signIn(browser, 'viewer');
    await page.getByTestId('home-viewer').waitFor();
    await page.goto(`${inject('e2e').baseUrl}/no-such-page`);
    await page.getByTestId('page-404').waitFor();
    await page.context().close();
    const context = await browser.newContext();
    const login = await context.newPage();
    await login.goto(`${inject('e2e').baseUrl}/login`);
    await login.locator('#username').fill('admin');
    await login.locator('#password').fill('wrong-password');
    await login.getByTestId('login-submit').click();
    await expect.poll(() => login.getByTestId('login-error').innerText()).toContain('用户名或密码错误');
    await login.screenshot({ path: `${SCREENSHOTS}login-error.png` });
    await context.close();
  });
});
