const WRITES = ['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'] as const;

/**
 * Calls `handler` after every write to the models. Database lifecycles, not document-service
 * middleware, so that writes through `strapi.db.query` (optimistic-lock claims, sweeps) count too.
 */
export function onWrite(models: string[], handler: () => unknown): void {
  strapi.db.lifecycles.subscribe({ models, ...Object.fromEntries(WRITES.map((action) => [action, handler])) });
}
