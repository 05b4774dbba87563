import fs from 'fs';
import http from 'http';
import path from 'path';
import zlib from 'zlib';
import type { Browser, Response } from 'playwright-core';
import { bootApp, type TestApp } from '../helpers/strapi';
import { ensureConsoleBuilt, launchChromium, listen } from './helpers/console';

// The console served like a real site: compressed, hashed assets cached for a year, the page itself
// revalidated on every visit so a new release is picked up.
jest.setTimeout(300_000);

const DIST = path.resolve(__dirname, '..', '..', 'admin', 'dist');
const IMMUTABLE = 'public, max-age=31536000, immutable';

let app: TestApp;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  ensureConsoleBuilt();
  app = await bootApp({ demo: false });
  baseUrl = await listen(app.strapi.server.httpServer);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

test('Chromium gets the login page and its scripts compressed, the scripts cached for a year and the page revalidated', async () => {
  const page = await browser.newPage();
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/console')) responses.push(response);
  });
  await page.goto(`${baseUrl}/console/login`);
  await page.locator('input[name="email"]').waitFor();
  const scripts = responses.filter((response) => response.url().endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(1);
  for (const script of scripts) {
    const headers = await script.allHeaders();
    expect({ url: script.url(), encoding: headers['content-encoding'], cache: headers['cache-control'] }).toEqual({
      url: script.url(),
      encoding: 'br',
      cache: IMMUTABLE,
    });
  }
  const document = responses.find((response) => response.request().resourceType() === 'document')!;
  expect((await document.allHeaders())['cache-control']).toBe('no-cache');
  await page.close();
});

/** The bytes as sent on the wire (supertest and fetch would decode them). */
function rawGet(url: string, acceptEncoding: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

test('a client that accepts brotli gets brotli, one that accepts nothing gets the file as built', async () => {
  const script = fs.readdirSync(path.join(DIST, 'assets')).find((name) => name.endsWith('.js'))!;
  const built = fs.readFileSync(path.join(DIST, 'assets', script));
  const brotli = await rawGet(`${baseUrl}/console/assets/${script}`, 'gzip, br');
  expect(brotli.headers['content-encoding']).toBe('br');
  expect(brotli.headers.vary).toContain('Accept-Encoding');
  expect(brotli.body.length).toBeLessThan(built.length / 2);
  expect(zlib.brotliDecompressSync(brotli.body).equals(built)).toBe(true);
  const plain = await rawGet(`${baseUrl}/console/assets/${script}`, 'identity');
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.equals(built)).toBe(true);
  expect(plain.headers['cache-control']).toBe(IMMUTABLE);
});
