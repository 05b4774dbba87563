/**
 * npm run bench:console — what an official's browser pays before the console's login form is usable:
 * bytes transferred as served (compressed, as Chromium counts them on the wire) and the time to a
 * usable form on a 4 Mbit/s line, cold cache. Not a test: figures are printed and written to
 * bench/console.json, never asserted. Needs a built console (npm run build -w @sme-cluster/admin).
 *
 *   BENCH_CONSOLE_RUNS=5               runs (the median is reported)
 */
import fs from 'fs';
import path from 'path';
import { chromium } from 'playwright-core';
import { createThrowawayDatabase } from '../throwaway-database';
import { bootBenchApp } from './app';

const RUNS = Number(process.env.BENCH_CONSOLE_RUNS ?? 5);
const MBIT_PER_SECOND = 4;
const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const GOALS = { kilobytes: 350, seconds: 1.5 };

interface Run {
  bytes: number;
  seconds: number;
  /** Bytes on the wire per URL path, with the encoding served. */
  transfers: Record<string, string>;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'admin', 'dist', 'index.html'))) throw new Error('the console is not built: npm run build -w @sme-cluster/admin');
  const database = await createThrowawayDatabase('sqlite', `gz_clusters_bench_console_${process.pid}`);
  const app = await bootBenchApp(database, { DEMO_DATA: 'false' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const runs: Run[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      // A fresh context each run: nothing cached, as on an official's first visit.
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 20,
        downloadThroughput: (MBIT_PER_SECOND * 1_000_000) / 8,
        uploadThroughput: (MBIT_PER_SECOND * 1_000_000) / 8,
      });
      let bytes = 0;
      const transfers: Record<string, string> = {};
      const encodings = new Map<string, { path: string; encoding: string }>();
      cdp.on('Network.responseReceived', (event: { requestId: string; response: { url: string; headers: Record<string, string> } }) => {
        const encoding = Object.entries(event.response.headers).find(([name]) => name.toLowerCase() === 'content-encoding')?.[1] ?? 'identity';
        encodings.set(event.requestId, { path: new URL(event.response.url).pathname, encoding });
      });
      cdp.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) => {
        bytes += event.encodedDataLength;
        const served = encodings.get(event.requestId);
        if (served) transfers[served.path] = `${event.encodedDataLength} B ${served.encoding}`;
      });
      const started = Date.now();
      await page.goto(`${app.origin}/console/login`);
      // Usable: the form's fields and its button are on screen and accept input.
      await page.locator('input[name="email"]').waitFor({ state: 'visible' });
      await page.locator('button[type="submit"]:not([disabled])').waitFor({ state: 'visible' });
      const seconds = (Date.now() - started) / 1000;
      runs.push({ bytes, seconds, transfers });
      await context.close();
    }
  } finally {
    await browser.close();
    await app.destroy();
    await database.drop();
  }
  const result = {
    throttle: `${MBIT_PER_SECOND} Mbit/s, 20 ms latency, cache disabled`,
    runs,
    kilobytesToUsableLogin: Math.round(median(runs.map((run) => run.bytes)) / 100) / 10,
    secondsToUsableLogin: median(runs.map((run) => run.seconds)),
    goals: GOALS,
  };
  fs.mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench', 'console.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`console login, ${result.throttle}, median of ${RUNS} runs:`);
  console.log(`  bytes transferred before the login form is usable  ${result.kilobytesToUsableLogin} KB (goal ≤ ${GOALS.kilobytes} KB)`);
  console.log(`  time to a usable login form                         ${result.secondsToUsableLogin} s (goal ≤ ${GOALS.seconds} s)`);
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
