import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    // Tests of the built site run after the build: vitest.dist.config.ts.
    exclude: ['**/node_modules/**', '**/*.dist.test.ts'],
    // The test files share their workers instead of starting one each (about 300 ms a file):
    // no test mocks a module or changes a global, and the two that need a DOM declare their own
    // environment. 8 s of the suite's 25 s.
    isolate: false,
  },
});
