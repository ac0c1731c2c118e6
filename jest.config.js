// One jest config, several projects: `npm test` runs unit, integration (the data layer against the local
// tenant) and tenant (the local tenant's own tests: SharePoint and Graph emulation, store, seed); the browser, drills and package
// projects need Chromium or a built .sppkg and run from their own scripts (and from .ci/run).
// The local tenant serves HTTPS with a self-signed certificate it generates per data folder; the test
// processes (and only they) accept it. Set here so jest's worker processes inherit it.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }];
const common = {
  rootDir: __dirname,
  transform: {
    '^.+\\.tsx?$': tsJest,
    // PnPjs v4 ships ESM only. pptxgenjs's CommonJS build loads node:fs with import(), which jest's VM
    // refuses without --experimental-vm-modules: compiled, it becomes a require().
    '^.+/node_modules/(@pnp/.+|pptxgenjs/dist/.+)\\.js$': tsJest
  },
  transformIgnorePatterns: ['/node_modules/(?!@pnp/|pptxgenjs/)'],
  moduleNameMapper: {
    '^PmoHubStrings$': '<rootDir>/test/__mocks__/strings.js',
    '\\.(css|scss)$': '<rootDir>/test/__mocks__/styleMock.js'
  }
};
// The browser and drill runs build the local page and seed the demo store once (not once per test file).
const preparedRun = { globalSetup: '<rootDir>/test/helpers/prepareRun.ts', globalTeardown: '<rootDir>/test/helpers/finishRun.ts' };
module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts?(x)', '<rootDir>/test/components/**/*.test.ts?(x)'],
      setupFilesAfterEnv: ['<rootDir>/test/setup.ts']
    },
    {
      ...common,
      displayName: 'integration',
      testEnvironment: 'node',
      setupFilesAfterEnv: ['<rootDir>/test/helpers/tenantTimeout.ts'],
      // Seeds the demo store once for the run; each demo tenant starts from a copy.
      globalSetup: '<rootDir>/test/helpers/prepareDemo.ts',
      globalTeardown: '<rootDir>/test/helpers/finishRun.ts',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts?(x)']
    },
    {
      ...common,
      displayName: 'tenant',
      testEnvironment: 'node',
      setupFilesAfterEnv: ['<rootDir>/test/helpers/tenantTimeout.ts'],
      testMatch: ['<rootDir>/test/tenant/**/*.test.ts?(x)']
    },
    {
      ...common,
      ...preparedRun,
      displayName: 'browser',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts?(x)']
    },
    {
      ...common,
      // Fault drills and hostile inputs: journeys in Chromium against a local tenant that misbehaves on purpose.
      ...preparedRun,
      displayName: 'drills',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/drills/**/*.test.ts?(x)']
    },
    {
      ...common,
      displayName: 'package',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/package/**/*.test.ts?(x)']
    }
  ]
};
