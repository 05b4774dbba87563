import fs from 'fs';
import path from 'path';
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { bootApp, type TestApp } from './helpers/strapi';
import { binary, workbook, xlsxBuffer } from './helpers/binary';

const OUT = path.join(__dirname, '..', 'test-results', 'documents');
const example = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'rules', 'examples', 'eligible.json'), 'utf8'));

// PDFs take a second or two each on a busy two-core machine.
jest.setTimeout(60_000);

let app: TestApp;
let county: string;
let applicationId: string;

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  app = await bootApp();
  county = await app.login('county-520115@demo.local');
  const list = await app.as(county).get('/api/console/applications').expect(200);
  applicationId = list.body.find((a: { clusterName: string }) => a.clusterName === example.form.basic.clusterName).id;
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

describe('申报表 PDF', () => {
  let pdfFile: string;

  beforeAll(async () => {
    const started = Date.now();
    const res = await app.as(county).get(`/api/applications/${applicationId}/form.pdf`).buffer(true).parse(binary).expect(200);
    const elapsed = Date.now() - started;
    expect(res.headers['content-type']).toMatch(/application\/pdf/);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(example.form.basic.clusterName));
    pdfFile = path.join(OUT, 'eligible.pdf');
    fs.writeFileSync(pdfFile, res.body);
    fs.writeFileSync(path.join(OUT, 'metrics.json'), JSON.stringify({ bytes: res.body.length, milliseconds: elapsed }, null, 2));
  }, 60_000);

  it('prints the cluster name, every section title and a figure of each section', () => {
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain(example.form.basic.clusterName);
    for (const title of [
      '填报说明',
      '一、基本情况',
      '二、主导产业情况',
      '三、创新能力情况',
      '四、数字化升级情况',
      '五、绿色化转型情况',
      '六、开放合作情况',
      '七、治理和服务水平',
      '八、未来三年中小企业特色产业集群发展规划',
      '九、真实性声明及推荐意见',
    ]) {
      expect(flat).toContain(title);
    }
    const { basic, leadingIndustry, innovation, digital, green, openness, plan, declaration } = example.form;
    const figures = [
      basic.areaKm2,
      leadingIndustry.years[2].totalOutput,
      innovation.patentsPer10k,
      digital.iipPenetration,
      green.years[2].co2Intensity,
      openness.years[1].exportGrowth,
      plan.targets[3].target,
    ];
    for (const figure of figures) expect(text).toMatch(new RegExp(`(^|\\s)${String(figure).replace('.', '\\.')}(\\s|$)`, 'm'));
    // 七 has no figures: its ticked services; 九 the signatory; the real years in the headers.
    expect(text).toMatch(/√ 信息服务/);
    expect(text).toMatch(/√ 第二产业/);
    expect(flat).toContain(declaration.signatoryName);
    expect(text).toMatch(/2023年\s+2024年\s+2025年/);
    expect(flat).toContain('2025年基准值');
    expect(flat).toContain('2028年目标值');
    expect(flat).toContain('贵州省工业和信息化厅制');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(pages).toBeLessThanOrEqual(20);
    expect(flat).toContain(`第${pages}页共${pages}页`);
  });

  it('embeds the CJK font (a subset) and renders page images', () => {
    expect(execFileSync('pdffonts', [pdfFile], { encoding: 'utf8' })).toMatch(/\+NotoSansCJKsc-Regular\s+CID Type 0C\s+Identity-H\s+yes yes/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdfFile, path.join(OUT, 'eligible-page')]);
    expect(fs.readdirSync(OUT).filter((f) => /^eligible-page-\d+\.png$/.test(f))).toHaveLength(2);
  });

  it('is readable by whoever may read the application, and 404 for another region', async () => {
    const city = await app.login('city-520100@demo.local');
    await app.as(city).get(`/api/applications/${applicationId}/form.pdf`).expect(200);
    const otherCounty = await app.login('county-520382@demo.local');
    await app.as(otherCounty).get(`/api/applications/${applicationId}/form.pdf`).expect(404);
    const otherCity = await app.login('city-520300@demo.local');
    await app.as(otherCity).get(`/api/applications/${applicationId}/form.pdf`).expect(404);
    const anonymous = await app.http.get(`/api/applications/${applicationId}/form.pdf`);
    expect([401, 403]).toContain(anonymous.status);
  });
});

describe('applications export', () => {
  it('has one row per application the caller sees, with every figure and the verdict', async () => {
    // This year's call: the county's earlier call (its cluster's recognition) would name years by position.
    const filter = JSON.stringify({ callYear: example.callYear });
    const list = await app.as(county).get('/api/console/applications').query({ filter }).expect(200);
    const res = await app.as(county).get('/api/applications/export.xlsx').query({ filter }).buffer(true).parse(binary).expect(200);
    const sheet = (await workbook(res.body)).worksheets[0];
    expect(sheet.rowCount - 1).toBe(list.body.length);
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(headers).toEqual(expect.arrayContaining(['集群名称', '集群总产值（亿元）（2025年）', '评估结论', '未通过的规则']));
    const ids = sheet.getColumn(1).values.slice(2);
    expect(ids.sort()).toEqual(list.body.map((a: { id: string }) => a.id).sort());
    const row = sheet.getRow(ids.indexOf(applicationId) + 2);
    expect(row.getCell(headers.indexOf('集群总产值（亿元）（2025年）') + 1).value).toBe(example.form.leadingIndustry.years[2].totalOutput);

    // The rules by outcome are the stored report's (what the reviewers saw), row by row.
    let compared = 0;
    for (const [index, id] of ids.entries()) {
      const { report } = (await app.as(county).get(`/api/console/applications/${id}`).expect(200)).body as {
        report: { verdict: string; rules: Array<{ id: string; outcome: string }> } | null;
      };
      if (!report) continue;
      const cell = (header: string) => sheet.getRow(index + 2).getCell(headers.indexOf(header) + 1).value ?? '';
      const ruleIds = (outcome: string) =>
        report.rules
          .filter((rule) => rule.outcome === outcome)
          .map((rule) => rule.id)
          .join('，');
      expect([cell('未通过的规则'), cell('需复核的规则'), cell('缺少数据的规则')]).toEqual([ruleIds('fail'), ruleIds('warn'), ruleIds('missing')]);
      expect(cell('评估结论')).not.toBe('');
      compared += report.rules.length;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('applies the list filter and the scope', async () => {
    const province = await app.login('province@demo.local');
    const all = await app.as(province).get('/api/console/applications').expect(200);
    const everything = await workbook((await app.as(province).get('/api/applications/export.xlsx').buffer(true).parse(binary).expect(200)).body);
    expect(everything.worksheets[0].rowCount - 1).toBe(all.body.length);
    const filter = JSON.stringify({ status: 'province_review' });
    const filtered = await workbook(
      (await app.as(province).get('/api/applications/export.xlsx').query({ filter }).buffer(true).parse(binary).expect(200)).body,
    );
    expect(filtered.worksheets[0].rowCount - 1).toBe(all.body.filter((a: { status: string }) => a.status === 'province_review').length);
    const bad = await app
      .as(province)
      .get('/api/applications/export.xlsx')
      .query({ filter: JSON.stringify({ nope: 1 }) })
      .expect(400);
    expect(bad.body.error.details.errors[0].path).toBe('filter.nope');
  });
});

describe('annual-report Excel import', () => {
  const YEAR = 2025;
  let city: string;
  let template: ExcelJS.Workbook;
  const reportsOf = () => app.strapi.db.query('api::annual-report.annual-report').findMany({ where: { year: YEAR }, populate: { cluster: true } });

  beforeAll(async () => {
    // The demo files every report its clusters owe; this scenario starts from a year not yet reported.
    await app.strapi.db.query('api::annual-report.annual-report').deleteMany({ where: { year: YEAR } });
    city = await app.login('city-520100@demo.local');
    const res = await app.as(city).get(`/api/annual-reports/template.xlsx?year=${YEAR}`).buffer(true).parse(binary).expect(200);
    template = await workbook(res.body);
  });

  const sheet = () => template.getWorksheet('年度发展情况')!;
  const importFile = async (book: ExcelJS.Workbook, status: number, mode = 'all') => {
    const file = await xlsxBuffer(book);
    return app.as(city).post(`/api/annual-reports/import?year=${YEAR}&mode=${mode}`).attach('file', file, 'annual.xlsx').expect(status);
  };

  /** Fills the one cluster row with the example's last-year figures. */
  function fill(book: ExcelJS.Workbook): void {
    const s = book.getWorksheet('年度发展情况')!;
    const headers = (s.getRow(3).values as unknown[]).slice(1) as string[];
    const y = example.form.leadingIndustry.years[2];
    const set = (header: string, value: unknown) => (s.getCell(4, headers.indexOf(header) + 1).value = value as ExcelJS.CellValue);
    set('集群总产值（亿元）', y.totalOutput);
    set('集群内中小企业产值占集群总产值比例（%）', y.smeOutputShare);
    set('集群企业数量（家）', y.firmCount);
    set('其中：集群中小企业数量（家）', y.smeCount);
    set('国际标准主持数量（个）', 0);
    set('集群工业互联网平台应用普及率（%）', '无');
  }

  it('lists the recognized clusters of the city, with a hidden key column and Chinese headers', () => {
    const s = sheet();
    expect(s.getColumn(1).hidden).toBe(true);
    expect(s.getCell('C3').value).toBe('集群总产值（亿元）');
    expect(s.getCell('B4').value).toBe('中小企业特色产业集群（观山湖区大数据电子信息产业）');
    expect(s.getCell('B5').value).toBeNull();
  });

  it('refuses a file with a bad cell, says where, and writes nothing', async () => {
    const book = await workbook(await xlsxBuffer(template));
    fill(book);
    book.getWorksheet('年度发展情况')!.getCell('C4').value = 12.345;
    const before = await reportsOf();
    const res = await importFile(book, 400);
    expect(res.body.error.details.errors).toEqual([
      { row: 4, column: 'C', header: '集群总产值（亿元）', path: 'C4', message: { zh: '最多保留两位小数', en: 'At most 2 decimal places' } },
    ]);
    expect(await reportsOf()).toEqual(before);
  });

  it('refuses a row for a cluster outside the prefecture; validOnly imports the rest and lists it', async () => {
    const book = await workbook(await xlsxBuffer(template));
    fill(book);
    const other = await app.strapi.db.query('api::cluster.cluster').findOne({ where: { name: '中小企业特色产业集群（仁怀市酱香白酒产业）' } });
    const s = book.getWorksheet('年度发展情况')!;
    s.getCell('A5').value = other.documentId;
    s.getCell('B5').value = other.name;
    s.getCell('C5').value = 80;
    const refused = await importFile(book, 400);
    expect(refused.body.error.details.errors).toEqual([expect.objectContaining({ row: 5, column: 'B', header: '集群名称' })]);
    expect(await reportsOf()).toEqual([]);

    const partial = await importFile(book, 200, 'validOnly');
    expect(partial.body.imported).toEqual([expect.objectContaining({ row: 4, created: true })]);
    expect(partial.body.skipped).toEqual([expect.objectContaining({ row: 5 })]);
    const reports = await reportsOf();
    expect(reports).toHaveLength(1);
    expect(reports[0].cluster.name).toBe('中小企业特色产业集群（观山湖区大数据电子信息产业）');
  });

  it('imports a valid file through the annual report (update in place, figures as the form shapes them)', async () => {
    const book = await workbook(await xlsxBuffer(template));
    fill(book);
    const res = await importFile(book, 200);
    expect(res.body.imported).toEqual([expect.objectContaining({ row: 4, created: false })]);
    const [stored] = await reportsOf();
    const report = (await app.as(city).get(`/api/console/annual-reports/${stored.documentId}`).expect(200)).body;
    expect(report.status).toBe('draft');
    const y = example.form.leadingIndustry.years[2];
    // The year's figures sit in the last of the form's three year rows, the others stay empty.
    expect(report.metrics.leadingIndustry.years).toEqual([
      { year: YEAR - 2 },
      { year: YEAR - 1 },
      { year: YEAR, totalOutput: y.totalOutput, smeOutputShare: y.smeOutputShare, firmCount: y.firmCount, smeCount: y.smeCount },
    ]);
    expect(report.metrics.innovation.years[2].standards[0]).toEqual({ level: '国际', ledCount: 0 });
    expect(report.metrics.digital.iipPenetration).toEqual({ none: true });
  });

  it('is the city’s: a county may not download or import', async () => {
    await app.as(county).get(`/api/annual-reports/template.xlsx?year=${YEAR}`).expect(403);
    await app
      .as(county)
      .post(`/api/annual-reports/import?year=${YEAR}`)
      .attach('file', await xlsxBuffer(template), 'annual.xlsx')
      .expect(403);
  });
});

describe('recommendation package', () => {
  it('bundles the PDFs and the 推荐汇总表 of the applications marked 拟推荐国家级, for the province only', async () => {
    const [application] = await app.strapi.db
      .query('api::application.application')
      .findMany({ where: { documentId: applicationId }, populate: { callNotice: true } });
    // Arranged as recognized; the mark itself goes through the province's transition.
    await app.strapi.db.query('api::application.application').update({ where: { id: application.id }, data: { status: 'recognized' } });
    const callYear = application.callNotice.year;
    const province = await app.login('province@demo.local');
    await app.as(province).post(`/api/applications/${applicationId}/transitions`).send({ action: 'markNational' }).expect(200);
    const res = await app.as(province).get(`/api/applications/recommendation-package.zip?callYear=${callYear}`).buffer(true).parse(binary).expect(200);
    const zip = await JSZip.loadAsync(res.body);
    const names = Object.keys(zip.files);
    // Only the marked application: the demo's own application in 公示 is not in the package.
    expect(names.sort()).toEqual([`${callYear}年推荐汇总表.xlsx`, `01-${example.form.basic.clusterName}.pdf`].sort());
    const summary = (await workbook(await zip.file(`${callYear}年推荐汇总表.xlsx`)!.async('nodebuffer'))).worksheets[0];
    const rows = [...Array(summary.rowCount).keys()].map((i) => summary.getRow(i + 1)).filter((r) => typeof r.getCell(1).value === 'number');
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect([2, 3, 4, 5, 6].map((c) => row.getCell(c).value)).toEqual([
      example.form.basic.clusterName,
      '贵州省/贵阳市/观山湖区',
      '电子信息制造产业',
      example.form.basic.operator.name,
      example.form.leadingIndustry.years[2].totalOutput,
    ]);

    const city = await app.login('city-520100@demo.local');
    await app.as(city).get(`/api/applications/recommendation-package.zip?callYear=${callYear}`).expect(403);
    await app.as(province).get('/api/applications/recommendation-package.zip').expect(400);
  }, 60_000);
});
