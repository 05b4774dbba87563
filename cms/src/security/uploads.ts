import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { invalid, forbidden } from '../lib/errors';
import { canReadFile, OWNER_UID } from './files';
import { principalOf } from '../lib/principal';
import { scopeOf } from '@sme-cluster/rules';
import { roleMatrix } from '../lib/config';
import { scopeFilter } from '../records/resource';
import { applicationResource } from '../api/application/resource';
import { guardWrites } from '../records/access';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export const DEFAULT_UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

/** UPLOAD_MAX_BYTES (default 20 MB). */
export function uploadMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.UPLOAD_MAX_BYTES);
  return Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_UPLOAD_MAX_BYTES;
}

/**
 * Evidence is scanned or exported documents: PDF and photos. Office files are not accepted (macros,
 * editable after sealing); the type is read from the file's first bytes, never from the client's claim.
 */
const KINDS = [
  { mime: 'application/pdf', ext: '.pdf', exts: ['.pdf'], magic: [Buffer.from('%PDF-')] },
  { mime: 'image/jpeg', ext: '.jpg', exts: ['.jpg', '.jpeg'], magic: [Buffer.from([0xff, 0xd8, 0xff])] },
  { mime: 'image/png', ext: '.png', exts: ['.png'], magic: [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])] },
] as const;

export function detectKind(head: Buffer): (typeof KINDS)[number] | undefined {
  return KINDS.find((kind) => kind.magic.some((magic) => head.subarray(0, magic.length).equals(magic)));
}

/**
 * A display name safe to store and to put in a Content-Disposition header: no path, no control or
 * bidi characters, no characters Windows refuses; Chinese kept; the extension matches the real type.
 */
export function sanitizeFileName(raw: unknown, ext: string): string {
  let name = String(raw ?? '').normalize('NFC');
  name = name.split(/[\\/]/).pop() ?? '';
  // Control and bidirectional characters are what this strips: the rule against them in patterns does not apply.
  name = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  const current = path.extname(name);
  const base = (KINDS.some((kind) => (kind.exts as readonly string[]).includes(current.toLowerCase())) ? name.slice(0, -current.length) : name).trim();
  return `${[...(base || '文件')].slice(0, 120).join('')}${ext}`;
}

interface UploadedPart {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
}

const tooBig = (max: number) => ({
  zh: `文件超过大小上限（${Math.round(max / 1024 / 1024)} MB）`,
  en: `The file exceeds the size limit (${Math.round(max / 1024 / 1024)} MB)`,
});
const wrongType = { zh: '只能上传 PDF、JPG 或 PNG 文件', en: 'Only PDF, JPG or PNG files can be uploaded' };

/**
 * Route middleware of the upload plugin's content-API upload (runs after authentication): checks
 * every file before anything is stored, then records who uploaded the files it created.
 */
export async function uploadGuard(ctx: Ctx, next: () => Promise<unknown>): Promise<void> {
  // Replacing or re-describing an existing file by id would let a caller overwrite anyone's evidence.
  if ((ctx.query as Record<string, unknown>).id !== undefined)
    forbidden('不能替换已上传的文件，请重新上传 / Uploaded files cannot be replaced; upload a new one');
  const body = (ctx.request.body ?? {}) as Record<string, unknown>;
  // ref/refId/field would attach the file straight onto any record, past the record's own write rules.
  const extra = Object.keys(body).filter((key) => key !== 'fileInfo');
  if (extra.length) invalid(extra.map((key) => ({ path: key, message: { zh: `不支持的参数“${key}”`, en: `Unsupported parameter "${key}"` } })));
  const input = (ctx.request as { files?: Record<string, UploadedPart | UploadedPart[]> }).files?.files;
  const parts = input ? (Array.isArray(input) ? input : [input]) : [];
  const max = uploadMaxBytes();
  const errors = [];
  for (const [index, part] of parts.entries()) {
    const at = parts.length > 1 ? `files.${index}` : 'files';
    if (!(part.size > 0) || part.size > max) {
      errors.push({ path: at, message: part.size > max ? tooBig(max) : { zh: '文件为空', en: 'The file is empty' } });
      continue;
    }
    const head = Buffer.alloc(16);
    const fd = fs.openSync(part.filepath, 'r');
    try {
      fs.readSync(fd, head, 0, head.length, 0);
    } finally {
      fs.closeSync(fd);
    }
    const kind = detectKind(head);
    if (!kind) {
      errors.push({ path: at, message: wrongType });
      continue;
    }
    // What is stored is what the bytes are, under a clean name.
    part.mimetype = kind.mime;
    part.originalFilename = sanitizeFileName(part.originalFilename, kind.ext);
  }
  if (errors.length) {
    const [first] = errors;
    invalid(errors, `${first.message.zh} / ${first.message.en}`);
  }
  // The stored name is the sanitized file name, not a free-text fileInfo.name (multipart sends it as JSON text).
  if (body.fileInfo !== undefined) {
    let fileInfo: unknown = body.fileInfo;
    if (typeof fileInfo === 'string') {
      try {
        fileInfo = JSON.parse(fileInfo) as unknown;
      } catch {
        invalid([{ path: 'fileInfo', message: { zh: 'fileInfo 不是有效的 JSON', en: 'fileInfo is not valid JSON' } }]);
      }
    }
    for (const info of (Array.isArray(fileInfo) ? fileInfo : [fileInfo]) as unknown[]) {
      if (info && typeof info === 'object') delete (info as Record<string, unknown>).name;
    }
    body.fileInfo = fileInfo;
  }
  await next();
  const userId = (ctx.state.user as { id?: number } | undefined)?.id;
  const created = Array.isArray(ctx.body) ? (ctx.body as Array<{ id?: unknown }>) : [];
  if (userId == null || ctx.status >= 300) return;
  for (const file of created) {
    if (typeof file?.id === 'number') await strapi.db.query(OWNER_UID).create({ data: { fileId: file.id, userId } });
  }
}

/** Puts the guard on the upload plugin's content-API upload route (before routes are mounted). */
export function guardUploadRoute(strapi: Core.Strapi): void {
  const router = (strapi.plugin('upload').routes as Record<string, { routes: Array<{ handler: string; path: string; config?: { middlewares?: unknown[] } }> }>)[
    'content-api'
  ];
  const route = router?.routes.find((r) => r.handler === 'content-api.upload');
  if (!route) throw new Error('Upload route not found: cannot guard uploads');
  route.config = { ...route.config, middlewares: [uploadGuard, ...(route.config?.middlewares ?? [])] };
}

// ------------------------------------------------------------------ attaching files to a record

/** Every media id in a write's data, following components (file refs are ids or { id }). */
export function mediaIds(uid: string, data: unknown, found = new Set<number>()): Set<number> {
  const model = strapi.getModel(uid as never) as { attributes: Record<string, { type: string; component?: string }> } | undefined;
  if (!model || !data || typeof data !== 'object') return found;
  for (const [name, attribute] of Object.entries(model.attributes)) {
    const value = (data as Record<string, unknown>)[name];
    if (value == null) continue;
    if (attribute.type === 'media') {
      for (const ref of Array.isArray(value) ? value : [value]) {
        const id = typeof ref === 'object' && ref ? (ref as { id?: unknown }).id : ref;
        if (typeof id === 'number' || (typeof id === 'string' && /^\d+$/.test(id))) found.add(Number(id));
      }
    } else if (attribute.type === 'component' && attribute.component) {
      for (const item of Array.isArray(value) ? value : [value]) mediaIds(attribute.component, item, found);
    }
  }
  return found;
}

const notAttachable = (ids: number[]) =>
  invalid(
    [
      {
        path: 'form',
        message: {
          zh: `引用的文件不存在或无权使用（#${ids.join(', #')}），请重新上传`,
          en: `Files not found or not yours to use (#${ids.join(', #')}); upload them again`,
        },
      },
    ],
    '引用的文件不存在或无权使用 / Referenced files not found or not yours to use',
  );

/**
 * A staff user may put into an application only files they could download: their own uploads or
 * files already on a record they may read. Otherwise a county could reference another county's
 * evidence by id and then read it through its own application. Writes without a request (demo
 * data, jobs) are not checked.
 */
export function registerAttachmentCheck(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== applicationResource.uid || (context.action !== 'create' && context.action !== 'update')) return next();
    await assertAttachable(context.uid, (context.params as { data?: unknown }).data);
    return next();
  });
  // A form save writes below the document service (see updateAndRead): the same check, there.
  guardWrites(applicationResource.uid, (data) => assertAttachable(applicationResource.uid, data));
}

/** Refuses (400) a write to an application's data that attaches a file the caller could not download. */
async function assertAttachable(uid: string, data: unknown): Promise<void> {
  const request = strapi.requestContext.get() as Ctx | undefined;
  if (!request?.state?.user) return;
  const ids = [...mediaIds(uid, data)];
  if (!ids.length) return;
  const principal = await principalOf(request);
  if (!principal) forbidden();
  const existing = new Set(
    ((await strapi.db.query('plugin::upload.file').findMany({ where: { id: { $in: ids } }, select: ['id'] })) as Array<{ id: number }>).map((f) => f.id),
  );
  const scope = scopeOf(roleMatrix(), principal!.role, 'applications', 'read');
  const scoped = scope ? scopeFilter(applicationResource, scope, principal!) : undefined;
  const refused: number[] = [];
  for (const id of ids) if (!existing.has(id) || !(await canReadFile(id, principal!, scoped))) refused.push(id);
  if (refused.length) notAttachable(refused);
}
