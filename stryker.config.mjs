// Mutation testing of the guard paths (`npm run mutate`): the code that keeps tokens, bad downloads, hostile
// archives and hostile ELF files out, and that turns an audit into a pass or a failed step. Weekly in
// .github/workflows/mutate.yml; too slow for every push.
// STRYKER_REPORT_DIR separates partial runs (`--mutate` one file group, MUTATE_SUITES its suites).
const reports = process.env.STRYKER_REPORT_DIR ?? 'reports/mutation'

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: [
    'src/sources/**/*.ts',
    'src/audit/check.ts',
    'src/audit/version.ts',
    'src/report/annotations.ts',
    'src/action/verdict.ts',
    'src/action/baseline.ts',
    'src/action/main.ts',
    'src/elf/source.ts'
  ],
  // Message wording is not a guard, and other changes reword messages freely; tests pin behaviour and error
  // codes instead. Without these mutants a run is a third shorter.
  mutator: { excludedMutations: ['StringLiteral'] },
  testRunner: 'jest',
  // Jest runs the ESM build of the tests, as in `npm run jest`.
  testRunnerNodeArgs: ['--experimental-vm-modules', '--no-warnings'],
  jest: { projectType: 'custom', configFile: 'jest.mutate.config.js', enableFindRelatedTests: false },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  coverageAnalysis: 'perTest',
  // The fixtures are linked into the sandbox by jest.mutate.config.js, not copied. dist/ stays: some suites run
  // the CLI bundle as a subprocess (unmutated, so they only ever kill mutants through src).
  ignorePatterns: ['/.cache', '/coverage', '/reports', '/build'],
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  // Added to the unmutated run's time: enough for a loaded 2-core machine, short enough that mutants which
  // loop forever (a retry or redirect loop without its bound) do not dominate the run.
  timeoutMS: 15_000,
  timeoutFactor: 2,
  // A mutant of a module-level constant cannot be switched per test, so each would rerun every suite in full;
  // they are listed as ignored in the report.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: `${reports}/stryker-incremental.json`,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: `${reports}/index.html` },
  jsonReporter: { fileName: `${reports}/mutation.json` },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always'
}
