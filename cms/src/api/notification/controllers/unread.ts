import type { Core } from '@strapi/strapi';
import { authorize } from '../../../records/controller';
import { notificationResource } from '../resource';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export default {
  /** How many of the caller's own notices are unread: the console's app bar shows it. */
  async count(ctx: Ctx) {
    const { scoped } = await authorize(ctx, notificationResource, 'read');
    ctx.body = { unread: await strapi.documents(notificationResource.uid).count({ filters: { $and: [scoped, { readAt: { $null: true } }] } as never }) };
  },
};
