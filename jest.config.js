/**
 * Jest 30 + ts-jest in ESM mode (docs/toolchain.md#jest-with-esm): run through `npm test`, which sets
 * --experimental-vm-modules.
 *
 * Two projects share the same transform settings: `unit` (everything under test/ but test/e2e) and `e2e` (test/e2e:
 * the real `openstack` CLI against a running sandbox cloud, `npm run test:e2e` after `kdf sandbox up
 * --kuryr-defaults`). `e2e` is only part of the configuration when KDF_E2E is set, so plain `jest` / `npm test`
 * never needs a cloud.
 */
const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
};

const unit = {
  ...shared,
  displayName: 'unit',
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
};

const e2e = {
  ...shared,
  displayName: 'e2e',
  testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
};

export default {
  // per-test timeouts are not project options in jest 30: the e2e suites set theirs with jest.setTimeout
  testTimeout: 30000,
  projects: process.env.KDF_E2E ? [unit, e2e] : [unit],
};
