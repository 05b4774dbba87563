import { randomUUID } from 'crypto';
import { onWrite } from '../lib/on-write';

/** Everything the public surfaces show is read from these models (regions are reference data loaded once). */
const SHOWN_MODELS = ['api::cluster.cluster', 'api::recognized-list.recognized-list', 'api::application.application', 'api::call-notice.call-notice'];

/**
 * The public data version lives in the database, not in this process, so that every instance
 * sharing the database sees a write made by any other one; it is written in the writer's own
 * transaction, so a rolled-back write does not change it either.
 */
const VERSION_KEY = { type: 'api', name: 'public-site', key: 'version' } as const;

async function bumpVersion(): Promise<void> {
  await strapi.store.set({ ...VERSION_KEY, value: randomUUID() });
}

/** Writes through `strapi.db.query` (optimistic-lock claims, scheduled sweeps) invalidate the public cache as well. */
export function registerPublicSiteInvalidation(): void {
  onWrite(SHOWN_MODELS, bumpVersion);
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
