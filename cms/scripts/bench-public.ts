/**
 * Requests per second of the public clusters list (GET /api/public/clusters), without and with
 * If-None-Match, on loopback. Not a test: figures are printed, never asserted.
 *
 *   npx esbuild cms/scripts/bench-public.ts --platform=node --format=cjs --outfile=cms/dist/scripts/bench-public.js \
 *     && node cms/dist/scripts/bench-public.js          (after a build; BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_ROUNDS)
 *
 * Boots the compiled app on a throw-away SQLite file with the demo data, listens on 127.0.0.1,
 * and drives it from a worker thread (its own event loop, so client and server do not share one)
 * with keep-alive connections. Each run is bounded by time and by a request cap.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Worker } from 'worker_threads';
import type { AddressInfo } from 'net';
import { createStrapi } from '@strapi/strapi';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
/** Modes alternate round by round, so a neighbour's load on a shared machine hits both alike. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const MAX_REQUESTS = 1_000_000;
const URL_PATH = '/api/public/clusters';

interface RunResult {
  requests: number;
  statuses: Record<string, number>;
  p50: number;
  p99: number;
  seconds: number;
}

/** The load generator, run in a worker: CONNECTIONS loops, each one request at a time on a keep-alive socket. */
const CLIENT = `
const http = require('http');
const { parentPort, workerData: w } = require('worker_threads');
const agent = new http.Agent({ keepAlive: true, maxSockets: w.connections });
const latencies = [];
const statuses = {};
let requests = 0;
const end = Date.now() + w.seconds * 1000;
const started = process.hrtime.bigint();
function once() {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const req = http.get({ host: '127.0.0.1', port: w.port, path: w.path, agent, headers: w.headers }, (res) => {
      res.resume();
      res.on('end', () => {
        statuses[res.statusCode] = (statuses[res.statusCode] || 0) + 1;
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        resolve();
      });
    });
    req.on('error', reject);
  });
}
async function loop() {
  while (Date.now() < end && requests < w.maxRequests) {
    requests++;
    await once();
  }
}
Promise.all(Array.from({ length: w.connections }, loop)).then(() => {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  agent.destroy();
  parentPort.postMessage({ requests: latencies.length, statuses, p50: at(0.5), p99: at(0.99), seconds });
});
`;

function run(port: number, headers: Record<string, string>, seconds: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CLIENT, { eval: true, workerData: { port, path: URL_PATH, headers, seconds, connections: CONNECTIONS, maxRequests: MAX_REQUESTS } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

async function main(): Promise<void> {
  const dbFile = path.join(os.tmpdir(), `gz-clusters-bench-${process.pid}.db`);
  // A throw-away database with throw-away secrets: nothing here is used outside this process.
  Object.assign(process.env, {
    NODE_ENV: 'development',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: dbFile,
    APP_KEYS: 'benchKeyA,benchKeyB',
    API_TOKEN_SALT: 'bench',
    ADMIN_JWT_SECRET: 'bench',
    TRANSFER_TOKEN_SALT: 'bench',
    JWT_SECRET: 'bench',
    ENCRYPTION_KEY: 'bench',
    STRAPI_TELEMETRY_DISABLED: 'true',
    DEMO_BANNER: 'false',
    SCHEDULER_ENABLED: 'false',
    // The request logger would otherwise measure the terminal.
    LOG_LEVEL: 'error',
  });
  const appDir = path.resolve(__dirname, '..', '..');
  const app = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  app.log.level = 'error';
  try {
    await app.server.mount();
    await new Promise<void>((resolve) => app.server.httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = app.server.httpServer.address() as AddressInfo;
    const first = await fetch(`http://127.0.0.1:${port}${URL_PATH}`);
    const etag = first.headers.get('etag') ?? '';
    console.log(`GET ${URL_PATH}: ${first.status}, ${(await first.text()).length} bytes, ETag ${etag}; ${CONNECTIONS} connections, ${SECONDS} s per run, ${os.cpus().length} cores`);
    await run(port, {}, 1); // warm-up
    const modes = [['without If-None-Match', {}], ['with If-None-Match', { 'If-None-Match': etag }]] as const;
    for (const [label, headers] of Array.from({ length: ROUNDS }, () => modes).flat()) {
      const result = await run(port, headers, SECONDS);
      const rate = Math.round(result.requests / result.seconds);
      console.log(`${label.padEnd(24)} ${String(rate).padStart(6)} req/s  p50 ${result.p50.toFixed(2)} ms  p99 ${result.p99.toFixed(2)} ms  statuses ${JSON.stringify(result.statuses)}`);
    }
  } finally {
    await app.destroy();
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${dbFile}${suffix}`, { force: true });
  }
}

// Strapi leaves timers behind after destroy(); the figures are printed, so leave.
main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
