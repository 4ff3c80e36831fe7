import { defineConfig } from 'vitest/config';

/**
 * Tests of the built site (`dist/`, or OUT_DIR): kept out of `test:unit`, which runs before the
 * build, and run by `npm run test:dist` after it. Each is a feature's `*.dist.test.ts`.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.dist.test.ts'],
    // A test may read every page of the build.
    testTimeout: 60_000,
  },
});
