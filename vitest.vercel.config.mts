// The assertions on `vercel build`'s output (npm run test:vercel builds it first).
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/vercel/**/*.check.ts'],
    environment: 'node',
  },
});
