import type { Core } from '@strapi/strapi';
import { uploadProviderConfig } from '../src/lib/storage';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      // One signed token per working day: the console keeps it in memory/localStorage and
      // sends it as a Bearer header. Refresh tokens ('refresh' mode) would need a cookie
      // round-trip the simple-rest console does not make; 8 h bounds a stolen token.
      jwtManagement: 'legacy-support',
      jwt: { expiresIn: env('JWT_EXPIRES_IN', '8h') },
      register: { allowedFields: [] },
      // The plugin's own limiter counts every request per IP on its auth routes (login, forgot/reset password):
      // kept as a coarse cap that an office behind one NAT does not hit. Failed logins are limited per
      // IP + account with a zh/en 429 by src/middlewares/login-limit.ts (LOGIN_MAX_ATTEMPTS per LOGIN_WINDOW_MINUTES).
      ratelimit: { interval: { min: env.int('AUTH_RATELIMIT_MINUTES', 15) }, max: env.int('AUTH_RATELIMIT_MAX', 300) },
    },
  },
  upload: {
    config: {
      // Local private folder by default, an S3-compatible bucket with UPLOAD_PROVIDER=s3 (src/lib/storage.ts).
      ...uploadProviderConfig(process.env),
      // Evidence files: PDF and images only, at most UPLOAD_MAX_BYTES (checked again, with a zh/en 400, in src/security/uploads.ts).
      sizeLimit: env.int('UPLOAD_MAX_BYTES', 20 * 1024 * 1024),
      security: {
        allowedTypes: ['application/pdf', 'image/jpeg', 'image/png'],
        deniedTypes: ['image/svg+xml', 'text/html', 'application/x-msdownload', 'application/x-sh', 'text/x-shellscript', 'application/x-executable'],
      },
    },
  },
});

export default config;
