import fs from 'fs';
import path from 'path';
import { Readable } from 'stream';
import type { Core } from '@strapi/strapi';
import { scopeOf } from '@sme-cluster/rules';
import { applicationResource } from '../api/application/resource';
import { scopeFilter, type RecordResource, type Filters } from '../records/resource';
import { roleMatrix } from '../lib/config';
import { localUploadDir } from '../lib/storage';
import type { StaffPrincipal } from '../lib/principal';

/**
 * Evidence files (佐证材料, seals) are private:
 * - the local provider writes them to UPLOAD_DIR (default cms/.tmp/uploads), outside the public folder,
 *   and /uploads/* answers 404 (middleware `global::private-uploads`);
 * - a file's `url` is its authorized download, /api/files/<id>;
 * - a file may be read by whoever may read a record that references it (same role and region rules),
 *   and by its uploader (table `file_owners`, written when the upload route answers).
 */

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export interface StoredFile {
  id: number;
  name: string;
  hash: string;
  ext: string | null;
  mime: string;
  url: string | null;
  provider: string;
  sizeInBytes?: number | null;
}

export const FILE_UID = 'plugin::upload.file';
export const OWNER_UID = 'api::evidence.file-owner';
export const fileUrl = (id: number | string) => `/api/files/${id}`;

/** Where the local provider keeps files; the public folder only for files uploaded before this change. */
export function uploadDir(): string {
  return localUploadDir(strapi.dirs.app.root, process.env);
}
const legacyDir = () => path.join(strapi.dirs.static.public, 'uploads');

/** Only a hash + extension as produced by the upload service: never a path. */
function storedName(file: { hash: string; ext?: string | null }): string {
  const name = `${file.hash}${file.ext ?? ''}`;
  if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) throw new Error(`Refusing to store a file named ${JSON.stringify(name)}`);
  return name;
}

interface ProviderFile {
  hash: string;
  ext?: string;
  url?: string;
  buffer?: Buffer;
  stream?: NodeJS.ReadableStream;
}

/** Replaces the local provider's storage (public/uploads) with a private folder. */
export function privateLocalStorage(dir: string) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o750 });
  const target = (file: ProviderFile) => path.join(dir, storedName(file));
  const write = async (file: ProviderFile) => {
    if (file.stream) {
      const { pipeline } = await import('stream/promises');
      await pipeline(file.stream, fs.createWriteStream(target(file), { mode: 0o640 }));
    } else if (file.buffer) {
      await fs.promises.writeFile(target(file), file.buffer, { mode: 0o640 });
    } else {
      throw new Error('Missing file stream');
    }
    // Rewritten to /api/files/<id> as soon as the record exists (see registerFileUrls).
    file.url = `/private/${storedName(file)}`;
  };
  const remove = async (file: ProviderFile) => {
    for (const candidate of [target(file), path.join(legacyDir(), storedName(file))]) await fs.promises.rm(candidate, { force: true });
  };
  return {
    upload: write,
    uploadStream: write,
    async replace(newFile: ProviderFile, oldFile: ProviderFile) {
      await write(newFile);
      if (storedName(newFile) !== storedName(oldFile)) await remove(oldFile);
    },
    async replaceStream(newFile: ProviderFile, oldFile: ProviderFile) {
      await write(newFile);
      if (storedName(newFile) !== storedName(oldFile)) await remove(oldFile);
    },
    delete: remove,
  };
}

/** The file on disk: the private folder, or the public one for files stored before files went private. */
export function filePath(file: Pick<StoredFile, 'hash' | 'ext'>): string | null {
  const name = storedName(file);
  for (const dir of [uploadDir(), legacyDir()]) {
    const candidate = path.join(dir, name);
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * Every file record's url is its authorized download. Image formats (thumbnails …) are dropped from
 * the record: nothing serves them, and the console shows file names, not previews.
 */
export function registerFileUrls(strapi: Core.Strapi): void {
  const rewrite = async (result: { id?: number; url?: string | null; formats?: unknown } | undefined) => {
    if (!result?.id || (result.url === fileUrl(result.id) && !result.formats)) return;
    await strapi.db.query(FILE_UID).update({ where: { id: result.id }, data: { url: fileUrl(result.id), formats: null } });
    result.url = fileUrl(result.id);
    result.formats = null;
  };
  strapi.db.lifecycles.subscribe({
    models: [FILE_UID],
    afterCreate: (event) => rewrite(event.result as never),
    afterUpdate: (event) => rewrite(event.result as never),
  });
}

/** Files stored before this change still carry /uploads/… urls: point them at the download route. */
export async function migrateFileUrls(): Promise<number> {
  const stale = (await strapi.db.query(FILE_UID).findMany({ where: { url: { $notContains: '/api/files/' } }, select: ['id'] })) as Array<{ id: number }>;
  for (const { id } of stale) await strapi.db.query(FILE_UID).update({ where: { id }, data: { url: fileUrl(id), formats: null } });
  return stale.length;
}

// ------------------------------------------------------------------ who may read a file

/** The records (content types) whose files are downloadable, with the console resource that says who reads them. */
const READERS: Record<string, RecordResource<{ id: string }, any>> = {
  [applicationResource.uid]: applicationResource,
};

interface Parent {
  uid: string;
  table: string;
  parentColumn: string;
  childColumn: string;
  field: string;
}

interface AttributeMeta {
  type: string;
  target?: string;
  joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string }; on?: { field?: string }; pivotColumns?: string[] };
}

let parentIndex: Map<string, Parent[]> | undefined;

/** For each component, the models (content types or components) that embed it and through which join table. */
function parents(componentUid: string): Parent[] {
  if (!parentIndex) {
    parentIndex = new Map();
    for (const [uid, meta] of strapi.db.metadata as unknown as Map<string, { attributes: Record<string, AttributeMeta> }>) {
      for (const [name, attribute] of Object.entries(meta.attributes)) {
        const join = attribute.joinTable;
        if (attribute.type !== 'relation' || !attribute.target || !join?.pivotColumns?.includes('component_type')) continue;
        const list = parentIndex.get(attribute.target) ?? [];
        list.push({ uid, table: join.name, parentColumn: join.joinColumn.name, childColumn: join.inverseJoinColumn.name, field: join.on?.field ?? name });
        parentIndex.set(attribute.target, list);
      }
    }
  }
  return parentIndex.get(componentUid) ?? [];
}

type Knex = ((table: string) => { withSchema(schema: string): unknown; where(w: object): { select(...c: string[]): Promise<unknown> } }) & object;

/**
 * The top-level records (uid → row ids) that reference a file, through any depth of components.
 * Runs in the caller's transaction when there is one (a document middleware inside a write), else in its own.
 */
export function referencingRecords(fileId: number): Promise<Map<string, Set<number>>> {
  return strapi.db.transaction(({ trx }) => walkReferences(trx as unknown as Knex, fileId)) as unknown as Promise<Map<string, Set<number>>>;
}

async function walkReferences(trx: Knex, fileId: number): Promise<Map<string, Set<number>>> {
  const schema = strapi.db.getSchemaName();
  const table = (name: string) => (schema ? (trx(name).withSchema(schema) as ReturnType<Knex>) : trx(name));
  const related = (
    strapi.db.metadata.get(FILE_UID) as unknown as {
      attributes: Record<
        string,
        { joinTable: { name: string; joinColumn: { name: string }; morphColumn: { typeColumn: { name: string }; idColumn: { name: string } } } }
      >;
    }
  ).attributes.related.joinTable;
  const typeColumn = related.morphColumn.typeColumn.name;
  const idColumn = related.morphColumn.idColumn.name;
  const links = (await table(related.name)
    .where({ [related.joinColumn.name]: fileId })
    .select(typeColumn, idColumn)) as Array<Record<string, unknown>>;
  const roots = new Map<string, Set<number>>();
  const seen = new Set<string>();
  let frontier = links.map((link) => ({ uid: String(link[typeColumn]), id: Number(link[idColumn]) }));
  for (let depth = 0; frontier.length && depth < 12; depth += 1) {
    const next: typeof frontier = [];
    for (const node of frontier) {
      const key = `${node.uid}#${node.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (strapi.contentTypes[node.uid as never]) {
        const ids = roots.get(node.uid) ?? new Set<number>();
        roots.set(node.uid, ids.add(node.id));
        continue;
      }
      for (const parent of parents(node.uid)) {
        const rows = (await table(parent.table)
          .where({ [parent.childColumn]: node.id, field: parent.field, component_type: node.uid })
          .select(parent.parentColumn)) as Array<Record<string, unknown>>;
        for (const row of rows) next.push({ uid: parent.uid, id: Number(row[parent.parentColumn]) });
      }
    }
    frontier = next;
  }
  return roots;
}

/** The caller's read filter on a record type, or null when their role may not read it. */
function readFilter(def: RecordResource<{ id: string }, any>, principal: StaffPrincipal): Filters | null {
  const scope = scopeOf(roleMatrix(), principal.role, def.resource, 'read');
  return scope ? scopeFilter(def, scope, principal) : null;
}

/**
 * Whether the caller may read a file: they uploaded it, or a record that references it lies in
 * their read scope for that record type. `scoped` is the caller's application read filter when known.
 */
export async function canReadFile(fileId: number, principal: StaffPrincipal, scoped?: Filters): Promise<boolean> {
  const owner = (await strapi.db.query(OWNER_UID).findOne({ where: { fileId } })) as { userId: number } | null;
  if (owner && owner.userId === principal.id) return true;
  for (const [uid, rowIds] of await referencingRecords(fileId)) {
    const def = READERS[uid];
    const filter = def && (def === applicationResource && scoped ? scoped : readFilter(def, principal));
    if (!def || !filter) continue;
    const rows = (await strapi.db.query(uid as never).findMany({ where: { id: { $in: [...rowIds] } }, select: ['documentId'] })) as Array<{
      documentId: string;
    }>;
    if (!rows.length) continue;
    const found = await strapi.documents(def.uid).findFirst({
      filters: { $and: [filter, { documentId: { $in: rows.map((r) => r.documentId) } }] } as never,
      fields: ['documentId'] as never,
    });
    if (found) return true;
  }
  return false;
}

// ------------------------------------------------------------------ answering a download

/** The types a download is served as; anything else goes out as an opaque octet stream. */
const SERVED_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

/** RFC 6266/5987: an ASCII fallback and the UTF-8 name (Chinese names kept). */
export function contentDisposition(name: string, fallback: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** The part of @strapi/provider-upload-aws-s3 the download uses. */
export interface SigningProvider {
  getSignedUrl(file: { hash: string; ext?: string | null; path?: string | null; url: string }): Promise<{ url: string }>;
}

/**
 * A short-lived signed GET URL for a file kept in the bucket. The record's url is the download route,
 * not the object's address, so the provider is told which bucket the object is in (an s3:// URL is
 * what it recognises as "ours"); the key is rebuilt from hash, ext and path as when it was written.
 */
export async function signedObjectUrl(
  provider: SigningProvider,
  bucket: string,
  file: Pick<StoredFile, 'hash' | 'ext'> & { path?: string | null },
): Promise<string> {
  storedName(file);
  const { url } = await provider.getSignedUrl({ hash: file.hash, ext: file.ext, path: file.path ?? null, url: `s3://${bucket}/` });
  if (!/^https?:\/\//.test(url)) throw new Error(`The upload provider returned no signed URL for file ${file.hash}`);
  return url;
}

type FileSource = { kind: 'disk'; path: string } | { kind: 'object-store'; url: string } | null;

/** Where a file's bytes are read from: the local folder, or the bucket for files uploaded through the S3 provider. */
async function fileSource(file: StoredFile & { path?: string | null }): Promise<FileSource> {
  if (file.provider === 'local') {
    const location = filePath(file);
    return location ? { kind: 'disk', path: location } : null;
  }
  const bucket = String(strapi.config.get('plugin::upload.providerOptions.s3Options.params.Bucket', ''));
  const provider = strapi.plugin('upload').provider as unknown as Partial<SigningProvider>;
  if (file.provider !== 'aws-s3' || !bucket || typeof provider.getSignedUrl !== 'function') return null;
  return { kind: 'object-store', url: await signedObjectUrl(provider as SigningProvider, bucket, file) };
}

const missing = (ctx: Ctx) => {
  ctx.status = 404;
  ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message: '文件不存在 / File not found', details: {} } };
};

/**
 * Streams the file after the caller passed the scope check. Objects in the bucket are streamed
 * through the app rather than redirected to: the bucket stays unreachable from browsers (no CORS
 * rules, no signed links in browser history), and the console's Bearer download works unchanged.
 */
export async function sendFile(ctx: Ctx, file: StoredFile): Promise<void> {
  const source = await fileSource(file);
  let body: NodeJS.ReadableStream;
  let length: number | undefined;
  if (source?.kind === 'disk') {
    length = fs.statSync(source.path).size;
    body = fs.createReadStream(source.path);
  } else if (source?.kind === 'object-store') {
    // A store that cannot be reached is reported as such (502), not as a database outage or a 500.
    const response = await fetch(source.url).catch((error: Error) => ({ ok: false, status: 0, body: null, error }) as const);
    if (!response.ok || !response.body) {
      strapi.log.error(
        `File #${file.id} (${file.hash}${file.ext ?? ''}): the object store answered ${'error' in response ? response.error.message : response.status}`,
      );
      if (response.status === 404 || response.status === 403) return missing(ctx);
      ctx.status = 502;
      ctx.body = {
        data: null,
        error: { status: 502, name: 'BadGatewayError', message: '文件存储暂不可用，请稍后重试 / File storage unavailable, retry later', details: {} },
      };
      return;
    }
    const declared = Number(response.headers.get('content-length'));
    length = Number.isSafeInteger(declared) && declared >= 0 ? declared : undefined;
    body = Readable.fromWeb(response.body as Parameters<typeof Readable.fromWeb>[0]);
  } else {
    strapi.log.error(
      `File #${file.id} (${file.hash}${file.ext ?? ''}, provider ${file.provider}) is missing from ${file.provider === 'local' ? uploadDir() : 'the object store'}`,
    );
    return missing(ctx);
  }
  const ext = /^\.[A-Za-z0-9]{1,8}$/.test(file.ext ?? '') ? file.ext!.toLowerCase() : '';
  ctx.set('Content-Disposition', contentDisposition(file.name || `file-${file.id}${ext}`, `file-${file.id}${ext}`));
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Cache-Control', 'private, no-store');
  ctx.set('Content-Security-Policy', "default-src 'none'; sandbox");
  ctx.type = SERVED_TYPES.has(file.mime) ? file.mime : 'application/octet-stream';
  if (length !== undefined) ctx.length = length;
  ctx.body = body;
}
