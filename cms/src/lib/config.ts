import fs from 'fs';
import path from 'path';
import { parseRoleMatrix, type RoleMatrix } from '@sme-cluster/rules';

/**
 * The staff-tuned configuration lives in the repository's top-level config/ folder, beside
 * (not inside) the Strapi app, so a province changes thresholds, schedules or the role
 * matrix without touching code. APP_CONFIG_DIR points elsewhere in production.
 */
export function configDir(): string {
  return process.env.APP_CONFIG_DIR ?? path.resolve(strapi.dirs.app.root, '..', 'config');
}

export function readConfigJson(file: string): unknown {
  const full = path.join(configDir(), file);
  try {
    return JSON.parse(fs.readFileSync(full, 'utf8'));
  } catch (error) {
    // The message carries the cause's own; Strapi's tsconfig targets a library without Error's `cause` option.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(`Cannot read configuration ${full}: ${(error as Error).message}`);
  }
}

let matrix: RoleMatrix | undefined;

export function roleMatrix(): RoleMatrix {
  matrix ??= parseRoleMatrix(readConfigJson('role-matrix.json'));
  return matrix;
}
