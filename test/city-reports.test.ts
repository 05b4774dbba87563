import ExcelJS from 'exceljs';
import { cityReportDeadline, lastCityReportYearDue, todayInShanghai } from '@sme-cluster/rules';
import { jobFixtures } from './helpers/jobs';
import { bootApp, type TestApp } from './helpers/strapi';

// A city's yearly report (Art. 19) over HTTP: the city creates its report of an ended year, once; the
// figures of its recognized clusters come from their annual reports and are kept as submitted; the
// submission is audited; the province reads every city's, returns one with its reason, downloads the
// year's workbook and sees the cities overdue on its dashboard.

const today = todayInShanghai();
const thisYear = Number(today.slice(0, 4));
const lastYear = thisYear - 1;
const lifecycle = { annualReportDue: '03-10', annualReportGraceDays: 0 };
const pastDue = today > cityReportDeadline(lastYear, lifecycle);
const ZUNYI_CLUSTER = '中小企业特色产业集群（仁怀市酱香白酒产业）';

let app: TestApp;
let zunyi: string; // 遵义市: the demo's city without last year's report
let guiyang: string;
let county: string;
let province: string;
let expert: string;

const create = (jwt: string, body: Record<string, unknown>) => app.as(jwt).post('/api/console/city-reports').send(body);
const act = (jwt: string, id: string, body: Record<string, unknown>) => app.as(jwt).post(`/api/city-reports/${id}/actions`).send(body);
const count = () => app.strapi.db.query('api::city-report.city-report').count({});
type Figures = Array<{ clusterName: string; annualReportSubmitted: boolean; totalOutput: number | null; smeCount: number | null }>;

beforeAll(async () => {
  app = await bootApp();
  zunyi = await app.login('city-520300@demo.local');
  guiyang = await app.login('city-520100@demo.local');
  county = await app.login('county-520382@demo.local');
  province = await app.login('province@demo.local');
  expert = await app.login('expert1@demo.local');
});

afterAll(async () => {
  await app?.stop();
});

describe('the demo', () => {
  it('has last year’s report of every city but one, submitted on time with its clusters’ figures', async () => {
    const rows = (
      await app
        .as(province)
        .get('/api/console/city-reports')
        .query({ filter: JSON.stringify({ year: lastYear }), range: '[0,49]' })
        .expect(200)
    ).body as Array<{ prefectureCode: string; status: string; late: boolean; figures: Figures }>;
    expect(rows).toHaveLength(8);
    expect(rows.map((row) => row.prefectureCode)).not.toContain('520300');
    expect(rows.every((row) => row.status === 'submitted' && !row.late)).toBe(true);
    const guiyangReport = rows.find((row) => row.prefectureCode === '520100')!;
    expect(guiyangReport.figures).toEqual([
      expect.objectContaining({ clusterName: '中小企业特色产业集群（观山湖区大数据电子信息产业）', annualReportSubmitted: true }),
    ]);
  });
});

describe('writing the report', () => {
  it('refuses bad input with a message per field in both languages, and writes nothing', async () => {
    const before = await count();
    const refused = await create(zunyi, { year: thisYear, narrative: '情'.repeat(6001) }).expect(400);
    const errors: Array<{ path: string; message: { zh: string; en: string } }> = refused.body.error.details.errors;
    expect(errors.map((error) => error.path).sort()).toEqual(['narrative', 'year']);
    for (const error of errors) expect(error.message).toEqual({ zh: expect.any(String), en: expect.any(String) });
    expect(await count()).toBe(before);
  });

  it('is the city’s: the province, a county and an expert cannot write one; a county and an expert cannot read any', async () => {
    await create(province, { year: lastYear }).expect(403);
    await create(county, { year: lastYear }).expect(403);
    await create(expert, { year: lastYear }).expect(403);
    await app.as(county).get('/api/console/city-reports').expect(403);
    await app.as(expert).get('/api/console/city-reports').expect(403);
  });
});

describe('a city’s report through its lifecycle', () => {
  let id: string;
  let version: number;

  it('the city creates its report of last year: its recognized clusters’ figures come from their annual reports', async () => {
    const created = await create(zunyi, { year: lastYear }).expect(201);
    id = created.body.id;
    version = created.body.version;
    expect(created.body).toMatchObject({ prefectureCode: '520300', year: lastYear, status: 'draft', dueOn: `${thisYear}-03-10`, overdue: pastDue });
    const figures = created.body.figures as Figures;
    expect(figures).toEqual([expect.objectContaining({ clusterName: ZUNYI_CLUSTER, annualReportSubmitted: true })]);
    expect(figures[0].totalOutput).toBeGreaterThan(0);
    expect(figures[0].smeCount).toBeGreaterThan(0);
  });

  it('one report per city and year: a second one is a 409 in Chinese, and nothing is written', async () => {
    const before = await count();
    const refused = await create(zunyi, { year: lastYear, narrative: '重复' }).expect(409);
    expect(refused.body.error.message).toContain('年度报告已存在');
    expect(await count()).toBe(before);
  });

  it('two simultaneous first reports of the same year: one is created, the other is a 409', async () => {
    // On PostgreSQL both pass the application's check at once and only the unique index tells them apart.
    const before = await count();
    const statuses = (await Promise.all([create(zunyi, { year: lastYear - 1 }), create(zunyi, { year: lastYear - 1 })])).map((res) => res.status);
    expect(statuses.sort()).toEqual([201, 409]);
    expect(await count()).toBe(before + 1);
  });

  it('no other city reads or touches it', async () => {
    await app.as(guiyang).get(`/api/console/city-reports/${id}`).expect(404);
    await app.as(guiyang).put(`/api/console/city-reports/${id}`).send({ narrative: '他市' }).expect(404);
    await act(guiyang, id, { action: 'submitCityReport' }).expect(404);
    await app.as(county).get(`/api/console/city-reports/${id}`).expect(403);
    const listed = (await app.as(guiyang).get('/api/console/city-reports').expect(200)).body as Array<{ id: string; prefectureCode: string }>;
    expect(new Set(listed.map((row) => row.prefectureCode))).toEqual(new Set(['520100']));
  });

  it('is not submitted without its narrative', async () => {
    const refused = await act(zunyi, id, { action: 'submitCityReport', version }).expect(400);
    expect(refused.body.error.details.errors).toEqual([
      { path: 'narrative', message: { zh: expect.stringContaining('集群培育工作情况'), en: expect.any(String) } },
    ]);
    expect((await app.as(zunyi).get(`/api/console/city-reports/${id}`).expect(200)).body).toMatchObject({ status: 'draft', version });
  });

  it('the city writes its narrative; a save from a stale screen is a 409', async () => {
    const saved = await app
      .as(zunyi)
      .put(`/api/console/city-reports/${id}`)
      .send({ narrative: '遵义市建立集群培育台账，推动白酒产业集群提质。', version })
      .expect(200);
    await app.as(zunyi).put(`/api/console/city-reports/${id}`).send({ narrative: '旧页面', version }).expect(409);
    await act(zunyi, id, { action: 'submitCityReport', version }).expect(409);
    version = saved.body.version;
    expect(saved.body.narrative).toBe('遵义市建立集群培育台账，推动白酒产业集群提质。');
  });

  it('the city submits: audited in the same step, marked late past the due day, the figures kept as they stood', async () => {
    await act(province, id, { action: 'submitCityReport', version }).expect(403);
    const submitted = await act(zunyi, id, { action: 'submitCityReport', version }).expect(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', submittedAt: expect.any(String), late: pastDue, overdue: false, allowedActions: [] });
    await act(zunyi, id, { action: 'submitCityReport' }).expect(409);
    await app.as(zunyi).put(`/api/console/city-reports/${id}`).send({ narrative: '改', version: submitted.body.version }).expect(409);
    const events = (await app.strapi.db.query('api::audit-event.audit-event').findMany({
      where: { subjectType: 'city-report', subjectId: id, action: 'submitCityReport' },
    })) as Array<{ fromState: string; toState: string; prefectureCode: string }>;
    expect(events).toEqual([expect.objectContaining({ fromState: 'draft', toState: 'submitted', prefectureCode: '520300' })]);

    // A cluster recognized afterwards does not change what was submitted.
    await jobFixtures(app.strapi).cluster({ status: 'recognized', recognizedAt: `${lastYear - 1}-05-01`, validUntil: `${thisYear + 1}-05-01` });
    expect((await app.as(province).get(`/api/console/city-reports/${id}`).expect(200)).body.figures).toEqual(submitted.body.figures);
  });

  it('the province returns it with its reason: a draft again, the city told; the city cannot return', async () => {
    const current = (await app.as(province).get(`/api/console/city-reports/${id}`).expect(200)).body;
    expect(current.allowedActions).toEqual(['returnCityReport']);
    await act(zunyi, id, { action: 'returnCityReport', comment: '自己退回' }).expect(403);
    await act(province, id, { action: 'returnCityReport' }).expect(400);
    const returned = await act(province, id, { action: 'returnCityReport', comment: '请补充培育库集群的服务情况。', version: current.version }).expect(200);
    expect(returned.body).toMatchObject({ status: 'draft', returnReason: '请补充培育库集群的服务情况。', overdue: pastDue });
    const notices = await app.strapi.db.query('api::notification.notification').findMany({
      where: { kind: 'city_report_returned', recipient: { email: 'city-520300@demo.local' } },
    });
    expect(notices).toHaveLength(1);
    // A save of the returned draft reads the figures anew: the cluster recognized since is there now.
    const resaved = await app
      .as(zunyi)
      .put(`/api/console/city-reports/${id}`)
      .send({ narrative: '补充后的说明。', version: returned.body.version })
      .expect(200);
    expect((resaved.body.figures as Figures).length).toBe(2);
  });

  it('the province’s dashboard counts the cities overdue for the latest year due', async () => {
    const progress = (await app.as(province).get('/api/clusters/progress').expect(200)).body;
    expect(progress.cityReports.year).toBe(lastCityReportYearDue(today, lifecycle));
    if (progress.cityReports.year === lastYear) expect(progress.cityReports.overdue).toEqual([{ code: '520300', name: '遵义市' }]);
  });
});

describe('the year’s workbook', () => {
  it('is the province’s only, for a year', async () => {
    await app.as(zunyi).get(`/api/city-reports/workbook.xlsx?year=${lastYear}`).expect(403);
    await app.as(county).get(`/api/city-reports/workbook.xlsx?year=${lastYear}`).expect(403);
    const refused = await app.as(province).get('/api/city-reports/workbook.xlsx?year=二〇二五').expect(400);
    expect(refused.body.error.details.errors[0]).toMatchObject({ path: 'year', message: { zh: expect.any(String), en: expect.any(String) } });
  });

  it('holds every city’s narrative and every reported cluster’s figures', async () => {
    const response = await app
      .as(province)
      .get(`/api/city-reports/workbook.xlsx?year=${lastYear}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['集群培育工作情况', '认定集群发展情况']);
    const narratives = workbook.getWorksheet('集群培育工作情况')!;
    const cities = new Map<string, unknown[]>();
    narratives.eachRow((row, number) => number > 2 && cities.set(String(row.getCell(1).value), (row.values as unknown[]).slice(2)));
    expect(cities.size).toBe(9);
    expect(cities.get('遵义市')).toEqual([`草稿${pastDue ? '（逾期）' : ''}`, '', '补充后的说明。']);
    expect(cities.get('贵阳市')![0]).toBe('已提交');
    expect(cities.get('贵阳市')![1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(String(cities.get('贵阳市')![2])).toContain('贵阳市围绕特色优势产业');

    const figures = workbook.getWorksheet('认定集群发展情况')!;
    expect((figures.getRow(2).values as unknown[]).slice(1, 6)).toEqual(['市（州）', '县（市、区）', '集群名称', '年度发展情况', '集群总产值（亿元）']);
    const stored = (
      await app
        .as(province)
        .get('/api/console/city-reports')
        .query({ filter: JSON.stringify({ year: lastYear }), range: '[0,49]' })
        .expect(200)
    ).body as Array<{ figures: Figures }>;
    const clusterRows: unknown[][] = [];
    figures.eachRow((row, number) => number > 2 && clusterRows.push((row.values as unknown[]).slice(1)));
    expect(clusterRows).toHaveLength(stored.reduce((sum, report) => sum + report.figures.length, 0));
    const guanshanhu = clusterRows.find((row) => row[2] === '中小企业特色产业集群（观山湖区大数据电子信息产业）')!;
    const guiyangFigures = stored.flatMap((report) => report.figures).find((figure) => figure.clusterName === guanshanhu[2])!;
    expect(guanshanhu.slice(0, 2)).toEqual(['贵阳市', '观山湖区']);
    expect(guanshanhu[4]).toBe(guiyangFigures.totalOutput);
  });
});
