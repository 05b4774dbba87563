import path from 'path';
import { z } from 'zod';

/**
 * Where uploaded files live, chosen by environment (read by config/plugins.ts, the download route
 * and the backup script):
 * - UPLOAD_PROVIDER=local (default): a private folder, UPLOAD_DIR or <cms>/.tmp/uploads;
 * - UPLOAD_PROVIDER=s3: an S3-compatible bucket (AWS, MinIO …) through @strapi/provider-upload-aws-s3,
 *   objects written with ACL private and read back through short-lived signed URLs.
 */
type Env = Record<string, string | undefined>;

const flag = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .optional()
  .transform((value) => value === 'true' || value === '1');
const required = (name: string) =>
  z
    .string({ message: `${name} is required` })
    .trim()
    .min(1, `${name} is required`);

const s3Env = z.object({
  // Absent for AWS itself; MinIO and other stores give their URL.
  S3_ENDPOINT: z.url({ protocol: /^https?$/, message: 'S3_ENDPOINT must be an http(s) URL' }).optional(),
  S3_REGION: z.string().trim().min(1).default('us-east-1'),
  S3_BUCKET: required('S3_BUCKET'),
  S3_ACCESS_KEY_ID: required('S3_ACCESS_KEY_ID'),
  S3_SECRET_ACCESS_KEY: required('S3_SECRET_ACCESS_KEY'),
  // MinIO-like stores address buckets as <endpoint>/<bucket>, not <bucket>.<endpoint>.
  S3_FORCE_PATH_STYLE: flag,
  S3_ROOT_PATH: z
    .string()
    .trim()
    .regex(/^[\w-]+(\/[\w-]+)*$/, 'S3_ROOT_PATH must be a plain key prefix such as evidence/prod')
    .optional(),
});

/** Seconds a signed object URL stays valid: the app fetches it at once (see security/files.ts). */
export const SIGNED_URL_SECONDS = 60;

export type UploadProviderConfig =
  | { provider: 'local' }
  | {
      provider: 'aws-s3';
      providerOptions: {
        rootPath?: string;
        s3Options: {
          endpoint?: string;
          region: string;
          forcePathStyle: boolean;
          credentials: { accessKeyId: string; secretAccessKey: string };
          params: { Bucket: string; ACL: 'private'; signedUrlExpires: number };
        };
      };
    };

const blankToUndefined = (env: Env): Env => Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value === '' ? undefined : value]));

/** The upload plugin's provider settings; a misconfigured store stops the start with a message naming the variable. */
export function uploadProviderConfig(env: Env): UploadProviderConfig {
  const kind = (env.UPLOAD_PROVIDER || 'local').trim().toLowerCase();
  if (kind === 'local') return { provider: 'local' };
  if (kind !== 's3') throw new Error(`UPLOAD_PROVIDER must be "local" or "s3", not ${JSON.stringify(env.UPLOAD_PROVIDER)}`);
  const parsed = s3Env.safeParse(blankToUndefined(env));
  if (!parsed.success) throw new Error(`UPLOAD_PROVIDER=s3: ${parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`).join('; ')}`);
  const s3 = parsed.data;
  return {
    provider: 'aws-s3',
    providerOptions: {
      ...(s3.S3_ROOT_PATH ? { rootPath: s3.S3_ROOT_PATH } : {}),
      s3Options: {
        ...(s3.S3_ENDPOINT ? { endpoint: s3.S3_ENDPOINT } : {}),
        region: s3.S3_REGION,
        forcePathStyle: s3.S3_FORCE_PATH_STYLE,
        credentials: { accessKeyId: s3.S3_ACCESS_KEY_ID, secretAccessKey: s3.S3_SECRET_ACCESS_KEY },
        params: { Bucket: s3.S3_BUCKET, ACL: 'private', signedUrlExpires: SIGNED_URL_SECONDS },
      },
    },
  };
}

/** The local provider's private folder; relative UPLOAD_DIR values are taken from the working directory. */
export function localUploadDir(appRoot: string, env: Env): string {
  return path.resolve(env.UPLOAD_DIR || path.join(appRoot, '.tmp', 'uploads'));
}
