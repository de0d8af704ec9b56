// The unit tests StrykerJS runs against each mutant of lib/: all but the ones that start other
// processes (next build, next dev, the importer, the export), which it cannot see into and which
// take seconds each. npm test runs those too. The modules stay loaded between test files and
// between mutants (isolate: false): Stryker switches mutants at run time, so nothing is re-imported,
// and the run takes about 60% of the time it took with a fresh module graph per file.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.mts';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      isolate: false,
      exclude: ['tests/next-config.test.ts', 'tests/owner-edit.test.ts', 'tests/fixture-sites.test.ts', 'tests/import/import-script.test.ts', 'node_modules/**'],
    },
  }),
);
