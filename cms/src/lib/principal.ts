import { isRole, type Principal } from '@sme-cluster/rules';
import { joinTableOf } from './join-table';
import { regionById } from './regions';

const USER = 'plugin::users-permissions.user';

/** What users-permissions has put in ctx.state.user: the user row with its role. */
interface AuthenticatedUser {
  id: number;
  username: string;
  email: string;
  blocked?: boolean | null;
  role?: { type?: string } | null;
}

export interface StaffPrincipal extends Principal {
  username: string;
  email: string;
  region: { code: string; name: string; level: 'prefecture' | 'county'; prefectureCode: string } | null;
}

/** The user's region id: one read of the link table (the region itself is reference data, cached). */
async function regionIdOf(userId: number): Promise<number | null> {
  const joinTable = joinTableOf(USER, 'region');
  const row = (await strapi.db.connection(joinTable.name).where(joinTable.joinColumn.name, userId).first(joinTable.inverseJoinColumn.name)) as
    Record<string, number> | undefined;
  return row?.[joinTable.inverseJoinColumn.name] ?? null;
}

/** Principals by user id, with the access version they were read at (any write to a user moves it on). */
const known = new Map<number, { version: string; principal: StaffPrincipal }>();
const MAX_KNOWN = 5_000;

/**
 * The caller's role and region, once per request; null for anonymous or non-staff users.
 * users-permissions has already read the user and its role (and refused a blocked one), so only
 * the region link is read here, and not again while the access version the request was signed in
 * at stays the same.
 */
export async function principalOf(ctx: {
  state: { user?: AuthenticatedUser; principal?: StaffPrincipal | null; versions?: { access: string } };
}): Promise<StaffPrincipal | null> {
  if (ctx.state.principal !== undefined) return ctx.state.principal;
  const user = ctx.state.user;
  const role = user?.role?.type;
  if (!user || user.blocked || !isRole(role)) return (ctx.state.principal = null);
  const version = ctx.state.versions?.access;
  const remembered = known.get(user.id);
  if (version !== undefined && remembered?.version === version && remembered.principal.role === role) return (ctx.state.principal = remembered.principal);
  const regionId = await regionIdOf(user.id);
  const region = regionId == null ? null : await regionById(regionId);
  const prefectureCode = region ? (region.level === 'prefecture' ? region.code : region.parentCode) : null;
  ctx.state.principal = {
    id: user.id,
    role,
    username: user.username,
    email: user.email,
    prefectureCode,
    countyCode: region?.level === 'county' ? region.code : null,
    region: region && prefectureCode ? { code: region.code, name: region.name, level: region.level, prefectureCode } : null,
  };
  if (version !== undefined) {
    if (known.size >= MAX_KNOWN) known.delete(known.keys().next().value!);
    known.set(user.id, { version, principal: ctx.state.principal });
  }
  return ctx.state.principal;
}
