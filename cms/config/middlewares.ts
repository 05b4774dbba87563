import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: {
      // The console's simple-rest client reads the total from Content-Range.
      headers: ['Content-Type', 'Authorization', 'Range', 'If-None-Match'],
      expose: ['Content-Range', 'ETag'],
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'global::console-app',
  'global::public-site',
  'strapi::public',
];

export default config;
