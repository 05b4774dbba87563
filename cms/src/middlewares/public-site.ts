import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import type { FieldError } from '@sme-cluster/rules';
import { sendCached } from '../lib/http-cache';
import { CONTENT_SECURITY_POLICY, HTML_TYPE, clusterPage, errorPage, homePage } from '../public-site/pages';
import { isDocumentId, listFilterSchema, openNotices, parseQuery, prefectures, publicCluster, publishedLists } from '../public-site/queries';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const HOME_PATHS = new Set(['/', '/public', '/public/']);
const CLUSTER_PATH = /^\/public\/clusters\/([^/]+)\/?$/;

class PageNotFound extends Error {}

async function home(ctx: Ctx): Promise<void> {
  const filter = parseQuery(listFilterSchema, ctx.query);
  await sendCached(ctx, `page:home:${JSON.stringify(filter)}`, async () => {
    const [notices, lists, regions] = await Promise.all([openNotices(), publishedLists(filter), prefectures()]);
    return { type: HTML_TYPE, body: homePage({ notices, lists, filter, prefectures: regions }) };
  });
}

async function cluster(ctx: Ctx, documentId: string): Promise<void> {
  if (!isDocumentId(documentId)) throw new PageNotFound();
  await sendCached(ctx, `page:cluster:${documentId}`, async () => {
    const found = await publicCluster(documentId);
    if (!found) throw new PageNotFound();
    return { type: HTML_TYPE, body: clusterPage(found) };
  });
}

/**
 * The public site (Art. 16): server-rendered Chinese pages at / and /public/…, readable without
 * JavaScript or login. Errors answer as pages too, not as the API's JSON.
 */
export default () => {
  return async (ctx: Ctx, next: () => Promise<void>) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    const isHome = HOME_PATHS.has(ctx.path);
    if (!isHome && !ctx.path.startsWith('/public/')) return next();
    ctx.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    try {
      const clusterId = CLUSTER_PATH.exec(ctx.path)?.[1];
      if (isHome) await home(ctx);
      else if (clusterId) await cluster(ctx, clusterId);
      else throw new PageNotFound();
    } catch (error) {
      const invalidQuery = error instanceof errors.ValidationError;
      if (!invalidQuery && !(error instanceof PageNotFound)) throw error;
      ctx.status = invalidQuery ? 400 : 404;
      ctx.type = HTML_TYPE;
      ctx.set('Cache-Control', 'no-store');
      ctx.body = invalidQuery ? errorPage(400, (error.details as { errors?: FieldError[] })?.errors ?? []) : errorPage(404);
    }
  };
};
