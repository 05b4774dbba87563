import type { Core } from '@strapi/strapi';
import { authorize, createRecordController } from '../../../records/controller';
import { findScoped } from '../../../records/access';
import { recordAudit } from '../../../lib/audit';
import { conflict } from '../../../lib/errors';
import type { StaffPrincipal } from '../../../lib/principal';
import { RECOGNIZED_LIST_UID, assertRecognized, recognizedListResource, withPublication, type RecognizedListRecord } from '../resource';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const base = createRecordController(recognizedListResource);

/** The event of a publication or its withdrawal, written in the same transaction. */
function auditPublication(principal: StaffPrincipal, id: string, action: 'publish' | 'unpublish', fromState: string, details: Record<string, unknown>) {
  return recordAudit({
    actor: principal,
    action,
    subjectType: 'recognized-list',
    subjectId: id,
    fromState,
    toState: action === 'publish' ? 'published' : 'draft',
    details,
  });
}

/** The draft the caller may act on, read through the console's scope check (404 when absent). */
async function draftFor(ctx: Ctx, action: 'update' | 'delete') {
  const { principal, scoped } = await authorize(ctx, recognizedListResource, action);
  const draft = recognizedListResource.toRecord(await findScoped(recognizedListResource, ctx.params.id, scoped));
  return { principal, draft: await withPublication(draft) };
}

export default {
  find: base.find,

  async findOne(ctx: Ctx) {
    await base.findOne(ctx);
    ctx.body = await withPublication(ctx.body as RecognizedListRecord);
  },

  create: base.create,
  update: base.update,

  // A published list is a public record: it has to be withdrawn (and that audited) before it can disappear.
  async delete(ctx: Ctx) {
    const { draft } = await draftFor(ctx, 'delete');
    if (draft.publishedAt) conflict('名单已发布，请先撤回发布再删除 / Unpublish the list before deleting it');
    await base.delete(ctx);
  },

  async publish(ctx: Ctx) {
    const { principal, draft } = await draftFor(ctx, 'update');
    await assertRecognized(draft.clusterIds, 'clusters');
    ctx.body = await strapi.db.transaction(async () => {
      await strapi.documents(RECOGNIZED_LIST_UID).publish({ documentId: draft.id });
      await auditPublication(principal, draft.id, 'publish', draft.publishedAt ? 'published' : 'draft', {
        documentNumber: draft.documentNumber,
        clusterIds: draft.clusterIds,
      });
      return withPublication({ ...draft });
    });
  },

  async unpublish(ctx: Ctx) {
    const { principal, draft } = await draftFor(ctx, 'update');
    if (!draft.publishedAt) conflict('名单尚未发布 / The list is not published');
    await strapi.db.transaction(async () => {
      await strapi.documents(RECOGNIZED_LIST_UID).unpublish({ documentId: draft.id });
      await auditPublication(principal, draft.id, 'unpublish', 'published', { documentNumber: draft.documentNumber, publishedAt: draft.publishedAt });
    });
    ctx.body = { ...draft, publishedAt: null };
  },
};
