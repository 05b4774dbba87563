import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { bootApp, type TestApp } from './helpers/strapi';

/**
 * The S3 upload provider's round trip against a real S3-compatible server (s3rver, in this process
 * on a free port): an evidence file uploaded through the app lands in the bucket, not on disk, and
 * comes back byte for byte through GET /api/files/:id (a signed URL fetched by the server).
 */
jest.setTimeout(120_000);

interface S3rverInstance {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
const S3rver = require('s3rver') as new (options: object) => S3rverInstance;

const BUCKET = 'evidence';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gz-s3-test-'));
const bucketDir = path.join(work, 'bucket');
const uploadDir = path.join(work, 'uploads');
let store: S3rverInstance;
let app: TestApp;

beforeAll(async () => {
  fs.mkdirSync(uploadDir);
  store = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: bucketDir, configureBuckets: [{ name: BUCKET }] });
  const { port } = await store.run();
  app = await bootApp({
    env: {
      UPLOAD_DIR: uploadDir,
      UPLOAD_PROVIDER: 's3',
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_REGION: 'us-east-1',
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
      S3_ROOT_PATH: 'gz/test',
    },
  });
}, 180_000);
afterAll(async () => {
  await app?.stop();
  await store?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/** Every object the bucket holds, by key (s3rver keeps each object as <key>._S3rver_object). */
function objectsInBucket(): Record<string, Buffer> {
  const found: Record<string, Buffer> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('._S3rver_object'))
        found[path.relative(path.join(bucketDir, BUCKET), full).replace(/\._S3rver_object$/, '')] = fs.readFileSync(full);
    }
  };
  walk(bucketDir);
  return found;
}

it('uploads an evidence file into the bucket and downloads it byte for byte through the authorized route', async () => {
  const county = await app.login('county-520382@demo.local');
  const content = Buffer.concat([Buffer.from('%PDF-1.4\n'), crypto.randomBytes(64 * 1024), Buffer.from('\n%%EOF\n')]);
  const [file] = (await app.as(county).post('/api/upload').attach('files', content, { filename: '佐证材料.pdf', contentType: 'application/pdf' }).expect(201))
    .body;
  expect(file.provider).toBe('aws-s3');
  expect(file.url).toBe(`/api/files/${file.id}`);

  // In the bucket under the root path (beside the demo data's file), not in the local folder.
  const objects = objectsInBucket();
  expect(Object.keys(objects)).toContain(`gz/test/${file.hash}${file.ext}`);
  expect(Object.keys(objects).every((key) => key.startsWith('gz/test/'))).toBe(true);
  expect(Buffer.compare(objects[`gz/test/${file.hash}${file.ext}`], content)).toBe(0);
  expect(fs.readdirSync(uploadDir)).toEqual([]);

  const download = await app.as(county).get(`/api/files/${file.id}`).responseType('blob').expect(200);
  expect(Buffer.compare(download.body as Buffer, content)).toBe(0);
  expect(download.headers['content-disposition']).toMatch(/^attachment/);
  // Another county may not read it, whatever the store.
  await app
    .as(await app.login('county-520402@demo.local'))
    .get(`/api/files/${file.id}`)
    .expect(404);
});
