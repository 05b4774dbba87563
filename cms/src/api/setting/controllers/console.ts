import type { Core } from '@strapi/strapi';
import { authorize } from '../../../records/controller';
import { notFound } from '../../../lib/errors';
import { currentSettings } from '../../../settings/store';
import { settingsRecord, settingsResource } from '../resource';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** A single type in the simple-rest shape: a list of one record, `current`. */
export default {
  async find(ctx: Ctx) {
    await authorize(ctx, settingsResource, 'read');
    const record = await settingsRecord(await currentSettings());
    ctx.set('Content-Range', `${settingsResource.resource} 0-0/1`);
    ctx.body = [record];
  },

  async findOne(ctx: Ctx) {
    await authorize(ctx, settingsResource, 'read');
    if (ctx.params.id !== 'current') notFound();
    ctx.body = await settingsRecord(await currentSettings());
  },
};
