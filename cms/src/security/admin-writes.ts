import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { recordAudit } from '../lib/audit';
import { canonical } from '../lib/audit-chain';
import { adminOfRequest } from '../settings/middleware';
import { SETTINGS_UID } from '../settings/store';
import { RECORD_LABELS, type RecordModel } from '@sme-cluster/rules';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/**
 * What Strapi's admin panel (/admin, an administrator's session) may write. Records change state
 * only through their workflow in the console, so in the admin panel:
 * - the trail and the records of decisions are read-only (audit events, job runs, expert score sheets, revocation grounds);
 * - workflow records (applications, clusters, annual reports, change filings, pool candidates) are neither created nor
 *   deleted, and their workflow fields keep their values: status, validity, recognition, revocation,
 *   version, rule report, verdict …; their content may be corrected;
 * - every write to a domain record leaves an audit event (who, field old → new) in its transaction.
 * The settings single type audits its own writes (settings/middleware.ts).
 */
const READ_ONLY: Record<string, string> = {
  'api::audit-event.audit-event': RECORD_LABELS['audit-event'].name,
  'api::job-run.job-run': RECORD_LABELS['job-run'].name,
  'api::expert-review.expert-review': RECORD_LABELS['expert-review'].name,
  'api::revocation-ground.revocation-ground': RECORD_LABELS['revocation-ground'].name,
};

/** The fields only the workflow writes, per record kind; named in a refusal by their labels in rules. */
const WORKFLOW_FIELDS: Record<string, { model: RecordModel; fields: readonly string[] }> = {
  'api::application.application': {
    model: 'application',
    fields: [
      'status',
      'verdict',
      'report',
      'reportAt',
      'submittedAt',
      'formUpdatedAt',
      'archivedAt',
      'publicNoticeStartsOn',
      'publicNoticeEndsOn',
      'objectionOpen',
      'nationalRecommended',
      'nationalRecommendedAt',
      'decisionComment',
      'callNotice',
      'cluster',
      'prefecture',
      'county',
      'expertReviews',
      'version',
    ],
  },
  'api::cluster.cluster': {
    model: 'cluster',
    fields: ['status', 'recognizedAt', 'validUntil', 'revocationGround', 'revokedAt', 'renewals', 'prefecture', 'county', 'version'],
  },
  'api::annual-report.annual-report': { model: 'annual-report', fields: ['status', 'submittedAt', 'report', 'cluster', 'year', 'version'] },
  'api::change-filing.change-filing': {
    model: 'change-filing',
    fields: ['status', 'forwardedAt', 'filedOn', 'late', 'cluster', 'kind', 'before', 'after'],
  },
  'api::pool-candidate.pool-candidate': {
    model: 'pool-candidate',
    fields: ['status', 'proposedOn', 'cityOpinion', 'decisionComment', 'decidedOn', 'cluster', 'prefecture', 'county', 'version'],
  },
};

const WRITES = new Set(['create', 'update', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft']);

/** 403 with the reason: a PolicyError, because Strapi's router answers any other ForbiddenError with a bare "Forbidden". */
function refuse(zh: string, en: string): never {
  throw new errors.PolicyError(`${zh} / ${en}`);
}

/** A stored value and a submitted one in one comparable form (dates as instants, JSON and relations as text). */
function comparable(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'null';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
  return typeof value === 'object' ? canonical(value) : String(value);
}

/** A relation in a content-manager body moves only when it connects, disconnects or sets something. */
function movesRelation(value: unknown): boolean {
  if (!value || typeof value !== 'object') return value !== undefined;
  const relation = value as { connect?: unknown[]; disconnect?: unknown[]; set?: unknown[] };
  return Boolean(relation.connect?.length || relation.disconnect?.length || relation.set);
}

const adminWrites: Middleware = async (ctx, next) => {
  if (!WRITES.has(ctx.action) || !ctx.uid.startsWith('api::') || ctx.uid === SETTINGS_UID) return next();
  const admin = adminOfRequest();
  const request = strapi.requestContext.get() as { path?: string; state?: { auth?: { strategy?: { name?: string } } } } | undefined;
  // The administrator's own write to this type (content manager routes name it); not what the write implies elsewhere, e.g. its audit event.
  if (!admin || request?.state?.auth?.strategy?.name !== 'admin' || !decodeURIComponent(request.path ?? '').includes(`/${ctx.uid}`)) return next();

  const readOnly = READ_ONLY[ctx.uid];
  if (readOnly) refuse(`${readOnly}只读，不能在管理后台新建、修改或删除`, 'Read-only in the admin panel');
  const workflow = WORKFLOW_FIELDS[ctx.uid];
  const labels = workflow && (RECORD_LABELS[workflow.model] as { name: string; fields: Record<string, string> });
  if (labels && ctx.action !== 'update') refuse(`${labels.name}只能在工作台按业务流程新建或删除`, 'Created and deleted only through the console workflow');

  const params = ctx.params as { documentId?: string; data?: Record<string, unknown> };
  const attributes = strapi.contentType(ctx.uid).attributes as Record<string, { type: string }>;
  const scalar = (name: string) =>
    attributes[name] &&
    attributes[name].type !== 'relation' &&
    attributes[name].type !== 'component' &&
    attributes[name].type !== 'dynamiczone' &&
    attributes[name].type !== 'media';
  const read = async (documentId = params.documentId) =>
    documentId ? ((await strapi.db.query(ctx.uid).findOne({ where: { documentId } })) as Record<string, unknown> | null) : null;

  return strapi.db.transaction(async () => {
    const before = await read();
    if (workflow && labels && before) {
      const moved = workflow.fields.filter((field) => {
        if (!params.data || !(field in params.data)) return false;
        return scalar(field) ? comparable(params.data[field]) !== comparable(before[field]) : movesRelation(params.data[field]);
      });
      if (moved.length) {
        refuse(
          `${labels.name}的${moved.map((field) => `“${labels.fields[field]}”`).join('、')}只能通过业务流程变更`,
          `Workflow fields change only through the workflow: ${moved.join(', ')}`,
        );
      }
      // Unchanged workflow fields are not written back: the stored values (and their types) stay as the workflow left them.
      for (const field of workflow.fields) if (params.data && field in params.data) delete params.data[field];
    }
    const result = await next();
    const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
    const after = ctx.action === 'delete' ? null : await read(documentId);
    const fields = Object.keys(attributes).filter((name) => scalar(name) && !['createdAt', 'updatedAt', 'publishedAt', 'documentId', 'locale'].includes(name));
    const changes = fields
      .map((field) => ({ field, from: before?.[field] ?? null, to: after?.[field] ?? null }))
      .filter((change) => comparable(change.from) !== comparable(change.to));
    await recordAudit({
      actor: null,
      actorRole: 'strapi_admin',
      action: `admin.${ctx.action}`,
      subjectType: ctx.uid.split('.')[1],
      subjectId: String(documentId ?? ''),
      details: { by: admin, changes },
    });
    return result;
  });
};

export function registerAdminWrites(strapi: Core.Strapi): void {
  strapi.documents.use(adminWrites);
}
