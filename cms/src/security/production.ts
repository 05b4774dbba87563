/**
 * With NODE_ENV=production the server refuses to start on missing, default or placeholder secrets,
 * with demo data switched on or with a demo password set. Called from register(); kept free of
 * Strapi so `node -e "require('…/production').assertProductionEnv(process.env)"` can check an environment.
 */
export const SECRET_NAMES = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'] as const;

/** Values from scaffolds, docs and tests; a secret containing one of these is a placeholder. */
const PLACEHOLDERS = ['tobemodified', 'testkey', 'changeme', 'change-me', 'placeholder', 'example', 'secret', 'test-', 'default', 'password', 'xxxx'];
const MIN_SECRET_LENGTH = 16;

function weakness(value: string): string | null {
  if (value.length < MIN_SECRET_LENGTH) return `shorter than ${MIN_SECRET_LENGTH} characters`;
  const lower = value.toLowerCase();
  const placeholder = PLACEHOLDERS.find((p) => lower.includes(p));
  if (placeholder) return `looks like a placeholder ("${placeholder}")`;
  if (new Set(value).size < 8) return 'too few distinct characters';
  return null;
}

/** Everything wrong with a production environment, one line each (empty when it may start). */
export function productionProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  for (const name of SECRET_NAMES) {
    const raw = env[name]?.trim();
    if (!raw) {
      problems.push(`${name} is missing`);
      continue;
    }
    const parts = name === 'APP_KEYS' ? raw.split(',').map((k) => k.trim()) : [raw];
    parts.forEach((part, i) => {
      const why = weakness(part);
      if (why) problems.push(`${name}${parts.length > 1 ? `[${i}]` : ''} ${why}`);
    });
  }
  if (env.DEMO_DATA !== 'false') problems.push('DEMO_DATA must be "false" (demo accounts share one known password)');
  if (env.DEMO_PASSWORD) problems.push('DEMO_PASSWORD must not be set');
  if ((env.CORS_ORIGINS ?? '').split(',').some((o) => o.trim() === '*')) problems.push('CORS_ORIGINS must list origins, not "*"');
  if (env.DATABASE_CLIENT === 'postgres' && !env.DATABASE_URL && (!env.DATABASE_PASSWORD || env.DATABASE_PASSWORD === 'strapi')) {
    problems.push('DATABASE_PASSWORD is missing or the default "strapi"');
  }
  return problems;
}

export class UnsafeProductionConfig extends Error {}

export function assertProductionEnv(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV !== 'production') return;
  const problems = productionProblems(env);
  if (!problems.length) return;
  throw new UnsafeProductionConfig(
    [
      'Refusing to start with NODE_ENV=production / 生产模式拒绝启动:',
      ...problems.map((p) => `  - ${p}`),
      "Generate secrets with `node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\"`, set DEMO_DATA=false, unset DEMO_PASSWORD.",
    ].join('\n'),
  );
}
