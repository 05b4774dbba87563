import fc from 'fast-check';
import type { AddressInfo } from 'net';
import { bootApp, type TestApp } from './helpers/strapi';

/**
 * Property-based fuzzing of every write endpoint and the list query strings, on one Strapi boot:
 * no answer is ever a 5xx, and a 4xx changes nothing (row counts of every table, and the touched
 * record, compared before and after). FUZZ_RUNS scales the number of generated requests.
 */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
/** Runs per write endpoint; the ones that load a whole application form are slower, so they get fewer. */
const HEAVY: Record<string, number> = {
  'applications create': 250,
  'applications form PUT': 300,
  'applications city PUT': 250,
  'application transitions': 200,
  'application transitions (province)': 150,
  'application evaluate': 100,
};
const writeRuns = (name: string) => Math.round((HEAVY[name] ?? 600) * SCALE);
const LIST_RUNS = Math.round(400 * SCALE);
/** Hostile filters per list: reads answer in a few milliseconds, so they carry most of the 20,000 requests. */
const HOSTILE_RUNS = Math.round(1_250 * SCALE);

let app: TestApp;
let base: string;
const jwt: Record<string, string> = {};
const ids: Record<string, string> = {};
let countSql: string;
let tables: string[];
const stats = { requests: 0, status5xx: 0, byStatus: {} as Record<number, number>, snapshotMs: 0, requestMs: 0 };
const failures: string[] = [];
let baseline: { key: string; value: string } | undefined;

beforeAll(async () => {
  app = await bootApp();
  const server = app.strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const [key, email] of Object.entries({
    province: 'province@demo.local',
    county: 'county-520382@demo.local',
    city: 'city-520300@demo.local',
    expert: 'expert1@demo.local',
  })) {
    jwt[key] = await app.login(email);
  }
  const first = async (who: string, resource: string) => ((await app.as(jwt[who]).get(`/api/console/${resource}`).expect(200)).body[0]?.id as string) ?? 'none';
  ids.application = await first('county', 'applications');
  ids.cluster = await first('province', 'clusters');
  ids.countyCluster = await first('county', 'clusters');
  ids.notice = await first('province', 'call-notices');
  ids.filing = await first('city', 'change-filings');
  ids.report = await first('city', 'annual-reports');
  ids.review = await first('expert', 'expert-reviews');
  // Every table of the model (content types, components, join tables), counted in one statement.
  const names = new Set<string>();
  for (const [, meta] of app.strapi.db.metadata as unknown as Map<
    string,
    { tableName: string; attributes: Record<string, { joinTable?: { name: string } }> }
  >) {
    names.add(meta.tableName);
    for (const attribute of Object.values(meta.attributes)) if (attribute.joinTable?.name) names.add(attribute.joinTable.name);
  }
  tables = [...names].sort();
  countSql = `select ${tables.map((t, i) => `(select count(*) from "${t}") as c${i}`).join(', ')}`;
}, 120_000);

afterAll(async () => {
  console.log(
    `fuzz: ${stats.requests} requests, ${stats.status5xx} answered 5xx; by status ${JSON.stringify(stats.byStatus)}; ${tables.length} tables; request ${Math.round(stats.requestMs)} ms, snapshots ${Math.round(stats.snapshotMs)} ms`,
  );
  await app?.stop();
});

async function snapshot(record?: { uid: string; documentId: string }): Promise<string> {
  const started = performance.now();
  try {
    return await takeSnapshot(record);
  } finally {
    stats.snapshotMs += performance.now() - started;
  }
}

async function takeSnapshot(record?: { uid: string; documentId: string }): Promise<string> {
  const raw = (await app.strapi.db.connection.raw(countSql)) as unknown;
  const counts = Array.isArray(raw) ? raw[0] : (raw as { rows: unknown[] }).rows[0];
  let row: unknown = null;
  if (record) row = await app.strapi.db.query(record.uid as never).findOne({ where: { documentId: record.documentId } });
  return JSON.stringify([counts, row]);
}

interface Target {
  name: string;
  who: string;
  method: 'POST' | 'PUT' | 'GET';
  path: (id: string) => string;
  record?: () => { uid: string; documentId: string };
  body?: fc.Arbitrary<unknown>;
  query?: fc.Arbitrary<string>;
}

async function send(target: Target, id: string, body: unknown, query = ''): Promise<void> {
  const record = target.method === 'GET' ? undefined : target.record?.();
  const key = `${target.who}:${record?.uid}:${record?.documentId}`;
  // The state after one request is the state before the next (one client, scheduler off).
  if (target.method !== 'GET' && baseline?.key !== key) baseline = { key, value: await snapshot(record) };
  const before = baseline?.value;
  const url = `${base}/api${target.path(id)}${query}`;
  const started = performance.now();
  const response = await fetch(url, {
    method: target.method,
    headers: { Authorization: `Bearer ${jwt[target.who]}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  await response.arrayBuffer();
  stats.requestMs += performance.now() - started;
  stats.requests += 1;
  stats.byStatus[response.status] = (stats.byStatus[response.status] ?? 0) + 1;
  if (response.status >= 500) {
    stats.status5xx += 1;
    failures.push(`${target.method} ${url} ${JSON.stringify(body)?.slice(0, 400)} → ${response.status}`);
  }
  if (target.method !== 'GET') {
    const after = await snapshot(record);
    if (response.status >= 400 && response.status < 500 && after !== before)
      failures.push(`${target.method} ${url} ${JSON.stringify(body)?.slice(0, 400)} → ${response.status} but the database changed`);
    baseline = { key, value: after };
  }
}

// ------------------------------------------------------------------ generators

const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('', '无', '2026-02-30', '520382', '-1', '1e309', '__proto__', 'constructor', "'; drop table x;--", '$eq', '9'.repeat(40)),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('node'), { maxKeys: 4 }),
  ),
})).node;
/** Objects with the endpoint's own keys (and a few strangers), so fuzzing reaches past "unknown field". */
const shaped = (keys: string[]) =>
  fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.constantFrom('__proto__', 'id', 'documentId', 'createdBy', 'status')), value, {
    maxKeys: keys.length + 2,
  });
/** A body nested far deeper than the server's limit, written as text (JSON.stringify would overflow on the value). */
const deepBody = fc.tuple(fc.integer({ min: 60, max: 20_000 }), fc.constantFrom('{"a":', '[', '{"form":{"basic":')).map(([depth, open]) => {
  const close = open === '[' ? ']' : '}'.repeat(open.split('{').length - 1);
  return `${open.repeat(depth)}1${close.repeat(depth)}`;
});
const body = (keys: string[]) => fc.oneof(shaped(keys), value, fc.constantFrom('{', '[]', 'null', '"x"', '{"a":'.repeat(50)), deepBody);
const pathId = (valid: () => string) =>
  fc
    .oneof({ weight: 4, arbitrary: fc.constant('__valid__') }, fc.string({ maxLength: 10 }), fc.constantFrom('0', '-1', '..', '%00', 'a'.repeat(300)))
    .map((s) => (s === '__valid__' ? valid() : encodeURIComponent(s)));

const FORM_SECTIONS = ['cover', 'basic', 'leadingIndustry', 'innovation', 'green', 'openness', 'sharingWork', 'recommendation', 'declaration'];
const formBody = fc.oneof(
  shaped(['form', 'version']),
  fc.record({ form: shaped(FORM_SECTIONS), version: fc.oneof(fc.nat(5), value) }),
  fc.record({ form: fc.record({ cover: shaped(['region', 'declarantSeal', 'submittedOn', 'contact']) }), version: fc.nat(5) }),
);

const uid = (name: string) => `api::${name}.${name}`;
const WRITES: Target[] = [
  {
    name: 'clusters create',
    who: 'province',
    method: 'POST',
    path: () => '/console/clusters',
    body: body([
      'name',
      'leadingIndustry',
      'industryType',
      'areaKm2',
      'prefectureCode',
      'countyCode',
      'declarantName',
      'operatorName',
      'status',
      'recognizedAt',
      'validUntil',
      'version',
    ]),
  },
  {
    name: 'clusters update',
    who: 'province',
    method: 'PUT',
    path: (id) => `/console/clusters/${id}`,
    record: () => ({ uid: uid('cluster'), documentId: ids.cluster }),
    body: body(['name', 'leadingIndustry', 'areaKm2', 'status', 'version', 'prefectureCode', 'countyCode']),
  },
  {
    name: 'applications create',
    who: 'county',
    method: 'POST',
    path: () => '/console/applications',
    body: fc.oneof(
      body(['callNoticeId', 'prefectureCode', 'countyCode', 'form', 'version']),
      formBody.map((b) => ({ ...(b as object), callNoticeId: ids.notice })),
    ),
  },
  {
    name: 'applications form PUT',
    who: 'county',
    method: 'PUT',
    path: (id) => `/console/applications/${id}`,
    record: () => ({ uid: uid('application'), documentId: ids.application }),
    body: formBody,
  },
  {
    name: 'applications city PUT',
    who: 'city',
    method: 'PUT',
    path: (id) => `/console/applications/${id}`,
    record: () => ({ uid: uid('application'), documentId: ids.application }),
    body: formBody,
  },
  {
    name: 'call-notices create',
    who: 'province',
    method: 'POST',
    path: () => '/console/call-notices',
    body: body(['year', 'title', 'opensOn', 'closesOn', 'status', 'quota', 'body', 'criteria']),
  },
  {
    name: 'call-notices update',
    who: 'province',
    method: 'PUT',
    path: (id) => `/console/call-notices/${id}`,
    record: () => ({ uid: uid('call-notice'), documentId: ids.notice }),
    body: body(['year', 'title', 'opensOn', 'closesOn', 'status', 'version']),
  },
  {
    name: 'change-filings create',
    who: 'county',
    method: 'POST',
    path: () => '/console/change-filings',
    body: body(['clusterId', 'kind', 'changedOn', 'filedOn', 'description', 'before', 'after']),
  },
  {
    name: 'change-filings update',
    who: 'city',
    method: 'PUT',
    path: (id) => `/console/change-filings/${id}`,
    record: () => ({ uid: uid('change-filing'), documentId: ids.filing }),
    body: body(['status', 'comment', 'version']),
  },
  { name: 'annual-reports create', who: 'city', method: 'POST', path: () => '/console/annual-reports', body: body(['clusterId', 'year', 'metrics', 'status']) },
  {
    name: 'annual-reports update',
    who: 'city',
    method: 'PUT',
    path: (id) => `/console/annual-reports/${id}`,
    record: () => ({ uid: uid('annual-report'), documentId: ids.report }),
    body: body(['year', 'metrics', 'status', 'version']),
  },
  { name: 'expert-reviews create', who: 'province', method: 'POST', path: () => '/console/expert-reviews', body: body(['applicationId', 'expertId']) },
  {
    name: 'expert-reviews update',
    who: 'expert',
    method: 'PUT',
    path: (id) => `/console/expert-reviews/${id}`,
    record: () => ({ uid: uid('expert-review'), documentId: ids.review }),
    body: body(['scores', 'conflictOfInterest', 'comment', 'submitted', 'version']),
  },
  {
    name: 'application transitions',
    who: 'county',
    method: 'POST',
    path: (id) => `/applications/${id}/transitions`,
    record: () => ({ uid: uid('application'), documentId: ids.application }),
    body: body(['action', 'comment', 'version', 'expectedStatus']),
  },
  {
    name: 'application transitions (province)',
    who: 'province',
    method: 'POST',
    path: (id) => `/applications/${id}/transitions`,
    record: () => ({ uid: uid('application'), documentId: ids.application }),
    body: body(['action', 'comment', 'version']),
  },
  {
    name: 'application evaluate',
    who: 'city',
    method: 'POST',
    path: (id) => `/applications/${id}/evaluate`,
    record: () => ({ uid: uid('application'), documentId: ids.application }),
    body: body(['version']),
  },
  {
    name: 'cluster actions',
    who: 'province',
    method: 'POST',
    path: (id) => `/clusters/${id}/actions`,
    record: () => ({ uid: uid('cluster'), documentId: ids.cluster }),
    body: body(['action', 'ground', 'comment', 'version', 'validUntil']),
  },
  {
    name: 'cluster actions (county)',
    who: 'county',
    method: 'POST',
    path: (id) => `/clusters/${id}/actions`,
    record: () => ({ uid: uid('cluster'), documentId: ids.countyCluster }),
    body: body(['action', 'ground', 'comment', 'version']),
  },
];

const validFor: Record<string, () => string> = {
  'clusters update': () => ids.cluster,
  'applications form PUT': () => ids.application,
  'applications city PUT': () => ids.application,
  'call-notices update': () => ids.notice,
  'change-filings update': () => ids.filing,
  'annual-reports update': () => ids.report,
  'expert-reviews update': () => ids.review,
  'application transitions': () => ids.application,
  'application transitions (province)': () => ids.application,
  'application evaluate': () => ids.application,
  'cluster actions': () => ids.cluster,
  'cluster actions (county)': () => ids.countyCluster,
};

const LISTS: Array<{ resource: string; who: string; fields: string[] }> = [
  { resource: 'applications', who: 'city', fields: ['status', 'verdict', 'callYear', 'countyCode', 'clusterName', 'updatedAt', 'q', 'id'] },
  { resource: 'clusters', who: 'province', fields: ['status', 'name', 'prefectureCode', 'areaKm2', 'q', 'id'] },
  { resource: 'call-notices', who: 'county', fields: ['year', 'status', 'opensOn', 'q', 'id'] },
  { resource: 'change-filings', who: 'city', fields: ['kind', 'late', 'status', 'filedOn', 'q', 'id'] },
  { resource: 'annual-reports', who: 'county', fields: ['year', 'status', 'clusterId', 'q', 'id'] },
  { resource: 'expert-reviews', who: 'expert', fields: ['submitted', 'applicationId', 'updatedAt', 'q', 'id'] },
  { resource: 'audit-events', who: 'province', fields: ['subjectType', 'action', 'at', 'q', 'id'] },
];

const PROTOTYPE_NAMES = [
  'constructor',
  'toString',
  'hasOwnProperty',
  '__proto__',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  '__defineGetter__',
  'toLocaleString',
];
const OPERATORS = ['$eq', '$ne', '$in', '$notIn', '$or', '$and', '$not', '$null', '$notNull', '$containsi', '$startsWith', '$lt', '$gt', '$between'];
/** Filters an attacker writes: inherited names and operators as keys, operator objects as values, deep nesting. */
const hostileFilter = (fields: string[]) => {
  const key = fc.oneof(fc.constantFrom(...fields), fc.constantFrom(...PROTOTYPE_NAMES), fc.constantFrom(...OPERATORS));
  const operatorObject = fc.dictionary(fc.constantFrom(...OPERATORS), fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), value), { minKeys: 1, maxKeys: 2 });
  const filterValue = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), operatorObject, fc.array(operatorObject, { maxLength: 2 }), value);
  const deep = fc.integer({ min: 10, max: 5_000 }).map((depth) => `{"countyCode":${'{"$ne":'.repeat(depth)}"x"${'}'.repeat(depth)}}`);
  const filter = fc.oneof({ weight: 4, arbitrary: fc.dictionary(key, filterValue, { minKeys: 1, maxKeys: 3 }).map((f) => JSON.stringify(f)) }, deep);
  return fc
    .record({
      filter,
      sort: fc.option(
        fc.tuple(fc.oneof(fc.constantFrom(...fields), fc.constantFrom(...PROTOTYPE_NAMES)), fc.constantFrom('ASC', 'DESC')).map((t) => JSON.stringify(t)),
        { nil: undefined },
      ),
    })
    .map(
      (q) =>
        `?${Object.entries(q)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
          .join('&')}`,
    );
};

const listQuery = (fields: string[]) => {
  const field = fc.oneof(fc.constantFrom(...fields), fc.string({ maxLength: 8 }));
  const sort = fc.oneof(
    fc.tuple(field, fc.constantFrom('ASC', 'DESC', 'asc', 'x')).map((t) => JSON.stringify(t)),
    fc.string({ maxLength: 12 }),
    value.map((v) => JSON.stringify(v)),
  );
  const range = fc.oneof(
    fc.tuple(fc.integer({ min: -5, max: 2e9 }), fc.integer({ min: -5, max: 2e9 })).map((t) => JSON.stringify(t)),
    fc.tuple(fc.nat(30), fc.nat(30)).map((t) => JSON.stringify(t)),
    fc.string({ maxLength: 12 }),
    value.map((v) => JSON.stringify(v)),
  );
  const filter = fc.oneof(
    fc.dictionary(field, value, { maxKeys: 3 }).map((f) => JSON.stringify(f)),
    fc.string({ maxLength: 12 }),
    value.map((v) => JSON.stringify(v)),
  );
  return fc
    .record({ sort, range, filter }, { requiredKeys: [] })
    .chain((q) => fc.constant(q))
    .map((q) => {
      const parts = Object.entries(q).map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`);
      return parts.length ? `?${parts.join('&')}` : '';
    });
};

describe('fuzzed requests: never a 5xx, and a refused write changes nothing', () => {
  it.each(WRITES.map((t) => [t.name, t] as const))(
    '%s',
    async (_name, target) => {
      const ids = pathIdFor(target);
      await fc.assert(
        fc.asyncProperty(ids, target.body!, async (id, generated) => {
          await send(target, id, generated);
        }),
        { numRuns: writeRuns(target.name), seed: Number(process.env.FUZZ_SEED ?? 20261127) },
      );
      expect(failures).toEqual([]);
    },
    300_000,
  );

  it.each(LISTS.map((l) => [l.resource, l] as const))(
    'list %s: sort/range/filter',
    async (_name, list) => {
      const target: Target = { name: list.resource, who: list.who, method: 'GET', path: () => `/console/${list.resource}` };
      await fc.assert(
        fc.asyncProperty(listQuery(list.fields), async (query) => {
          await send(target, '', undefined, query);
        }),
        { numRuns: LIST_RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261127) },
      );
      expect(failures).toEqual([]);
    },
    120_000,
  );

  const HOSTILE: Array<{ name: string; who: string; fields: string[]; path: string; runs: number }> = [
    ...LISTS.map((l) => ({ name: l.resource, who: l.who, fields: l.fields, path: `/console/${l.resource}`, runs: HOSTILE_RUNS })),
    // The export reads every matching application's whole form: fewer runs.
    {
      name: 'applications export',
      who: 'province',
      fields: ['status', 'countyCode', 'callYear', 'q', 'id'],
      path: '/applications/export.xlsx',
      runs: Math.round(HOSTILE_RUNS / 10),
    },
  ];
  it.each(HOSTILE.map((l) => [l.name, l] as const))(
    'list %s: unknown and inherited filter keys, operator objects, deep nesting',
    async (name, list) => {
      const target: Target = { name, who: list.who, method: 'GET', path: () => list.path };
      const runs = list.runs;
      await fc.assert(
        fc.asyncProperty(hostileFilter(list.fields), async (query) => {
          await send(target, '', undefined, query);
        }),
        { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 20261127) },
      );
      expect(failures).toEqual([]);
    },
    300_000,
  );

  it('sent at least 20,000 requests in all', () => {
    expect(stats.status5xx).toBe(0);
    if (SCALE >= 1) expect(stats.requests).toBeGreaterThanOrEqual(20_000);
  });
});

function pathIdFor(target: Target): fc.Arbitrary<string> {
  const valid = validFor[target.name];
  return valid ? pathId(valid) : fc.constant('');
}
