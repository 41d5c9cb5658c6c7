import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // zod's global settings, as every other entry point sets them first.
    setupFiles: ['src/content/zod-config.ts'],
  },
  resolve: {
    alias: {'@site': new URL('.', import.meta.url).pathname},
  },
});
