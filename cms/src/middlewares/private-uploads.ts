/**
 * Evidence files are private: nothing under /uploads is ever served (the upload plugin's route and
 * strapi::public would), whatever the method or spelling. Files are read through GET /api/files/:id.
 */
export default () => async (ctx: { path: string; status: number; body: unknown }, next: () => Promise<void>) => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(ctx.path);
  } catch {
    decoded = ctx.path;
  }
  const normalized = decoded
    .replace(/\\/g, '/')
    .replace(/\/{2,}/g, '/')
    .toLowerCase();
  if (/^\/(\.\/)*uploads(\/|$)/.test(normalized)) {
    ctx.status = 404;
    ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } };
    return;
  }
  await next();
};
