// The unit tests StrykerJS runs against each mutant of lib/: all but the ones that start other
// processes (next build, next dev, the importer, the export), which it cannot see into and which
// take seconds each. npm test runs those too.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.mts';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['tests/next-config.test.ts', 'tests/owner-edit.test.ts', 'tests/fixture-sites.test.ts', 'tests/import/academicpages.test.ts', 'node_modules/**'],
    },
  }),
);
