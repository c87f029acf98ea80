import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SCREENSHOTS, launchBrowser, signIn } from './browser.ts';
import { baseUrl, eventually, makeCreditCode, signInApi, type Api } from './api-session.ts';
import { pickEnterprise } from './pick-enterprise.ts';

/**
 * Issue 7 §6, the accounting screens. The Province sets up, through the API, a new enterprise with the quarter worked
 * by hand in apps/server/src/modules/carbon/carbon.db.test.ts:
 *   S-EL purchased electricity on a metered point: 100 000 + 80 000 + 120 000 kWh = 300 MWh × 0.5306 tCO2/MWh
 *        (grid.national v3, 2023 data) = 159.18 tCO2; the meter's certificate (U = 0.5 %, k = 2) is valid to 14 Feb,
 *        so 100 000 + 80 000 × 14/28 = 140 000 kWh are measured;
 *   S-NG natural gas from manual entries: 10 + 8 + 12 × 10⁴ Nm³ × 389.31 × 0.0153 × 99 % × 44/12 = 648.6566427 tCO2
 *        (February first entered as 9, then corrected to 8: the first entry is kept, superseded).
 *   Total 807.8366427 → 807.84 tCO2; measured share 159.18 × 140 000/300 000 / 807.8366427 = 9.195 % → 9.2 %;
 *   U (k = 2) = 2 × √((159.18 × 0.25 %)² + (648.6566427 × 5 %)²) = 64.87 tCO2.
 * In the browser the Province sees the sources with the superseded entry struck through, runs the accounting for
 * 2025-01 … 2025-03 from the 新建核算 modal, opens the run, reads the total and the measured share, presses 复算核验 and
 * sees 核验通过; then the factor library shows the confirmation tags, the Province view its whole-year totals, and a
 * new source made in the 新增排放源 modal is retired (kept, marked 已停用).
 */

const SHOTS = '/tmp/shots/';
const shot = async (page: Page, name: string, fullPage = true) => {
  // ECharts (1 s) and antd animations finish, and toasts go, so the picture shows what was done and nothing over it
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
  await page.waitForTimeout(1_200);
  await page.screenshot({ path: `${SHOTS}carbon-${name}.png`, fullPage });
  await page.screenshot({ path: `${SCREENSHOTS}carbon-${name}.png`, fullPage });
};

type Created = { id: string };

/** The quarter of carbon.db.test.ts on a new enterprise: a metered electricity source and a gas source with entries. */
const setUpEnterprise = async (api: Api, name: string, runId: number, certificate: string) => {
  const enterprise = await api<Created>('POST', '/api/organisations', {
    kind: 'enterprise',
    name,
    creditCode: makeCreditCode(runId),
    divisionCode: '420107',
    industry: '炼钢',
  });
  const org = `/api/organisations/${enterprise.id}`;
  const site = await api<Created>('POST', `${org}/sites`, { level: 'site', name: '青山钢铁基地' });
  const meter = await api<Created>('POST', `${org}/instruments`, {
    code: 'A001',
    name: '进线总表',
    instrumentType: 'electricity_meter',
    medium: 'electricity',
    accuracyClass: '0.5S',
    gb17167Level: 'entry_exit',
    mandatoryVerification: true,
    intervalMonths: 12,
    status: 'in_service',
  });
  await api('POST', `/api/instruments/${meter.id}/certificates`, {
    number: certificate,
    kind: 'verification',
    laboratoryName: '武汉碳计量中心',
    calibratedOn: '2024-02-15',
    validUntil: '2025-02-14',
    conclusion: 'pass',
    results: [
      { quantity: '有功电能', unit: 'kWh', expandedUncertainty: 0.5, coverageFactor: 2, uncertaintyRelative: true, unitValid: true },
    ],
  });
  const point = await api<Created>('POST', `${org}/points`, {
    code: 'EL-IN',
    name: '进线总表',
    siteId: site.id,
    medium: 'electricity',
    registerKind: 'interval',
    unit: 'kWh',
    instrumentId: meter.id,
  });
  await api('POST', `${org}/readings`, {
    rows: [
      { point: 'EL-IN', ts: '2025-01-15T12:00:00+08:00', value: 100_000 },
      { point: 'EL-IN', ts: '2025-02-15T12:00:00+08:00', value: 80_000 },
      { point: 'EL-IN', ts: '2025-03-15T12:00:00+08:00', value: 120_000 },
    ],
  });
  await api('POST', `${org}/emission-sources`, {
    code: 'S-EL',
    name: '外购电力',
    siteId: site.id,
    kind: 'purchased_electricity',
    subject: 'electricity',
    pointId: point.id,
    activityUnit: 'MWh',
    parameters: { factor: { factor: 'grid.national' } },
  });
  const gas = await api<Created>('POST', `${org}/emission-sources`, {
    code: 'S-NG',
    name: '窑炉天然气',
    kind: 'fuel_combustion',
    subject: 'natural_gas',
    activityUnit: '10^4Nm3',
    parameters: {
      ncv: { factor: 'fuel.natural_gas.ncv' },
      carbonContent: { factor: 'fuel.natural_gas.cc' },
      oxidationRate: { factor: 'fuel.natural_gas.of' },
    },
  });
  for (const [month, value, evidence] of [
    ['2025-01', 10, '燃气公司结算单 2025-01'],
    ['2025-02', 9, '燃气公司结算单 2025-02（初录）'],
    ['2025-02', 8, '燃气公司结算单 2025-02（更正）'],
    ['2025-03', 12, '燃气公司结算单 2025-03'],
  ] as const)
    await api('POST', `/api/emission-sources/${gas.id}/activity-entries`, { month, value, unit: '10^4Nm3', evidence });
  return enterprise;
};

describe.skipIf(!inject('e2e').available)('greenhouse-gas accounting in Chromium (issue 7 §6)', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('the Province runs an enterprise’s quarter, reads total and measured share, and verifies it', { timeout: 180_000 }, async () => {
    const runId = Date.now();
    const name = `碳核算测试钢铁${runId.toString(36)}`;
    const api = await signInApi('admin');
    const certificate = `WH-${String(runId)}`; // unique per laboratory
    const enterprise = await setUpEnterprise(api, name, runId, certificate);
    // A whole-year run as well, for the Province view (totals take runs that cover exactly the calendar year).
    await api('POST', `/api/organisations/${enterprise.id}/accounting-runs`, { periodStart: '2025-01-01', periodEnd: '2025-12-31' });

    const page = await signIn(browser, 'admin');
    await page.getByTestId('home-province_admin').waitFor();

    // 排放源: both sources; the gas's entries with the first February figure struck through, not hidden.
    await page.getByTestId('nav-carbonSources').click();
    await page.getByTestId('page-carbon-sources').waitFor();
    await pickEnterprise(page, name);
    const sources = page.getByTestId('source-table').locator('tbody tr.ant-table-row');
    await eventually(() => sources.count()).toBe(2);
    expect(await sources.nth(0).innerText()).toContain('测点 EL-IN');
    expect(await sources.nth(1).innerText()).toContain('fuel.natural_gas.cc');
    await sources.nth(1).locator('.ant-table-row-expand-icon').click();
    const entries = page.getByTestId('entries-S-NG').locator('tbody tr.carbon-entry');
    await eventually(() => entries.count()).toBe(4);
    const superseded = page.getByTestId('entries-S-NG').locator('tr.carbon-entry-superseded');
    expect(await superseded.count()).toBe(1);
    expect(await superseded.innerText()).toContain('已被更正');
    expect(await superseded.locator('del').first().innerText()).toBe('2025-02');
    await shot(page, '01-sources');

    // 碳排放核算 → 新建核算: 2025-01 … 2025-03, a Monte Carlo of 2 000 iterations.
    await page.getByTestId('nav-carbon').click();
    await page.getByTestId('page-carbon').waitFor();
    await eventually(() => page.getByTestId('meter-enterprise').innerText()).toContain(name); // remembered from 排放源
    await eventually(() => page.getByTestId('run-table').locator('tbody tr.ant-table-row').count()).toBe(1); // the whole year
    await shot(page, '02-runs', false);
    await page.getByTestId('run-create').click();
    const months = page.locator('.ant-modal .ant-picker-range input');
    await months.first().click();
    await months.first().fill('2025-01');
    await months.first().press('Enter');
    await months.nth(1).fill('2025-03');
    await months.nth(1).press('Enter');
    await page.locator('#create-run_iterations').fill('2000');
    await page.locator('.ant-modal-title').click();
    await shot(page, '02-new-run-modal');
    await page.getByTestId('create-run-submit').click();

    // The run: total, U at k = 2, measured share; per source the origin and the factor versions with their tags.
    await page.getByTestId('page-carbon-run').waitFor();
    await eventually(() => page.getByTestId('run-title').innerText()).toBe(`${name} · 2025-01-01 至 2025-03-31`);
    await eventually(() => page.getByTestId('run-total').innerText()).toContain('807.84');
    expect(await page.getByTestId('run-uncertainty').innerText()).toContain('± 64.87');
    expect(await page.getByTestId('run-measured-share').innerText()).toContain('9.2\u00a0%');
    const rows = page.getByTestId('run-sources').locator('tbody tr.ant-table-row');
    await eventually(() => rows.count()).toBe(2);
    const electricity = await rows.nth(0).innerText();
    expect(electricity).toContain('实测');
    expect(electricity).toContain(`A001 · ${certificate}`);
    expect(electricity).toContain('grid.national v3');
    expect(electricity).toContain('159.18');
    const gas = await rows.nth(1).innerText();
    expect(gas).toContain('估算');
    expect(gas).toContain('648.66');
    expect(gas).toContain('5.00\u00a0%');
    expect(await page.getByTestId('run-summary').innerText()).toContain('2,000 次');
    await eventually(() => page.getByTestId('run-trend').locator('canvas').count()).toBeGreaterThan(0);
    await eventually(() => page.getByTestId('run-sankey').locator('canvas').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('run-sites').innerText()).toContain('青山钢铁基地');

    // 复算核验: recomputed from the record bit for bit, Monte Carlo included.
    await page.getByTestId('run-verify').click();
    await eventually(() => page.getByTestId('run-verify-result').innerText()).toContain('核验通过');
    expect(await page.getByTestId('run-report-docx').getAttribute('href')).toMatch(/^\/api\/accounting-runs\/[0-9a-f-]{36}\/report\.docx$/);
    await shot(page, '03-run');

    // 核算对比 with the whole-year run: the same sources, January–March against the year.
    await page.getByTestId('run-compare-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await eventually(() => page.getByTestId('run-compare').locator('tbody tr.ant-table-row').count()).toBe(2);
    await page.getByTestId('run-compare').scrollIntoViewIfNeeded();
    await shot(page, '04-compare');

    // 排放因子库, filtered to grid factors: the confirmation tags, S2 and M as 待核实 in the warning colour; a code's history.
    await page.getByTestId('nav-carbonFactors').click();
    await page.getByTestId('page-carbon-factors').waitFor();
    await page.getByTestId('factor-kind').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="电网排放因子"]').click();
    const factorRows = page.getByTestId('factor-table').locator('tbody tr.ant-table-row');
    await eventually(() => factorRows.count()).toBe(5); // grid.national 2021, 2022, 2023 data; central China; Hubei
    const s2 = page.getByTestId('factor-table').getByTestId('confirmation-S2').first();
    expect(await s2.innerText()).toBe('S2 · 待核实');
    expect(await s2.getAttribute('class')).toContain('warning');
    expect(await page.getByTestId('factor-table').getByTestId('confirmation-M').innerText()).toBe('M · 待核实');
    expect(await page.getByTestId('factor-table').getByTestId('confirmation-S').innerText()).toBe('S');
    await shot(page, '05-factors', false);
    await page.getByTestId('factor-history-grid.national').first().click();
    await eventually(() => page.getByTestId('factor-history').locator('.ant-timeline-item').count()).toBe(3);
    await shot(page, '06-factor-history', false);
    await page.keyboard.press('Escape');

    // 全省碳排放: 2025 by enterprise (the page opens on the current year), the whole-year run of the new enterprise among them.
    await page.getByTestId('nav-carbonProvince').click();
    await page.getByTestId('page-carbon-province').waitFor();
    await page.goto(`${baseUrl()}/carbon/province?year=2025`);
    await page.getByTestId('page-carbon-province').waitFor();
    await page.getByTestId('totals-by-enterprise').click();
    const totalsRow = page.getByTestId('totals-table').locator('tbody tr.ant-table-row', { hasText: name });
    await eventually(() => totalsRow.count()).toBe(1);
    expect(await totalsRow.innerText()).toContain('807.84'); // the year has only the quarter's activity; other months count as 0
    await eventually(() => page.getByTestId('totals-chart').locator('canvas').count()).toBeGreaterThan(0);
    await shot(page, '07-province');

    // 新增排放源 through the modal (purchased heat on the library's heat.default), then retired: kept, marked 已停用.
    await page.getByTestId('nav-carbonSources').click();
    await page.getByTestId('source-create').click();
    await page.locator('#create-source_code').fill('S-HT');
    await page.locator('#create-source_name').fill('外购蒸汽管网热力');
    await page.locator('#create-source_kind').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="购入热力"]').click();
    await page.locator('#create-source_subject').fill('heat');
    await page.locator('#create-source_activityUnit').fill('GJ');
    await page.locator('#create-source_parameters_factor_factor').click();
    await page.keyboard.type('heat.default');
    await page.keyboard.press('Enter');
    await page.locator('.ant-modal-title').click();
    await shot(page, '08-new-source', false);
    await page.getByTestId('create-source-submit').click();
    const heat = page.getByTestId('source-table').locator('tbody tr.ant-table-row', { hasText: 'S-HT' });
    await eventually(() => heat.count()).toBe(1);
    expect(await heat.innerText()).toContain('heat.default');
    expect(await heat.innerText()).toContain('手工录入');
    await page.getByTestId('source-toggle-S-HT').click();
    await page.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
    await eventually(() => heat.innerText()).toContain('已停用');
    await page.context().close();
  });
});
