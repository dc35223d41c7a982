import { defineConfig } from 'vitest/config';
import { vitestConfig } from './vitest.config.js';

/** `npm run test:corpus`: the corpus acceptance tests of issue 8 (tests/corpus/acceptance) only. */
export const corpusConfig = defineConfig({
  test: { ...vitestConfig.test, include: ['tests/corpus/acceptance/**/*.test.ts'], exclude: ['**/node_modules/**'] },
});

// Vitest reads the default export of its config file.
export default corpusConfig;
