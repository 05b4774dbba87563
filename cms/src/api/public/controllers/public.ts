import type { Core } from '@strapi/strapi';
import { sendCached } from '../../../lib/http-cache';
import {
  clusterQuerySchema,
  currentClusters,
  isDocumentId,
  noParamsSchema,
  openNotices,
  parseQuery,
  publicCluster,
  publishedListSummaries,
  publishedLists,
} from '../../../public-site/queries';
import { notFound } from '../../../lib/errors';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const json = (value: unknown) => ({ type: 'application/json; charset=utf-8', body: JSON.stringify(value) });

/** The public API (Art. 16): published lists, open public notices, currently valid clusters; no login. */
export default {
  async lists(ctx: Ctx) {
    parseQuery(noParamsSchema, ctx.query);
    await sendCached(ctx, 'api:lists', async () => json({ data: await publishedListSummaries() }));
  },

  async list(ctx: Ctx) {
    parseQuery(noParamsSchema, ctx.query);
    const id = String(ctx.params.id);
    if (!isDocumentId(id)) notFound();
    await sendCached(ctx, `api:list:${id}`, async () => {
      const [list] = await publishedLists({}, id);
      return json({ data: list ?? notFound() });
    });
  },

  async notices(ctx: Ctx) {
    parseQuery(noParamsSchema, ctx.query);
    await sendCached(ctx, 'api:notices', async () => json({ data: await openNotices() }));
  },

  async clusters(ctx: Ctx) {
    const query = parseQuery(clusterQuerySchema, ctx.query);
    await sendCached(ctx, `api:clusters:${JSON.stringify(query)}`, async () => {
      const { data, pagination } = await currentClusters(query);
      return json({ data, meta: { pagination } });
    });
  },

  async cluster(ctx: Ctx) {
    parseQuery(noParamsSchema, ctx.query);
    const id = String(ctx.params.id);
    if (!isDocumentId(id)) notFound();
    await sendCached(ctx, `api:cluster:${id}`, async () => json({ data: (await publicCluster(id)) ?? notFound() }));
  },
};
