import { addDays, toShanghaiDate } from '@jiliang/calc';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SCREENSHOTS, launchBrowser, signIn } from './browser.ts';

/**
 * Issue 5 §7 and §2, the meter-data screens: an enterprise picks a point in its tree and sees its series
 * drawn (a canvas) at hour and day resolution, uploads a CSV whose second row carries a value that is not
 * a number, sees that row in the preview's validation report and in the receipt, finds it in the
 * quarantine and replays it with a corrected value, which comes back as a new receipt.
 */

const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 200 });
const shot = async (page: Page, name: string) => {
  await page.waitForTimeout(300); // ECharts and antd animations
  await page.screenshot({ path: `${SCREENSHOTS}meter-data-${name}.png`, fullPage: true });
};
const waitForSeries = (page: Page, resolution: string) =>
  page.waitForResponse((response) => {
    const url = new URL(response.url());
    // a point's series only: the enterprise's own (the page's first view) may still be in flight
    return (
      url.pathname === '/api/series' &&
      url.searchParams.has('pointId') &&
      url.searchParams.get('resolution') === resolution &&
      response.ok()
    );
  });

describe.skipIf(!inject('e2e').available)('meter data in Chromium (issue 5 §7)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('an enterprise charts a point, uploads a CSV with a bad row and replays it from the quarantine', { timeout: 120_000 }, async () => {
    // Yesterday in Beijing, 08:00 and 08:15: two slots of the 15-minute water meter WA-IN (an interval register).
    const day = addDays(toShanghaiDate(new Date()), -1);
    const csv = `point,ts,value\nWA-IN,${day}T08:00:00+08:00,14.2\nWA-IN,${day}T08:15:00+08:00,abc\n`;

    const page = await signIn(browser, 'ent.linjiang');
    await page.getByTestId('home-enterprise_user').waitFor();
    await page.getByTestId('nav-meterData').click();
    await page.getByTestId('page-meter-data').waitFor();
    await page.getByTestId('point-tree').waitFor();

    // The point tree: pick the incoming electricity meter; its series is drawn (day resolution, the last 30
    // days by default), switched to hour and back to day.
    const daily = waitForSeries(page, 'day');
    await page.getByTestId('point-EL-IN').click();
    const series = (await (await daily).json()) as { resolution: string; buckets: unknown[]; points: { code: string }[] };
    expect(series.resolution).toBe('day');
    expect(series.points.map((p) => p.code)).toEqual(['EL-IN']);
    expect(series.buckets.length).toBeGreaterThan(20); // 30 days of demo data in the default 30-day range
    await eventually(() => page.getByTestId('series-panel').locator('.ant-card-head-title').innerText()).toContain('EL-IN');
    await eventually(() => page.getByTestId('series-chart').locator('canvas').count()).toBeGreaterThan(0);
    const hourly = waitForSeries(page, 'hour');
    await page.getByTestId('resolution-hour').click();
    await hourly;
    await page.getByTestId('resolution-day').click();
    const selected = page.getByTestId('resolution-switch').locator('.ant-segmented-item-selected');
    await eventually(() => selected.innerText()).toBe('日');
    await eventually(() => page.getByTestId('series-chart').locator('canvas').count()).toBeGreaterThan(0);
    await shot(page, '01-series-day');

    // 文件导入: the preview names the bad row by number, field and reason; nothing is written yet.
    await page.getByTestId('tab-upload').click();
    await page
      .getByTestId('upload-panel')
      .locator('input[type=file]')
      .setInputFiles({
        name: 'water.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv),
      });
    await page.getByTestId('upload-preview-button').click();
    await page.getByTestId('upload-preview').waitFor();
    const previewRows = page.getByTestId('upload-preview-rejected').locator('tbody tr.ant-table-row');
    await eventually(() => previewRows.count()).toBe(1);
    const previewCells = await previewRows.first().locator('td').allInnerTexts();
    expect(previewCells.slice(0, 2)).toEqual(['2', 'value']); // the second data row, its value column
    expect(previewCells[2]).toContain('abc');
    expect(await page.getByTestId('upload-preview-summary').innerText()).toContain('共 2 行：有效 1 行');
    await shot(page, '02-preview');

    // 导入: the receipt after commit, the bad row rejected.
    await page.getByTestId('upload-import-button').click();
    await page.getByTestId('batch-receipt').waitFor();
    expect(await page.getByTestId('receipt-rows').innerText()).toContain('2');
    expect(await page.getByTestId('receipt-rejected').innerText()).toContain('1');
    await page.getByTestId('receipt-rejected-rows').getByText('abc').first().waitFor();
    await shot(page, '03-receipt');

    // 隔离区: the row is there with its raw value; replayed with the corrected value and a reason.
    await page.getByTestId('tab-quarantine').click();
    const quarantined = page.getByTestId('quarantine-table').locator('tbody tr.ant-table-row', { hasText: 'abc' });
    await eventually(() => quarantined.count()).toBe(1);
    expect(await quarantined.innerText()).toContain(`WA-IN · ${day}T08:15:00+08:00 · abc`);
    await shot(page, '04-quarantine');
    await quarantined.locator('.ant-checkbox-input').check();
    await page.getByTestId('quarantine-replay').click();
    await page.getByTestId('correction-2').fill('14.6');
    await page.getByTestId('quarantine-reason').fill('抄表录入错误，按现场读数更正');
    await page.getByTestId('quarantine-action-submit').click();
    await page.getByTestId('quarantine-panel').getByTestId('batch-receipt').waitFor();
    expect(await page.getByTestId('receipt-rows').innerText()).toContain('1');
    expect(await page.getByTestId('receipt-rejected').innerText()).toContain('0');
    await eventually(() => quarantined.count()).toBe(0);
    await shot(page, '05-replayed');
    await page.context().close();
  });
});
