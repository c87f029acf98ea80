import { addDays, toShanghaiDate } from '@jiliang/calc';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SCREENSHOTS, launchBrowser, signIn } from './browser.ts';
import { eventually, signInApi, type Api } from './api-session.ts';

/**
 * Issue 4 §8, the screens: an enterprise keeps its register (计量器具台账) in the browser — registers an
 * instrument, enters its certificate naming a standard, imports an Excel register whose bad row is
 * reported by number while the good row is kept — and sees the traceability chain (JJF 1001-2011) drawn
 * with the break named; the Province sees the due-date dashboard. Each test makes its own uniquely named
 * data: standards through the API as the Province, everything an enterprise does through the UI.
 */

const shot = async (page: Page, name: string, fullPage = true) => {
  await page.waitForTimeout(300); // ECharts and antd animations, so the picture shows what was done
  await page.screenshot({ path: `${SCREENSHOTS}instruments-${name}.png`, fullPage });
};

type Organisation = { id: string; name: string };
const findOrganisation = async (api: Api, kind: string, name?: string): Promise<Organisation> => {
  const page = await api<{ items: Organisation[] }>('GET', `/api/organisations?kind=${kind}&pageSize=200`);
  const found = page.items.find((organisation) => name === undefined || organisation.name === name);
  if (!found) throw new Error(`no ${kind} ${name ?? ''} in the demo`);
  return found;
};

/**
 * Picks an option of an antd Select in a modal by its title (the lifecycle test's way, retried while the
 * dropdown animates); a click on the modal's title closes a multiple select's dropdown (Escape would close
 * the modal).
 */
const pickOption = async (page: Page, fieldId: string, title: string, search?: string) => {
  const select = page.locator(`#${fieldId}`);
  for (let attempt = 1; ; attempt++) {
    if ((await select.getAttribute('aria-expanded')) !== 'true') await select.click();
    if (search) await select.fill(search);
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`).click();
    try {
      await page.locator('.ant-modal-title').click();
      await expect.poll(() => select.getAttribute('aria-expanded'), { timeout: 5_000, interval: 200 }).not.toBe('true');
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
};

/** A register in the enterprises' layout (GB 17167-2006 5.3): one good row, and one whose type is not a type. */
const makeRegisterWorkbook = async (goodCode: string, badCode: string): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('计量器具台账');
  sheet.addRow(['序号', '管理编号', '器具名称', '器具类别', '能源种类', '配备级别', '准确度等级']);
  sheet.addRow([1, goodCode, '导入测试电能表', '电能表', '电力', '进出用能单位', '0.5S']);
  sheet.addRow([2, badCode, '导入测试坏行', '望远镜', '电力', '进出用能单位', '1.0']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

describe.skipIf(!inject('e2e').available)('instrument register, certificates and traceability in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it(
    'an enterprise registers an instrument, imports a register with a bad row and sees its chain break',
    { timeout: 120_000 },
    async () => {
      const suffix = Date.now().toString(36).toUpperCase();
      const today = toShanghaiDate(new Date());
      // The Province sets up a chain: a national primary standard and a working standard whose only
      // certificate expired a year ago, so a certificate issued today against it breaks the chain.
      const province = await signInApi('admin');
      const laboratory = await findOrganisation(province, 'laboratory');
      const institution = await findOrganisation(province, 'institution', '湖北省楚天碳计量中心');
      const primary = await province<{ id: string }>('POST', '/api/standards', {
        ownerId: laboratory.id,
        name: `国家电能计量基准E2E${suffix}`,
        code: `NP-${suffix}`,
        level: 'national_primary',
        measurand: '电能',
      });
      const workingName = `电能表检定装置E2E${suffix}`;
      const working = await province<{ id: string }>('POST', '/api/standards', {
        ownerId: institution.id,
        name: workingName,
        code: `WS-${suffix}`,
        level: 'working',
        measurand: '电能',
        intervalMonths: 12,
      });
      await province('POST', `/api/standards/${working.id}/certificates`, {
        number: `WS-CERT-${suffix}`,
        kind: 'verification',
        laboratoryName: '中国计量科学研究院',
        calibratedOn: addDays(today, -730),
        validUntil: addDays(today, -366),
        conclusion: 'pass',
        referenceStandardIds: [primary.id],
      });

      // 登记器具 through the UI, as the enterprise.
      const page = await signIn(browser, 'ent.linjiang');
      await page.getByTestId('home-enterprise_user').waitFor();
      await page.getByTestId('nav-instruments').click();
      await page.getByTestId('instrument-table').waitFor();
      await page.getByTestId('register-create').click();
      const code = `E2E-${suffix}`;
      await page.locator('#create-instrument_code').fill(code);
      await page.locator('#create-instrument_name').fill('E2E进线电能表');
      await page.locator('#create-instrument_accuracyClass').fill('0.5S');
      await shot(page, '01-register', false);
      await page.getByTestId('create-instrument-submit').click();
      await eventually(() => page.getByTestId('instrument-title').innerText()).toContain(code);
      await page.getByTestId('due-state-never_certified').first().waitFor();

      // Its verification certificate, naming the working standard (登记证书).
      await page.getByTestId('certificate-add').click();
      await page.locator('#certificate_number').fill(`JD-${suffix}`);
      await page.locator('#certificate_laboratoryName').fill('武汉东湖衡准计量校准有限公司');
      await pickOption(
        page,
        'certificate_referenceStandardIds',
        `${workingName}（WS-${suffix}）· 工作计量标准 · ${institution.name}`,
        suffix,
      );
      await shot(page, '02-certificate', false);
      await page.getByTestId('certificate-submit').click();
      await page.getByTestId('certificate-table').getByText(`JD-${suffix}`).waitFor();

      // The chain: instrument → working standard (expired before its use today) → national primary.
      const breaks = page.getByTestId('trace-break');
      await eventually(() => breaks.count()).toBeGreaterThan(0);
      const breakText = await breaks.first().innerText();
      expect(breakText).toContain('CERTIFICATE_EXPIRED');
      expect(breakText).toContain(workingName);
      expect(breakText).toContain(addDays(today, -366)); // the last valid day, before its use
      expect(await page.getByTestId('trace-graph').locator('canvas').count()).toBeGreaterThan(0);
      await page.getByTestId('traceability').scrollIntoViewIfNeeded();
      await shot(page, '03-chain');

      // 导入台账: the good row is kept, the bad one reported by its row number with the field and the rule.
      await page.getByTestId('nav-instruments').click();
      await page.getByTestId('register-import').click();
      await page.locator('.ant-modal input[type=file]').setInputFiles({
        name: '台账.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await makeRegisterWorkbook(`IMP-${suffix}-1`, `IMP-${suffix}-2`),
      });
      await page.getByTestId('import-submit').click();
      await page.getByTestId('import-report').waitFor();
      expect(await page.getByTestId('import-count-created').innerText()).toContain('1');
      expect(await page.getByTestId('import-count-rejected').innerText()).toContain('1');
      const rejected = page.getByTestId('import-rejected').locator('tbody tr');
      await eventually(() => rejected.count()).toBe(1);
      const cells = await rejected.first().locator('td').allInnerTexts();
      // Row 3 of the sheet (the header is row 1): its 管理编号, the column and why.
      expect(cells.slice(0, 3)).toEqual(['3', `IMP-${suffix}-2`, '器具类别']);
      expect(cells[3]).toContain('望远镜');
      await shot(page, '04-import-report', false);
      await page.getByTestId('import-close').click();
      await page.getByTestId('instrument-search').locator('input').fill(`IMP-${suffix}`);
      await page.getByTestId('instrument-search').locator('input').press('Enter');
      await eventually(() => page.getByTestId('instrument-table').locator('tbody tr.ant-table-row').count()).toBe(1);
      await page.getByTestId('instrument-table').getByText(`IMP-${suffix}-1`).waitFor();
      await page.context().close();
    },
  );

  it('the Province sees the due-date dashboard and follows an overdue count into the register', { timeout: 90_000 }, async () => {
    const suffix = Date.now().toString(36).toUpperCase();
    const today = toShanghaiDate(new Date());
    const province = await signInApi('admin');
    const enterprise = await findOrganisation(province, 'enterprise', '荆门楚江水泥有限公司');
    const instrument = await province<{ id: string }>('POST', `/api/organisations/${enterprise.id}/instruments`, {
      code: `DUE-${suffix}`,
      name: '到期测试皮带秤',
      instrumentType: 'weighing_instrument',
      medium: 'coal',
      gb17167Level: 'entry_exit',
      mandatoryVerification: true,
      intervalMonths: 12,
    });
    // Verified a year and ten days ago, valid for a year: ten days overdue today.
    await province('POST', `/api/instruments/${instrument.id}/certificates`, {
      number: `DUE-CERT-${suffix}`,
      kind: 'verification',
      laboratoryName: '荆门市计量检定测试所',
      calibratedOn: addDays(today, -375),
      validUntil: addDays(today, -10),
      conclusion: 'pass',
    });

    const page = await signIn(browser, 'admin');
    await page.getByTestId('home-province_admin').waitFor();
    await page.getByTestId('nav-instrumentsDue').click();
    await page.getByTestId('page-due').waitFor();
    const row = page.getByTestId('due-owners').locator('tr', { hasText: enterprise.name });
    await row.waitFor();
    await eventually(() => page.getByTestId('due-calendar').locator('canvas').count()).toBeGreaterThan(0);
    expect(Number(await page.getByTestId('due-total-overdue').locator('.ant-statistic-content').innerText())).toBeGreaterThan(0);
    await shot(page, '05-due-dashboard');
    await row.getByTestId('due-link-overdue').click();
    await page.getByTestId('page-instruments').waitFor();
    expect(new URL(page.url()).searchParams.get('due')).toBe('overdue');
    await page.getByTestId('instrument-search').locator('input').fill(`DUE-${suffix}`);
    await page.getByTestId('instrument-search').locator('input').press('Enter');
    await page.getByTestId('instrument-table').getByText(`DUE-${suffix}`).waitFor();
    await page.getByTestId('instrument-table').getByTestId('due-state-overdue').first().waitFor();
    await shot(page, '06-register-overdue');
    await page.context().close();
  });
});
