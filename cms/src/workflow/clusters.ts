import { z } from 'zod';
import {
  CLUSTER_ACTIONS,
  REVOCATION_GROUNDS,
  clusterActionsFor,
  clusterLifecycle,
  mayStart,
  openRenewalOf,
  plainRenewal,
  renewalLifecycle,
  RENEWAL_STEPS,
  type ClusterAction,
  type ClusterStatus,
  type Renewal,
  type RenewalStep,
  type Role,
  filledShare,
  validateForm,
  withDerivedYears,
  type FieldError,
  type RenewalData,
  sameFormValue,
  type CoverRegion,
  type SectionKey,
} from '@sme-cluster/rules';
import type { Filters } from '../records/resource';
import { codeOf, regionPopulate } from '../records/regions';
import { recordGround } from './grounds';
import { recordAudit } from '../lib/audit';
import { conflict, invalid, unprocessable } from '../lib/errors';
import type { StaffPrincipal } from '../lib/principal';
import { allowedActions, inClaimedTransaction, startAction, type Workflow } from './actions';
import { lifecycle } from './config';
import { renewalDataOf, renewalReport } from './annual-figures';
import { assertFilesExist } from '../records/files';
import { addDays, addYears, todayInShanghai } from '@sme-cluster/rules';

const actionSchema = z
  .object({
    action: z.enum(CLUSTER_ACTIONS),
    ground: z.enum(REVOCATION_GROUNDS).optional(),
    comment: z.string().trim().max(2000).optional().default(''),
    version: z.number().int().min(0).optional(),
    /** The sections of the re-review data the county corrects (amendRenewal), each replacing the stored one. */
    form: z.record(z.string(), z.unknown()).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.action === 'revoke' && !body.ground)
      ctx.addIssue({ code: 'custom', path: ['ground'], message: 'ground', params: { zh: '请选择第二十条规定的撤销情形', en: 'Choose a ground of Art. 20' } });
    if (body.action === 'amendRenewal' && !body.form)
      ctx.addIssue({ code: 'custom', path: ['form'], message: 'form', params: { zh: '请提交更正后的复核材料', en: 'Send the corrected re-review data' } });
  });

type Entity = Record<string, unknown> & { documentId: string; status: ClusterStatus; version: number; validUntil: string | null; renewals?: Renewal[] };

const CLUSTERS: Workflow<ClusterStatus, ClusterAction> = {
  lifecycle: clusterLifecycle,
  uid: 'api::cluster.cluster',
  actionsFor: (role, entity) => clusterActionsFor(role, { status: entity.status, renewals: entity.renewals as Renewal[] | undefined }),
};
const populate = { ...regionPopulate, renewals: true };

export function allowedClusterActions(principal: StaffPrincipal | undefined, entity: Record<string, unknown>): ClusterAction[] {
  return allowedActions(CLUSTERS, principal, entity);
}

/** The open re-review request `role` may take `step` on; 409 when there is none. */
function openFor(renewals: Renewal[], step: RenewalStep, role: Role): Renewal {
  const open = openRenewalOf(renewals);
  if (!open || !mayStart(renewalLifecycle, role, step, open.outcome)) {
    conflict(
      step === 'amend'
        ? '复核申请已由市（州）处理，复核材料不能再修改 / The city has acted on the re-review request: its data can no longer be changed'
        : '没有待本级处理的复核申请 / No re-review request waits on you',
    );
  }
  return open;
}

/**
 * The county's corrections to the open request's re-review data: the sections sent replace the stored
 * ones (validated like an application's form; the city's recommendation is not the county's), the
 * years follow the request's year, and the rules engine reads the corrected data again.
 */
async function amend(
  renewals: Renewal[],
  role: Role,
  input: Record<string, unknown>,
  region: CoverRegion,
  now: Date,
): Promise<{ renewals: Renewal[]; changed: string[] }> {
  const open = openFor(renewals, 'amend', role);
  const result = validateForm(input);
  const errors: FieldError[] = result.success ? [] : result.errors.map((error) => ({ ...error, path: `form.${error.path}` }));
  if ('recommendation' in input)
    errors.push({ path: 'form.recommendation', message: { zh: '推荐意见由市（州）工信部门填写', en: 'The recommendation is written by the city' } });
  if (errors.length || !result.success) invalid(errors);
  const callYear = Number(open.requestedOn.slice(0, 4));
  const stored = open.data?.form ?? {};
  const sent = result.data.cover ? { ...result.data, cover: { ...result.data.cover, region } } : result.data;
  const form = withDerivedYears({ ...stored, ...sent }, callYear);
  await assertFilesExist(form);
  const data: RenewalData = {
    form,
    // What came pre-filled is a fact of the request, not of the corrections.
    prefilled: open.data?.prefilled ?? filledShare(form),
    report: await renewalReport(form, callYear, now),
  };
  // The audit names the sections that now read differently, whatever else the screen sent along.
  const changed = Object.keys(sent).filter((section) => !sameFormValue(stored[section as SectionKey], form[section as SectionKey]));
  return { renewals: [...renewals.slice(0, -1), { ...open, data }], changed };
}

/** The open re-review request with the city's or the province's step applied; 409 when there is none for this step. */
function decide(renewals: Renewal[], step: RenewalStep, role: Role, today: string, comment: string): Renewal[] {
  const open = openFor(renewals, step, role);
  const outcome = renewalLifecycle.steps[step].to;
  const decided: Renewal =
    step === 'forward'
      ? { ...open, outcome, forwardedOn: today, cityOpinion: comment }
      : {
          ...open,
          outcome,
          decidedOn: today,
          // The renewal job makes an approval effective at the old validUntil, not now.
          newValidUntil: outcome === 'approved' && open.previousValidUntil ? addYears(open.previousValidUntil, 3) : null,
          effective: false,
          comment: comment || open.comment || null,
        };
  return [...renewals.slice(0, -1), decided];
}

/** What an action writes on the cluster, and for the audit the sections of the re-review data a correction changed. */
async function effectsOf(
  action: ClusterAction,
  entity: Entity,
  role: Role,
  now: Date,
  input: z.infer<typeof actionSchema>,
): Promise<{ data: Record<string, unknown>; changed?: string[] }> {
  const today = todayInShanghai(now);
  const renewals = (entity.renewals ?? []).map(plainRenewal);
  const region = { city: codeOf(entity.prefecture) ?? '', county: codeOf(entity.county) ?? '' };
  switch (action) {
    case 'requestRenewal': {
      const validUntil = entity.validUntil;
      const { renewalWindowOpensDaysBefore: before, renewalWindowClosesDaysAfter: after } = lifecycle();
      const opens = validUntil ? addDays(validUntil, -before) : null;
      const closes = validUntil ? addDays(validUntil, after) : null;
      if (!opens || !closes || today < opens || today > closes) {
        unprocessable(`复核申请期为 ${opens ?? '—'} 至 ${closes ?? '—'} / Re-review can be requested from ${opens ?? '—'} to ${closes ?? '—'}`);
      }
      const data = await renewalDataOf(entity.documentId, Number(today.slice(0, 4)), now, region);
      return {
        data: {
          renewals: [
            ...renewals,
            { requestedOn: today, outcome: 'pending', previousValidUntil: validUntil, effective: false, comment: input.comment || null, data },
          ],
        },
      };
    }
    case 'amendRenewal': {
      const { renewals: amended, changed } = await amend(renewals, role, input.form ?? {}, region, now);
      return { data: { renewals: amended }, changed };
    }
    case 'forwardRenewal':
    case 'returnRenewal':
    case 'approveRenewal':
    case 'denyRenewal':
      return { data: { renewals: decide(renewals, RENEWAL_STEPS[action]!, role, today, input.comment) } };
    case 'revoke':
      return { data: { revocationGround: input.ground, revokedAt: today } };
  }
}

/** One cluster action: checked like an application transition, claimed at the version read, audited in the same transaction. */
export async function actOnCluster(principal: StaffPrincipal, scoped: Filters, id: string, body: unknown, now = new Date()) {
  const { entity, input, to } = await startAction<ClusterStatus, ClusterAction, Entity, typeof actionSchema>(CLUSTERS, {
    principal,
    scoped,
    id,
    body,
    populate,
    schema: actionSchema,
  });
  const { data, changed } = await effectsOf(input.action, entity, principal.role, now, input);
  return inClaimedTransaction(CLUSTERS, entity, async () => {
    await strapi.documents(CLUSTERS.uid).update({ documentId: entity.documentId, data: { status: to, ...data } as never });
    if (input.action === 'revoke') {
      // On record like every other ground; already applied, so the revocation sweep leaves it alone.
      await recordGround({ clusterId: entity.documentId, ground: input.ground!, source: 'province', note: input.comment, appliedAt: now.toISOString() }, now);
    }
    await recordAudit({
      actor: principal,
      action: input.action,
      subjectType: 'cluster',
      subjectId: entity.documentId,
      prefectureCode: codeOf(entity.prefecture),
      countyCode: codeOf(entity.county),
      fromState: entity.status,
      toState: to,
      comment: input.comment || null,
      details: input.ground ? { ground: input.ground } : changed ? { sections: changed } : undefined,
    });
    return entity.documentId;
  });
}
