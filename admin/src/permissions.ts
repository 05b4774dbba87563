import type { Role } from './domain';

export interface AccessRequest {
    action: string;
    resource: string;
    record?: Record<string, unknown>;
}

// Experts work only on the applications assigned to them (DOMAIN.md §1);
// everyone else reads every resource, scoped to their region by the server.
const readableBy: Record<Role, readonly string[]> = {
    province_admin: ['clusters', 'applications', 'call-notices', 'regions'],
    city_reviewer: ['clusters', 'applications', 'call-notices', 'regions'],
    county_declarant: ['clusters', 'applications', 'call-notices', 'regions'],
    expert: ['applications'],
};

// Only clusters are writable from the console so far; the server re-checks
// role and region on every write, this only decides which buttons to show.
const writableBy: Record<string, Partial<Record<Role, readonly string[]>>> = {
    clusters: {
        province_admin: ['create', 'edit', 'delete'],
        county_declarant: ['create', 'edit'],
    },
};

const readActions = new Set(['list', 'show', 'read', 'export']);

/** The one place that decides which menus, pages and buttons a role sees. */
export function canAccess(role: Role | undefined, { action, resource }: AccessRequest): boolean {
    if (!role) return false;
    if (readActions.has(action)) return readableBy[role]?.includes(resource) ?? false;
    return writableBy[resource]?.[role]?.includes(action) ?? false;
}
