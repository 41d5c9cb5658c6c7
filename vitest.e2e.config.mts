import {defineConfig} from 'vitest/config';

/** Browser tests against the production build; `npm run test:e2e` builds first. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
