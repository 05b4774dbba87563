import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  // Inside strapi::errors: a database outage answers 503 + Retry-After instead of a 500.
  'global::db-unavailable',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: {
      // Only configured origins may call the API from a browser (the console is served same-origin).
      origin: env.array('CORS_ORIGINS', [`http://localhost:${env.int('PORT', 1337)}`, `http://127.0.0.1:${env.int('PORT', 1337)}`]),
      // The console's simple-rest client reads the total from Content-Range.
      headers: ['Content-Type', 'Authorization', 'Range', 'If-None-Match'],
      expose: ['Content-Range', 'ETag'],
    },
  },
  // No X-Powered-By: the server does not advertise what it runs.
  // Uploaded files are private: /uploads/* is never served (GET /api/files/:id is).
  'global::private-uploads',
  'strapi::query',
  'strapi::body',
  'global::body-depth',
  'global::closed-auth-routes',
  'global::login-limit',
  'strapi::session',
  'strapi::favicon',
  'global::console-app',
  'global::public-site',
  'strapi::public',
];

export default config;
