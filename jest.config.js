// ESM jest as in actions/typescript-action: ts-jest transforms TypeScript, modules stay ESM.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.cache/', '<rootDir>/.stryker-tmp'],
  // Stryker's sandboxes (npm run mutate) are full copies of the repository: not part of this project.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.test.json', diagnostics: { ignoreCodes: ['TS151001'] } }
    ]
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/scripts/jest-summary-line.cjs'],
  globalSetup: '<rootDir>/scripts/jest-tmpdir.mjs',
  globalTeardown: '<rootDir>/scripts/jest-tmpdir-teardown.mjs',
  verbose: false
}
