import type { Action, Resource, Scope } from '@sme-cluster/rules';
import type { Role } from './domain';

/** `GET /api/console/me`: who is signed in and which region they act for. */
export interface ConsoleUser {
  id: number | string;
  username: string;
  /** 姓名（单位）, how the console names the signed-in official. */
  name: string;
  email: string;
  role: Role;
  region: {
    code: string;
    name: string;
    level: 'prefecture' | 'county';
    prefectureCode: string;
  } | null;
  /** The user's row of the role matrix: resource → action → scope. */
  grants: Partial<Record<Resource, Partial<Record<Action, Scope>>>>;
}

// Kept in localStorage so a reload or a second tab stays signed in.
const tokenKey = 'sme-console.jwt';
const userKey = 'sme-console.me';

export const session = {
  token: (): string | null => localStorage.getItem(tokenKey),
  user(): ConsoleUser | null {
    const stored = localStorage.getItem(userKey);
    return stored ? (JSON.parse(stored) as ConsoleUser) : null;
  },
  start(token: string, user: ConsoleUser) {
    localStorage.setItem(tokenKey, token);
    localStorage.setItem(userKey, JSON.stringify(user));
  },
  end() {
    localStorage.removeItem(tokenKey);
    localStorage.removeItem(userKey);
  },
};
