import { createAuthProvider } from './authProvider';
import { createHttpClient } from './httpClient';
import { session, type ConsoleUser } from './session';
import { fakeFetch } from './testing/fakeFetch';

const countyDeclarant: ConsoleUser = {
  id: 7,
  username: 'county-520111',
  name: '张敏（花溪区工业和信息化局）',
  email: 'county-520111@demo.local',
  role: 'county_declarant',
  region: { code: '520111', name: '花溪区', level: 'county', prefectureCode: '520100' },
  grants: { clusters: { read: 'county' }, applications: { read: 'county', create: 'county' } },
};

const authProvider = createAuthProvider(createHttpClient({ getToken: session.token, getLocale: () => 'zh-CN' }), 'http://localhost/api');

describe('authProvider', () => {
  beforeEach(() => localStorage.clear());

  test('login exchanges email and password for a token, then loads the user', async () => {
    const { requestAt } = fakeFetch({ status: 200, body: { jwt: 'jwt-1', user: { id: 7 } } }, { status: 200, body: countyDeclarant });
    await authProvider.login({ email: 'county-520111@demo.local', password: 'secret' });

    expect(requestAt(0).url).toBe('http://localhost/api/auth/local');
    expect(JSON.parse(String(requestAt(0).init.body))).toEqual({ identifier: 'county-520111@demo.local', password: 'secret' });
    expect(requestAt(1).url).toBe('http://localhost/api/console/me');
    expect(requestAt(1).headers.get('Authorization')).toBe('Bearer jwt-1');

    expect(session.token()).toBe('jwt-1');
    await expect(authProvider.checkAuth({})).resolves.toBeUndefined();
    await expect(authProvider.getPermissions!({})).resolves.toBe('county_declarant');
    await expect(authProvider.getIdentity!()).resolves.toEqual({ id: 7, fullName: '张敏（花溪区工业和信息化局）' });
  });

  test('a stale token is not sent with the login request', async () => {
    session.start('expired-jwt', countyDeclarant);
    const { requestAt } = fakeFetch({ status: 200, body: { jwt: 'jwt-2' } }, { status: 200, body: countyDeclarant });
    await authProvider.login({ email: 'county-520111@demo.local', password: 'secret' });
    expect(requestAt(0).headers.has('Authorization')).toBe(false);
    expect(session.token()).toBe('jwt-2');
  });

  test('wrong credentials reject with the localised sign-in message and store nothing', async () => {
    fakeFetch({ status: 400, body: { data: null, error: { status: 400, name: 'ValidationError', message: 'Invalid identifier or password' } } });
    await expect(authProvider.login({ email: 'x@demo.local', password: 'wrong' })).rejects.toThrow('ra.auth.sign_in_error');
    expect(session.token()).toBeNull();
    await expect(authProvider.checkAuth({})).rejects.toThrow();
  });

  test('a 401 ends the session', async () => {
    session.start('jwt-1', countyDeclarant);
    await expect(authProvider.checkError({ status: 401 })).rejects.toEqual({ status: 401 });
    expect(session.token()).toBeNull();
    expect(session.user()).toBeNull();
  });

  test("a 403 (another region's record) keeps the session", async () => {
    session.start('jwt-1', countyDeclarant);
    await expect(authProvider.checkError({ status: 403 })).resolves.toBeUndefined();
    expect(session.token()).toBe('jwt-1');
  });

  test('canAccess answers from the stored role-matrix row', async () => {
    session.start('jwt-1', countyDeclarant);
    await expect(authProvider.canAccess!({ action: 'create', resource: 'applications' })).resolves.toBe(true);
    await expect(authProvider.canAccess!({ action: 'create', resource: 'clusters' })).resolves.toBe(false);
  });
});
