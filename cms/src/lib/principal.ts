import { isRole, type Principal } from '@sme-cluster/rules';

interface UserWithRegion {
  id: number;
  username: string;
  email: string;
  role?: { type?: string } | null;
  region?: { code: string; name: string; level: 'prefecture' | 'county'; parent?: { code: string } | null } | null;
}

export interface StaffPrincipal extends Principal {
  username: string;
  email: string;
  region: { code: string; name: string; level: 'prefecture' | 'county'; prefectureCode: string } | null;
}

/** Loads the caller's role and region once per request; null for anonymous or non-staff users. */
export async function principalOf(ctx: { state: { user?: { id: number }; principal?: StaffPrincipal | null } }): Promise<StaffPrincipal | null> {
  if (ctx.state.principal !== undefined) return ctx.state.principal;
  const userId = ctx.state.user?.id;
  ctx.state.principal = userId == null ? null : await loadPrincipal(userId);
  return ctx.state.principal;
}

export async function loadPrincipal(userId: number): Promise<StaffPrincipal | null> {
  const user = (await strapi.db.query('plugin::users-permissions.user').findOne({
    where: { id: userId, blocked: false },
    populate: { role: true, region: { populate: { parent: true } } },
  })) as UserWithRegion | null;
  const role = user?.role?.type;
  if (!user || !isRole(role)) return null;
  const region = user.region;
  const prefectureCode = region ? (region.level === 'prefecture' ? region.code : region.parent?.code ?? null) : null;
  return {
    id: user.id,
    role,
    username: user.username,
    email: user.email,
    prefectureCode,
    countyCode: region?.level === 'county' ? region.code : null,
    region: region && prefectureCode ? { code: region.code, name: region.name, level: region.level, prefectureCode } : null,
  };
}
