import type { Core } from '@strapi/strapi';
import { authorize } from '../../../records/controller';
import { applicationResource } from '../../application/resource';
import { notFound } from '../../../lib/errors';
import { canReadFile, sendFile, type StoredFile } from '../../../security/files';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export default {
  /**
   * GET /api/files/:id — an uploaded file, for whoever may read a record that references it
   * (the same role and region rules as reading that record) or its uploader; 404 otherwise.
   */
  async download(ctx: Ctx) {
    const { principal, scoped } = await authorize(ctx, applicationResource, 'read');
    const id = /^[1-9]\d{0,9}$/.test(String(ctx.params.id)) ? Number(ctx.params.id) : NaN;
    if (!Number.isSafeInteger(id)) notFound();
    const file = (await strapi.db.query('plugin::upload.file').findOne({ where: { id } })) as StoredFile | null;
    if (!file || !(await canReadFile(file.id, principal, scoped))) notFound();
    await sendFile(ctx, file!);
  },
};
