/**
 * One application's whole form: how long opening it takes (p50 of sequential GETs, one at a
 * time, so the figure is the request's own and not a queue's), and what a save of the whole form
 * with one section changed costs in SQL statements.
 */
import type { Core } from '@strapi/strapi';

const OPENINGS = Number(process.env.BENCH_FORM_OPENINGS ?? 200);

/** SQL statements `work` costs, counted on the knex instance. */
export async function statementsOf(strapi: Core.Strapi, work: () => Promise<void>): Promise<number> {
  let count = 0;
  const onQuery = () => (count += 1);
  strapi.db.connection.on('query', onQuery);
  try {
    await work();
  } finally {
    strapi.db.connection.off('query', onQuery);
  }
  return count;
}

export async function openingP50(url: string, headers: Record<string, string>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < OPENINGS; i += 1) {
    const started = process.hrtime.bigint();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * A county's draft saved whole from its own screen with the basic facts changed (the console
 * always sends the whole form). Null when the dataset has no draft of a county with an account.
 */
export async function oneSectionSave(strapi: Core.Strapi, origin: string, login: (email: string) => Promise<string>): Promise<number | null> {
  const counties = (await strapi.db.query('plugin::users-permissions.user').findMany({
    where: { email: { $startsWith: 'county-' } },
    populate: { region: true },
  })) as Array<{ email: string; region: { code: string } | null }>;
  for (const user of counties) {
    if (!user.region) continue;
    const draft = (await strapi.db.query('api::application.application').findOne({
      where: { status: 'draft', county: { code: user.region.code }, archivedAt: null },
    })) as { documentId: string } | null;
    if (!draft) continue;
    const headers = { Authorization: `Bearer ${await login(user.email)}`, 'content-type': 'application/json' };
    const url = `${origin}/api/console/applications/${draft.documentId}`;
    const opened = (await (await fetch(url, { headers })).json()) as { form: Record<string, Record<string, unknown>>; version: number };
    const form = { ...opened.form, basic: { ...opened.form.basic, areaKm2: Number(opened.form.basic?.areaKm2 ?? 10) + 0.5 } };
    return statementsOf(strapi, async () => {
      const response = await fetch(url, { method: 'PUT', headers, body: JSON.stringify({ form, version: opened.version }) });
      if (!response.ok) throw new Error(`PUT ${url}: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
    });
  }
  return null;
}
