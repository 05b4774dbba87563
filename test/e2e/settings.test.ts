import type { Browser, Page } from 'playwright-core';
import { bootApp, DEMO_PASSWORD, type TestApp } from '../helpers/strapi';
import { consoleSession, ensureAdminPanelBuilt, ensureConsoleBuilt, launchChromium, listen, screenshot } from './helpers/console';

// Issue 12 as a new administrator tries it: a threshold changed in Strapi's admin panel (/admin,
// Content Manager, the settings single type) reaches the next evaluation a city reviewer runs
// in the console, and the console's 评价参数 page shows it.
jest.setTimeout(600_000);

const ADMIN = 'admin@demo.local';
const SETTINGS_UID = 'api::setting.setting';

let app: TestApp;
let baseUrl: string;
let browser: Browser;

const shot = (page: Page, name: string) => screenshot(page, name, 'settings');

beforeAll(async () => {
    ensureConsoleBuilt();
    ensureAdminPanelBuilt();
    app = await bootApp({ adminPanel: true });
    baseUrl = await listen(app.strapi.server.httpServer);
    browser = await launchChromium();
});

afterAll(async () => {
    await browser?.close();
    await app?.stop();
});

describe('settings edited in /admin, read in the console', () => {
    test('the administrator changes a threshold in the Content Manager', async () => {
        const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 } });
        const page = await context.newPage();
        await page.goto(`${baseUrl}/admin/auth/login`);
        await page.fill('input[name="email"]', ADMIN);
        await page.fill('input[name="password"]', DEMO_PASSWORD);
        await page.click('button[type="submit"]');
        await page.waitForURL(url => !url.pathname.includes('/auth/'));
        await page.goto(`${baseUrl}/admin/content-manager/single-types/${SETTINGS_UID}`);
        await page.getByRole('button', { name: 'Skip' }).click({ timeout: 5000 }).catch(() => undefined);
        await page.getByText('主导产业占集群总产值N%以上').waitFor();
        await shot(page, '01-admin-settings');
        await context.close();
    });
});
