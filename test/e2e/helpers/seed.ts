import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import type { ApplicationForm, ApplicationStatus } from '@sme-cluster/rules';
import { formData } from '../../../cms/src/api/application/form';
import { withFileIds } from '../../../cms/src/bootstrap/demo';

// Scenario data written straight into the database before a browser journey starts, the way the
// demo loader writes its own: the browser part then only clicks through the console.

const EXAMPLES = path.resolve(__dirname, '..', '..', '..', 'rules', 'examples');

export interface SeededApplication {
  /** One of rules/examples/<example>.json: its form and its county. */
  example: string;
  status: ApplicationStatus;
  /** A name of its own, so several applications of one example can be told apart in a list. */
  clusterName: string;
  /** Extra columns (publicNoticeEndsOn, report …). */
  fields?: Record<string, unknown>;
}

/** Creates an application of this year's call notice in the state the scenario starts from; returns its documentId. */
export async function seedApplication(strapi: Core.Strapi, seed: SeededApplication): Promise<string> {
  const example = JSON.parse(fs.readFileSync(path.join(EXAMPLES, `${seed.example}.json`), 'utf8')) as { form: ApplicationForm };
  const evidence = (await strapi.db.query('plugin::upload.file').findOne({ orderBy: { id: 'asc' } })) as { id: number };
  const form = withFileIds(example.form, evidence.id) as ApplicationForm;
  form.basic = { ...form.basic, clusterName: seed.clusterName };
  const notice = (await strapi.db.query('api::call-notice.call-notice').findOne({ orderBy: { year: 'desc' } })) as { documentId: string; year: number };
  const countyCode = form.cover!.region!.county!;
  const county = (await strapi.db.query('api::region.region').findOne({ where: { code: countyCode }, populate: { parent: true } })) as {
    documentId: string;
    parent: { code: string; documentId: string };
  };
  const created = await strapi.documents('api::application.application').create({
    data: {
      ...(await formData(form, notice.year, { prefectureCode: county.parent.code, countyCode })),
      status: seed.status,
      callNotice: notice.documentId,
      county: county.documentId,
      prefecture: county.parent.documentId,
      submittedAt: seed.status === 'draft' ? null : new Date().toISOString(),
      ...seed.fields,
    } as never,
  });
  return created.documentId;
}

/** The stored row of an application, for assertions after the browser acted. */
export async function applicationRow(strapi: Core.Strapi, documentId: string): Promise<Record<string, unknown>> {
  return (await strapi.db.query('api::application.application').findOne({ where: { documentId } })) as Record<string, unknown>;
}

/** Updates the one call notice of the demo (its quota, its public-notice length …). */
export async function updateCallNotice(strapi: Core.Strapi, data: Record<string, unknown>): Promise<void> {
  const notice = (await strapi.db.query('api::call-notice.call-notice').findOne({ orderBy: { year: 'desc' } })) as { id: number };
  await strapi.db.query('api::call-notice.call-notice').update({ where: { id: notice.id }, data });
}

/** Assigns an expert to an application, as the province's 指派专家 does; `sheet` fills the score sheet in. Returns the sheet's documentId. */
export async function assignExpert(
  strapi: Core.Strapi,
  applicationId: string,
  email: string,
  sheet: { scores: Array<{ criterionKey: string; score: number; comment: string }>; weightedScore: number } | null = null,
): Promise<string> {
  const expert = (await strapi.db.query('plugin::users-permissions.user').findOne({ where: { email } })) as { id: number };
  const created = await strapi.documents('api::expert-review.expert-review').create({
    data: {
      application: applicationId,
      expert: expert.id,
      ...(sheet ? { ...sheet, conflictOfInterest: 'none', submitted: true, submittedAt: new Date().toISOString() } : {}),
    } as never,
  });
  return created.documentId;
}

/** An expert account as the province sets it up in /admin: its unit and the regions it is tied to (GB/T 2260 codes); returns its e-mail. */
export async function expertAccount(strapi: Core.Strapi, name: string, unit: string, password: string, regionCodes: string[] = []): Promise<string> {
  const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'expert' } })) as { id: number };
  const regions = (await strapi.db.query('api::region.region').findMany({ where: { code: { $in: regionCodes } } })) as Array<{ id: number }>;
  const email = `${name}@demo.local`;
  await strapi
    .plugin('users-permissions')
    .service('user')
    .add({
      username: name,
      email,
      password,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
      unit,
      expertRegions: regions.map((region) => region.id),
    });
  return email;
}
