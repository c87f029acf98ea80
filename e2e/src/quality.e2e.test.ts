import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SCREENSHOTS, launchBrowser, signIn } from './browser.ts';
import { eventually, makeCreditCode, signInApi, type Api } from './api-session.ts';
import { pickEnterprise } from './pick-enterprise.ts';

/**
 * Issue 6 §5, the data-quality screens. The Province sets up, through the API, a new enterprise in Wuhan with one
 * interval point (kWh per 15 min) served by a meter whose certificate covers March 2025, limits of 400 kWh/h on the
 * rate of change, and the whole of March 2025 in readings, 96 a day (STANDARDS §3: every 15 min; a day without
 * readings up to yesterday is evaluated as completeness 0, so the month is complete), none stuck (8 equal values):
 *   every day clean but
 *   2025-03-11 a gap: 10:00, 10:15, 10:30 and 10:45 missing → 92/96 = 95.8 % (≥ 90 %, passes completeness), one
 *              gap closed by the 11:00 reading;
 *   2025-03-12 a spike: 250 kWh in the quarter ending 14:00 = 1000 kWh/h > 400 kWh/h.
 * In the browser the Province opens 数据质量, picks the enterprise and March 2025, sees the heatmap, clicks the cell of
 * 12 March and finds the 14:00 reading flagged 数据突变 (the spike label of packages/shared quality.ts), reads exactly
 * two issues (spike on the 12th, gap on the 11th), fills the gap of the 11th by linear interpolation and sees the four
 * values apart, marked 估算; then the monthly report, and the trend of 湖北省楚天碳计量中心 (Wuhan) with the enterprise.
 */

const SHOTS = '/tmp/shots/';
const shot = async (page: Page, name: string, fullPage = true) => {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
  await page.waitForTimeout(1_200);
  await page.screenshot({ path: `${SHOTS}quality-${name}.png`, fullPage });
  await page.screenshot({ path: `${SCREENSHOTS}quality-${name}.png`, fullPage });
};

const pad = (n: number) => String(n).padStart(2, '0');
/** The 96 quarter-hours of a Shanghai day: 00:15 … 24:00 (a reading closes the interval ending at its timestamp). */
const quarterHours = (day: string) =>
  Array.from({ length: 96 }, (_, i) => {
    const minutes = (i + 1) * 15;
    const at = new Date(Date.parse(`${day}T00:00:00+08:00`) + minutes * 60_000);
    const local = new Date(at.getTime() + 8 * 3_600_000);
    return { i, ts: `${local.toISOString().slice(0, 10)}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:00+08:00` };
  });
/** 20…30 kWh a quarter, never the same value twice in a row (so no stuck run). */
const amount = (i: number) => 20 + ((i * 7) % 11);

type Created = { id: string };

const setUpEnterprise = async (api: Api, name: string, runId: number) => {
  const enterprise = await api<Created>('POST', '/api/organisations', {
    kind: 'enterprise',
    name,
    creditCode: makeCreditCode(runId),
    divisionCode: '420107',
    industry: '炼钢',
  });
  const org = `/api/organisations/${enterprise.id}`;
  const meter = await api<Created>('POST', `${org}/instruments`, {
    code: 'Q001',
    name: '空压站电能表',
    instrumentType: 'electricity_meter',
    medium: 'electricity',
    accuracyClass: '0.5S',
    gb17167Level: 'entry_exit',
    mandatoryVerification: true,
    intervalMonths: 12,
    status: 'in_service',
  });
  await api('POST', `/api/instruments/${meter.id}/certificates`, {
    number: `QC-${String(runId)}`,
    kind: 'verification',
    laboratoryName: '武汉碳计量中心',
    calibratedOn: '2025-01-10',
    validUntil: '2026-01-09',
    conclusion: 'pass',
    results: [
      { quantity: '有功电能', unit: 'kWh', expandedUncertainty: 0.5, coverageFactor: 2, uncertaintyRelative: true, unitValid: true },
    ],
  });
  const point = await api<Created>('POST', `${org}/points`, {
    code: 'AIR-01',
    name: '空压站',
    medium: 'electricity',
    registerKind: 'interval',
    unit: 'kWh',
    intervalMinutes: 15,
    instrumentId: meter.id,
  });
  await api('PUT', `${org}/points/${point.id}/quality/limits`, { maxRatePerHour: 400 });
  const gap = new Set(['10:00', '10:15', '10:30', '10:45']);
  const rows = Array.from({ length: 31 }, (_, d) => `2025-03-${pad(d + 1)}`).flatMap((day) =>
    quarterHours(day)
      .filter(({ ts }) => !(day === '2025-03-11' && gap.has(ts.slice(11, 16))))
      .map(({ i, ts }) => ({ point: 'AIR-01', ts, value: day === '2025-03-12' && ts.slice(11, 16) === '14:00' ? 250 : amount(i) })),
  );
  await api('POST', `${org}/readings`, { rows });
  // An interval register: March's metered consumption is the sum of its readings (the 04-01 00:00 one closes 31 March).
  return { enterprise, point, marchSum: rows.reduce((sum, r) => sum + r.value, 0) };
};

describe.skipIf(!inject('e2e').available)('data quality in Chromium (issue 6 §5)', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('the Province reads a month’s heatmap, drills into the spike, lists the issues and fills the gap', { timeout: 180_000 }, async () => {
    const runId = Date.now();
    const name = `数据质量测试钢铁${runId.toString(36)}`;
    const api = await signInApi('admin');
    const { enterprise, marchSum } = await setUpEnterprise(api, name, runId);

    const page = await signIn(browser, 'admin');
    await page.getByTestId('home-province_admin').waitFor();
    await page.getByTestId('nav-quality').click();
    await page.getByTestId('page-quality').waitFor();
    await pickEnterprise(page, name);
    // antd puts the test id on the picker's input or on its wrapper, depending on the version
    const month = page.locator('input[data-testid="quality-month"], [data-testid="quality-month"] input').first();
    await month.click();
    await month.fill('2025-03');
    await month.press('Enter');
    await eventually(() => page.url()).toContain('month=2025-03');

    // The heatmap: one row (AIR-01), 31 days; the cell of 12 March (column 12) opens that day.
    const heatmap = page.getByTestId('quality-heatmap');
    await eventually(() => heatmap.locator('canvas').count()).toBeGreaterThan(0);
    await shot(page, '01-heatmap');
    const box = await heatmap.boundingBox();
    if (!box) throw new Error('heatmap not laid out');
    // HEATMAP_LAYOUT: grid left 200, right 24, top 8, rows of 28 px
    const cellWidth = (box.width - 224) / 31;
    await heatmap.click({ position: { x: 200 + cellWidth * 11.5, y: 8 + 14 } });
    const drawer = page.getByTestId('quality-day');
    await eventually(() => drawer.locator('.ant-drawer-title').innerText()).toBe('AIR-01 · 2025-03-12');
    const spiked = page.getByTestId('quality-day-readings').locator('tbody tr', { hasText: '2025-03-12 14:00:00' });
    await eventually(() => spiked.count()).toBe(1);
    expect(await spiked.getByTestId('flag-spike').innerText()).toBe('数据突变');
    expect(await page.getByTestId('quality-day-findings').innerText()).toContain('数据突变');
    expect(await page.getByTestId('quality-day-readings').getByTestId('flag-spike').count()).toBe(1);
    await spiked.scrollIntoViewIfNeeded();
    await shot(page, '02-day-spike', false);
    await drawer.locator('.ant-drawer-close').click();

    // 问题清单: exactly the two defects, the latest day first.
    const issues = page.getByTestId('quality-issues').locator('tbody tr.ant-table-row');
    await eventually(() => issues.count()).toBe(2);
    const first = await issues.nth(0).innerText();
    expect(first).toContain('数据突变');
    expect(first).toContain('2025-03-12');
    const second = await issues.nth(1).innerText();
    expect(second).toContain('数据缺失');
    expect(second).toContain('2025-03-11');
    await page.getByTestId('quality-issues').scrollIntoViewIfNeeded();
    await shot(page, '03-issues');

    // Drill into the gap and fill it linearly: four values, kept apart and marked 估算.
    await page.getByTestId('issue-drill-AIR-01-2025-03-11-gap').click();
    await eventually(() => drawer.locator('.ant-drawer-title').innerText()).toBe('AIR-01 · 2025-03-11');
    await eventually(() => drawer.innerText()).toContain('92 / 96');
    await page.getByTestId('quality-fill').click();
    const estimates = page.getByTestId('quality-day-estimates').locator('tbody tr.ant-table-row');
    await eventually(() => estimates.count()).toBe(4);
    expect(await estimates.nth(0).innerText()).toContain('估算');
    expect(await estimates.nth(0).innerText()).toContain('线性插值');
    expect(await page.getByTestId('quality-day-readings').locator('tbody tr.ant-table-row').count()).toBeLessThanOrEqual(92);
    await page.getByTestId('quality-day-estimates').scrollIntoViewIfNeeded();
    await shot(page, '04-gap-filled', false);
    await drawer.locator('.ant-drawer-close').click();

    // 数据质量月报 on screen, with its XLSX.
    await page.getByTestId('tab-quality-report').click();
    await eventually(() => page.getByTestId('quality-report-points').locator('tbody tr.ant-table-row').count()).toBe(1);
    expect(await page.getByTestId('quality-report-xlsx').getAttribute('href')).toMatch(
      /^\/api\/organisations\/[0-9a-f-]{36}\/quality\/report\.xlsx\?month=2025-03$/,
    );
    await page.getByTestId('quality-report').scrollIntoViewIfNeeded();
    await shot(page, '05-report');

    // 月报数据 (rule 9, STANDARDS §3): the March bill, 8 % above the metered sum, differs from it by 0.08/1.08 = 7.41 %
    // of the bill, beyond 5 %: the deviation shows as a failure and every March day gets the 日月数据不一致 finding.
    await page.getByTestId('tab-quality-monthly-figures').click();
    await page.getByTestId('monthly-figure-point').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'AIR-01' }).click();
    await page.getByTestId('monthly-figure-value').fill(String(Math.round(marchSum * 1.08)));
    await page.getByTestId('monthly-figure-evidence').fill('国网电费结算单 2025年3月');
    await page.getByTestId('monthly-figure-save').click();
    const deviation = page.getByTestId('monthly-deviation-AIR-01-2025-03');
    await eventually(() => deviation.count()).toBe(1);
    expect(await deviation.innerText()).toMatch(/^7\.4\d\s?%$/);
    expect(await deviation.getAttribute('class')).toContain('danger');
    const consistency = await api<{ day: string }[]>(
      'GET',
      `/api/organisations/${enterprise.id}/quality/issues?month=2025-03&rule=consistency`,
    );
    expect(consistency.map((i) => i.day)).toHaveLength(31);
    await shot(page, '05b-monthly-figures');

    // 质量趋势 of the Wuhan centre: the enterprise has a score for March 2025.
    await page.getByTestId('quality-trend-link').click();
    await page.getByTestId('page-quality-trend').waitFor();
    await page.getByTestId('quality-institution').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="湖北省楚天碳计量中心"]').click();
    const range = page.locator('.ant-picker-range input');
    await range.first().click();
    await range.first().fill('2025-01');
    await range.first().press('Enter');
    await range.nth(1).fill('2025-03');
    await range.nth(1).press('Enter');
    const trendRow = page.getByTestId('quality-trend-table').locator('tbody tr.ant-table-row', { hasText: name });
    await eventually(() => trendRow.count()).toBe(1);
    expect(await trendRow.innerText()).toMatch(/\d+\.\d/);
    await eventually(() => page.getByTestId('quality-trend-chart').locator('canvas').count()).toBeGreaterThan(0);
    await shot(page, '06-trend');
    await page.context().close();
  });
});
