import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Precompressed copies the console build writes beside each file, best first. */
const ENCODINGS = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/** The copy of `file` to send for this request's Accept-Encoding: a precompressed one when both sides have it. */
function encodedCopy(ctx: Parameters<Core.MiddlewareHandler>[0], file: string): { file: string; encoding?: string } {
  // Ours is the preference among what the client accepts: browsers list gzip before br.
  const chosen = ENCODINGS.find(({ encoding, suffix }) => ctx.acceptsEncodings(encoding) === encoding && fs.existsSync(file + suffix));
  return chosen ? { file: file + chosen.suffix, encoding: chosen.encoding } : { file };
}

/**
 * Serves the built staff console at /console with a single-page fallback: any path under
 * /console that is not a file gets index.html, so deep links and reloads work.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const root = path.resolve(process.env.CONSOLE_DIST ?? path.join(strapi.dirs.app.root, '..', 'admin', 'dist'));
  return async (ctx: Parameters<Core.MiddlewareHandler>[0], next: () => Promise<void>) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    if (ctx.path !== '/console' && !ctx.path.startsWith('/console/')) return next();
    let relative: string;
    try {
      relative = decodeURIComponent(ctx.path.slice('/console'.length)).replace(/^\/+/, '');
    } catch {
      // A malformed escape (e.g. /console/%E0) names no file.
      ctx.status = 400;
      ctx.body = 'Bad path';
      return;
    }
    const candidate = path.resolve(root, relative);
    const isFile = candidate.startsWith(root + path.sep) && fs.existsSync(candidate) && fs.statSync(candidate).isFile();
    const file = isFile ? candidate : path.join(root, 'index.html');
    if (!fs.existsSync(file)) {
      ctx.status = 503;
      ctx.body = 'The console is not built yet: run `npm run build -w @sme-cluster/admin` (npm start does it).';
      return;
    }
    ctx.type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    // Vite names assets by content hash, so they never change; index.html must always be fresh.
    ctx.set('Cache-Control', isFile && relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    // Every file has compressed copies, so caches must key on the encoding asked for.
    ctx.vary('Accept-Encoding');
    const sent = encodedCopy(ctx, file);
    if (sent.encoding) ctx.set('Content-Encoding', sent.encoding);
    ctx.length = fs.statSync(sent.file).size;
    ctx.body = fs.createReadStream(sent.file);
  };
};
