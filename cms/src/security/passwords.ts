import type { Core } from '@strapi/strapi';
import { invalid } from '../lib/errors';

export const PASSWORD_MIN_LENGTH = 10;

/** The policy for staff accounts: at least 10 characters with letters and digits. */
export function passwordProblem(password: string): { zh: string; en: string } | null {
  if ([...password].length < PASSWORD_MIN_LENGTH || !/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) {
    return {
      zh: `密码至少 ${PASSWORD_MIN_LENGTH} 位，且须同时包含字母和数字`,
      en: `The password needs at least ${PASSWORD_MIN_LENGTH} characters with both letters and digits`,
    };
  }
  return null;
}

/**
 * Accounts are created and changed through requests (the admin panel, users-permissions routes):
 * every such write of a users-permissions password must meet the policy. The document service
 * hashes passwords after this middleware, so it sees the plain text.
 */
export function registerPasswordPolicy(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== 'plugin::users-permissions.user' || (context.action !== 'create' && context.action !== 'update')) return next();
    const password = (context.params as { data?: { password?: unknown } }).data?.password;
    if (password !== undefined && password !== null && strapi.requestContext.get()) {
      const problem = typeof password === 'string' ? passwordProblem(password) : { zh: '密码无效', en: 'Invalid password' };
      if (problem) invalid([{ path: 'password', message: problem }], `${problem.zh} / ${problem.en}`);
    }
    return next();
  });
}
