import { defineConfig } from 'vitest/config';

/**
 * Tests that build altered copies of the project (scripts/fixture.ts) to check what a build
 * says about bad content: kept out of `test:unit`, and run one at a time, so that a build's
 * processor time never slows the unit tests beside it.
 */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
  },
});
