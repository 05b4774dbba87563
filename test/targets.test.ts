import ExcelJS from 'exceljs';
import { bootApp, type TestApp } from './helpers/strapi';
import { binary, workbook, xlsxBuffer } from './helpers/binary';

// Target tracking (Art. 5 跟踪监测): annual reports carry the actual values of the plan's seven
// indicators; each recognized cluster is read against its recognized form's targets.

let app: TestApp;
let city: string;
let renhuai: { id: string; name: string };

const BEHIND_YEAR_TWO = {
  outputGrowth: 7.2,
  qualitySmes: 54,
  rdInvestment: 1.58,
  inventionPatents: 222,
  iipPenetration: 27,
  co2Emissions: 0.5,
  energyIntensity: 0.29,
};

beforeAll(async () => {
  app = await bootApp();
  city = await app.login('city-520300@demo.local');
  const clusters = (await app.as(city).get('/api/console/clusters').expect(200)).body as Array<{ id: string; name: string }>;
  renhuai = clusters.find((cluster) => cluster.name.includes('仁怀市'))!;
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

const reportsOf = (clusterId: string) =>
  app.strapi.db
    .query('api::annual-report.annual-report')
    .findMany({ where: { cluster: { documentId: clusterId } }, populate: { targetActuals: true }, orderBy: { year: 'asc' } }) as Promise<
    Array<{ documentId: string; year: number; status: string; version: number; targetActuals: Record<string, unknown> | null }>
  >;

// The demo's plans are the eligible example's target table; 仁怀 reports a second plan year behind it.
const BEHIND_ROWS = [
  // indicator, baseline, the second plan year's path value, actual, target
  ['集群产值增速', 9.36, 9.7819, 7.2, 10],
  ['研发经费投入', 1.38, 1.6778, 1.58, 1.85],
  ['二氧化碳排放量', 0.54, 0.4867, 0.5, 0.46],
] as const;

describe('a recognized cluster shows its targets', () => {
  it('baseline → each plan year’s actual against the path → target, 滞后 where worse, exactly on the path 正常', async () => {
    const targets = (await app.as(city).get(`/api/clusters/${renhuai.id}/targets`).expect(200)).body;
    expect(targets).toMatchObject({ clusterId: renhuai.id, clusterName: renhuai.name, prefectureCode: '520300', countyCode: '520382' });
    expect(targets.baselineYear).toBe(targets.callYear - 1);
    expect(targets.targetYear).toBe(targets.callYear + 2);
    expect(targets.behind).toEqual(['outputGrowth', 'rdInvestment', 'co2Emissions']);
    const second = targets.baselineYear + 2;
    const at = (indicator: string) => {
      const track = targets.tracks.find((t: { indicator: string }) => t.indicator === indicator);
      return { ...track, second: track.years.find((entry: { year: number }) => entry.year === second) };
    };
    expect(at('outputGrowth')).toMatchObject({ baseline: 9.36, target: 10, path: 'geometric', second: { expected: 9.7819, actual: 7.2, status: 'behind' } });
    expect(at('co2Emissions')).toMatchObject({ baseline: 0.54, target: 0.46, path: 'linear', second: { expected: 0.4867, actual: 0.5, status: 'behind' } });
    expect(at('qualitySmes').second).toEqual({ year: second, expected: 53.2742, actual: 54, status: 'on_track' });
    // 0.29 is exactly the path's value for the year: on track.
    expect(at('energyIntensity').second).toEqual({ year: second, expected: 0.29, actual: 0.29, status: 'on_track' });
    // The target year's report is not due before 10 March of the year after it.
    expect(at('outputGrowth').years.at(-1)).toEqual({ year: targets.targetYear, expected: 10, actual: null, status: 'not_due' });
  });

  it('is read in the cluster’s region only: another city or county gets 404, an expert 403', async () => {
    const province = await app.login('province@demo.local');
    await app.as(province).get(`/api/clusters/${renhuai.id}/targets`).expect(200);
    await app
      .as(await app.login('county-520382@demo.local'))
      .get(`/api/clusters/${renhuai.id}/targets`)
      .expect(200);
    await app
      .as(await app.login('city-520100@demo.local'))
      .get(`/api/clusters/${renhuai.id}/targets`)
      .expect(404);
    await app
      .as(await app.login('county-520115@demo.local'))
      .get(`/api/clusters/${renhuai.id}/targets`)
      .expect(404);
    await app
      .as(await app.login('expert1@demo.local'))
      .get(`/api/clusters/${renhuai.id}/targets`)
      .expect(403);
    await app.http.get(`/api/clusters/${renhuai.id}/targets`).expect(403);
  });

  it('an on-track cluster is behind on nothing', async () => {
    const guiyang = await app.login('city-520100@demo.local');
    const [guanshanhu] = (await app.as(guiyang).get('/api/console/clusters').expect(200)).body as Array<{ id: string }>;
    const targets = (await app.as(guiyang).get(`/api/clusters/${guanshanhu.id}/targets`).expect(200)).body;
    expect(targets.tracks).toHaveLength(7);
    expect(targets.behind).toEqual([]);
  });
});

describe('the province lists the clusters behind their plan', () => {
  const behind = async (email: string, query = '') =>
    (
      (
        await app
          .as(await app.login(email))
          .get(`/api/clusters/targets-behind${query}`)
          .expect(200)
      ).body as Array<{ clusterName: string; behind: string[] }>
    ).map((row) => [row.clusterName, row.behind]);

  it('lists every cluster behind on an indicator or more, by prefecture when asked', async () => {
    const renhuaiRow = [renhuai.name, ['outputGrowth', 'rdInvestment', 'co2Emissions']];
    expect(await behind('province@demo.local')).toEqual([renhuaiRow]);
    expect(await behind('province@demo.local', '?prefectureCode=520300')).toEqual([renhuaiRow]);
    expect(await behind('province@demo.local', '?prefectureCode=520100')).toEqual([]);
  });

  it('a city sees its prefecture’s, a county its own, whatever prefecture it asks for', async () => {
    expect(await behind('city-520300@demo.local')).toEqual([[renhuai.name, expect.any(Array)]]);
    expect(await behind('city-520100@demo.local')).toEqual([]);
    expect(await behind('city-520100@demo.local', '?prefectureCode=520300')).toEqual([]);
    expect(await behind('county-520382@demo.local')).toEqual([[renhuai.name, expect.any(Array)]]);
    expect(await behind('county-520115@demo.local', '?prefectureCode=520300')).toEqual([]);
    await app
      .as(await app.login('expert1@demo.local'))
      .get('/api/clusters/targets-behind')
      .expect(403);
  });

  it('refuses a malformed filter at its field', async () => {
    const province = await app.login('province@demo.local');
    const refused = await app.as(province).get('/api/clusters/targets-behind?prefectureCode=遵义').expect(400);
    expect(refused.body.error.details.errors.map((error: { path: string }) => error.path)).toEqual(['prefectureCode']);
    await app.as(province).get('/api/clusters/targets-behind.xlsx?sort=name').expect(400);
  });

  it('exports the list to Excel: one row per cluster and indicator behind, figures as numbers', async () => {
    const province = await app.login('province@demo.local');
    const res = await app.as(province).get('/api/clusters/targets-behind.xlsx?prefectureCode=520300').buffer(true).parse(binary).expect(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('规划目标滞后集群.xlsx'));
    const sheet = (await workbook(res.body)).getWorksheet('规划目标滞后集群')!;
    const rows = (sheet.getSheetValues() as unknown[][]).filter(Boolean).map((row) => row.slice(1));
    expect(rows[0]).toEqual([
      '集群名称',
      '市（州）',
      '县（市、区）',
      '指标',
      '单位',
      '年度',
      '基准值',
      '当年规划路径值',
      '当年实际值',
      '目标值',
      '目标年度',
      '状态',
    ]);
    const { baselineYear, targetYear } = (await app.as(province).get(`/api/clusters/${renhuai.id}/targets`).expect(200)).body;
    expect(rows.slice(1).map((row) => [row[0], row[1], row[2], row[3], row[5], row[6], row[7], row[8], row[9], row[10], row[11]])).toEqual(
      BEHIND_ROWS.map(([name, baseline, expected, actual, target]) => [
        renhuai.name,
        '遵义市',
        '仁怀市',
        name,
        baselineYear + 2,
        baseline,
        expected,
        actual,
        target,
        targetYear,
        '滞后',
      ]),
    );
    expect(rows.slice(1).map((row) => row[4])).toEqual(['%', '亿元', '吨二氧化碳/万元']);
  });

  it('exports nothing outside the caller’s region', async () => {
    const guiyang = await app.login('city-520100@demo.local');
    const res = await app.as(guiyang).get('/api/clusters/targets-behind.xlsx?prefectureCode=520300').buffer(true).parse(binary).expect(200);
    const sheet = (await workbook(res.body)).getWorksheet('规划目标滞后集群')!;
    expect(sheet.actualRowCount).toBe(1);
    await app
      .as(await app.login('expert1@demo.local'))
      .get('/api/clusters/targets-behind.xlsx')
      .expect(403);
  });
});

describe('annual reports carry the actual values of the target indicators', () => {
  let reportYear: number;
  let draft: { id: string; version: number };

  beforeAll(async () => {
    // The demo filed every report the cluster owes; this scenario files its latest afresh.
    const reports = await reportsOf(renhuai.id);
    reportYear = reports.at(-1)!.year;
    await app.strapi.db.query('api::annual-report.annual-report').delete({ where: { documentId: reports.at(-1)!.documentId } });
  });

  it('a city creates a report with the year’s actuals and reads them back, blanks as null', async () => {
    const created = await app
      .as(city)
      .post('/api/console/annual-reports')
      .send({ clusterId: renhuai.id, year: reportYear, targetActuals: { ...BEHIND_YEAR_TWO, energyIntensity: null } })
      .expect(201);
    expect(created.body.targetActuals).toEqual({ ...BEHIND_YEAR_TWO, energyIntensity: null });
    draft = { id: created.body.id, version: created.body.version };
  });

  it('refuses a wrong value at its field, in Chinese and English, and changes nothing', async () => {
    const refused = await app
      .as(city)
      .put(`/api/console/annual-reports/${draft.id}`)
      .send({ narrative: '改了', targetActuals: { qualitySmes: 54.5, iipPenetration: 120, co2Emissions: '多' }, version: draft.version })
      .expect(400);
    const errors = refused.body.error.details.errors as Array<{ path: string; message: { zh: string; en: string } }>;
    expect(Object.fromEntries(errors.map((error) => [error.path, error.message.zh]))).toEqual({
      'targetActuals.qualitySmes': '应填写整数',
      'targetActuals.iipPenetration': '应在0到100之间',
      'targetActuals.co2Emissions': '应填写数字',
    });
    expect(errors.every((error) => error.message.en)).toBe(true);
    const stored = (await app.as(city).get(`/api/console/annual-reports/${draft.id}`).expect(200)).body;
    expect(stored).toMatchObject({ version: draft.version, narrative: null, targetActuals: { ...BEHIND_YEAR_TWO, energyIntensity: null } });
  });

  it('a draft’s save replaces the actuals; the actuals alone are not a report to submit', async () => {
    const saved = await app
      .as(city)
      .put(`/api/console/annual-reports/${draft.id}`)
      .send({ targetActuals: BEHIND_YEAR_TWO, version: draft.version })
      .expect(200);
    expect(saved.body.targetActuals).toEqual(BEHIND_YEAR_TWO);
    const submitted = await app.as(city).put(`/api/console/annual-reports/${draft.id}`).send({ submit: true, version: saved.body.version }).expect(400);
    // A report is submitted with its figures; the actuals alone are not a report.
    expect(submitted.body.error.details.errors[0].path).toBe('metrics.leadingIndustry.years.2.totalOutput');
  });
});

describe('the Excel template asks for the actuals and the import stores them', () => {
  const YEAR = 2025;
  let guanshanhu: string;
  let template: ExcelJS.Workbook;
  let cityGuiyang: string;
  const actualHeaders = [
    '规划目标 · 集群产值增速（%）',
    '规划目标 · 优质中小企业数量（家）',
    '规划目标 · 研发经费投入（亿元）',
    '规划目标 · 有效发明专利数量（个）',
    '规划目标 · 工业互联网普及率（%）',
    '规划目标 · 二氧化碳排放量（吨二氧化碳/万元）',
    '规划目标 · 单位工业产值能耗（吨标准煤/万元）',
  ];

  beforeAll(async () => {
    cityGuiyang = await app.login('city-520100@demo.local');
    guanshanhu = ((await app.as(cityGuiyang).get('/api/console/clusters').expect(200)).body as Array<{ id: string }>)[0].id;
    await app.strapi.db.query('api::annual-report.annual-report').deleteMany({ where: { year: YEAR, cluster: { documentId: guanshanhu } } });
    const res = await app.as(cityGuiyang).get(`/api/annual-reports/template.xlsx?year=${YEAR}`).buffer(true).parse(binary).expect(200);
    template = await workbook(res.body);
  });

  const headers = (book: ExcelJS.Workbook) => (book.getWorksheet('年度发展情况')!.getRow(3).values as unknown[]).slice(1) as string[];
  const fill = (book: ExcelJS.Workbook, values: unknown[]) => {
    const all = headers(book);
    values.forEach((value, i) => (book.getWorksheet('年度发展情况')!.getCell(4, all.indexOf(actualHeaders[i]) + 1).value = value as ExcelJS.CellValue));
  };

  it('ends with the seven indicators, named with their units', () => {
    expect(headers(template).slice(-7)).toEqual(actualHeaders);
  });

  it('refuses a wrong actual at its cell and writes nothing', async () => {
    const book = await workbook(await xlsxBuffer(template));
    fill(book, [10.1, 55.5, 1.7, 225, 27.5, 0.48, 0.29]);
    const res = await app
      .as(cityGuiyang)
      .post(`/api/annual-reports/import?year=${YEAR}&mode=all`)
      .attach('file', await xlsxBuffer(book), 'annual.xlsx')
      .expect(400);
    const [error] = res.body.error.details.errors;
    expect(error).toMatchObject({ header: '规划目标 · 优质中小企业数量（家）', row: 4, message: { zh: '应填写整数' } });
    expect(await reportsOf(guanshanhu).then((rows) => rows.filter((row) => row.year === YEAR))).toEqual([]);
  });

  it('imports the actuals into the year’s draft report', async () => {
    const book = await workbook(await xlsxBuffer(template));
    fill(book, [10.1, 55, 1.7, 225, 27.5, 0.48, '']);
    await app
      .as(cityGuiyang)
      .post(`/api/annual-reports/import?year=${YEAR}&mode=all`)
      .attach('file', await xlsxBuffer(book), 'annual.xlsx')
      .expect(200);
    const [stored] = (await reportsOf(guanshanhu)).filter((row) => row.year === YEAR);
    const report = (await app.as(cityGuiyang).get(`/api/console/annual-reports/${stored.documentId}`).expect(200)).body;
    expect(report).toMatchObject({ status: 'draft' });
    expect(report.targetActuals).toEqual({
      outputGrowth: 10.1,
      qualitySmes: 55,
      rdInvestment: 1.7,
      inventionPatents: 225,
      iipPenetration: 27.5,
      co2Emissions: 0.48,
      energyIntensity: null,
    });
  });
});
