import type { Action, Resource } from '@sme-cluster/rules';
import { apiOf } from '../records/resource';

/**
 * Which users-permissions action ids (route handlers) each role-matrix grant opens.
 * The matrix (config/role-matrix.json) decides who may do what and where; this table only
 * says which routes serve each (resource, action). Every resource exposed at
 * /api/console/<resource> gets its CRUD handlers from `consoleHandlers`; custom endpoints
 * (transitions, evaluations, uploads …) are listed in EXTRA_HANDLERS.
 */
const CRUD: Partial<Record<Action, string[]>> = {
  read: ['find', 'findOne'],
  create: ['create'],
  update: ['update'],
  delete: ['delete'],
};

export function consoleHandlers(resource: Resource, action: Action): string[] {
  return (CRUD[action] ?? []).map((handler) => `api::${apiOf(resource)}.console.${handler}`);
}

export const EXTRA_HANDLERS: Partial<Record<Resource, Partial<Record<Action, string[]>>>> = {
  // Whoever writes an application form attaches evidence files (佐证材料) through Strapi's upload.
  applications: {
    create: ['plugin::upload.content-api.upload'],
    update: ['plugin::upload.content-api.upload'],
    // The printable form (申报表 PDF), the Excel export and the province's recommendation package (scope `all` only);
    // evidence files (GET /api/files/:id) under the same read rules as the application referencing them.
    read: ['api::evidence.evidence.download', 'api::application.workflow.report', 'api::document.document.formPdf', 'api::document.document.exportApplications', 'api::document.document.recommendationPackage'],
    // Evaluating writes the rule report onto the application, so it goes with the transitions.
    transition: ['api::application.workflow.transition', 'api::application.workflow.evaluate'],
  },
  // The ranking aggregates every submitted score sheet; the handler also requires scope `all`.
  'expert-reviews': { read: ['api::application.workflow.ranking'] },
  clusters: { transition: ['api::cluster.workflow.action'] },
  // Publishing a recognized list (Art. 16) is part of editing it: whoever may update a list may publish it.
  'recognized-lists': {
    update: ['api::recognized-list.console.publish', 'api::recognized-list.console.unpublish'],
  },
  // The city's yearly Excel: the template lists what it may create, the import creates or updates reports.
  'annual-reports': { create: ['api::document.document.annualTemplate', 'api::document.document.annualImport'] },
  // "Run now" and dry runs of the scheduled jobs write a job run.
  'job-runs': { create: ['api::job-run.jobs.run'] },
};

/** Every signed-in staff user may ask who they are. */
export const ALWAYS = ['api::console.console.me'];
