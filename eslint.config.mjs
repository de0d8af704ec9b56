import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
    },
  },
  {
    // next.config.js is CommonJS, as Next loads it.
    files: ['next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  globalIgnores(['.next/**', 'out/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'bench/results/**', '.e2e-site/**', '.e2e-locales/**', '.e2e-fixture/**', 'reports/**', '.stryker-tmp/**', '.e2e-content/**', '.export-build/**', 'out-*/**', '.vercel/**', '.vercel-e2e/**', '.e2e-client/**', '.e2e-alfolio/**', '.trial/**', '.e2e-dev/**', '.bench-build/**']),
]);
