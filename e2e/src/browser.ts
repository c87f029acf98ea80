import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const SCREENSHOTS = new URL('../screenshots/', import.meta.url).pathname;

/** Debian's Chromium, headless, with the flags this closed network needs. */
export const launchBrowser = (): Promise<Browser> => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: inject('e2e').chromium,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
};

export const DEMO_PASSWORD = 'Jiliang@2026';

export const signIn = async (browser: Browser, username: string, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 820 }, locale });
  const page = await context.newPage();
  await page.goto(`${inject('e2e').baseUrl}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  return page;
};
