import { HttpError } from 'react-admin';
import { createHttpClient } from './httpClient';
import { fakeFetch } from './testing/fakeFetch';

const validationFailure = {
  data: null,
  error: {
    status: 400,
    name: 'ValidationError',
    message: '2 errors occurred',
    details: {
      errors: [
        { path: 'name', message: { zh: '集群名称须为“中小企业特色产业集群（XX县XX产业）”', en: 'Cluster name must follow the official pattern' } },
        { path: ['areaKm2'], message: { zh: '面积须为正数', en: 'Area must be positive' } },
      ],
    },
  },
};

describe('httpClient', () => {
  let locale = 'zh-CN';
  let token: string | null = 'jwt-1';
  const httpClient = createHttpClient({ getToken: () => token, getLocale: () => locale });

  beforeEach(() => {
    locale = 'zh-CN';
    token = 'jwt-1';
  });

  test('sends the session token as a Bearer header', async () => {
    const { requestAt } = fakeFetch({ status: 200, body: [] });
    await httpClient('/api/console/clusters');
    expect(requestAt(0).headers.get('Authorization')).toBe('Bearer jwt-1');
  });

  test('sends no Authorization header without a session', async () => {
    token = null;
    const { requestAt } = fakeFetch({ status: 200, body: {} });
    await httpClient('/api/auth/local', { method: 'POST', body: '{}' });
    expect(requestAt(0).headers.has('Authorization')).toBe(false);
  });

  // (jsdom drops `Range`, which simple-rest sets, as a forbidden header; any other proves the point.)
  test('keeps the headers a caller set', async () => {
    const { requestAt } = fakeFetch({ status: 200, body: [] });
    await httpClient('/api/console/clusters', { headers: new Headers({ Accept: 'application/json', Prefer: 'count=exact' }) });
    expect(requestAt(0).headers.get('Prefer')).toBe('count=exact');
    expect(requestAt(0).headers.get('Authorization')).toBe('Bearer jwt-1');
  });

  test("maps Strapi field errors to react-admin's server-side validation, in the current locale", async () => {
    fakeFetch({ status: 400, body: validationFailure });
    const error = await httpClient('/api/console/clusters', { method: 'POST', body: '{}' }).catch((e) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(400);
    expect(error.body).toEqual({
      errors: { name: '集群名称须为“中小企业特色产业集群（XX县XX产业）”', areaKm2: '面积须为正数' },
    });

    locale = 'en';
    fakeFetch({ status: 400, body: validationFailure });
    const english = await httpClient('/api/console/clusters', { method: 'POST', body: '{}' }).catch((e) => e);
    expect(english.body.errors.name).toBe('Cluster name must follow the official pattern');
  });

  test("other errors keep their status and carry Strapi's message", async () => {
    fakeFetch({ status: 403, body: { data: null, error: { status: 403, name: 'ForbiddenError', message: 'Forbidden' } } });
    const error = await httpClient('/api/console/clusters/abc').catch((e) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(403);
    expect(error.message).toBe('Forbidden');
    expect(error.body.errors).toBeUndefined();
  });
});
