import { defineConfig } from 'vitest/config';

export const vitestConfig = defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    // The corpus acceptance tests of issue 8 run apart (`npm run test:corpus`) until the package reader and
    // the row classification are merged; then this line goes.
    exclude: ['**/node_modules/**', 'tests/corpus/acceptance/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});

// Vitest reads the default export of its config file.
export default vitestConfig;
