// One jest run covers every package; each project keeps its own environment.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' } }];

/** @type {import('jest').Config} */
module.exports = {
  // A Strapi that failed to boot can leave handles open; CI must still finish and report.
  forceExit: true,
  // Each test file gets a fresh worker process (a Strapi test file leaves far more than this behind):
  // on SQLite, a Strapi booted after another one in the same process saw the audit table's triggers
  // in the schema but not fire, so the append-only tests passed alone and failed in a shared process.
  workerIdleMemoryLimit: '200MB',
  projects: [
    {
      displayName: 'rules',
      testEnvironment: 'node',
      roots: ['<rootDir>/rules/src', '<rootDir>/config'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': swc },
    },
    {
      displayName: 'cms',
      testEnvironment: 'node',
      roots: ['<rootDir>/test', '<rootDir>/cms/src'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/e2e/'],
      transform: { '^.+\\.tsx?$': swc },
      globalSetup: '<rootDir>/test/helpers/global-setup.js',
      setupFilesAfterEnv: ['<rootDir>/test/helpers/timeout.js'],
    },
    {
      displayName: 'admin',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/admin/src'],
      testMatch: ['**/*.test.tsx', '**/*.test.ts'],
      transform: { '^.+\\.[tj]sx?$': swc },
      transformIgnorePatterns: ['/node_modules/(?!(react-hotkeys-hook)/)'],
      setupFiles: ['<rootDir>/admin/jest.setup.js'],
      setupFilesAfterEnv: ['<rootDir>/admin/jest.setup-after-env.js'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/e2e'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': swc },
      globalSetup: '<rootDir>/test/helpers/global-setup.js',
      setupFilesAfterEnv: ['<rootDir>/test/helpers/timeout.js'],
    },
  ],
};
