import { computeCreditCodeCheckChar } from '@jiliang/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SCREENSHOTS, launchBrowser, signIn } from './browser.ts';

/**
 * Issue 3, "done when": an institution goes from application to establishment through the UI alone.
 * The test makes its own data through the UI as the Province — a new carbon metrology centre in
 * Xiangyang (420606) and a staff account for it — so it depends on no case the demo or another test
 * may have made. Then each actor takes their step in their own browser session:
 *   staff → application (CM-7..9); local officer → local review (CM-8); Province → approval (CM-10);
 *   staff → acceptance application (CM-12); Province → preliminary review and panel (CM-14);
 *   expert, as team leader → scoring sheet, then the final score 88 with the on-site meetings (CM-15, CM-16);
 *   Province → establish (CM-18).
 */

const STAFF_PASSWORD = 'Lifecycle-Passw0rd';
const XIANGYANG_DIVISION = '420606';
/** BM articles the timeline cites, one per step, in order. */
const EXPECTED_ARTICLES = ['CM-8', 'CM-8', 'CM-10', 'CM-12', 'CM-14', 'CM-16', 'CM-18'];

const baseUrl = () => inject('e2e').baseUrl;
/** expect.poll waits 1 s by default; a step's round trip and antd's animations may take longer on a busy machine. */
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 200 });
/** Pages in full; with a modal open, the viewport (a full-page shot would leave the mask short). */
const shot = async (page: Page, name: string, fullPage = false) => {
  await page.waitForTimeout(300); // antd's checkbox and modal animations, so the picture shows what was done
  await page.screenshot({ path: `${SCREENSHOTS}lifecycle-${name}.png`, fullPage });
};

/** A valid GB 32100-2015 code for a public institution (1 2) in the division, unique per run. */
const makeCreditCode = (seed: number): string => {
  const first17 = `12${XIANGYANG_DIVISION}${String(seed % 1_000_000_000).padStart(9, '0')}`;
  return `${first17}${computeCreditCodeCheckChar(first17) ?? ''}`;
};

const signInWith = async (browser: Browser, username: string, password: string): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 820 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByTestId('login-submit').click();
  return page;
};

/**
 * Opens an antd Select by its form field id and picks the option with this title. On a loaded machine a
 * click can land while the dropdown is still animating in and be lost; then the pick is tried again
 * (at most three times) until the dropdown has closed on the choice.
 */
const pickOption = async (page: Page, fieldId: string, title: string, search?: string) => {
  const select = page.locator(`#${fieldId}`);
  for (let attempt = 1; ; attempt++) {
    if ((await select.getAttribute('aria-expanded')) !== 'true') await select.click();
    if (search) await select.fill(search);
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`).click();
    try {
      // Closed again (the dropdown fades out over the next field otherwise).
      await expect.poll(() => select.getAttribute('aria-expanded'), { timeout: 5_000, interval: 200 }).not.toBe('true');
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
};

const readState = (page: Page) => page.getByTestId('institution-state').getAttribute('data-state');

/** From the menu: the board, then the institution's row. */
const openFromBoard = async (page: Page, institutionName: string) => {
  await page.getByTestId('nav-institutions').click();
  await page.getByTestId('pipeline-table').waitFor();
  await page.getByTestId('pipeline-table').getByRole('link', { name: institutionName }).click();
  await page.getByTestId('institution-state').waitFor();
};

/** Takes a step that needs no facts: the button, then the form's submit. */
const takeStep = async (page: Page, event: string, expectedState: string) => {
  await page.getByTestId(`step-${event}`).click();
  await page.getByTestId('step-form-submit').click();
  await eventually(() => readState(page)).toBe(expectedState);
};

describe.skipIf(!inject('e2e').available)('institution lifecycle in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('an officer can take a centre from application to establishment through the UI alone', { timeout: 300_000 }, async () => {
    const runId = Date.now();
    const suffix = runId.toString(36);
    const institutionName = `襄阳测试碳计量中心${suffix}`;
    const staffUsername = `lc-staff-${suffix}`;

    // The Province registers a new centre in Xiangyang (组织机构 → 新建组织) …
    const admin = await signIn(browser, 'admin');
    await admin.getByTestId('home-province_admin').waitFor();
    await admin.getByTestId('nav-organisations').click();
    await admin.getByTestId('create-organisation').click();
    await pickOption(admin, 'create-organisation_kind', '中心/基地');
    await admin.locator('#create-organisation_name').fill(institutionName);
    await pickOption(admin, 'create-organisation_institutionType', '碳计量中心');
    await admin.locator('#create-organisation_creditCode').fill(makeCreditCode(runId));
    await admin.locator('#create-organisation_divisionCode').fill(XIANGYANG_DIVISION);
    await admin.locator('.ant-modal-title').click();
    await shot(admin, '01-create-institution');
    await admin.getByTestId('create-organisation-submit').click();
    await admin.getByTestId('organisation-details').waitFor();
    const organisationId = /\/organisations\/([0-9a-f-]{36})/.exec(admin.url())?.[1];
    expect(organisationId).toBeDefined();
    await admin.getByTestId('organisation-institution-link').waitFor();

    // … and a staff account for it (用户 → 新建用户).
    await admin.getByTestId('nav-users').click();
    await admin.getByTestId('create-user').click();
    await admin.locator('#create-user_username').fill(staffUsername);
    await admin.locator('#create-user_displayName').fill(`测试中心联络员${suffix}`);
    await admin.locator('#create-user_password').fill(STAFF_PASSWORD);
    await pickOption(admin, 'create-user_organisationId', institutionName, institutionName);
    await pickOption(admin, 'create-user_role', '中心/基地工作人员');
    await shot(admin, '02-create-staff');
    await admin.locator('.ant-modal-footer .ant-btn-primary').click();
    await admin
      .locator('.ant-message')
      .getByText(staffUsername, { exact: false })
      .or(admin.locator('.ant-message-success'))
      .first()
      .waitFor();
    await admin.context().close();

    // Staff: from their organisation's page to the institution page; no case yet → 提出申请.
    const staff = await signInWith(browser, staffUsername, STAFF_PASSWORD);
    await staff.getByTestId('home-institution_staff').waitFor();
    await staff.getByTestId('nav-organisations').click();
    await staff.getByTestId('organisation-table').getByRole('link', { name: institutionName }).click();
    await staff.getByTestId('organisation-institution-link').click();
    await staff.getByTestId('institution-no-case').waitFor();
    await staff.getByTestId('open-case').click();
    await staff.getByTestId('open-case-local-plan').check();
    await staff.getByTestId('open-case-commitment').check();
    await shot(staff, '03-open-case');
    await staff.getByTestId('open-case-submit').click();
    await eventually(() => readState(staff)).toBe('application_draft');
    await staff.getByTestId('institution-priority').waitFor();

    // CM-7..9: evidence for each of CM-7's six conditions, the consultation record and the declaration.
    await staff.getByTestId('step-submit_application').click();
    const evidence = staff.locator('[data-testid^="evidence-"]');
    await evidence.first().waitFor();
    expect(await evidence.count()).toBe(6);
    for (const box of await evidence.all()) await box.fill('见附件：法人证书、年度报告、管理制度（测试）');
    await staff.getByTestId('check-hasConsultationRecord').check();
    await staff.getByTestId('check-hasTruthfulnessDeclaration').check();
    await shot(staff, '04-application-form');
    await staff.getByTestId('step-form-submit').click();
    await eventually(() => readState(staff)).toBe('local_review');
    await shot(staff, '05-submitted', true);

    // CM-8: the local bureau of Xiangyang reviews the materials first.
    const officer = await signIn(browser, 'officer.xiangyang');
    await officer.getByTestId('home-local_officer').waitFor();
    await openFromBoard(officer, institutionName);
    await officer.getByTestId('step-pass_local_review').click();
    await officer.getByTestId('step-note').fill('资料齐全，同意报省局。');
    await shot(officer, '06-local-review');
    await officer.getByTestId('step-form-submit').click();
    await eventually(() => readState(officer)).toBe('provincial_review');
    await officer.context().close();

    // CM-10: the Province approves preparation on the experts' written opinion.
    const province = await signIn(browser, 'admin');
    await province.getByTestId('home-province_admin').waitFor();
    await openFromBoard(province, institutionName);
    await province.getByTestId('step-approve_preparation').click();
    await province.getByTestId('check-materialReviewPassed').check();
    await province.getByTestId('check-onSiteCheckPassed').check();
    await shot(province, '07-approve-preparation');
    await province.getByTestId('step-form-submit').click();
    await eventually(() => readState(province)).toBe('preparation');

    // CM-12, CM-13: right after approval the acceptance application is in time.
    await staff.reload();
    await eventually(() => readState(staff)).toBe('preparation');
    await staff.getByTestId('step-apply_for_acceptance').click();
    await staff.getByTestId('check-hasCompetentDepartmentConsent').check();
    await staff.getByTestId('check-hasSummaryReport').check();
    await staff.getByTestId('check-hasFollowUpPlan').check();
    await shot(staff, '08-apply-for-acceptance');
    await staff.getByTestId('step-form-submit').click();
    await eventually(() => readState(staff)).toBe('acceptance_applied');
    await staff.context().close();

    // CM-14: preliminary review, then an acceptance panel with the demo expert as team leader.
    await province.reload();
    await takeStep(province, 'pass_preliminary_review', 'assessment');
    await eventually(() =>
      province.locator('#expert-panel_purpose').locator('xpath=ancestor::*[contains(@class,"ant-select")][1]').innerText(),
    ).toContain('验收考核');
    await pickOption(province, 'expert-panel_leaderUserId', '郑晓明（武汉东湖衡准计量校准有限公司）', '郑晓明');
    await province.getByTestId('panel-submit').click();
    await province.getByTestId('panel-formed').waitFor();
    await shot(province, '09-panel-formed', true);
    await province.context().close();

    // CM-15, CM-16: the team leader scores on the scoring page: meetings held, 88 points.
    const expert = await signIn(browser, 'expert');
    await expert.getByTestId('home-expert').waitFor();
    await openFromBoard(expert, institutionName);
    await eventually(() => readState(expert)).toBe('assessment');
    await expert.getByTestId('step-record_score').click();
    await expert.getByTestId('page-scoring').waitFor();
    // Each member scores the sheet item by item (88% of every item's points); the proposed score is their mean.
    const items = expert.locator('[id^="sheet_scores_"]');
    await items.first().waitFor();
    for (const item of await items.all()) await item.fill(String(Number(await item.getAttribute('aria-valuemax')) * 0.88));
    await expert.getByTestId('sheet-submit').click();
    await eventually(() => expert.getByTestId('proposed-score').innerText()).toContain('88');
    // CM-15: a share of the registered verification/calibration and key-parameter items, drawn with a recorded seed.
    await expert
      .getByTestId('sampling-vc')
      .fill(['电能表检定', '燃气流量计校准', '蒸汽流量计校准', '电子汽车衡检定', '热量表检定'].join('\n'));
    await expert.getByTestId('sampling-kp').fill(['烟气CO2浓度', '燃煤低位发热量', '蒸汽焓值'].join('\n'));
    await expert.getByTestId('sampling-draw').click();
    await expert.getByTestId('sampling-drawn').waitFor();
    await expert.getByTestId('check-openingMeetingHeld').check();
    await expert.getByTestId('check-onSiteVerificationDone').check();
    await expert.getByTestId('check-collectiveReviewHeld').check();
    await expert.getByTestId('check-closingMeetingHeld').check();
    await expert.getByTestId('unit-opinion').fill('对考核结果无异议。');
    // The team leader's final score starts from the proposed one.
    await eventually(() => expert.locator('#score_score').inputValue()).toBe('88.0');
    await eventually(() => expert.getByTestId('score-outcome').innerText()).toBe('合格');
    await shot(expert, '10-scoring');
    await expert.getByTestId('step-form-submit').click();
    await expert.getByTestId('page-institution').waitFor();
    await eventually(() => readState(expert)).toBe('assessment_passed');
    await expert.context().close();

    // CM-18: the Province agrees to establish the centre; the page shows the certificate and every article.
    const closing = await signIn(browser, 'admin');
    await closing.getByTestId('home-province_admin').waitFor();
    await openFromBoard(closing, institutionName);
    await takeStep(closing, 'establish', 'established');
    await closing.getByTestId('institution-certificate').waitFor();
    const articles = await closing
      .getByTestId('timeline')
      .locator('[data-testid="timeline-item"]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-article')));
    expect(articles).toEqual(EXPECTED_ARTICLES);
    await eventually(() => closing.getByTestId('timeline').innerText()).toContain('得分：88');
    await shot(closing, '11-established', true);
    await closing.getByTestId('locale-switch').click();
    await eventually(() => closing.getByTestId('institution-state').innerText()).toBe('established');
    await shot(closing, '11-established-en', true);
    await closing.getByTestId('locale-switch').click();
    await eventually(() => closing.getByTestId('institution-state').innerText()).toBe('已成立');

    // The board and the calendar show the centre with its next due date (the CM-19 annual report).
    await closing.getByTestId('nav-institutions').click();
    await closing.getByTestId('pipeline-table').getByRole('link', { name: institutionName }).waitFor();
    expect(Number(await closing.getByTestId('pipeline-stage-established').getAttribute('data-count'))).toBeGreaterThan(0);
    await shot(closing, '12-pipeline', true);
    await closing.getByTestId('tab-calendar').click();
    await closing.getByTestId('calendar-jump').filter({ hasText: institutionName }).click();
    await closing.locator('[data-testid^="calendar-day-"]').filter({ hasText: institutionName }).waitFor();
    await shot(closing, '13-calendar', true);
    await closing.getByTestId('reminders-bell').click();
    await closing.getByTestId('reminders-list').waitFor();
    await shot(closing, '14-reminders');
    await closing.context().close();
  });
});
