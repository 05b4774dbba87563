/**
 * npm run bench — how fast the product is, against what Strapi alone would give, on one dataset
 * in one run. Not a test: figures are printed and written to bench/results.json, never asserted.
 *
 *   npm run bench                      SQLite (the generated dataset is cached in bench/.cache)
 *   BENCH_PG=1 npm run bench           PostgreSQL on 127.0.0.1:5432 (the dataset cached as a template database there)
 *   BENCH_SIZE=100k npm run bench      100,000 applications and 20,000 clusters (default 10k: 10,000 and 2,000)
 *   BENCH_SECONDS=10 BENCH_CONNECTIONS=20 BENCH_ROUNDS=2 BENCH_APPLICATIONS=10000 BENCH_CLUSTERS=2000
 *   BENCH_LABEL=before                 also keeps bench/results-before.json
 *   BENCH_ONLY=batch,jobs              only these parts (rules, lists, batch, jobs; default all): the list
 *                                      loads take minutes, a profile of the batch runs needs none of them
 *   BENCH_PROFILE=1                    a CPU profile of each list load, batch run and sweep in bench/profiles/ (open in Chrome DevTools)
 */
import crypto from 'crypto';
import fs from 'fs';
import inspector from 'inspector/promises';
import os from 'os';
import path from 'path';
import { spawnSync } from 'child_process';
import type { Core } from '@strapi/strapi';
import { runJob } from '../../src/jobs/runner';
import { createThrowawayDatabase, pgAdmin, type ThrowawayDatabase } from '../throwaway-database';
import { BENCH_PASSWORD, bootBenchApp, usesPostgres, type BenchApp } from './app';
import { datasetInputs, generateDataset, SIZES } from './dataset';
import { load, type LoadResult } from './load';
import { oneSectionSave, openingP50, statementsOf } from './form';
import { applicationResource } from '../../src/api/application/resource';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
/** Modes alternate round by round, so a neighbour's load on a shared machine hits both alike. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const APP_DIR = path.join(ROOT, 'cms');
const ONLY = process.env.BENCH_ONLY?.split(',').map((part) => part.trim());
const measures = (part: 'rules' | 'lists' | 'batch' | 'jobs') => !ONLY || ONLY.includes(part);
const OUT_DIR = path.join(ROOT, 'bench');

type Row = [section: string, measure: string, figure: string, goal: string];
const table: Row[] = [];
const results: Record<string, unknown> = {};

function rulesThroughput(): Record<string, number> {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'rules', 'dist', 'bench.js')], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`rules benchmark failed: ${run.stderr}`);
  const figure = (pattern: RegExp) => Number((run.stdout.match(pattern)?.[1] ?? 'NaN').replace(/,/g, ''));
  return {
    perWallSecond: figure(/median ([\d,]+) evaluations\/s/),
    perCpuSecond: figure(/median ([\d,]+) evaluations per CPU-second, /),
    cacheWarmPerCpuSecond: figure(/cache-warm .*: median ([\d,]+) evaluations per CPU-second/),
  };
}

/** Where a generated dataset is kept between runs, keyed by its sizes and the hash of its inputs. */
interface DatasetCache {
  /** A fresh database holding the cached dataset, or undefined when there is none. */
  restore(name: string): Promise<ThrowawayDatabase | undefined>;
  /** Keeps the generated dataset (in place of older ones of the same size); returns the app to go on with. */
  save(app: BenchApp, database: ThrowawayDatabase): Promise<BenchApp>;
}

/** SQLite: a file in bench/.cache, copied for each run. */
function sqliteCache(sized: string, key: string): DatasetCache {
  const cached = path.join(OUT_DIR, '.cache', `${key}.db`);
  return {
    async restore(name) {
      if (!fs.existsSync(cached)) return undefined;
      const database = await createThrowawayDatabase('sqlite', name);
      fs.copyFileSync(cached, database.env.DATABASE_FILENAME);
      return database;
    },
    async save(app) {
      fs.mkdirSync(path.dirname(cached), { recursive: true });
      for (const stale of fs.readdirSync(path.dirname(cached)).filter((file) => file.startsWith(sized))) fs.rmSync(path.join(path.dirname(cached), stale));
      await app.strapi.db.connection.raw('VACUUM INTO ?', [cached]);
      return app;
    },
  };
}

const AFTER_LOAD = 'VACUUM ANALYZE';

/**
 * PostgreSQL: a database on the server that each run's database is created from (CREATE DATABASE …
 * TEMPLATE). A template may have no connection while it is copied, so the app is stopped to save it.
 */
function postgresCache(sized: string, key: string): DatasetCache {
  const prefix = `gz_clusters_bench_${sized.replace(/\W/g, '_')}`;
  // What is run on the template after the load is part of its name: a template prepared otherwise is made anew.
  const template = `${prefix}${crypto.createHash('sha1').update(key).update(AFTER_LOAD).digest('hex').slice(0, 12)}`;
  return {
    async restore(name) {
      const { rows } = await pgAdmin(`SELECT 1 FROM pg_database WHERE datname = '${template}'`);
      return rows.length ? createThrowawayDatabase('postgres', name, template) : undefined;
    },
    async save(app, database) {
      // What autovacuum does on a server that has been running: statistics (a database loaded in bulk
      // has none yet, and its copies would never get any — their counters start at zero — so every
      // plan would be a guess: a seq scan of 10,000 applications to count a region's), and the
      // visibility map, without which an index-only scan still reads every row it finds.
      await app.strapi.db.connection.raw(AFTER_LOAD);
      await app.destroy();
      const { rows } = await pgAdmin(`SELECT datname FROM pg_database WHERE datname LIKE '${prefix}%'`);
      for (const { datname } of rows) await pgAdmin(`DROP DATABASE IF EXISTS ${String(datname)}`);
      await pgAdmin(`CREATE DATABASE ${template} TEMPLATE ${new URL(database.env.DATABASE_URL).pathname.slice(1)}`);
      return bootBenchApp(database);
    },
  };
}

/** The dataset on a fresh database: a copy of the cached one when its inputs are unchanged, else generated and cached. */
async function prepare(): Promise<{ app: BenchApp; cleanup(): Promise<void>; generatedIn?: { seconds: number; cpuSeconds: number } }> {
  const hash = crypto.createHash('sha1');
  for (const file of datasetInputs(APP_DIR)) hash.update(path.relative(ROOT, file)).update(fs.readFileSync(file));
  const sized = `dataset-${SIZES.applications}-${SIZES.clusters}-`;
  const key = `${sized}${hash.digest('hex').slice(0, 12)}`;
  const cache = usesPostgres() ? postgresCache(sized, key) : sqliteCache(sized, key);
  const name = `gz_clusters_bench_${process.pid}`;
  const restored = await cache.restore(name);
  const database = restored ?? (await createThrowawayDatabase(usesPostgres() ? 'postgres' : 'sqlite', name));
  let app = await bootBenchApp(database);
  const cleanup = async () => {
    await app.destroy();
    await database.drop();
  };
  if (restored) return { app, cleanup };
  const started = Date.now();
  const cpu = process.cpuUsage();
  await generateDataset(app.strapi);
  const used = process.cpuUsage(cpu);
  // CPU seconds too: on a shared machine the wall clock says more about the neighbours.
  const generatedIn = { seconds: (Date.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
  app = await cache.save(app, database);
  return { app, cleanup, generatedIn };
}

async function login(origin: string, email: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/local`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ identifier: email, password: BENCH_PASSWORD }) });
  if (!response.ok) throw new Error(`login ${email}: ${response.status}`);
  return ((await response.json()) as { jwt: string }).jwt;
}

/** SQL statements one request costs, counted on the knex instance. */
async function queriesOf(strapi: Core.Strapi, url: string, headers: Record<string, string>): Promise<number> {
  return statementsOf(strapi, async () => {
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  });
}

interface Mode {
  name: string;
  url: string;
  headers: Record<string, string>;
  /** Environment of the app under test for this mode (it runs in this process). */
  env?: Record<string, string>;
}

async function compare(modes: Mode[]): Promise<Record<string, LoadResult[]>> {
  const runs: Record<string, LoadResult[]> = Object.fromEntries(modes.map((mode) => [mode.name, []]));
  const run = async (mode: Mode, seconds: number) => {
    const saved = Object.fromEntries(Object.keys(mode.env ?? {}).map((key) => [key, process.env[key]]));
    Object.assign(process.env, mode.env);
    try {
      return await load({ url: mode.url, headers: mode.headers, connections: CONNECTIONS, seconds });
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  };
  for (const mode of modes) await run(mode, 1); // warm-up
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const mode of modes) runs[mode.name].push(await profiled(`list ${mode.name}`, () => run(mode, SECONDS)));
  }
  return runs;
}

const mean = (runs: LoadResult[], key: 'requestsPerSecond' | 'p50' | 'p99') => runs.reduce((sum, run) => sum + run[key], 0) / runs.length;
const describe = (runs: LoadResult[]) => `${Math.round(mean(runs, 'requestsPerSecond'))} req/s, p50 ${mean(runs, 'p50').toFixed(0)} ms, p99 ${mean(runs, 'p99').toFixed(0)} ms`;
const badResponses = (runs: LoadResult[]) => runs.reduce((sum, run) => sum + run.errors + run.statuses['4xx'] + run.statuses['5xx'], 0);

/** CPU seconds of this process (the app under test runs in it): on a shared machine they say more than the wall clock. */
function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** Runs `work`, under the V8 profiler when BENCH_PROFILE is set (the app runs in this process, so its frames are there). */
async function profiled<T>(label: string, work: () => Promise<T>): Promise<T> {
  if (!process.env.BENCH_PROFILE) return work();
  const session = new inspector.Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    const file = path.join(OUT_DIR, 'profiles', `${label.replace(/\W+/g, '-')}.cpuprofile`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(profile));
  }
}

/**
 * The province's batch runs over every application (issue 25 §6–7), each read to its summary line
 * as the console reads it: the seconds it takes and the most heap the process held meanwhile.
 */
async function batchRuns(origin: string, jwt: string): Promise<void> {
  const figures: Record<string, unknown> = {};
  const timed = async (label: string, url: string, init: RequestInit) => {
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 50);
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const text = await profiled(label, async () => {
      const response = await fetch(url, { ...init, headers: { Authorization: `Bearer ${jwt}`, Accept: 'application/x-ndjson', 'Content-Type': 'application/json' } });
      return response.text();
    });
    const lines = text.trim().split('\n').map((line) => JSON.parse(line) as { type: string; total?: number; done?: number; data?: string });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpuSeconds = cpuSecondsSince(cpu);
    clearInterval(sampler);
    const summary = lines[lines.length - 1];
    if (summary.type !== 'summary') throw new Error(`${label}: ${JSON.stringify(summary)}`);
    const bytes = lines.reduce((sum, line) => sum + (line.type === 'chunk' ? Buffer.from(line.data!, 'base64').length : 0), 0);
    const heapMb = (heapPeak - heapBefore) / 2 ** 20;
    figures[label] = { seconds, cpuSeconds, total: summary.total, done: summary.done, bytes, heapPeakAboveStartMb: heapMb };
    const per10k = summary.total ? (seconds * 10_000) / summary.total : 0;
    table.push(['batch', `${label}: ${summary.done} of ${summary.total} applications`, `${seconds.toFixed(2)} s, ${cpuSeconds.toFixed(2)} s CPU (${per10k.toFixed(1)} s per 10,000; heap +${heapMb.toFixed(0)} MB)`, '≤ 10 s per 10,000']);
  };
  await timed('evaluate every application again', `${origin}/api/applications/evaluations`, { method: 'POST', body: JSON.stringify({ filter: {} }) });
  await timed('export every application (.xlsx)', `${origin}/api/applications/export.xlsx`, { method: 'GET' });
  results.batch = figures;
}

/** The list pages and one whole form: SQL statements per request, then throughput under load against Strapi REST. */
async function lists(strapi: Core.Strapi, origin: string): Promise<void> {
  const city = (await strapi.db.query('plugin::users-permissions.user').findOne({ where: { email: { $startsWith: 'city-' } }, populate: { region: true }, orderBy: { email: 'asc' } })) as { email: string; region: { code: string } };
  const prefecture = city.region.code;
  const auth = { Authorization: `Bearer ${await login(origin, city.email)}` };
  // Strapi's own REST is closed to every role in this product; open it to the city in this throw-away database only.
  const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'city_reviewer' } })) as { id: number };
  // Filtering and populating relations also needs `find` on their targets.
  for (const action of ['api::application.application.find', 'api::region.region.find', 'api::call-notice.call-notice.find']) {
    await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
  }

  const consoleUrl = (page: number, size: number) =>
    `${origin}/api/console/applications?${new URLSearchParams({ filter: JSON.stringify({ prefectureCode: prefecture }), sort: JSON.stringify(['createdAt', 'DESC']), range: JSON.stringify([(page - 1) * size, page * size - 1]) })}`;
  const restUrl = (page: number, size: number) =>
    `${origin}/api/applications?filters[prefecture][code][$eq]=${prefecture}&sort=createdAt:desc&pagination[page]=${page}&pagination[pageSize]=${size}` +
    '&populate[prefecture][fields][0]=code&populate[county][fields][0]=code&populate[callNotice][fields][0]=year';
  // The same query asked for the console's columns only: Strapi's default answer carries every column,
  // the stored report and the form's copy (private, yet read and parsed before it is left out) included.
  const restColumnsUrl = (page: number, size: number) =>
    `${restUrl(page, size)}&${(applicationResource.fields ?? []).map((field, index) => `fields[${index}]=${field}`).join('&')}`;
  const inPrefecture = await strapi.db.query('api::application.application').count({ where: { prefecture: { code: prefecture } } });
  console.log(`list: ${city.email} (prefecture ${prefecture}, ${inPrefecture} of ${await strapi.db.query('api::application.application').count({})} applications), page 3 of 25, newest first`);

  const queries: Record<string, number> = {};
  await fetch(consoleUrl(1, 1), { headers: auth }); // the region reference data is read once per minute, not per request
  for (const size of [10, 25, 100]) {
    process.env.CONSOLE_LIST_CACHE = 'false';
    queries[`console page of ${size}`] = await queriesOf(strapi, consoleUrl(3, size), auth);
    delete process.env.CONSOLE_LIST_CACHE;
    queries[`rest page of ${size}`] = await queriesOf(strapi, restUrl(3, size), auth);
  }
  await fetch(consoleUrl(3, 25), { headers: auth });
  queries['console page from the list cache'] = await queriesOf(strapi, consoleUrl(3, 25), auth);
  const one = (await (await fetch(consoleUrl(1, 1), { headers: auth })).json()) as Array<{ id: string }>;
  queries['console one application (whole form)'] = await queriesOf(strapi, `${origin}/api/console/applications/${one[0].id}`, auth);
  results.queries = queries;
  table.push(['queries', 'SQL per list page, console (size 10 / 25 / 100)', [10, 25, 100].map((s) => queries[`console page of ${s}`]).join(' / '), 'constant']);
  table.push(['queries', '… answered from the list cache', String(queries['console page from the list cache']), '—']);
  table.push(['queries', 'SQL per list page, Strapi REST (size 10 / 25 / 100)', [10, 25, 100].map((s) => queries[`rest page of ${s}`]).join(' / '), '—']);
  table.push(['queries', 'SQL for one application with its whole form', String(queries['console one application (whole form)']), '≤ 20']);
  // One application's whole form: opening it, and saving it with one section changed.
  const formP50 = await openingP50(`${origin}/api/console/applications/${one[0].id}`, auth);
  const saveStatements = await oneSectionSave(strapi, origin, (email) => login(origin, email));
  results.form = { openingP50: formP50, saveStatements };
  table.push(['form', 'GET one application (whole form), p50 of sequential requests', `${formP50.toFixed(1)} ms`, '≤ 20 ms']);
  table.push(['form', 'SQL for a whole-form save with one section changed', saveStatements === null ? '— (no county draft)' : String(saveStatements), '≤ 100']);
  const sizes = { console: (await (await fetch(consoleUrl(3, 25), { headers: auth })).arrayBuffer()).byteLength, rest: (await (await fetch(restUrl(3, 25), { headers: auth })).arrayBuffer()).byteLength,
    restColumns: (await (await fetch(restColumnsUrl(3, 25), { headers: auth })).arrayBuffer()).byteLength,
  };
  results.responseBytes = sizes;

  // A browser that holds the page asks with its ETag and gets a 304 while nothing was written.
  const consoleEtag = (await fetch(consoleUrl(3, 25), { headers: auth })).headers.get('etag') ?? '';
  const lists = await compare([
    { name: 'console', url: consoleUrl(3, 25), headers: auth },
    { name: 'consoleNotModified', url: consoleUrl(3, 25), headers: { ...auth, 'If-None-Match': consoleEtag } },
    { name: 'consoleUncached', url: consoleUrl(3, 25), headers: auth, env: { CONSOLE_LIST_CACHE: 'false' } },
    { name: 'rest', url: restUrl(3, 25), headers: auth },
    { name: 'restColumns', url: restColumnsUrl(3, 25), headers: auth },
  ]);
  results.list = lists;
  const ratio = (runs: LoadResult[], rest = lists.rest) => (mean(runs, 'requestsPerSecond') / mean(rest, 'requestsPerSecond')).toFixed(2);
  table.push(['list', `console /api/console/applications (${sizes.console} B)`, describe(lists.console), '≥ 1,000 req/s, p99 ≤ 50 ms']);
  table.push(['list', '… revalidated with If-None-Match (304)', describe(lists.consoleNotModified), '≥ 1,000 req/s, p99 ≤ 50 ms']);
  table.push(['list', '… every page read from the database (CONSOLE_LIST_CACHE=false)', describe(lists.consoleUncached), 'p99 ≤ 50 ms']);
  table.push(['list', `Strapi REST /api/applications (${sizes.rest} B)`, describe(lists.rest), '—']);
  table.push(['list', `… asked for the console's columns only (${sizes.restColumns} B)`, describe(lists.restColumns), '—']);
  table.push(['list', 'console ÷ REST req/s (cached, 304, uncached)', `${ratio(lists.console)}, ${ratio(lists.consoleNotModified)}, ${ratio(lists.consoleUncached)}`, 'uncached ≥ 5']);
  table.push(['list', "… ÷ REST asked for the console's columns", `${ratio(lists.console, lists.restColumns)}, ${ratio(lists.consoleNotModified, lists.restColumns)}, ${ratio(lists.consoleUncached, lists.restColumns)}`, '—']);

  const publicUrl = `${origin}/api/public/clusters`;
  const etag = (await fetch(publicUrl)).headers.get('etag') ?? '';
  const publicRuns = await compare([
    { name: 'plain', url: publicUrl, headers: {} },
    { name: 'ifNoneMatch', url: publicUrl, headers: { 'If-None-Match': etag } },
  ]);
  results.public = publicRuns;
  table.push(['public', 'GET /api/public/clusters', describe(publicRuns.plain), '≥ 1,000 req/s']);
  table.push(['public', '… with If-None-Match (304)', describe(publicRuns.ifNoneMatch), '≥ 1,000 req/s']);
  const failures = badResponses([...lists.console, ...lists.consoleNotModified, ...lists.consoleUncached, ...lists.rest, ...lists.restColumns, ...publicRuns.plain]);
  if (failures) table.push(['errors', 'non-2xx/3xx answers or socket errors under load', String(failures), '0']);
}

/** Last: the sweep changes the data. No cluster has a 2026 annual report, so 11 March 2027 proposes revoking each. */
async function annualReportSweep(): Promise<void> {
  const sweep: Record<string, unknown> = {};
  for (const [label, dryRun] of [['dry run', true], ['real run', false], ['second run', false]] as const) {
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const { run, changes } = await profiled(`sweep ${label}`, () => runJob('annual_report_sweep', { now: new Date('2027-03-11T01:30:00+08:00'), dryRun }));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpuSeconds = cpuSecondsSince(cpu);
    sweep[label] = { seconds, cpuSeconds, examined: run.examined, changes: changes.length, outcome: run.outcome };
    table.push(['jobs', `annual-report sweep, ${label}: ${changes.length} of ${run.examined} clusters`, `${seconds.toFixed(2)} s, ${cpuSeconds.toFixed(2)} s CPU`, label === 'real run' ? '≤ 5 s' : '—']);
  }
  results.jobs = sweep;
}

async function main(): Promise<void> {
  console.log(`bench: ${os.cpus().length} cores (${os.cpus()[0]?.model}), Node ${process.version}${process.env.NODE_OPTIONS ? ` (${process.env.NODE_OPTIONS})` : ''}, ${usesPostgres() ? 'PostgreSQL' : 'SQLite'}, ${CONNECTIONS} connections, ${SECONDS} s × ${ROUNDS} rounds`);
  Object.assign(results, { at: new Date().toISOString(), cores: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, database: usesPostgres() ? 'postgres' : 'sqlite', connections: CONNECTIONS, seconds: SECONDS, rounds: ROUNDS, sizes: SIZES });

  if (measures('rules')) {
    const rules = rulesThroughput();
    results.rules = rules;
    table.push(['rules', 'evaluations per CPU-second (wall)', `${rules.perCpuSecond} (${rules.perWallSecond})`, '≥ 50,000']);
    table.push(['rules', '… cache-warm (64 applications over and over)', `${rules.cacheWarmPerCpuSecond}`, '—']);
  }

  const { app, cleanup, generatedIn } = await prepare();
  try {
    const generated = generatedIn ? `${generatedIn.seconds.toFixed(0)} s (${generatedIn.cpuSeconds.toFixed(0)} s CPU in this process)` : 'from the cache';
    console.log(`dataset: ${generated}`);
    results.datasetGeneratedIn = generatedIn ?? null;
    table.push(['dataset', `${SIZES.applications} applications, ${SIZES.clusters} clusters, written in bulk`, generated, '—']);
    const { strapi, origin } = app;
    if (measures('lists')) await lists(strapi, origin);
    if (measures('batch')) await batchRuns(origin, await login(origin, 'province@demo.local'));
    if (measures('jobs')) await annualReportSweep();
  } finally {
    await cleanup();
  }

  const width = [0, 1, 2, 3].map((column) => Math.max(...table.map((row) => row[column].length)));
  console.log('');
  for (const row of table) console.log(row.map((cell, column) => cell.padEnd(width[column])).join('  '));
  results.table = table;
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const json = JSON.stringify(results, null, 2);
  fs.writeFileSync(path.join(OUT_DIR, 'results.json'), json);
  if (process.env.BENCH_LABEL) fs.writeFileSync(path.join(OUT_DIR, `results-${process.env.BENCH_LABEL}.json`), json);
  console.log(`\nwritten: ${path.relative(process.cwd(), path.join(OUT_DIR, 'results.json'))}`);
}

// Strapi leaves timers behind after destroy(); the figures are written, so leave.
main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
