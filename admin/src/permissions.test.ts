import type { Role } from './domain';
import { canAccess } from './permissions';

const resources = ['clusters', 'applications', 'call-notices', 'regions'] as const;
const actions = ['list', 'show', 'create', 'edit', 'delete'] as const;

// One row per role and resource: the actions that role may start from the console.
const expected: Record<Role, Record<(typeof resources)[number], string>> = {
    province_admin: { clusters: 'list show create edit delete', applications: 'list show', 'call-notices': 'list show', regions: 'list show' },
    city_reviewer: { clusters: 'list show', applications: 'list show', 'call-notices': 'list show', regions: 'list show' },
    county_declarant: { clusters: 'list show create edit', applications: 'list show', 'call-notices': 'list show', regions: 'list show' },
    expert: { clusters: '', applications: 'list show', 'call-notices': '', regions: '' },
};

describe('canAccess', () => {
    for (const [role, byResource] of Object.entries(expected) as [Role, Record<string, string>][]) {
        for (const resource of resources) {
            test(`${role} on ${resource}`, () => {
                const allowed = actions.filter(action => canAccess(role, { action, resource })).join(' ');
                expect(allowed).toBe(byResource[resource]);
            });
        }
    }

    test('react-admin\'s default "read" check follows list/show', () => {
        expect(canAccess('expert', { action: 'read', resource: 'applications' })).toBe(true);
        expect(canAccess('expert', { action: 'read', resource: 'clusters' })).toBe(false);
    });

    test('nobody signed in sees nothing', () => {
        expect(canAccess(undefined, { action: 'list', resource: 'clusters' })).toBe(false);
    });

    test('unknown resources and actions are denied', () => {
        expect(canAccess('province_admin', { action: 'list', resource: 'users' })).toBe(false);
        expect(canAccess('province_admin', { action: 'approve', resource: 'clusters' })).toBe(false);
    });
});
