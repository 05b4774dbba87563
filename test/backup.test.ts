import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawnSync } from 'child_process';
import { bootApp, createTestDatabase, type TestApp, type TestDatabase } from './helpers/strapi';

/**
 * `npm run backup` / `npm run restore` (cms/scripts/backup.ts) on the test database (SQLite, or
 * PostgreSQL with TEST_DB=postgres): back up while the app runs, damage rows and files, stop the
 * app, restore, and find every table's rows and every file as they were.
 */
const ROOT = path.resolve(__dirname, '..');
const APP_DIR = path.join(ROOT, 'cms');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gz-backup-test-'));
const uploadDir = path.join(work, 'uploads');
const backupDir = path.join(work, 'backups');
const env = { UPLOAD_DIR: uploadDir };

let database: TestDatabase;
let app: TestApp | undefined;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await bootApp({ database, env });
}, 180_000);
afterAll(async () => {
  await app?.stop();
  await database?.drop();
  fs.rmSync(work, { recursive: true, force: true });
});

/** The backup command as the operator runs it (after `tsc -p cms`, done by the test setup). */
function cli(...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(APP_DIR, 'dist', 'scripts', 'backup.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...database.env, ...env, BACKUP_DIR: backupDir, ENV_PATH: path.join(work, 'no.env') },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

type Knex = {
  (table: string): { select(columns: string): Promise<Array<Record<string, unknown>>> };
  raw(sql: string): Promise<unknown>;
  destroy(): Promise<void>;
};

/** A connection of its own, so the database can be read with the app stopped. */
function connect(): Knex {
  const knex = require(require.resolve('knex', { paths: [APP_DIR] })) as (config: object) => Knex;
  return database.env.DATABASE_CLIENT === 'postgres'
    ? knex({ client: 'pg', connection: database.env.DATABASE_URL })
    : knex({ client: 'better-sqlite3', connection: { filename: database.env.DATABASE_FILENAME }, useNullAsDefault: true });
}

/** Every table's rows, in a stable order. */
async function dumpAll(): Promise<Record<string, string[]>> {
  const knex = connect();
  try {
    const tables =
      database.env.DATABASE_CLIENT === 'postgres'
        ? ((await knex.raw("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'")) as { rows: Array<{ name: string }> }).rows
        : ((await knex.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) as Array<{ name: string }>);
    const dump: Record<string, string[]> = {};
    for (const { name } of tables) dump[name] = (await knex(name).select('*')).map((row) => JSON.stringify(row)).sort();
    return dump;
  } finally {
    await knex.destroy();
  }
}

/**
 * Rows only in `before` (gone or changed) and only in `after`, by table, counted as a multiset so a
 * doubled row shows too: the same verdict as comparing the dumps whole, with a readable account.
 */
function changedRows(before: Record<string, string[]>, after: Record<string, string[]>): Record<string, { gone: string[]; added: string[] }> {
  const changed: Record<string, { gone: string[]; added: string[] }> = {};
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const left = new Map<string, number>();
    for (const row of before[table] ?? []) left.set(row, (left.get(row) ?? 0) + 1);
    const added: string[] = [];
    for (const row of after[table] ?? []) {
      const count = left.get(row) ?? 0;
      if (count > 0) left.set(row, count - 1);
      else added.push(row);
    }
    const gone = [...left].flatMap(([row, count]) => Array<string>(count).fill(row));
    if (gone.length || added.length || table in before !== table in after) changed[table] = { gone, added };
  }
  return changed;
}

/** The upload folder: name → content. */
const uploadedFiles = () => Object.fromEntries(fs.readdirSync(uploadDir).map((name) => [name, fs.readFileSync(path.join(uploadDir, name)).toString('base64')]));

const pdf = () => Buffer.concat([Buffer.from('%PDF-1.4\n'), crypto.randomBytes(4096), Buffer.from('\n%%EOF\n')]);

it('restores every row and every uploaded file from one archive', async () => {
  const running = app!;
  const county = await running.login('county-520382@demo.local');
  const content = pdf();
  const [kept] = (
    await running.as(county).post('/api/upload').attach('files', content, { filename: '佐证材料.pdf', contentType: 'application/pdf' }).expect(201)
  ).body;
  const keptFile = path.join(uploadDir, `${kept.hash}${kept.ext}`);
  expect(fs.readFileSync(keptFile)).toEqual(content);

  const backup = cli('create');
  expect(backup).toMatchObject({ status: 0 });
  const archives = fs.readdirSync(backupDir);
  expect(archives).toEqual([expect.stringMatching(new RegExp(`^gz-clusters-${database.env.DATABASE_CLIENT}-\\d{8}T\\d{6}Z\\.tar\\.gz$`))]);
  const archive = path.join(backupDir, archives[0]);
  const before = await dumpAll();
  const filesBefore = uploadedFiles();
  expect(Object.keys(filesBefore)).toContain(`${kept.hash}${kept.ext}`);
  expect(before.applications.length).toBeGreaterThan(0);

  // Refused while the database is in use (a session of its own: the app's idle pool may have none at this moment).
  const session = connect();
  try {
    await session.raw('SELECT 1');
    const refused = cli('restore', archive);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/stop the app before restoring/);
  } finally {
    await session.destroy();
  }

  // Damage: rows added, updated and deleted; another file added, the evidence file gone.
  const [extra] = (await running.as(county).post('/api/upload').attach('files', pdf(), { filename: 'later.pdf', contentType: 'application/pdf' }).expect(201))
    .body;
  const knex = connect();
  try {
    await knex.raw("UPDATE up_users SET blocked = true WHERE email LIKE 'county-%'");
    // The audit table refuses deletes (append-only); the restore must bring back the rows of other tables.
    await expect(knex.raw('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    await knex.raw('DELETE FROM notifications');
    await knex.raw('DELETE FROM file_owners');
  } finally {
    await knex.destroy();
  }
  fs.rmSync(keptFile);
  expect(await dumpAll()).not.toEqual(before);

  await running.stop();
  app = undefined;
  const restored = cli('restore', archive);
  expect(restored).toMatchObject({ status: 0 });
  expect(restored.output).toMatch(/counts match the manifest/);
  expect(changedRows(before, await dumpAll())).toEqual({});
  expect(uploadedFiles()).toEqual(filesBefore);
  // The restored audit trail verifies, and is still append-only.
  const verified = spawnSync(process.execPath, [path.join(APP_DIR, 'dist', 'scripts', 'audit-verify.js')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...database.env, ENV_PATH: path.join(work, 'no.env') },
  });
  expect(verified.status).toBe(0);
  expect(verified.stdout).toMatch(/events, the hash chain is whole/);
  const restoredDb = connect();
  try {
    await expect(restoredDb.raw('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
  } finally {
    await restoredDb.destroy();
  }

  // The app comes back on the restored database and serves the file byte for byte.
  app = await bootApp({ database, env });
  const again = await app.login('county-520382@demo.local');
  const download = await app.as(again).get(`/api/files/${kept.id}`).responseType('blob').expect(200);
  expect(Buffer.compare(download.body as Buffer, content)).toBe(0);
  await app.as(again).get(`/api/files/${extra.id}`).expect(404);
}, 300_000);

it('refuses an archive that is not a backup, without touching the database', () => {
  const bogus = path.join(work, 'bogus.tar.gz');
  expect(spawnSync('tar', ['-czf', bogus, '-C', ROOT, 'package.json']).status).toBe(0);
  const result = cli('restore', bogus);
  expect(result.status).toBe(1);
  expect(result.output).toMatch(/is not a backup of this application/);
  expect(cli('restore', path.join(work, 'missing.tar.gz')).output).toMatch(/No such archive/);
  expect(cli('frobnicate').output).toMatch(/usage:/);
});
