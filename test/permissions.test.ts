import { ACTIONS, RESOURCES, ROLES as ROLE_TYPES } from '@sme-cluster/rules';
import { PLUGIN_GRANTS, apiRoutes, permittedActions, type GrantedRoute } from '../cms/src/bootstrap/route-permissions';
import { roleMatrix } from '../cms/src/lib/config';
import { bootApp, type TestApp } from './helpers/strapi';

/**
 * The role-permission matrix through HTTP: every role and anonymous × every resource ×
 * read/list/create/update/delete/transition × own/other region, on the console endpoints, the
 * workflow endpoints, Strapi's own REST routes (with populate) and the users endpoints.
 * Bodies are empty or invalid on purpose: an allowed write answers 400 (validation) and a
 * refused one 403/404, so the table writes nothing. Expected codes are written out, not
 * derived from config/role-matrix.json, so a change to the matrix shows up here.
 */
jest.setTimeout(60_000);

type Who = 'anonymous' | 'province' | 'city' | 'county' | 'expert' | 'expert2';
const EMAILS: Record<Exclude<Who, 'anonymous'>, string> = {
  province: 'province@demo.local',
  city: 'city-520100@demo.local', // 贵阳市: own region
  county: 'county-520115@demo.local', // 观山湖区 (贵阳市): own region
  expert: 'expert1@demo.local', // assigned to the own application
  expert2: 'expert2@demo.local', // assigned to none of this test's applications
};
/** "deny" = refused without revealing anything: 403, or 404/405 where no route exists. */
type Expected = number | 'deny';

let app: TestApp;
const jwt: Partial<Record<Who, string>> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await bootApp();
  for (const [who, email] of Object.entries(EMAILS)) jwt[who as Who] = await app.login(email);
  const db = app.strapi.db;
  const applicationIn = async (county: string) =>
    // The recognized application of a demo cluster is history; these rows act on the current call's.
    (await db.query('api::application.application').findOne({ where: { county: { code: county }, status: { $ne: 'recognized' } } })).documentId as string;
  const clusterIn = async (county: string) => (await db.query('api::cluster.cluster').findOne({ where: { county: { code: county } } })).documentId as string;
  ids.appOwn = await applicationIn('520115'); // province_review
  ids.appOther = await applicationIn('520602'); // 铜仁: recommended
  ids.clusterOwn = await clusterIn('520115');
  ids.clusterOther = await clusterIn('520382'); // 遵义 仁怀
  ids.notice = (await db.query('api::call-notice.call-notice').findOne({})).documentId;
  const expert = await db.query('plugin::users-permissions.user').findOne({ where: { email: EMAILS.expert } });
  ids.review = (
    await app.strapi
      .documents('api::expert-review.expert-review')
      .create({ data: { application: ids.appOwn, expert: expert.id, conflictOfInterest: 'undeclared', submitted: false } as never })
  ).documentId;
  const filing = (cluster: string) =>
    app.strapi.documents('api::change-filing.change-filing').create({
      data: { cluster, kind: 'other', before: 'a', after: 'b', changedOn: '2025-01-02', filedOn: '2025-01-10', late: false, status: 'filed' } as never,
    });
  ids.filingOwn = (await filing(ids.clusterOwn)).documentId;
  ids.filingOther = (await filing(ids.clusterOther)).documentId;
  const region = async (code: string) => (await db.query('api::region.region').findOne({ where: { code } })).documentId as string;
  const candidate = async (prefectureCode: string, countyCode: string) =>
    (
      await app.strapi.documents('api::pool-candidate.pool-candidate').create({
        data: {
          name: '候选集群',
          leadingIndustry: '候选产业',
          figuresYear: 2025,
          status: 'awaiting_city',
          proposedOn: '2026-01-05',
          prefecture: await region(prefectureCode),
          county: await region(countyCode),
        } as never,
      })
    ).documentId;
  const cityReportOf = async (prefectureCode: string) =>
    (await db.query('api::city-report.city-report').findOne({ where: { prefecture: { code: prefectureCode } } })).documentId as string;
  ids.cityReportOwn = await cityReportOf('520100'); // the demo's, submitted
  ids.cityReportOther = await cityReportOf('520400');
  ids.poolOwn = await candidate('520100', '520115');
  ids.poolOther = await candidate('520400', '520402'); // 安顺 西秀
  const event = (prefectureCode: string, countyCode: string) =>
    app.strapi.documents('api::audit-event.audit-event').create({
      data: { at: new Date().toISOString(), actorRole: 'system', action: 'seed', subjectType: 'test', subjectId: 'x', prefectureCode, countyCode } as never,
    });
  ids.eventOwn = (await event('520100', '520115')).documentId;
  ids.eventOther = (await event('520300', '520382')).documentId;
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

const ROLES: Who[] = ['anonymous', 'province', 'city', 'county', 'expert'];
interface Case {
  label: string;
  method: 'get' | 'post' | 'put' | 'delete';
  url: string;
  body?: unknown;
  expect: Partial<Record<Who, Expected>>;
}

/** One row per (resource, action, own/other): expected codes in ROLES order (anonymous, province, city, county, expert). */
function row(label: string, method: Case['method'], url: string, codes: Expected[], body?: unknown): Case {
  return { label, method, url, body, expect: Object.fromEntries(ROLES.map((who, i) => [who, codes[i]])) };
}

const CASES: Case[] = [
  // applications (console + workflow)
  row('applications list', 'get', '/api/console/applications', [403, 200, 200, 200, 200]),
  // The expert's sheet on appOwn is undeclared: the form stays closed to it until it declares no conflict.
  row('applications read own', 'get', '/api/console/applications/:appOwn', [403, 200, 200, 200, 404]),
  row('applications read other', 'get', '/api/console/applications/:appOther', [403, 200, 404, 404, 404]),
  row('applications create', 'post', '/api/console/applications', [403, 403, 403, 400, 403], {}),
  row('applications update other', 'put', '/api/console/applications/:appOther', [403, 403, 404, 404, 403], {}),
  // The province's delete archives (tested in integrity.test.ts); here it would hide appOther from the rows below.
  row('applications delete other', 'delete', '/api/console/applications/:appOther', [403, 'skip' as never, 403, 404, 403]),
  row('applications transition other', 'post', '/api/applications/:appOther/transitions', [403, 400, 404, 404, 403], {}),
  row('applications transition own (submit from province_review)', 'post', '/api/applications/:appOwn/transitions', [403, 403, 403, 409, 403], {
    action: 'submit',
  }),
  row('applications evaluate other', 'post', '/api/applications/:appOther/evaluate', [403, 200, 404, 404, 403]),
  row('applications evaluate the filtered list (bad filter)', 'post', '/api/applications/evaluations', [403, 400, 400, 400, 403], { filter: { secret: 1 } }),
  row('applications report own', 'get', '/api/applications/:appOwn/report', [403, 200, 200, 200, 404]),
  row('applications report other', 'get', '/api/applications/:appOther/report', [403, 200, 404, 404, 404]),
  row('applications ranking', 'get', '/api/applications/ranking?callYear=2026', [403, 200, 403, 403, 403]),
  // clusters
  row('clusters list', 'get', '/api/console/clusters', [403, 200, 200, 200, 403]),
  row('clusters read own', 'get', '/api/console/clusters/:clusterOwn', [403, 200, 200, 200, 403]),
  row('clusters read other', 'get', '/api/console/clusters/:clusterOther', [403, 200, 404, 404, 403]),
  row('clusters targets own', 'get', '/api/clusters/:clusterOwn/targets', [403, 200, 200, 200, 403]),
  row('clusters targets other', 'get', '/api/clusters/:clusterOther/targets', [403, 200, 404, 404, 403]),
  row('clusters behind their plan', 'get', '/api/clusters/targets-behind', [403, 200, 200, 200, 403]),
  row('clusters behind their plan, Excel', 'get', '/api/clusters/targets-behind.xlsx', [403, 200, 200, 200, 403]),
  // The province's progress toward its target reads the whole province: scope `all` only.
  row('clusters progress', 'get', '/api/clusters/progress', [403, 200, 403, 403, 403]),
  row('clusters create', 'post', '/api/console/clusters', [403, 400, 403, 403, 403], {}),
  row('clusters update other', 'put', '/api/console/clusters/:clusterOther', [403, 400, 403, 403, 403], {}),
  row('clusters delete other (province: unknown id)', 'delete', '/api/console/clusters/:clusterOther', [403, 'skip' as never, 403, 403, 403]),
  row('clusters transition other', 'post', '/api/clusters/:clusterOther/actions', [403, 400, 404, 404, 403], { action: 'revoke' }),
  row('clusters transition own (approve without a pending re-review)', 'post', '/api/clusters/:clusterOwn/actions', [403, 409, 403, 403, 403], {
    action: 'approveRenewal',
  }),
  // call notices (not regional)
  row('call-notices list', 'get', '/api/console/call-notices', [403, 200, 200, 200, 200]),
  row('call-notices read', 'get', '/api/console/call-notices/:notice', [403, 200, 200, 200, 200]),
  row('call-notices create', 'post', '/api/console/call-notices', [403, 400, 403, 403, 403], {}),
  row('call-notices update', 'put', '/api/console/call-notices/:notice', [403, 400, 403, 403, 403], {}),
  row('call-notices delete', 'delete', '/api/console/call-notices/:notice', [403, 'skip' as never, 403, 403, 403]),
  // regions
  row('regions list', 'get', '/api/console/regions', [403, 200, 200, 200, 200]),
  // expert reviews
  row('expert-reviews list', 'get', '/api/console/expert-reviews', [403, 200, 403, 403, 200]),
  row('expert-reviews read assigned', 'get', '/api/console/expert-reviews/:review', [403, 200, 403, 403, 200]),
  row('expert-reviews create', 'post', '/api/console/expert-reviews', [403, 400, 403, 403, 403], {}),
  row('expert-reviews update assigned', 'put', '/api/console/expert-reviews/:review', [403, 403, 403, 403, 200], {}),
  row('expert-reviews delete', 'delete', '/api/console/expert-reviews/:review', [403, 'skip' as never, 403, 403, 403]),
  // The province's assignment: whom it may offer, one step for a call, reopening a sheet (an undeclared sheet: 409).
  row('expert-reviews choices', 'get', '/api/expert-reviews/choices?applicationId=:appOwn', [403, 200, 403, 403, 403]),
  row('expert-reviews assign in one step (bad body)', 'post', '/api/expert-reviews/assignments', [403, 400, 403, 403, 403], {}),
  row('expert-reviews reopen (not submitted)', 'post', '/api/expert-reviews/:review/actions', [403, 409, 403, 403, 403], {
    action: 'reopen',
    comment: '复核',
  }),
  // change filings
  row('change-filings list', 'get', '/api/console/change-filings', [403, 200, 200, 200, 403]),
  row('change-filings read own', 'get', '/api/console/change-filings/:filingOwn', [403, 200, 200, 200, 403]),
  row('change-filings read other', 'get', '/api/console/change-filings/:filingOther', [403, 200, 404, 404, 403]),
  row('change-filings create', 'post', '/api/console/change-filings', [403, 403, 403, 400, 403], {}),
  row('change-filings update other', 'put', '/api/console/change-filings/:filingOther', [403, 400, 404, 403, 403], {}),
  row('change-filings delete other', 'delete', '/api/console/change-filings/:filingOther', [403, 403, 403, 403, 403]),
  // the cultivation pool (Art. 7)
  row('pool-candidates list', 'get', '/api/console/pool-candidates', [403, 200, 200, 200, 403]),
  row('pool-candidates read own', 'get', '/api/console/pool-candidates/:poolOwn', [403, 200, 200, 200, 403]),
  row('pool-candidates read other', 'get', '/api/console/pool-candidates/:poolOther', [403, 200, 404, 404, 403]),
  row('pool-candidates create', 'post', '/api/console/pool-candidates', [403, 403, 403, 400, 403], {}),
  row('pool-candidates update own', 'put', '/api/console/pool-candidates/:poolOwn', [403, 403, 403, 400, 403], {}),
  row('pool-candidates update other', 'put', '/api/console/pool-candidates/:poolOther', [403, 403, 403, 404, 403], {}),
  row('pool-candidates delete own', 'delete', '/api/console/pool-candidates/:poolOwn', [403, 403, 403, 403, 403]),
  row('pool-candidates transition other', 'post', '/api/pool-candidates/:poolOther/actions', [403, 403, 404, 404, 403], { action: 'endorseCandidate' }),
  row('pool-candidates transition own (admit before the city)', 'post', '/api/pool-candidates/:poolOwn/actions', [403, 409, 403, 403, 403], {
    action: 'admitCandidate',
  }),
  // the city's yearly report (Art. 19): the city writes its own, the province reads every city's, a county and an expert none
  row('city-reports list', 'get', '/api/console/city-reports', [403, 200, 200, 403, 403]),
  row('city-reports read own', 'get', '/api/console/city-reports/:cityReportOwn', [403, 200, 200, 403, 403]),
  row('city-reports read other', 'get', '/api/console/city-reports/:cityReportOther', [403, 200, 404, 403, 403]),
  row('city-reports create', 'post', '/api/console/city-reports', [403, 403, 400, 403, 403], {}),
  row('city-reports update own (submitted)', 'put', '/api/console/city-reports/:cityReportOwn', [403, 403, 409, 403, 403], {}),
  row('city-reports update other', 'put', '/api/console/city-reports/:cityReportOther', [403, 403, 404, 403, 403], {}),
  row('city-reports delete own', 'delete', '/api/console/city-reports/:cityReportOwn', [403, 403, 403, 403, 403]),
  row('city-reports transition other', 'post', '/api/city-reports/:cityReportOther/actions', [403, 403, 404, 403, 403], { action: 'submitCityReport' }),
  row('city-reports transition own (submit a submitted one)', 'post', '/api/city-reports/:cityReportOwn/actions', [403, 403, 409, 403, 403], {
    action: 'submitCityReport',
  }),
  row('city-reports workbook of a year', 'get', '/api/city-reports/workbook.xlsx?year=2025', [403, 200, 403, 403, 403]),
  // audit events: read-only for everyone
  row('audit-events list', 'get', '/api/console/audit-events', [403, 200, 200, 200, 403]),
  row('audit-events read own', 'get', '/api/console/audit-events/:eventOwn', [403, 200, 200, 200, 403]),
  row('audit-events read other', 'get', '/api/console/audit-events/:eventOther', [403, 200, 404, 404, 403]),
  row('audit-events create', 'post', '/api/console/audit-events', ['deny', 'deny', 'deny', 'deny', 'deny'], { action: 'forged' }),
  row('audit-events update', 'put', '/api/console/audit-events/:eventOwn', ['deny', 'deny', 'deny', 'deny', 'deny'], { comment: 'x' }),
  row('audit-events delete', 'delete', '/api/console/audit-events/:eventOwn', ['deny', 'deny', 'deny', 'deny', 'deny']),
  // users: only the province manages accounts, and not through this API
  row('users list', 'get', '/api/users', [403, 403, 403, 403, 403]),
  row('users me with populate', 'get', '/api/users/me?populate=*', [403, 403, 403, 403, 403]),
  row('users read one', 'get', '/api/users/1?populate=*', [403, 403, 403, 403, 403]),
  row('users bulk update', 'put', '/api/users/1', [403, 403, 403, 403, 403], { blocked: true }),
  // Strapi's own REST routes, with populated relations: granted to nobody, so nothing leaks around the scope filter.
  ...[
    'applications',
    'clusters',
    'call-notices',
    'expert-reviews',
    'change-filings',
    'pool-candidates',
    'city-reports',
    'audit-events',
    'annual-reports',
    'regions',
    'revocation-grounds',
  ].flatMap((plural) => [row(`REST ${plural} list with populate`, 'get', `/api/${plural}?populate=*`, [403, 403, 403, 403, 403])]),
  row('REST cluster → applications populate', 'get', '/api/clusters/:clusterOther?populate[applications][populate]=*', [403, 403, 403, 403, 403]),
  row('REST application → county populate', 'get', '/api/applications/:appOther?populate[county]=true&populate[expertReviews]=true', [403, 403, 403, 403, 403]),
  row('REST applications update', 'put', '/api/applications/:appOther', [403, 403, 403, 403, 403], { data: { status: 'recognized' } }),
  row('REST applications delete', 'delete', '/api/applications/:appOther', [403, 403, 403, 403, 403]),
  row('REST audit-events update', 'put', '/api/audit-events/:eventOwn', ['deny', 'deny', 'deny', 'deny', 'deny'], { data: { comment: 'x' } }),
  row('REST audit-events delete', 'delete', '/api/audit-events/:eventOwn', ['deny', 'deny', 'deny', 'deny', 'deny']),
];

const table = CASES.flatMap((c) =>
  (Object.entries(c.expect) as Array<[Who, Expected | 'skip']>)
    .filter(([, expected]) => expected !== 'skip')
    .map(([who, expected]) => [c.label, who, c.method.toUpperCase(), c.url, expected, c] as const),
);

// An expert sees only what is assigned to it: a second expert is outside that scope.
const expert2Cases = [
  row('expert2 application of expert1', 'get', '/api/console/applications/:appOwn', []),
  row('expert2 sheet of expert1', 'get', '/api/console/expert-reviews/:review', []),
  row('expert2 updates sheet of expert1', 'put', '/api/console/expert-reviews/:review', [], { submit: true }),
];

it(`covers at least 100 cases (${table.length + expert2Cases.length})`, () => {
  expect(table.length + expert2Cases.length).toBeGreaterThanOrEqual(100);
});

const send = (who: Who, c: Case) => {
  const url = c.url.replace(/:([a-zA-Z]+)/g, (match, key: string) => ids[key] ?? match);
  const request = who === 'anonymous' ? app.http[c.method](url) : app.as(jwt[who]!)[c.method](url);
  return c.body === undefined ? request : request.send(c.body as object);
};

it.each(table)('%s: %s %s %s → %s', async (_label, who, _method, _url, expected, c) => {
  const response = await send(who, c);
  if (expected === 'deny') expect([403, 404, 405]).toContain(response.status);
  else expect({ status: response.status, body: response.status === expected ? undefined : response.body }).toEqual({ status: expected, body: undefined });
});

it.each(expert2Cases.map((c) => [c.label, c] as const))('%s → 404', async (_label, c) => {
  expect((await send('expert2', c)).status).toBe(404);
});

it('lists only in-scope rows: the city sees its prefecture, the county its county, the expert its assignment', async () => {
  const codes = async (who: Who, resource: string, field: string) =>
    new Set(
      ((await app.as(jwt[who]!).get(`/api/console/${resource}`).query({ range: '[0,499]' }).expect(200)).body as Array<Record<string, string>>).map(
        (r) => r[field],
      ),
    );
  expect(await codes('city', 'applications', 'prefectureCode')).toEqual(new Set(['520100']));
  expect(await codes('county', 'applications', 'countyCode')).toEqual(new Set(['520115']));
  expect(await codes('city', 'clusters', 'prefectureCode')).toEqual(new Set(['520100']));
  expect(await codes('county', 'change-filings', 'countyCode')).toEqual(new Set(['520115']));
  expect(await codes('county', 'pool-candidates', 'countyCode')).toEqual(new Set(['520115']));
  expect(await codes('city', 'pool-candidates', 'prefectureCode')).toEqual(new Set(['520100']));
  expect(await codes('city', 'audit-events', 'prefectureCode')).toEqual(new Set(['520100']));
  // The expert's assignments it has declared no conflict on: the demo's in 公示, not yet this test's own (undeclared).
  const declared = (await app.strapi.db.query('api::expert-review.expert-review').findMany({
    where: { expert: { email: EMAILS.expert }, conflictOfInterest: 'none' },
    populate: { application: true },
  })) as Array<{ application: { documentId: string } }>;
  const declaredIds = new Set(declared.map((sheet) => sheet.application.documentId));
  expect(declaredIds.size).toBeGreaterThan(0);
  expect(declaredIds.has(ids.appOwn)).toBe(false);
  expect(await codes('expert', 'applications', 'id')).toEqual(declaredIds);
  // A filter naming another region cannot widen the scope.
  const widened = await app
    .as(jwt.city!)
    .get('/api/console/applications')
    .query({ filter: JSON.stringify({ prefectureCode: '520600' }) })
    .expect(200);
  expect(widened.body).toEqual([]);
});

describe('one permission table: every route is one cell of the role matrix', () => {
  /** Strapi's core routers (`/api/<collection>`) declare no grant: no role may hold them. */
  const isCoreRoute = (handler: string) => /^api::([a-z-]+)\.\1\.(find|findOne|create|update|delete)$/.test(handler);
  const label = (route: GrantedRoute) => `${route.method} ${route.path} → ${route.handler}`;
  let routes: GrantedRoute[];
  beforeAll(() => {
    routes = apiRoutes(app.strapi);
  });

  it('each route declares a cell of the matrix, is open to anyone (the public site) or is a core route', () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(routes.filter((route) => !route.grant && !route.open && !isCoreRoute(route.handler)).map(label)).toEqual([]);
    expect(
      routes
        .filter((route) => route.open)
        .map((route) => route.handler)
        .every((handler) => handler.startsWith('api::public.public.')),
    ).toBe(true);
    for (const route of routes) {
      if (!route.grant || route.grant === 'signedIn') continue;
      expect([label(route), RESOURCES.includes(route.grant.resource), ACTIONS.includes(route.grant.action)]).toEqual([label(route), true, true]);
    }
  });

  it('each role holds exactly the routes of its matrix cells, and no core route', async () => {
    const matrix = roleMatrix();
    for (const type of ROLE_TYPES) {
      const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } });
      const held = ((await app.strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: role.id } })) as Array<{ action: string }>)
        .map((permission) => permission.action)
        .filter((action) => /^(api::|plugin::upload\.)/.test(action))
        .sort();
      expect({ type, held }).toEqual({ type, held: permittedActions(matrix, type, routes) });
      expect(held.filter(isCoreRoute)).toEqual([]);
    }
  });

  it('every cell the matrix grants is served by at least one route', () => {
    const served = new Set(
      [...routes, ...PLUGIN_GRANTS].flatMap((route) => (route.grant && route.grant !== 'signedIn' ? [`${route.grant.resource}.${route.grant.action}`] : [])),
    );
    const cells = Object.values(roleMatrix().grants).flatMap((byResource) =>
      Object.entries(byResource ?? {}).flatMap(([resource, actions]) => Object.keys(actions ?? {}).map((action) => `${resource}.${action}`)),
    );
    expect([...new Set(cells)].filter((cell) => !served.has(cell))).toEqual([]);
  });
});
