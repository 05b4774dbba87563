import type { Core } from '@strapi/strapi';
import { syncRoles } from './bootstrap/roles';
import { loadRegions } from './bootstrap/regions';
import { demoBanner, demoEnabled, listDemoUsers, loadDemo } from './bootstrap/demo';
import { schedulerEnabled, startScheduler, stopScheduler } from './jobs/scheduler';
import { abandonStaleRuns } from './jobs/stale';
import { parseBodiesOnlyWhereSent } from './lib/body-parser';
import { bumpDataVersionOnStart, registerDataVersion } from './lib/data-version';
import { registerRegionCacheInvalidation } from './lib/regions';
import { bootstrapSecurity, registerSecurity } from './security';
import { registerSettings, startSettingsWatch, stopSettingsWatch } from './settings/middleware';
import { seedSettings } from './settings/store';
import { labelSettingsInAdminPanel } from './settings/admin-panel';
import { labelContentManager } from './bootstrap/admin-labels';
import { removeTelemetryJobs } from './bootstrap/telemetry';
import { installAppendOnly } from './security/append-only';
import { keepComponentCopies, startFillingCopies, stopFillingCopies } from './records/component-copies';

const APPLICATION = 'api::application.application';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerSecurity(strapi);
    parseBodiesOnlyWhereSent(strapi);
    registerDataVersion();
    registerRegionCacheInvalidation();
    registerSettings(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // The plugins' bootstraps have run: their cron jobs are registered.
    removeTelemetryJobs(strapi);
    keepComponentCopies(APPLICATION, 'formCopy');
    await installAppendOnly(strapi);
    await syncRoles();
    await bootstrapSecurity(strapi);
    // The settings single type, seeded from config/ on first start, before anything reads it.
    await seedSettings();
    await labelSettingsInAdminPanel();
    await labelContentManager();
    const regions = await loadRegions();
    if (regions) strapi.log.info(`Loaded ${regions} Guizhou regions (GB/T 2260)`);
    if (demoEnabled()) {
      await loadDemo();
      const users = await listDemoUsers();
      if (users.length && process.env.DEMO_BANNER !== 'false') strapi.log.info(demoBanner(users, process.env.DEMO_PASSWORD));
    }
    // Runs left `running` by a process killed mid-run (this one's last life, or another instance's).
    await abandonStaleRuns();
    await bumpDataVersionOnStart();
    startScheduler();
    // Once the server answers: the fill's work would otherwise hold up the start itself.
    if (schedulerEnabled()) strapi.server.httpServer.once('listening', () => startFillingCopies(APPLICATION));
    startSettingsWatch();
  },

  async destroy() {
    stopSettingsWatch();
    await Promise.all([stopScheduler(), stopFillingCopies()]);
  },
};
