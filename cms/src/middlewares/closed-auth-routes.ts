import type { Core } from '@strapi/strapi';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * Passwords are reset by the province (Strapi admin panel or console), never by e-mail: the
 * users-permissions plugin's forgot/reset-password and e-mail confirmation routes answer one
 * fixed 403 whatever the body, so they neither mail anyone nor tell which addresses exist.
 */
const CLOSED = new Set(['/api/auth/forgot-password', '/api/auth/reset-password', '/api/auth/send-email-confirmation', '/api/auth/email-confirmation']);

export default () => async (ctx: Ctx, next: () => Promise<void>) => {
  if (!CLOSED.has(ctx.path.replace(/\/+$/, '').toLowerCase())) return next();
  ctx.status = 403;
  ctx.body = {
    data: null,
    error: {
      status: 403,
      name: 'ForbiddenError',
      message: '密码由省工业和信息化厅重置，请联系管理员 / Passwords are reset by the province; contact your administrator',
      details: {},
    },
  };
};
