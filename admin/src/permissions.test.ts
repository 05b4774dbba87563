import matrixJson from '../../config/role-matrix.json';
import { parseRoleMatrix } from '@sme-cluster/rules';
import type { Role } from './domain';
import type { ConsoleUser } from './session';
import { canAccess } from './permissions';

const matrix = parseRoleMatrix(matrixJson);
const regions: Record<Role, ConsoleUser['region']> = {
  province_admin: null,
  city_reviewer: { code: '520300', name: '遵义市', level: 'prefecture', prefectureCode: '520300' },
  county_declarant: { code: '520382', name: '仁怀市', level: 'county', prefectureCode: '520300' },
  expert: null,
};
const userOf = (role: Role): ConsoleUser => ({
  id: 7,
  username: role,
  name: role,
  email: `${role}@demo.local`,
  role,
  region: regions[role],
  grants: matrix.grants[role] ?? {},
});

const resources = ['clusters', 'applications', 'call-notices', 'regions'] as const;
const actions = ['list', 'show', 'create', 'edit', 'delete'] as const;

// One row per role and resource: the actions that role may start from the console (config/role-matrix.json).
const expected: Record<Role, Record<(typeof resources)[number], string>> = {
  province_admin: {
    clusters: 'list show create edit delete',
    applications: 'list show delete',
    'call-notices': 'list show create edit delete',
    regions: 'list show',
  },
  city_reviewer: { clusters: 'list show', applications: 'list show edit', 'call-notices': 'list show', regions: 'list show' },
  county_declarant: { clusters: 'list show', applications: 'list show create edit delete', 'call-notices': 'list show', regions: 'list show' },
  expert: { clusters: '', applications: 'list show', 'call-notices': 'list show', regions: 'list show' },
};

describe('canAccess follows the role matrix', () => {
  for (const [role, byResource] of Object.entries(expected) as [Role, Record<string, string>][]) {
    for (const resource of resources) {
      test(`${role} on ${resource}`, () => {
        const allowed = actions.filter((action) => canAccess(userOf(role), { action, resource })).join(' ');
        expect(allowed).toBe(byResource[resource]);
      });
    }
  }

  test("a record outside the user's region is not offered", () => {
    const county = userOf('county_declarant');
    expect(canAccess(county, { action: 'edit', resource: 'applications', record: { prefectureCode: '520300', countyCode: '520382' } })).toBe(true);
    expect(canAccess(county, { action: 'edit', resource: 'applications', record: { prefectureCode: '520100', countyCode: '520115' } })).toBe(false);
  });

  test('nobody signed in sees nothing; unknown resources and actions are denied', () => {
    expect(canAccess(undefined, { action: 'list', resource: 'clusters' })).toBe(false);
    expect(canAccess(userOf('province_admin'), { action: 'list', resource: 'nonsense' })).toBe(false);
    expect(canAccess(userOf('province_admin'), { action: 'approve', resource: 'clusters' })).toBe(false);
  });
});
