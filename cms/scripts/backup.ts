/**
 * Backup and restore of the database and the uploaded files as one archive the operator can copy.
 *
 *   npm run backup                 → backups/gz-clusters-<client>-<UTC time>.tar.gz (BACKUP_DIR overrides the folder)
 *   npm run restore -- <archive>   → database and files as they were at backup time
 *
 * The connection is read as the app reads it: the same .env (ENV_PATH, else the repository's .env;
 * variables already set win) and config/database.ts. The archive holds manifest.json (time, client,
 * rows per table, SHA-256 of every member), the database (SQLite: an online copy through SQLite's
 * backup API, safe while the app runs; PostgreSQL: pg_dump custom format, one snapshot shared with
 * the row counts) and uploads/ (the local provider's folder; with UPLOAD_PROVIDER=s3 the bucket is
 * backed up by the store's own versioning/replication, not here).
 *
 * Restore refuses while the database is in use (SQLite: a process has the file open; PostgreSQL:
 * other sessions are connected): stop every app instance first. It checks every checksum before
 * touching anything, keeps the replaced SQLite file as <file>.pre-restore, restores PostgreSQL with
 * pg_restore --clean in one transaction, and checks the row counts against the manifest.
 */
import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawn } from 'child_process';
import { z } from 'zod';
import { loadEnv, openSqlite, pgClient, target, type PgClient, type SqliteDatabase, type Target } from './connection';
import { localUploadDir, uploadProviderConfig } from '../src/lib/storage';

const APP_DIR = path.resolve(__dirname, '..', '..');
const ROOT = path.resolve(APP_DIR, '..');
const FORMAT = 'gz-sme-clusters-backup';

// ------------------------------------------------------------------ settings

/** The local upload folder, or null when files live in an object store. */
function uploadsFolder(): string | null {
  return uploadProviderConfig(process.env).provider === 'local' ? localUploadDir(APP_DIR, process.env) : null;
}

// ------------------------------------------------------------------ helpers

const memberName = z.string().regex(/^(?!\/)(?!.*(^|\/)\.\.(\/|$))[^\0\\]+$/, 'a relative path without ..');
const checksum = z.string().regex(/^[0-9a-f]{64}$/);
const manifestSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  createdAt: z.string(),
  client: z.enum(['sqlite', 'postgres']),
  database: z.object({
    file: memberName,
    bytes: z.number().int().nonnegative(),
    sha256: checksum,
    tables: z.record(z.string(), z.number().int().nonnegative()),
  }),
  uploads: z.object({ files: z.array(z.object({ path: memberName, bytes: z.number().int().nonnegative(), sha256: checksum })) }).nullable(),
});
type Manifest = z.infer<typeof manifestSchema>;

async function sha256(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'], env: { ...process.env, ...extraEnv } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => reject(new Error(`${command} could not be started (${error.message}); is it installed?`)));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${stderr.trim()}`))));
  });
}

const listFiles = (dir: string): string[] =>
  fs.existsSync(dir)
    ? (fs.readdirSync(dir, { recursive: true }) as string[])
        .filter((name) => fs.statSync(path.join(dir, name)).isFile())
        .map((name) => name.split(path.sep).join('/'))
        .sort()
    : [];

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const totalRows = (tables: Record<string, number>) => Object.values(tables).reduce((sum, n) => sum + n, 0);

// ------------------------------------------------------------------ SQLite

function sqliteCounts(db: SqliteDatabase): Record<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
  return Object.fromEntries(
    tables.map(({ name }) => [String(name), Number(db.prepare(`SELECT count(*) AS n FROM "${String(name).replace(/"/g, '""')}"`).get()!.n)]),
  );
}

/** Processes (Linux /proc) that hold the database or its WAL open. */
function processesUsing(file: string): number[] {
  if (!fs.existsSync('/proc')) return [];
  const watched = new Set([file, `${file}-wal`, `${file}-shm`].filter((f) => fs.existsSync(f)).map((f) => fs.realpathSync(f)));
  const pids: number[] = [];
  for (const pid of fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (fs.readdirSync(`/proc/${pid}/fd`).some((fd) => watched.has(fs.readlinkSync(`/proc/${pid}/fd/${fd}`)))) pids.push(Number(pid));
    } catch {
      // Another user's process, or one that just exited: not ours to inspect.
    }
  }
  return pids;
}

// ------------------------------------------------------------------ PostgreSQL

/** libpq settings for pg_dump/pg_restore: the same server, database and account as the app. */
function libpqEnv(t: Extract<Target, { client: 'postgres' }>): { env: Record<string, string>; dbname: string[] } {
  const c = t.connection;
  const vars: Record<string, string> = {};
  if (c.host) vars.PGHOST = c.host;
  if (c.port) vars.PGPORT = String(c.port);
  if (c.database) vars.PGDATABASE = c.database;
  if (c.user) vars.PGUSER = c.user;
  if (c.password) vars.PGPASSWORD = c.password;
  if (c.ssl) vars.PGSSLMODE = 'require';
  // A connection string (DATABASE_URL) overrides the separate settings, as it does for the app.
  return { env: vars, dbname: c.connectionString ? [`--dbname=${c.connectionString}`] : [] };
}

async function pgCounts(client: PgClient, schema: string): Promise<Record<string, number>> {
  const { rows } = await client.query('SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY tablename', [schema]);
  const counts: Record<string, number> = {};
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  for (const { tablename } of rows) {
    const result = await client.query(`SELECT count(*)::bigint AS n FROM ${quote(schema)}.${quote(String(tablename))}`);
    counts[String(tablename)] = Number(result.rows[0].n);
  }
  return counts;
}

// ------------------------------------------------------------------ backup

async function backup(): Promise<string> {
  const started = Date.now();
  const t = target();
  const uploads = uploadsFolder();
  const outDir = path.resolve(process.env.BACKUP_DIR || path.join(ROOT, 'backups'));
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const archive = path.join(outDir, `gz-clusters-${t.client}-${stamp}.tar.gz`);
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'gz-backup-'));
  try {
    let tables: Record<string, number>;
    const dbFile = t.client === 'sqlite' ? 'database.sqlite' : 'database.pgdump';
    if (t.client === 'sqlite') {
      if (!fs.existsSync(t.filename)) throw new Error(`No SQLite database at ${t.filename}`);
      // Not readonly: a read-only connection cannot open a WAL database whose -shm file is absent (app stopped).
      const source = openSqlite(t.filename, { fileMustExist: true });
      try {
        // Page by page while the app keeps writing; the copy is one consistent state, WAL included.
        await source.backup(path.join(staging, dbFile));
      } finally {
        source.close();
      }
      const copy = openSqlite(path.join(staging, dbFile), { fileMustExist: true });
      try {
        copy.pragma('journal_mode = DELETE');
        tables = sqliteCounts(copy);
      } finally {
        copy.close();
      }
    } else {
      const client = await pgClient(t);
      try {
        // pg_dump reads the snapshot this transaction exported: the counts describe exactly the dump.
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const snapshot = String((await client.query('SELECT pg_export_snapshot() AS s')).rows[0].s);
        const { env: pgEnv, dbname } = libpqEnv(t);
        await run(
          'pg_dump',
          ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${snapshot}`, `--file=${path.join(staging, dbFile)}`, ...dbname],
          pgEnv,
        );
        tables = await pgCounts(client, t.schema);
        await client.query('COMMIT');
      } finally {
        await client.end();
      }
    }
    // Files after the database: every file a backed-up record points at was written before its record.
    let files: NonNullable<Manifest['uploads']>['files'] | null = null;
    if (uploads) {
      files = [];
      for (const name of listFiles(uploads)) {
        const to = path.join(staging, 'uploads', name);
        fs.mkdirSync(path.dirname(to), { recursive: true });
        fs.copyFileSync(path.join(uploads, name), to);
        files.push({ path: name, bytes: fs.statSync(to).size, sha256: await sha256(to) });
      }
      fs.mkdirSync(path.join(staging, 'uploads'), { recursive: true });
    }
    const manifest: Manifest = {
      format: FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      client: t.client,
      database: { file: dbFile, bytes: fs.statSync(path.join(staging, dbFile)).size, sha256: await sha256(path.join(staging, dbFile)), tables },
      uploads: files ? { files } : null,
    };
    fs.writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.mkdirSync(outDir, { recursive: true });
    const partial = `${archive}.partial`;
    await run('tar', ['-czf', partial, '-C', staging, '.']);
    fs.renameSync(partial, archive);
    const fileBytes = (files ?? []).reduce((sum, f) => sum + f.bytes, 0);
    console.log(
      `[backup] ${t.client === 'sqlite' ? t.filename : `PostgreSQL schema ${t.schema}`}: ${Object.keys(tables).length} tables, ${totalRows(tables)} rows`,
    );
    console.log(
      `[backup] uploads: ${files ? `${files.length} files (${megabytes(fileBytes)}) from ${uploads}` : 'in the object store (UPLOAD_PROVIDER=s3), not archived'}`,
    );
    console.log(`[backup] wrote ${archive} (${megabytes(fs.statSync(archive).size)}) in ${seconds(started)}`);
    return archive;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ restore

async function restore(archive: string): Promise<void> {
  const started = Date.now();
  if (!fs.existsSync(archive)) throw new Error(`No such archive: ${archive}`);
  const t = target();
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'gz-restore-'));
  try {
    await run('tar', ['-xzf', path.resolve(archive), '-C', staging, '--no-same-owner']);
    const manifestFile = path.join(staging, 'manifest.json');
    if (!fs.existsSync(manifestFile)) throw new Error(`${archive} is not a backup of this application: it has no manifest.json`);
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    } catch {
      throw new Error(`${archive} is not a backup of this application: its manifest.json is not JSON`);
    }
    const parsed = manifestSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${archive} is not a backup of this application: ${parsed.error.issues[0]?.message}`);
    const manifest = parsed.data;
    if (manifest.client !== t.client) throw new Error(`The archive holds a ${manifest.client} database but DATABASE_CLIENT is ${t.client}`);
    // Everything is checked before anything is replaced.
    const dbCopy = path.join(staging, manifest.database.file);
    if ((await sha256(dbCopy)) !== manifest.database.sha256) throw new Error(`${manifest.database.file} does not match its checksum: the archive is damaged`);
    for (const file of manifest.uploads?.files ?? []) {
      if ((await sha256(path.join(staging, 'uploads', file.path))) !== file.sha256)
        throw new Error(`uploads/${file.path} does not match its checksum: the archive is damaged`);
    }
    const uploads = uploadsFolder();
    if (manifest.uploads && !uploads)
      throw new Error('The archive holds uploaded files but UPLOAD_PROVIDER=s3: restore them into the bucket yourself, or unset UPLOAD_PROVIDER');

    let tables: Record<string, number>;
    if (t.client === 'sqlite') {
      const users = processesUsing(t.filename);
      if (users.length) throw new Error(`${t.filename} is open in process ${users.join(', ')}: stop the app before restoring`);
      const copy = openSqlite(dbCopy, { fileMustExist: true });
      try {
        if (copy.pragma('integrity_check', { simple: true }) !== 'ok') throw new Error('The archived database fails SQLite integrity_check');
        tables = sqliteCounts(copy);
      } finally {
        copy.close();
      }
      fs.mkdirSync(path.dirname(t.filename), { recursive: true });
      const incoming = `${t.filename}.restoring`;
      fs.copyFileSync(dbCopy, incoming);
      // The old file goes aside with its WAL (SQLite pairs them by name), so it stays openable.
      const previous = `${t.filename}.pre-restore`;
      for (const suffix of ['', '-wal', '-shm']) {
        fs.rmSync(`${previous}${suffix}`, { force: true });
        if (fs.existsSync(`${t.filename}${suffix}`)) fs.renameSync(`${t.filename}${suffix}`, `${previous}${suffix}`);
      }
      fs.renameSync(incoming, t.filename);
      if (fs.existsSync(previous)) console.log(`[restore] the replaced database is kept as ${previous}`);
    } else {
      const client = await pgClient(t);
      try {
        const others = async () =>
          Number((await client.query('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()')).rows[0].n);
        // Sessions of an app that was just stopped take a moment to disappear from pg_stat_activity.
        for (let wait = 0; (await others()) > 0 && wait < 10; wait += 1) await new Promise((resolve) => setTimeout(resolve, 500));
        const remaining = await others();
        if (remaining) throw new Error(`${remaining} other session(s) are connected to the database: stop the app before restoring`);
        const { env: pgEnv, dbname } = libpqEnv(t);
        await run(
          'pg_restore',
          ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', ...dbname, dbCopy],
          pgEnv,
        );
        tables = await pgCounts(client, t.schema);
      } finally {
        await client.end();
      }
    }
    const differing = Object.entries(manifest.database.tables).filter(([name, rows]) => tables[name] !== rows);
    if (differing.length)
      throw new Error(
        `Row counts differ from the manifest after restoring: ${differing.map(([name, rows]) => `${name} ${tables[name]} ≠ ${rows}`).join(', ')}`,
      );

    if (manifest.uploads && uploads) {
      // In place (the folder may be a mounted volume): files of records that no longer exist go.
      const wanted = new Set(manifest.uploads.files.map((f) => f.path));
      for (const name of listFiles(uploads)) if (!wanted.has(name)) fs.rmSync(path.join(uploads, name));
      for (const file of manifest.uploads.files) {
        const to = path.join(uploads, file.path);
        fs.mkdirSync(path.dirname(to), { recursive: true });
        fs.copyFileSync(path.join(staging, 'uploads', file.path), to);
      }
    }
    console.log(`[restore] ${archive} of ${manifest.createdAt}: ${Object.keys(tables).length} tables, ${totalRows(tables)} rows (counts match the manifest)`);
    console.log(`[restore] uploads: ${manifest.uploads ? `${manifest.uploads.files.length} files into ${uploads}` : 'none in the archive (object store)'}`);
    console.log(`[restore] done in ${seconds(started)}`);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ command line

const usage = 'usage: node cms/dist/scripts/backup.js create | restore <archive.tar.gz>';
const command = z.union([z.tuple([z.literal('create')]), z.tuple([z.literal('restore'), z.string().min(1)])]);

async function main(): Promise<void> {
  const args = command.safeParse(process.argv.slice(2));
  if (!args.success) throw new Error(usage);
  loadEnv();
  if (args.data[0] === 'create') await backup();
  else await restore(args.data[1]);
}

main().catch((error: Error) => {
  console.error(`[backup] ${error.message}`);
  process.exit(1);
});
