import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    // Tests of the built site run after the build: vitest.dist.config.ts.
    exclude: ['**/node_modules/**', '**/*.dist.test.ts'],
  },
});
