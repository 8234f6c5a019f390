// Jest configuration: TypeScript through ts-jest (transpile only; `npm run typecheck` checks types), in six lanes
// (projects) that can run alone: `npx jest --selectProjects unit ui` is the fast lane behind `npm run test:fast`.

const { bundlePath: fluentBundle } = require('./scripts/fluent-for-tests.cjs');

const transform = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', jsx: 'react-jsx', isolatedModules: true } }],
};

/** Tests that open real Chromium: the preview's suites and each host's page in a browser. */
const BROWSER = ['<rootDir>/tests/browser/**/*.test.ts', '<rootDir>/tests/**/*-browser.test.ts'];
/** Tests that run LibreOffice as the real spreadsheet engine. */
const LIBREOFFICE = [
  '<rootDir>/tests/libreoffice/**/*.test.ts',
  '<rootDir>/tests/cli/xlsx-libreoffice.test.ts',
  '<rootDir>/tests/cli/selfscan-libreoffice.test.ts',
];
/** Institution-scale runs (thousands of people): minutes of CPU on a small machine, so outside the fast lane. */
const SCALE = ['<rootDir>/tests/cli/workbook-large.test.ts'];
/**
 * The host harnesses (the fake behind Excel.run, the Apps Script vm) and the tests of what `npm run build` writes:
 * these read or build dist/.
 */
const HOSTS = [
  '<rootDir>/tests/addin/**/*.test.{ts,tsx}',
  '<rootDir>/tests/appsscript/**/*.test.{ts,tsx}',
  '<rootDir>/tests/ui/host-errors.test.ts',
  '<rootDir>/tests/cli/launcher.test.ts',
];
/** The panel's components in jsdom. */
const UI = ['<rootDir>/tests/ui/**/*.test.{ts,tsx}'];

/** One lane: `match` are its test files, `not` the files another lane owns. */
function lane(name, match, not, extra = {}) {
  return {
    displayName: name,
    testEnvironment: 'node',
    testTimeout: 60000,
    roots: ['<rootDir>/tests'],
    testMatch: match,
    testPathIgnorePatterns: ['/node_modules/', ...not],
    transform,
    // Fluent UI from one prebundled file (scripts/fluent-for-tests.cjs): the same code, loaded in a tenth of the time.
    moduleNameMapper: { '^@fluentui/react-components$': fluentBundle },
    ...extra,
  };
}

/** Glob → path regex for testPathIgnorePatterns (only the few forms used above). */
function pattern(glob) {
  return glob
    .replace('<rootDir>', '')
    .replace(/\./g, '\\.')
    .replace('**/*', '.*')
    .replace('{ts,tsx}', '(ts|tsx)$')
    .replace(/\.ts$/, '.ts$');
}

const owned = (...globs) => globs.flat().map(pattern);

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  globalSetup: '<rootDir>/scripts/fluent-for-tests.cjs',
  // Jest's default is one worker fewer than the cores: a single worker on a 2-core machine. Suites spend their
  // time computing, so one worker per core (the main process only waits) halves the wall time there.
  maxWorkers: '100%',
  projects: [
    lane('unit', ['<rootDir>/tests/**/*.test.{ts,tsx}'], owned(UI, HOSTS, BROWSER, LIBREOFFICE, SCALE)),
    lane('ui', UI, owned(HOSTS, BROWSER)),
    lane('hosts', HOSTS, owned(BROWSER)),
    lane('browser', BROWSER, [], {
      // The preview is built once for all browser suites (the suites serve that one build).
      globalSetup: '<rootDir>/tests/browser/global-setup.ts',
      globalTeardown: '<rootDir>/tests/browser/global-teardown.ts',
    }),
    lane('libreoffice', LIBREOFFICE, []),
    lane('scale', SCALE, []),
  ],
};
