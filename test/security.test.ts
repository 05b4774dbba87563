import path from 'path';
import { spawnSync } from 'child_process';
import { bootApp, type TestApp } from './helpers/strapi';
import { productionProblems } from '../cms/src/security/production';
import { passwordProblem } from '../cms/src/security/passwords';
import { sanitizeFileName } from '../cms/src/security/uploads';
import { createLoginLimiter } from '../cms/src/middlewares/login-limit';

const MAX = 100_000;
const PDF = (bytes = 200) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(bytes, 0x20), Buffer.from('\n%%EOF\n')]);

let app: TestApp;
const jwt: Record<string, string> = {};
let noticeId: string;

beforeAll(async () => {
  app = await bootApp({ env: { UPLOAD_MAX_BYTES: String(MAX) } });
  for (const [key, email] of Object.entries({
    county: 'county-520382@demo.local',
    otherCounty: 'county-520402@demo.local',
    city: 'city-520300@demo.local',
    otherCity: 'city-520400@demo.local',
    province: 'province@demo.local',
    expert: 'expert1@demo.local',
  })) {
    jwt[key] = await app.login(email);
  }
  noticeId = (await app.as(jwt.province).get('/api/console/call-notices').expect(200)).body[0].id;
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

const fileCount = () => app.strapi.db.query('plugin::upload.file').count({});
const upload = (who: string, content: Buffer, name: string, type = 'application/pdf') =>
  app.as(jwt[who]).post('/api/upload').attach('files', content, { filename: name, contentType: type });

describe('evidence files are private', () => {
  let fileId: number;
  let applicationId: string;

  it('never serves /uploads/*, whatever the spelling', async () => {
    const file = await app.strapi.db.query('plugin::upload.file').findOne({});
    const name = `${file.hash}${file.ext}`;
    for (const url of [`/uploads/${name}`, `/uploads/`, `/%75ploads/${name}`, `/UPLOADS/${name}`, `//uploads/${name}`]) {
      const response = await app.http.get(url);
      expect([url, response.status]).toEqual([url, 404]);
    }
    expect(file.url).toBe(`/api/files/${file.id}`);
  });

  it('uploads a PDF: the record points at the authorized route, only the uploader reads it while unreferenced', async () => {
    const response = await upload('county', PDF(), '../../申报\u0007材料<1>.pdf').expect(201);
    const [file] = response.body;
    fileId = file.id;
    expect(file.url).toBe(`/api/files/${fileId}`);
    expect(file.mime).toBe('application/pdf');
    expect(file.name).toBe('申报材料_1_.pdf');
    await app.as(jwt.county).get(`/api/files/${fileId}`).expect(200);
    for (const who of ['otherCounty', 'city', 'province', 'expert']) await app.as(jwt[who]).get(`/api/files/${fileId}`).expect(404);
    await app.http.get(`/api/files/${fileId}`).expect((r) => expect([401, 403]).toContain(r.status));
  });

  it('once on an application, the file follows its read rules: county, its city and the province; 404 for others', async () => {
    const created = await app
      .as(jwt.county)
      .post('/api/console/applications')
      .send({
        callNoticeId: noticeId,
        form: {
          cover: { region: { city: '520300', county: '520382' }, declarantSeal: [{ id: fileId }], submittedOn: '2026-03-20', contact: '赵雪 0851-22221876' },
        },
      })
      .expect(201);
    applicationId = created.body.id;
    const detail = await app.as(jwt.city).get(`/api/console/applications/${applicationId}`).expect(200);
    expect(detail.body.form.cover.declarantSeal).toEqual([expect.objectContaining({ id: fileId, url: `/api/files/${fileId}` })]);
    for (const who of ['county', 'city', 'province']) {
      const response = await app.as(jwt[who]).get(`/api/files/${fileId}`).expect(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="file-${fileId}.pdf"; filename*=UTF-8''${encodeURIComponent('申报材料_1_.pdf')}`,
      );
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['cache-control']).toBe('private, no-store');
      expect(Buffer.from(response.body).subarray(0, 5).toString()).toBe('%PDF-');
    }
    for (const who of ['otherCounty', 'otherCity', 'expert']) await app.as(jwt[who]).get(`/api/files/${fileId}`).expect(404);
    for (const bad of ['999999', 'abc', '1.5', '-1', '0x10']) await app.as(jwt.province).get(`/api/files/${bad}`).expect(404);
  });

  it("refuses to put another county's file into one's own application, and writes nothing", async () => {
    const before = await app.strapi.db.query('api::application.application').count({});
    const response = await app
      .as(jwt.otherCounty)
      .post('/api/console/applications')
      .send({ callNoticeId: noticeId, form: { cover: { region: { city: '520400', county: '520402' }, declarantSeal: [{ id: fileId }] } } })
      .expect(400);
    expect(response.body.error.message).toContain('无权使用');
    expect(await app.strapi.db.query('api::application.application').count({})).toBe(before);
    await app.as(jwt.otherCounty).get(`/api/files/${fileId}`).expect(404);
  });

  it('refuses wrong types, oversize and empty files with a zh/en 400 and stores nothing', async () => {
    const before = await fileCount();
    const cases: Array<[Buffer, string, string]> = [
      [Buffer.from('hello, plain text'), 'note.txt', 'text/plain'],
      [Buffer.from('<html><script>alert(1)</script></html>'), 'evil.pdf', 'application/pdf'],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'x.svg', 'image/svg+xml'],
      [Buffer.from('PK\u0003\u0004 docx'), 'a.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [PDF(MAX), 'big.pdf', 'application/pdf'],
    ];
    for (const [content, name, type] of cases) {
      const response = await upload('county', content, name, type);
      expect([name, response.status]).toEqual([name, 400]);
      expect(response.body.error.message).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
    }
    // A PNG declared as PDF is stored as what it is.
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    const stored = await upload('county', png, 'scan.pdf', 'application/pdf');
    expect(stored.status).toBe(201);
    expect(stored.body[0]).toMatchObject({ mime: 'image/png', name: 'scan.png' });
    expect(await fileCount()).toBe(before + 1);
  });

  it('refuses to replace a file by id or to attach it straight onto a record', async () => {
    await app.as(jwt.otherCounty).post(`/api/upload?id=${fileId}`).attach('files', PDF(), 'x.pdf').expect(403);
    await app
      .as(jwt.otherCounty)
      .post(`/api/upload?id=${fileId}`)
      .field('fileInfo', JSON.stringify({ name: 'renamed' }))
      .expect(403);
    await app
      .as(jwt.otherCounty)
      .post('/api/upload')
      .field('ref', 'api::application.application')
      .field('refId', '1')
      .field('field', 'cover')
      .attach('files', PDF(), 'x.pdf')
      .expect(400);
    const file = await app.strapi.db.query('plugin::upload.file').findOne({ where: { id: fileId } });
    expect(file.name).toBe('申报材料_1_.pdf');
  });

  it('sanitizes names: no path, no control characters, Chinese kept, real extension', () => {
    expect(sanitizeFileName('C:\\Users\\x\\营业执照.PDF', '.pdf')).toBe('营业执照.pdf');
    expect(sanitizeFileName('a\u202egpj.exe', '.pdf')).toBe('agpj.exe.pdf');
    expect(sanitizeFileName('..', '.png')).toBe('文件.png');
    expect(sanitizeFileName('', '.jpg')).toBe('文件.jpg');
  });
});

describe('authentication', () => {
  it('limits failed logins per IP and identifier (429 with a zh/en message); other accounts still log in', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1)
      statuses.push((await app.http.post('/api/auth/local').send({ identifier: 'expert2@demo.local', password: `wrong-${i}` })).status);
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses[10]).toBe(429);
    const blocked = await app.http.post('/api/auth/local').send({ identifier: 'Expert2@demo.local', password: 'Demo-Pass-2026' }).expect(429);
    expect(blocked.body.error.message).toMatch(/登录尝试次数过多.* \/ Too many login attempts/);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    await app.login('city-520100@demo.local');
  });

  it('the limiter forgets after its window and counts per IP across identifiers', () => {
    let t = 0;
    const limiter = createLoginLimiter({ maxAttempts: 3, maxPerIp: 5, windowMs: 1000, now: () => t });
    for (let i = 0; i < 3; i += 1) limiter.failed('1.1.1.1', 'a');
    expect(limiter.blockedFor('1.1.1.1', 'a')).toBe(1000);
    expect(limiter.blockedFor('1.1.1.1', 'b')).toBe(0);
    limiter.failed('1.1.1.1', 'b');
    limiter.failed('1.1.1.1', 'c');
    expect(limiter.blockedFor('1.1.1.1', 'd')).toBeGreaterThan(0);
    expect(limiter.blockedFor('2.2.2.2', 'a')).toBe(0);
    t = 1001;
    expect(limiter.blockedFor('1.1.1.1', 'a')).toBe(0);
  });

  it('password policy: at least 10 characters with letters and digits, for accounts written through a request', async () => {
    expect(passwordProblem('Demo-Pass-2026')).toBeNull();
    for (const weak of ['short1', 'onlyletterslong', '12345678901', '密码密码密码密码密码1'])
      expect([weak, passwordProblem(weak) !== null]).toEqual([weak, weak === '密码密码密码密码密码1' ? false : true]);
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'county_declarant' } });
    const add = (password: string, n: number) =>
      app.strapi.requestContext.run({ state: {} } as never, () =>
        app.strapi
          .plugin('users-permissions')
          .service('user')
          .add({ username: `policy${n}`, email: `policy${n}@demo.local`, password, provider: 'local', confirmed: true, role: role.id }),
      );
    await expect(add('weakpass', 1)).rejects.toThrow(/至少 10 位/);
    await expect(add('Strong-pass-2026', 2)).resolves.toMatchObject({ username: 'policy2' });
  });

  it('production refuses missing, default or placeholder secrets and demo data', () => {
    const good = {
      NODE_ENV: 'production',
      APP_KEYS: 'kQ3v9ZsX1rLm8TnB2wYc,Hf6Jd0Pe4Ua7Og5IiEqR',
      API_TOKEN_SALT: 'Zr8Nq2Lw5Tx9Vb3Km7Hd',
      ADMIN_JWT_SECRET: 'Pq4Xs8Mn1Jt6Wc9Rb2Lf',
      TRANSFER_TOKEN_SALT: 'Gy7Kd3Vm9Qw2Zp5Bn8Hs',
      JWT_SECRET: 'Ue5Rt1Yo8Ip3As6Df9Gh',
      ENCRYPTION_KEY: 'Jk2Lz7Xc4Vb9Nm1Qw6Er',
      DEMO_DATA: 'false',
    };
    expect(productionProblems(good)).toEqual([]);
    expect(productionProblems({ ...good, APP_KEYS: 'testKeyA,testKeyB' }).join('\n')).toMatch(/APP_KEYS/);
    expect(productionProblems({ ...good, JWT_SECRET: 'tobemodified' })).toHaveLength(1);
    expect(productionProblems({ ...good, ENCRYPTION_KEY: undefined })).toEqual(['ENCRYPTION_KEY is missing']);
    expect(productionProblems({ ...good, DEMO_DATA: undefined })).toHaveLength(1);
    expect(productionProblems({ ...good, DEMO_PASSWORD: 'Demo-Pass-2026' })).toHaveLength(1);

    const moduleFile = path.resolve(__dirname, '..', 'cms', 'dist', 'src', 'security', 'production.js');
    const run = (env: Record<string, string | undefined>) =>
      spawnSync(process.execPath, ['-e', `require(${JSON.stringify(moduleFile)}).assertProductionEnv(process.env)`], {
        env: { PATH: process.env.PATH, ...env } as NodeJS.ProcessEnv,
        encoding: 'utf8',
      });
    const refused = run({ ...good, APP_KEYS: 'toBeModified1,toBeModified2', DEMO_DATA: 'true' });
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/Refusing to start with NODE_ENV=production/);
    expect(refused.stderr).toMatch(/DEMO_DATA/);
    expect(run(good).status).toBe(0);
  });
});

describe('browser-facing headers', () => {
  it('CORS answers configured origins only', async () => {
    const evil = await app.as(jwt.province).get('/api/console/call-notices').set('Origin', 'https://evil.example').expect(200);
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app.http.options('/api/console/call-notices').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'GET');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const local = await app.http.options('/api/console/call-notices').set('Origin', 'http://localhost:1337').set('Access-Control-Request-Method', 'GET');
    expect(local.headers['access-control-allow-origin']).toBe('http://localhost:1337');
  });

  it('the console and the public pages still load, with security headers', async () => {
    for (const url of ['/console/', '/']) {
      const response = await app.http.get(url);
      expect([url, response.status]).toEqual([url, 200]);
      expect(response.headers['content-security-policy']).toBeTruthy();
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    }
  });
});
