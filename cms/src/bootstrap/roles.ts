import { ROLES } from '@sme-cluster/rules';
import { roleMatrix } from '../lib/config';
import { apiRoutes, permittedActions } from './route-permissions';

/**
 * Creates the four staff roles and makes their users-permissions grants equal the matrix:
 * missing grants are added and stale api grants removed, on every start.
 */
export async function syncRoles(): Promise<void> {
  const matrix = roleMatrix();
  const routes = apiRoutes(strapi);
  const roles = strapi.db.query('plugin::users-permissions.role');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const type of ROLES) {
    const meta = matrix.roles[type];
    let role = await roles.findOne({ where: { type } });
    role ??= await roles.create({ data: { type, name: meta?.name ?? type, description: meta?.description ?? '' } });
    const wanted = new Set(permittedActions(matrix, type, routes));
    const existing = (await permissions.findMany({ where: { role: role.id } })) as Array<{ id: number; action: string }>;
    // Grants the matrix manages (api routes and uploads) follow it exactly; others are left alone.
    const stale = existing.filter((p) => /^(api::|plugin::upload\.)/.test(p.action) && !wanted.has(p.action));
    if (stale.length) await permissions.deleteMany({ where: { id: { $in: stale.map((p) => p.id) } } });
    const have = new Set(existing.map((p) => p.action));
    for (const action of wanted) if (!have.has(action)) await permissions.create({ data: { action, role: role.id } });
  }
  // Anonymous visitors get nothing from the staff API; the public site has its own routes.
  const publicRole = await roles.findOne({ where: { type: 'public' } });
  if (publicRole) await permissions.deleteMany({ where: { role: publicRole.id, action: { $startsWith: 'api::' } } });
  // Accounts are created by the province, never by self-registration.
  const advanced = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const settings = ((await advanced.get()) ?? {}) as Record<string, unknown>;
  if (settings.allow_register !== false) await advanced.set({ value: { ...settings, allow_register: false } });
}
