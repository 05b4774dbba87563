import fs from 'fs';
import path from 'path';
import { bootApp, type TestApp } from './helpers/strapi';

const example = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'rules', 'examples', 'zunyi-liquor.json'), 'utf8'));

let app: TestApp;
let city: string;
let clusterId: string;

/** The example's sections 二–五 without evidence files (an annual report carries figures). */
const figures = () => {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if ('checked' in record && 'evidence' in record) return { checked: false, evidence: [] };
      return Object.fromEntries(
        Object.entries(record)
          .filter(([key]) => !/Evidence$|List$/.test(key))
          .map(([k, v]) => [k, strip(v)]),
      );
    }
    return value;
  };
  const { leadingIndustry, innovation, digital, green } = example.form;
  return strip({ leadingIndustry, innovation, digital, green }) as Record<string, any>;
};

beforeAll(async () => {
  app = await bootApp();
  // The demo files every report its clusters owe; these scenarios file 2025 afresh.
  await app.strapi.db.query('api::annual-report.annual-report').deleteMany({ where: { year: 2025 } });
  // …and the ground the demo's failing 2025 report put on record, so each scenario counts its own.
  await app.strapi.db.query('api::revocation-ground.revocation-ground').deleteMany({ where: { source: 'annual_report' } });
  city = await app.login('city-520300@demo.local');
  const clusters = await app
    .as(city)
    .get('/api/console/clusters')
    .query({ filter: JSON.stringify({ status: 'recognized' }) })
    .expect(200);
  clusterId = clusters.body[0].id;
  // Recognized in 2023: its reports run from 2023 (these scenarios file 2023–2025).
  await app.strapi.db
    .query('api::cluster.cluster')
    .update({ where: { documentId: clusterId }, data: { recognizedAt: '2023-03-01', validUntil: '2026-03-01' } });
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

describe('annual reports (Art. 19)', () => {
  it('a city files a report with the form figures, submits it, and a passing report records no ground', async () => {
    const created = await app
      .as(city)
      .post('/api/console/annual-reports')
      .send({ clusterId, year: 2025, metrics: figures(), narrative: '年度发展平稳。' })
      .expect(201);
    expect(created.body).toMatchObject({ year: 2025, status: 'draft', prefectureCode: '520300' });
    expect(created.body.metrics.leadingIndustry.years.map((row: { year: number }) => row.year)).toEqual([2023, 2024, 2025]);
    await app.as(city).post('/api/console/annual-reports').send({ clusterId, year: 2025 }).expect(409);
    const submitted = await app
      .as(city)
      .put(`/api/console/annual-reports/${created.body.id}`)
      .send({ submit: true, version: created.body.version })
      .expect(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', meetsCriteria: true, failedRules: [] });
    await app.as(city).put(`/api/console/annual-reports/${created.body.id}`).send({ narrative: '改', version: submitted.body.version }).expect(409);
    const grounds = await app.strapi.db
      .query('api::revocation-ground.revocation-ground')
      .count({ where: { source: 'annual_report', cluster: { documentId: clusterId } } });
    expect(grounds).toBe(0);
  });

  it('a report failing a hard criterion puts no_longer_meets_criteria on record', async () => {
    const metrics = figures();
    metrics.leadingIndustry.years[2].totalOutput = 19.99;
    const created = await app.as(city).post('/api/console/annual-reports').send({ clusterId, year: 2024, metrics }).expect(201);
    const submitted = await app
      .as(city)
      .put(`/api/console/annual-reports/${created.body.id}`)
      .send({ submit: true, version: created.body.version })
      .expect(200);
    expect(submitted.body).toMatchObject({ meetsCriteria: false, failedRules: ['output.min'] });
    const grounds = await app.strapi.db
      .query('api::revocation-ground.revocation-ground')
      .findMany({ where: { source: 'annual_report', sourceId: created.body.id }, populate: { cluster: true } });
    expect(grounds).toHaveLength(1);
    expect(grounds[0]).toMatchObject({ ground: 'no_longer_meets_criteria', status: 'proposed', appliedAt: null });
    expect(grounds[0].cluster.documentId).toBe(clusterId);
  });

  it('refuses bad figures with field paths and other regions with 404/400', async () => {
    const bad = await app
      .as(city)
      .post('/api/console/annual-reports')
      .send({ clusterId, year: 2023, metrics: { basic: {}, leadingIndustry: { years: [{}, {}, { totalOutput: 1.234 }] } } })
      .expect(400);
    expect(bad.body.error.details.errors.map((e: { path: string }) => e.path).sort()).toEqual(['metrics.basic', 'metrics.leadingIndustry.years.2.totalOutput']);
    const otherCity = await app.login('city-520100@demo.local');
    await app.as(otherCity).post('/api/console/annual-reports').send({ clusterId, year: 2023 }).expect(400);
    const mine = await app.as(city).get('/api/console/annual-reports').expect(200);
    await app.as(otherCity).get(`/api/console/annual-reports/${mine.body[0].id}`).expect(404);
    const county = await app.login('county-520382@demo.local');
    const seen = await app.as(county).get('/api/console/annual-reports').expect(200);
    // The county sees its own cluster's reports (this test's two and the demo's), none of another county's.
    const own = await app.strapi.db.query('api::annual-report.annual-report').count({ where: { cluster: { county: { code: '520382' } } } });
    expect(own).toBeGreaterThan(2);
    expect(seen.body.length).toBe(own);
    expect(await app.strapi.db.query('api::annual-report.annual-report').count({})).toBeGreaterThan(own);
    await app.as(county).post('/api/console/annual-reports').send({ clusterId, year: 2022 }).expect(403);
    // A year before the recognition, or after its validity, is no year the cluster reports on.
    const before = await app.as(city).post('/api/console/annual-reports').send({ clusterId, year: 2022 }).expect(400);
    expect(before.body.error.details.errors).toEqual([
      { path: 'year', message: { zh: '集群于2023年认定，不能报送2022年度发展情况', en: 'Recognized in 2023, the cluster does not report on 2022' } },
    ]);
    await app.as(city).post('/api/console/annual-reports').send({ clusterId, year: 2027 }).expect(400);
  });
});

describe('a yearly report read over three years', () => {
  it('holding only its own year, it is completed from the cluster’s earlier report: the three-year rules are decided, not missing', async () => {
    // A 2025 report holds 2023–2025; the 2026 report gives 2026 only.
    const onlyTheYear = figures();
    for (const section of ['leadingIndustry', 'innovation', 'digital', 'green']) {
      const years = onlyTheYear[section]?.years as Array<Record<string, unknown>> | undefined;
      if (years) onlyTheYear[section].years = [{}, {}, years[2]];
    }
    await app.strapi.db.query('api::cluster.cluster').update({ where: { documentId: clusterId }, data: { validUntil: '2027-03-01' } });
    const cluster = (await app.strapi.db.query('api::cluster.cluster').findOne({ where: { documentId: clusterId } })) as { id: number };
    await app.strapi.db.query('api::annual-report.annual-report').deleteMany({ where: { cluster: cluster.id, year: { $in: [2025, 2026] } } });
    await app.as(city).post('/api/console/annual-reports').send({ clusterId, year: 2025, metrics: figures() }).expect(201);
    const created = await app.as(city).post('/api/console/annual-reports').send({ clusterId, year: 2026, metrics: onlyTheYear }).expect(201);
    const submitted = await app
      .as(city)
      .put(`/api/console/annual-reports/${created.body.id}`)
      .send({ submit: true, version: created.body.version })
      .expect(200);
    const outcomeOf = (id: string) => (submitted.body.report.rules as Array<{ id: string; outcome: string }>).find((rule) => rule.id === id)?.outcome;
    expect(outcomeOf('rd.growth')).not.toBe('missing');
    expect(submitted.body.missingRules).not.toContain('rd.growth');
    // Stored as the city gave it: the earlier years were read, not written into the report.
    expect(submitted.body.metrics.leadingIndustry.years[0].totalOutput ?? null).toBeNull();
    // Meeting the criteria is claimed only when no hard rule is left undecided.
    expect(submitted.body.meetsCriteria).toBe(submitted.body.failedRules.length === 0 && submitted.body.missingRules.length === 0);
  });
});
