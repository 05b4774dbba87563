import type { AuthProvider } from 'react-admin';
import { canAccess } from './permissions';
import * as http from './httpClient';
import { session, type ConsoleUser } from './session';

export interface Credentials {
  email: string;
  password: string;
}

export function createAuthProvider(httpClient: http.HttpClient, apiUrl: string): AuthProvider {
  return {
    async login({ email, password }: Credentials) {
      // Strapi answers 401 to any request carrying an invalid token, even
      // the login itself, so drop a stale session before signing in.
      session.end();
      const { json } = await httpClient(`${apiUrl}/auth/local`, {
        method: 'POST',
        body: JSON.stringify({ identifier: email, password }),
      }).catch((error: { status?: number }) => {
        // Wrong email or password: react-admin shows our localised message.
        if (error.status === 400 || error.status === 401) throw new Error('ra.auth.sign_in_error');
        throw error;
      });
      const { jwt } = json as { jwt: string };
      // The token is not stored yet, so pass it explicitly for this one call.
      const { json: me } = await httpClient(`${apiUrl}/console/me`, {
        user: { authenticated: true, token: `Bearer ${jwt}` },
      });
      session.start(jwt, me as ConsoleUser);
    },
    async logout() {
      session.end();
    },
    async checkAuth() {
      if (!session.token() || !session.user()) throw new Error('ra.auth.auth_check_error');
    },
    // 403 means "not yours" (another region's record): stay signed in.
    async checkError(error: { status?: number }) {
      if (error?.status === 401) {
        session.end();
        throw error;
      }
    },
    async getPermissions() {
      return session.user()?.role;
    },
    async getIdentity() {
      const me = session.user();
      if (!me) throw new Error('ra.auth.auth_check_error');
      return { id: me.id, fullName: me.name };
    },
    async canAccess(params) {
      return canAccess(session.user(), params);
    },
  };
}

export const authProvider = createAuthProvider(http.httpClient, http.apiUrl);
