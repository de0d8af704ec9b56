// StrykerJS on lib/ (npm run test:mutation): every mutant of lib/ against the unit tests.
// A whole run takes hours on two cores, so it can also run in shards (STRYKER_SHARD=content
// npm run test:mutation), each with its own report and incremental file; npm run
// test:mutation:score adds the shards' reports up and fails below 85%, as a whole run does.

/** Not mutated (as before the shards): Next's glue, lib/data.ts and lib/next-config.ts (whose tests the mutation run leaves out), and the image route's JSX. */
const LEFT_OUT = ['!lib/data.ts', '!lib/next-config.ts', '!lib/publish/monogram-image.tsx'];
const RENDER_A = ['al-folio-home', 'al-folio-includes', 'al-folio-pages', 'bibliography', 'class-rules', 'equations', 'highlight', 'includes', 'kramdown', 'links', 'liquid-errors', 'liquid-scope'].map((name) => `lib/render/${name}.ts`);

/**
 * The shards: together, every file a whole run mutates, each once.
 * @type {Record<string, string[]>}
 */
export const SHARDS = {
  content: ['lib/content/**/*.ts'],
  'render-a': RENDER_A,
  'render-b': ['lib/render/**/*.ts', ...RENDER_A.map((file) => `!${file}`)],
  rest: ['lib/**/*.ts', 'lib/**/*.tsx', '!lib/content/**', '!lib/render/**'],
};

const shard = process.env.STRYKER_SHARD || undefined;
if (shard !== undefined && !Object.hasOwn(SHARDS, shard)) throw new Error(`STRYKER_SHARD=${shard}: expected one of ${Object.keys(SHARDS).join(', ')}`);

const config = {
  $schema: './node_modules/@stryker-mutator/core/schema/stryker-schema.json',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.mts' },
  coverageAnalysis: 'perTest',
  mutate: [...(shard === undefined ? ['lib/**/*.ts', 'lib/**/*.tsx'] : (SHARDS[shard] ?? [])), ...LEFT_OUT],
  incremental: true,
  incrementalFile: shard === undefined ? 'reports/stryker-incremental.json' : `reports/stryker-incremental-${shard}.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: shard === undefined ? 'reports/mutation/index.html' : `reports/mutation/${shard}.html` },
  jsonReporter: { fileName: shard === undefined ? 'reports/mutation/mutation.json' : `reports/mutation/${shard}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false },
  concurrency: 2,
  timeoutMS: 10000,
  // A shard's own score is not the verdict: the shards' total is (npm run test:mutation:score).
  thresholds: { high: 90, low: 85, break: shard === undefined ? 85 : null },
  tempDirName: '.stryker-tmp',
  ignoreStatic: true,
  ignorePatterns: ['.vercel', '.vercel-e2e', '.e2e-client', '.e2e-site', '.e2e-locales', '.e2e-fixture', '.e2e-content', '.e2e-alfolio', '.e2e-dev', '.trial', '.export-build', '.bench-build', 'out', 'out-*', 'bench', 'test-results', 'playwright-report', 'reports'],
};

export default config;
