import type { Browser, Page } from 'playwright-core';
import { bootApp, DEMO_PASSWORD, type TestApp } from '../helpers/strapi';
import { consoleSession, ensureAdminPanelBuilt, ensureConsoleBuilt, launchChromium, listen, screenshot } from './helpers/console';

// Issue 12 as a new administrator tries it: a threshold changed in Strapi's admin panel (/admin,
// Content Manager, the settings single type) reaches the next evaluation a city reviewer runs
// in the console, and the console's 评价参数 page shows it. Invalid settings are refused there.
jest.setTimeout(600_000);

const ADMIN = 'admin@demo.local';
const SETTINGS_UID = 'api::setting.setting';
/** The label /admin shows for leadingIndustryShareMin: its catalog rule with the value as N. */
const LEADING_SHARE = '主导产业占集群总产值N%以上';

let app: TestApp;
let baseUrl: string;
let browser: Browser;
let adminPage: Page;

const shot = (page: Page, name: string) => screenshot(page, name, 'settings');

beforeAll(async () => {
  ensureConsoleBuilt();
  ensureAdminPanelBuilt();
  app = await bootApp({ adminPanel: true });
  baseUrl = await listen(app.strapi.server.httpServer);
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 } });
  adminPage = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const storedSettings = () =>
  app.strapi.documents(SETTINGS_UID as never).findFirst({ populate: { thresholds: true, schedules: true } as never }) as unknown as Promise<{
    version: number;
    thresholds: Record<string, unknown>;
    schedules: Record<string, unknown>;
  }>;

/** The settings single type's edit view in the Content Manager, as the administrator opens it. */
async function openSettingsInAdmin(): Promise<void> {
  await adminPage.goto(`${baseUrl}/admin/content-manager/single-types/${SETTINGS_UID}`);
  await adminPage.getByLabel(LEADING_SHARE).waitFor();
}

describe('settings edited in /admin, read in the console', () => {
  test('the administrator signs in to /admin and changes the leading-industry share threshold from 60 to 70', async () => {
    await adminPage.goto(`${baseUrl}/admin/auth/login`);
    await adminPage.fill('input[name="email"]', ADMIN);
    await adminPage.fill('input[name="password"]', DEMO_PASSWORD);
    await adminPage.click('button[type="submit"]');
    await adminPage.waitForURL((url) => !url.pathname.includes('/auth/'));
    await openSettingsInAdmin();
    await shot(adminPage, '01-admin-settings');
    // Headed by what it is, not by its document id.
    await adminPage.getByRole('heading', { level: 1, name: '系统设置', exact: true }).waitFor();

    const field = adminPage.getByLabel(LEADING_SHARE);
    expect(await field.inputValue()).toBe('60');
    await field.fill('70');
    await adminPage.getByRole('button', { name: '保存' }).click();
    await adminPage.getByText('已保存').waitFor();
    await shot(adminPage, '02-admin-saved');
    const stored = await storedSettings();
    expect(Number(stored.thresholds.leadingIndustryShareMin)).toBe(70);
    expect(stored.version).toBe(2);
  });

  test('an invalid cron expression is refused with the reason, and nothing is stored', async () => {
    await openSettingsInAdmin();
    await adminPage.getByLabel('有效期到期检查').fill('99 25 * * *');
    await adminPage.getByRole('button', { name: '保存' }).click();
    await adminPage.getByText('设置无效，未保存', { exact: false }).first().waitFor();
    await shot(adminPage, '03-admin-refused');
    const stored = await storedSettings();
    expect(stored.version).toBe(2);
    expect(stored.schedules.expiry).toBe('15 1 * * *');
  });

  test('a city reviewer evaluates a demo application: the report uses 70 % and names settings version 2', async () => {
    const province = await app.login('province@demo.local');
    const inReview = (
      await app
        .as(province)
        .get('/api/console/applications')
        .query({ filter: JSON.stringify({ status: 'city_review' }) })
        .expect(200)
    ).body[0];
    const { page } = await consoleSession(browser, baseUrl, `city-${inReview.prefectureCode}@demo.local`, DEMO_PASSWORD);
    await page.goto(`${baseUrl}/console/applications/${inReview.id}/show/report`);
    await page.getByRole('button', { name: '评估' }).click();
    await page.getByText('评估完成').waitFor();
    const rule = page.getByTestId('rule-output.leading_share');
    await rule.waitFor();
    expect(await rule.textContent()).toContain('不低于70%');
    expect(await page.getByTestId('report-settings-version').textContent()).toBe('评价参数第 2 版');
    expect(await page.getByTestId('older-settings').count()).toBe(0);
    await rule.scrollIntoViewIfNeeded();
    await shot(page, '04-console-report');

    // The version in the report leads to 评价参数, where the new value and the change are shown.
    await page.getByTestId('report-settings-version').click();
    await page.waitForURL(/\/console\/settings$/);
    await page.getByTestId('threshold-leadingIndustryShareMin').waitFor();
    expect(await page.getByTestId('settings-version').textContent()).toBe('第 2 版');
    expect(await page.getByTestId('threshold-leadingIndustryShareMin').getByTestId('threshold-value').textContent()).toBe('70 %');
    expect(await page.getByTestId('threshold-leadingIndustryShareMin').textContent()).toContain('主导产业占集群总产值70%以上');
    // Each threshold is named in Chinese, its key beside it.
    expect(await page.getByTestId('threshold-leadingIndustryShareMin').locator('td').first().textContent()).toBe(
      '主导产业占集群总产值N%以上leadingIndustryShareMin',
    );
    expect(await page.getByTestId('settings-history-2').textContent()).toContain('60 → 70');
    await shot(page, '05-console-settings');
  });
});
