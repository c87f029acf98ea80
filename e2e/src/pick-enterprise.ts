import type { Page } from 'playwright-core';
import { eventually } from './api-session.ts';

/** The EnterprisePicker of the meter-data, carbon and quality screens: searched on the server by name, then the option clicked. */
export const pickEnterprise = async (page: Page, name: string): Promise<void> => {
  const picker = page.getByTestId('meter-enterprise');
  await picker.click();
  await page.keyboard.type(name);
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${name}"]`).click();
  await eventually(() => picker.innerText()).toContain(name);
};
