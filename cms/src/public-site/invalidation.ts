import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';

/** Everything the public surfaces show is read from these models (regions are reference data loaded once). */
const SHOWN_MODELS = ['api::cluster.cluster', 'api::recognized-list.recognized-list', 'api::application.application', 'api::call-notice.call-notice'];

const WRITES = ['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'] as const;

/**
 * The public data version lives in the database, not in this process, so that every instance
 * sharing the database sees a write made by any other one; it is written in the writer's own
 * transaction, so a rolled-back write does not change it either.
 */
const VERSION_KEY = { type: 'api', name: 'public-site', key: 'version' } as const;

async function bumpVersion(): Promise<void> {
  await strapi.store.set({ ...VERSION_KEY, value: randomUUID() });
}

/**
 * Database lifecycles (not document-service middleware) so that writes through `strapi.db.query`
 * — optimistic-lock claims, scheduled sweeps — invalidate the public cache as well.
 */
export function registerPublicSiteInvalidation(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: SHOWN_MODELS,
    ...Object.fromEntries(WRITES.map((action) => [action, bumpVersion])),
  });
}

// A new start may bring new templates: the first read of each process moves the version on once.
let started: Promise<void> | undefined;

export async function publicDataVersion(): Promise<string> {
  started ??= bumpVersion().catch((error: unknown) => {
    started = undefined;
    throw error;
  });
  await started;
  return String(await strapi.store.get(VERSION_KEY));
}
