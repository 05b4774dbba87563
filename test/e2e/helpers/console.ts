import fs from 'fs';
import path from 'path';
import { spawnSync } from 'child_process';
import type { AddressInfo } from 'net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { bootApp, type TestApp } from '../../helpers/strapi';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const ADMIN = path.join(ROOT, 'admin');
const RESULTS = path.join(ROOT, 'test-results');

function newestMtime(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    return Math.max(newest, mtime);
  }, 0);
}

/** Builds the console when admin/dist is missing or older than its sources (or the shared rules it bundles). */
export function ensureConsoleBuilt(): void {
  const built = path.join(ADMIN, 'dist', 'index.html');
  const sources = Math.max(
    newestMtime(path.join(ADMIN, 'src')),
    newestMtime(path.join(ROOT, 'rules', 'dist')),
    fs.statSync(path.join(ADMIN, 'index.html')).mtimeMs,
  );
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources) return;
  const result = spawnSync('npm', ['run', 'build', '-w', '@sme-cluster/admin'], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`console build failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Builds Strapi's own admin panel (cms/dist/build, ~45 s on 2 cores) when missing or older than its
 * customisation (cms/src/admin): otherwise it depends on Strapi's packages only, so a build left by
 * an earlier run or by `npm start` is reused.
 */
export function ensureAdminPanelBuilt(): void {
  const built = path.join(ROOT, 'cms', 'dist', 'build', 'index.html');
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= newestMtime(path.join(ROOT, 'cms', 'src', 'admin'))) return;
  const result = spawnSync('npm', ['run', 'build', '-w', '@sme-cluster/cms'], {
    cwd: ROOT,
    stdio: 'pipe',
    encoding: 'utf8',
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
  });
  if (result.status !== 0) throw new Error(`admin panel build failed:\n${result.stdout}\n${result.stderr}`);
}

/** Makes the booted Strapi listen on a free local port and returns its base URL. */
export async function listen(httpServer: import('http').Server): Promise<string> {
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
}

/** Saves a full-page screenshot of one step, numbered in order, under test-results/<folder>/. */
export async function screenshot(page: Page, name: string, folder = 'console'): Promise<void> {
  fs.mkdirSync(path.join(RESULTS, folder), { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, folder, `${name}.png`), fullPage: true });
}

/** Signs in through the console's own login page. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/console/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

/** A fresh browser session for one console user (its own localStorage, so its own sign-in). */
export async function consoleSession(browser: Browser, baseUrl: string, email: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  // A refused request explains a failed step better than a timeout does.
  page.on('response', async (response) => {
    if (response.url().includes('/api/') && response.status() >= 400)
      console.warn(`${email}: ${response.request().method()} ${response.url()} → ${response.status()} ${await response.text().catch(() => '')}`);
  });
  await signIn(page, baseUrl, email, password);
  return { context, page };
}

/**
 * A console scenario's fixture: the built console, a Strapi with the demo data serving it and a
 * Chromium, started before the file's tests and stopped after them.
 */
export function consoleFixture(): { app: () => TestApp; baseUrl: () => string; browser: () => Browser } {
  let app: TestApp | undefined;
  let baseUrl = '';
  let browser: Browser | undefined;
  beforeAll(async () => {
    ensureConsoleBuilt();
    app = await bootApp();
    baseUrl = await listen(app.strapi.server.httpServer);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  return { app: () => app!, baseUrl: () => baseUrl, browser: () => browser! };
}
