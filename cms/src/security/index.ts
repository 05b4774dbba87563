import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { assertProductionEnv } from './production';
import { FILE_UID, migrateFileUrls, privateLocalStorage, registerFileUrls, uploadDir } from './files';
import { guardUploadRoute, registerAttachmentCheck } from './uploads';
import { registerPasswordPolicy } from './passwords';
import { registerAdminWrites } from './admin-writes';
import { registerCallerCache } from './caller-cache';

/** Everything security-related that must be in place before the server takes requests. */
export function registerSecurity(strapi: Core.Strapi): void {
  assertProductionEnv(process.env);
  const provider = String(strapi.config.get('plugin::upload.provider', 'local'));
  if (provider === 'local') (strapi.plugin('upload').provider as unknown as { extend(o: object): void }).extend(privateLocalStorage(uploadDir()));
  registerFileUrls(strapi);
  guardUploadRoute(strapi);
  registerAttachmentCheck(strapi);
  registerPasswordPolicy(strapi);
  registerAdminWrites(strapi);
  registerCallerCache(strapi);
}

/** Moves files stored publicly before files went private and points their urls at the download route. */
export async function bootstrapSecurity(strapi: Core.Strapi): Promise<void> {
  if (String(strapi.config.get('plugin::upload.provider', 'local')) === 'local') {
    const legacy = path.join(strapi.dirs.static.public, 'uploads');
    const files = (await strapi.db.query(FILE_UID).findMany({ where: { url: { $startsWith: '/uploads/' } }, select: ['hash', 'ext'] })) as Array<{
      hash: string;
      ext: string | null;
    }>;
    for (const file of files) {
      const name = `${file.hash}${file.ext ?? ''}`;
      const from = path.join(legacy, name);
      if (/^[\w.-]+$/.test(name) && fs.existsSync(from)) fs.renameSync(from, path.join(uploadDir(), name));
    }
  }
  const moved = await migrateFileUrls();
  if (moved) strapi.log.info(`Pointed ${moved} file url(s) at /api/files/:id`);
  // Only the original is kept and served: no responsive copies of evidence images.
  const settings = strapi.store({ type: 'plugin', name: 'upload', key: 'settings' });
  const current = ((await settings.get()) ?? {}) as Record<string, unknown>;
  if (current.responsiveDimensions !== false) await settings.set({ value: { ...current, responsiveDimensions: false } });
}
