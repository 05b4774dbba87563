import { z } from 'zod';
import { ACTIONS, RESOURCES, ROLES, SCOPES, type RoleMatrix } from './keys';

// Apart from the check itself: reading the matrix file needs zod, checking a request does not, so the
// console's first screen loads canAccess without the schema library.
const grantsSchema = z.partialRecord(z.enum(ACTIONS), z.enum(SCOPES));
export const roleMatrixSchema = z.strictObject({
  roles: z.record(z.enum(ROLES), z.strictObject({ name: z.string().min(1), description: z.string() })),
  grants: z.record(z.enum(ROLES), z.partialRecord(z.enum(RESOURCES), grantsSchema)),
});

export function parseRoleMatrix(input: unknown): RoleMatrix {
  return roleMatrixSchema.parse(input) as RoleMatrix;
}
