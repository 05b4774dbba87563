import { todayInShanghai } from '@sme-cluster/rules';
import type { TestApp } from './strapi';

/** A form whose evidence points at one file of this database (the examples carry placeholder ids). */
export function withFile(value: unknown, fileId: number): unknown {
  if (Array.isArray(value))
    return value.map((item) => (item && typeof item === 'object' && typeof item.id === 'number' ? { id: fileId } : withFile(item, fileId)));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withFile(v, fileId)]));
  return value;
}

/** The county evaluates and submits a draft; the city opens its review and writes its opinion, sealed with `fileId`. */
export async function toCityReviewWithOpinion(app: TestApp, jwt: { county: string; city: string }, id: string, fileId: number): Promise<void> {
  const transition = (who: string, action: string) => app.as(who).post(`/api/applications/${id}/transitions`).send({ action, comment: '' });
  await app.as(jwt.county).post(`/api/applications/${id}/evaluate`).expect(200);
  await transition(jwt.county, 'submit').expect(200);
  await transition(jwt.city, 'startCityReview').expect(200);
  const { version } = (await app.as(jwt.city).get(`/api/console/applications/${id}`).expect(200)).body;
  await app
    .as(jwt.city)
    .put(`/api/console/applications/${id}`)
    .send({ form: { recommendation: { opinion: '经初审，该集群符合认定条件，同意推荐。', seal: [{ id: fileId }], date: todayInShanghai() } }, version })
    .expect(200);
}
