import path from 'path';
import pluginsConfig from '../cms/config/plugins';
import { signedObjectUrl, type SigningProvider } from '../cms/src/security/files';
import { SIGNED_URL_SECONDS, uploadProviderConfig } from '../cms/src/lib/storage';

/**
 * Upload storage chosen by configuration: the local private folder, or an S3-compatible bucket.
 * These check the configuration and the signed URL the download fetches (signing is computed
 * locally by the real provider); the round trip through a bucket is test/s3.test.ts.
 */
const APP_DIR = path.resolve(__dirname, '..', 'cms');
const S3 = {
  UPLOAD_PROVIDER: 's3',
  S3_ENDPOINT: 'http://127.0.0.1:9000',
  S3_REGION: 'cn-southwest-1',
  S3_BUCKET: 'evidence',
  S3_ACCESS_KEY_ID: 'minio-access',
  S3_SECRET_ACCESS_KEY: 'minio-secret-key',
  S3_FORCE_PATH_STYLE: 'true',
};

describe('upload provider configuration', () => {
  it('keeps the local private folder by default', () => {
    expect(uploadProviderConfig({})).toEqual({ provider: 'local' });
    expect(uploadProviderConfig({ UPLOAD_PROVIDER: 'local', S3_BUCKET: 'ignored' })).toEqual({ provider: 'local' });
  });

  it('selects the S3 provider with a private ACL and short-lived signed URLs', () => {
    expect(uploadProviderConfig({ ...S3, S3_ROOT_PATH: 'gz/prod' })).toEqual({
      provider: 'aws-s3',
      providerOptions: {
        rootPath: 'gz/prod',
        s3Options: {
          endpoint: 'http://127.0.0.1:9000',
          region: 'cn-southwest-1',
          forcePathStyle: true,
          credentials: { accessKeyId: 'minio-access', secretAccessKey: 'minio-secret-key' },
          params: { Bucket: 'evidence', ACL: 'private', signedUrlExpires: SIGNED_URL_SECONDS },
        },
      },
    });
    // AWS itself: no endpoint, virtual-hosted buckets, default region.
    const aws = uploadProviderConfig({ UPLOAD_PROVIDER: 'S3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's', S3_ENDPOINT: '' });
    expect(aws).toMatchObject({ providerOptions: { s3Options: { region: 'us-east-1', forcePathStyle: false } } });
    expect(aws).not.toHaveProperty('providerOptions.s3Options.endpoint');
  });

  it.each([
    [{ ...S3, S3_BUCKET: '' }, /S3_BUCKET: S3_BUCKET is required/],
    [{ ...S3, S3_SECRET_ACCESS_KEY: undefined }, /S3_SECRET_ACCESS_KEY/],
    [{ ...S3, S3_ENDPOINT: 'ftp://store' }, /S3_ENDPOINT must be an http\(s\) URL/],
    [{ ...S3, S3_FORCE_PATH_STYLE: 'yes' }, /S3_FORCE_PATH_STYLE: must be true or false/],
    [{ ...S3, S3_ROOT_PATH: '../other' }, /S3_ROOT_PATH/],
    [{ UPLOAD_PROVIDER: 'ftp' }, /UPLOAD_PROVIDER must be "local" or "s3"/],
  ])('refuses to start on a misconfigured store (%#)', (env, message) => {
    expect(() => uploadProviderConfig(env)).toThrow(message);
  });

  it('is what config/plugins.ts hands the upload plugin, next to the type and size limits', () => {
    const { env } = require(require.resolve('@strapi/utils', { paths: [APP_DIR] })) as { env: Parameters<typeof pluginsConfig>[0]['env'] };
    const saved = { ...process.env };
    try {
      Object.assign(process.env, S3);
      const upload = (pluginsConfig({ env }) as { upload: { config: Record<string, unknown> } }).upload.config;
      expect(upload).toMatchObject({
        provider: 'aws-s3',
        providerOptions: { s3Options: { params: { ACL: 'private', Bucket: 'evidence' } } },
        sizeLimit: 20 * 1024 * 1024,
      });
      delete process.env.UPLOAD_PROVIDER;
      expect((pluginsConfig({ env }) as { upload: { config: Record<string, unknown> } }).upload.config.provider).toBe('local');
    } finally {
      process.env = saved;
    }
  });
});

describe('download from the bucket', () => {
  it('reads a file through a signed GET URL for its key, valid for a minute', async () => {
    const options = uploadProviderConfig({ ...S3, S3_ROOT_PATH: 'gz/prod' });
    if (options.provider !== 'aws-s3') throw new Error('expected the S3 provider');
    const provider = (require(require.resolve('@strapi/provider-upload-aws-s3', { paths: [APP_DIR] })) as { init(o: object): SigningProvider }).init(
      options.providerOptions,
    );
    const url = new URL(await signedObjectUrl(provider, 'evidence', { hash: 'scan_3f2a9c', ext: '.pdf' }));
    expect(`${url.origin}${url.pathname}`).toBe('http://127.0.0.1:9000/evidence/gz/prod/scan_3f2a9c.pdf');
    expect(url.searchParams.get('X-Amz-Expires')).toBe(String(SIGNED_URL_SECONDS));
    expect(url.searchParams.get('X-Amz-Credential')).toMatch(/^minio-access\/\d{8}\/cn-southwest-1\/s3\/aws4_request$/);
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    await expect(signedObjectUrl(provider, 'evidence', { hash: '../etc/passwd', ext: '' })).rejects.toThrow(/Refusing/);
  });
});
