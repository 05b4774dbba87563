import fs from 'fs';
import path from 'path';
import { formFromStrapi, formPopulate } from '@sme-cluster/rules';
import { bootApp, type TestApp } from './helpers/strapi';
import { withFile } from './helpers/applications';

// One application's form per table, not per component: the loader's objects are the document
// service's, a read costs a bounded number of statements, and a save writes only what changed.

const UID = 'api::application.application';
const SECTIONS = Object.keys(formPopulate);
const EXAMPLES = ['eligible', 'incomplete', 'ineligible', 'needs-review', 'tongren-manganese', 'zunyi-liquor'];
const example = (name: string) => JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'rules', 'examples', `${name}.json`), 'utf8')).form;

type Entry = Record<string, unknown> & { id: number };
type Loader = { populateComponents(uid: string, entries: Entry[], attributes: string[]): Promise<void> };

let app: TestApp;
let county: string;
let fileId: number;
let noticeId: string;
/** The app's own loader, as compiled and run by this Strapi. */
let loader: Loader;

beforeAll(async () => {
  app = await bootApp();
  county = await app.login('county-520115@demo.local');
  const province = await app.login('province@demo.local');
  noticeId = (await app.as(province).get('/api/console/call-notices').expect(200)).body[0].id;
  fileId = ((await app.strapi.db.query('plugin::upload.file').findOne({})) as { id: number }).id;
  loader = require(path.join(__dirname, '..', 'cms', 'dist', 'src', 'records', 'components.js')) as Loader;
});
afterAll(async () => {
  await app?.stop();
});

/**
 * Until the database has been idle for a moment: Strapi re-reads every document it created for its
 * `entry.create` event after the commit, and those reads must not be counted as the next request's.
 */
async function quiet(): Promise<void> {
  let last = Date.now();
  const onQuery = () => (last = Date.now());
  app.strapi.db.connection.on('query', onQuery);
  try {
    while (Date.now() - last < 500) await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    app.strapi.db.connection.off('query', onQuery);
  }
}

/** Every SQL statement the database is sent while `work` runs, and the most values any one of them bound. */
async function statementsOf<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[]; mostBindings: number }> {
  await quiet();
  const statements: string[] = [];
  let mostBindings = 0;
  const onQuery = (query: { sql: string; bindings?: unknown[] }) => {
    statements.push(query.sql);
    mostBindings = Math.max(mostBindings, query.bindings?.length ?? 0);
  };
  app.strapi.db.connection.on('query', onQuery);
  try {
    const result = await work();
    return { result, statements, mostBindings };
  } finally {
    app.strapi.db.connection.off('query', onQuery);
  }
}

async function createFrom(name: string, file = fileId): Promise<string> {
  const form = withFile(example(name), file) as Record<string, unknown>;
  delete form.recommendation;
  const created = await app.as(county).post('/api/console/applications').send({ callNoticeId: noticeId, form }).expect(201);
  return created.body.id;
}

/** The form sections of one application as the document service populates them. */
async function documentServiceForm(documentId: string): Promise<Record<string, unknown>> {
  const entity = (await app.strapi.documents(UID).findOne({ documentId, populate: formPopulate as never })) as Record<string, unknown>;
  return Object.fromEntries(SECTIONS.map((section) => [section, entity[section]]));
}

/** A file the county uploads itself, as its evidence is in practice (the demo's files are everyone's). */
async function ownFile(): Promise<number> {
  const pdf = Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  const uploaded = await app.as(county).post('/api/upload').attach('files', pdf, { filename: '佐证材料.pdf', contentType: 'application/pdf' }).expect(201);
  return uploaded.body[0].id;
}

/** Which component rows hold each section of an application (they change when a section is written). */
async function sectionRows(documentId: string): Promise<Record<string, number[]>> {
  const link = (app.strapi.db.metadata.get(UID) as unknown as { attributes: Record<string, { joinTable: { name: string } }> }).attributes.basic.joinTable.name;
  const { id } = (await app.strapi.db.query(UID).findOne({ where: { documentId } })) as { id: number };
  const rows = (await app.strapi.db.connection(link).where({ entity_id: id }).select('field', 'cmp_id')) as Array<{ field: string; cmp_id: number }>;
  const out: Record<string, number[]> = {};
  for (const row of rows) out[row.field] = [...(out[row.field] ?? []), Number(row.cmp_id)].sort();
  return out;
}

describe('one application read per table', () => {
  it('loads the forms of the demo and of every example, all at once, exactly as the document service populates them', async () => {
    for (const name of EXAMPLES) await createFrom(name);
    const applications = (await app.strapi.db.query(UID).findMany({ select: ['id', 'documentId'] })) as Array<{ id: number; documentId: string }>;
    expect(applications.length).toBeGreaterThanOrEqual(EXAMPLES.length + 5);
    const entries: Entry[] = applications.map((application) => ({ id: application.id }));
    const { statements, mostBindings } = await statementsOf(() => loader.populateComponents(UID, entries, SECTIONS));
    // However many applications: two statements per level of components, two for their files.
    expect(statements.length).toBeLessThanOrEqual(10);
    // …and as many bound values for all of them as for one: a batch of 500 forms holds tens of
    // thousands of component ids, more than SQLite binds in one statement.
    const one = await statementsOf(() => loader.populateComponents(UID, [{ id: applications[0].id }], SECTIONS));
    expect(mostBindings).toBe(one.mostBindings);
    let filesSeen = 0;
    for (const [index, application] of applications.entries()) {
      const expected = await documentServiceForm(application.documentId);
      const { id, ...loaded } = entries[index];
      expect(id).toBe(application.id);
      expect(loaded).toEqual(expected);
      filesSeen += JSON.stringify(loaded).split('"mime"').length - 1;
    }
    // The comparison covered files as well as components.
    expect(filesSeen).toBeGreaterThan(0);
    // The document service's reads of every form take a while on PostgreSQL on a busy machine.
  }, 600_000);

  it('answers one application with its whole form in at most 20 statements, the form being the one stored', async () => {
    const id = await createFrom('eligible');
    const { result, statements } = await statementsOf(() => app.as(county).get(`/api/console/applications/${id}`).expect(200));
    expect(statements.length).toBeLessThanOrEqual(20);
    expect(result.body.form).toEqual(formFromStrapi(await documentServiceForm(id)));
    expect(result.body.form.innovation.years).toHaveLength(3);
  });
});

describe('a whole-form save writes only what changed', () => {
  it('rewrites only the changed section (the basic facts), in at most 100 statements, audited, and refuses the stale version', async () => {
    const id = await createFrom('eligible', await ownFile());
    const before = (await app.as(county).get(`/api/console/applications/${id}`).expect(200)).body;
    const rowsBefore = await sectionRows(id);
    const form = { ...before.form, basic: { ...before.form.basic, areaKm2: 13.4 } };
    delete form.recommendation;

    const { result, statements } = await statementsOf(() =>
      app.as(county).put(`/api/console/applications/${id}`).send({ form, version: before.version }).expect(200),
    );
    expect(statements.length).toBeLessThanOrEqual(100);
    expect(result.body.form).toEqual(form.recommendation === undefined ? { ...before.form, basic: form.basic } : form);
    expect(result.body.version).toBe(before.version + 1);

    const rowsAfter = await sectionRows(id);
    for (const section of Object.keys(rowsBefore)) {
      if (section === 'basic') expect(rowsAfter[section]).not.toEqual(rowsBefore[section]);
      else expect(rowsAfter[section]).toEqual(rowsBefore[section]);
    }
    const events = (await app.strapi.db.query('api::audit-event.audit-event').findMany({
      where: { subjectType: 'application', subjectId: id, action: 'update' },
      orderBy: { id: 'desc' },
    })) as Array<{ details: { fields: string[] } }>;
    expect(events).toHaveLength(1);
    expect(events[0].details.fields.filter((field) => SECTIONS.includes(field))).toEqual(['basic']);

    // The same save again, from the screen that still shows the old version: 409, nothing written.
    await app.as(county).put(`/api/console/applications/${id}`).send({ form, version: before.version }).expect(409);
    expect(await sectionRows(id)).toEqual(rowsAfter);
  });

  it('writes nothing of the form when nothing changed, yet claims the version and leaves an audit event', async () => {
    const id = await createFrom('zunyi-liquor');
    const before = (await app.as(county).get(`/api/console/applications/${id}`).expect(200)).body;
    const rowsBefore = await sectionRows(id);
    const form = { ...before.form };
    delete form.recommendation;
    const saved = await app.as(county).put(`/api/console/applications/${id}`).send({ form, version: before.version }).expect(200);
    expect(saved.body.version).toBe(before.version + 1);
    expect(saved.body.form).toEqual(before.form);
    expect(await sectionRows(id)).toEqual(rowsBefore);
    const events = (await app.strapi.db.query('api::audit-event.audit-event').findMany({ where: { subjectId: id, action: 'update' } })) as Array<{
      details: { fields: string[] };
    }>;
    expect(events).toHaveLength(1);
    expect(events[0].details.fields.filter((field) => SECTIONS.includes(field))).toEqual([]);
  });
});

describe("the form's copy beside its components", () => {
  type Copies = {
    loadComponents(uid: string, entries: Entry[], attributes: string[]): Promise<Entry[]>;
    backfillComponentCopies(uid: string): Promise<number>;
  };
  let copies: Copies;
  const COPY_COLUMN = 'form_copy';
  beforeAll(() => {
    copies = require(path.join(__dirname, '..', 'cms', 'dist', 'src', 'records', 'component-copies.js')) as Copies;
  });

  /** Every application's row with its copy, as a batch reads them. */
  const withCopies = async () =>
    (await app.strapi.db.query(UID).findMany({ select: ['id', 'documentId', 'formCopy'], orderBy: { id: 'asc' } })) as Array<Entry & { documentId: string }>;
  const tableName = () => (app.strapi.db.metadata.get(UID) as unknown as { tableName: string }).tableName;

  /** Every application's form read from its copy, then from the tables: the same objects, files included. */
  async function readBothWays(): Promise<{ fromTables: number; statements: number }> {
    const rows = await withCopies();
    const { result: fromTables, statements } = await statementsOf(() => copies.loadComponents(UID, rows, SECTIONS));
    for (const row of rows) {
      const tables: Entry = { id: row.id };
      await loader.populateComponents(UID, [tables], SECTIONS);
      expect(row).toEqual({ ...tables, documentId: row.documentId });
    }
    return { fromTables: fromTables.length, statements: statements.length };
  }

  it('is kept for every application the demo and the console wrote, and reads as the tables do in one statement (the files)', async () => {
    const rows = await withCopies();
    expect(rows.filter((row) => !row.formCopy).map((row) => row.documentId)).toEqual([]);
    // None read from the tables: one statement for the files of all of them.
    expect(await readBothWays()).toEqual({ fromTables: 0, statements: 1 });
  });

  it('is emptied by a write of a section through the document service (as the admin panel writes) and written again by the next save', async () => {
    const id = await createFrom('eligible');
    const before = (await app.as(county).get(`/api/console/applications/${id}`).expect(200)).body;
    const entity = (await app.strapi.documents(UID).findOne({ documentId: id, populate: { basic: true } as never })) as unknown as {
      basic: Record<string, unknown>;
    };
    const { id: _row, ...basic } = entity.basic;
    await app.strapi.documents(UID).update({ documentId: id, data: { basic: { ...basic, areaKm2: 21.5 } } as never });
    const emptied = (await app.strapi.db.connection(tableName()).where({ document_id: id }).first(COPY_COLUMN)) as Record<string, unknown>;
    expect(emptied[COPY_COLUMN]).toBeNull();
    const read = (await app.as(county).get(`/api/console/applications/${id}`).expect(200)).body;
    expect(read.form.basic.areaKm2).toBe(21.5);

    const form = { ...read.form, basic: { ...read.form.basic, areaKm2: 22 } };
    delete form.recommendation;
    await app.as(county).put(`/api/console/applications/${id}`).send({ form, version: read.version }).expect(200);
    const written = (await app.strapi.db.connection(tableName()).where({ document_id: id }).first(COPY_COLUMN)) as Record<string, unknown>;
    expect(written[COPY_COLUMN]).not.toBeNull();
    expect((await app.as(county).get(`/api/console/applications/${id}`).expect(200)).body.form.basic.areaKm2).toBe(22);
    expect(before.form.basic.areaKm2).not.toBe(22);
    expect((await readBothWays()).fromTables).toBe(0);
  });

  it('reads a file renamed or deleted since as the tables do, and ignores a copy of another shape', async () => {
    const own = await ownFile();
    const id = await createFrom('eligible', own);
    await app.strapi.db.query('plugin::upload.file').update({ where: { id: own }, data: { name: '更名后的佐证.pdf' } });
    const renamed = JSON.stringify((await app.as(county).get(`/api/console/applications/${id}`).expect(200)).body.form);
    expect(renamed).toContain('更名后的佐证.pdf');
    expect((await readBothWays()).fromTables).toBe(0);

    await app.strapi.db.query('plugin::upload.file').delete({ where: { id: own } });
    expect(JSON.stringify((await app.as(county).get(`/api/console/applications/${id}`).expect(200)).body.form)).not.toContain('更名后的佐证.pdf');
    expect((await readBothWays()).fromTables).toBe(0);

    // A copy made before a field was added to the form: read from the tables instead.
    const stored = (await app.strapi.db.connection(tableName()).where({ document_id: id }).first(COPY_COLUMN)) as Record<string, unknown>;
    const copy = typeof stored[COPY_COLUMN] === 'string' ? JSON.parse(stored[COPY_COLUMN] as string) : stored[COPY_COLUMN];
    const altered = JSON.stringify({ ...copy, shape: 'an-older-form', components: { ...copy.components, basic: { ...copy.components.basic, areaKm2: 999 } } });
    await app.strapi.db
      .connection(tableName())
      .where({ document_id: id })
      .update({ [COPY_COLUMN]: altered });
    expect((await app.as(county).get(`/api/console/applications/${id}`).expect(200)).body.form.basic.areaKm2).not.toBe(999);
    expect((await readBothWays()).fromTables).toBe(1);
  });

  it('is written again by the fill where it is missing or of another shape, by one instance at a time', async () => {
    const [missing, older] = (await withCopies()).slice(-2);
    await app.strapi.db
      .connection(tableName())
      .where({ id: missing.id })
      .update({ [COPY_COLUMN]: null });
    await app.strapi.db
      .connection(tableName())
      .where({ id: older.id })
      .update({ [COPY_COLUMN]: JSON.stringify({ shape: 'an-older-form', components: {} }) });
    const unusable = (await readBothWays()).fromTables;
    expect(unusable).toBeGreaterThanOrEqual(2);

    if (app.strapi.db.dialect.client === 'postgres') {
      // Another instance filling (it holds the lock): this one leaves the work to it.
      await app.strapi.db.connection.transaction(async (other: { raw(sql: string): Promise<unknown> }) => {
        await other.raw(`SELECT pg_advisory_xact_lock(hashtext('sme-cluster:component-copies'))`);
        expect(await copies.backfillComponentCopies(UID)).toBe(0);
      });
    }
    expect(await copies.backfillComponentCopies(UID)).toBe(unusable);
    expect(await readBothWays()).toEqual({ fromTables: 0, statements: 1 });
    expect(await copies.backfillComponentCopies(UID)).toBe(0);
  });
});
