import { defineConfig, devices } from '@playwright/test';

import { chromiumArgs, chromiumPath } from './scripts/chromium.ts';

const port = Number(process.env.PREVIEW_PORT || 4321);
/** Which build to serve: `dist` unless OUT_DIR names another. */
const outDir = process.env.OUT_DIR || 'dist';
/** The same site built under a sub-path (`npm run build:sub-path`), served beside it. */
const subPathPort = port + 1;

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  use: {
    trace: 'off',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /sub-path\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${port}` },
    },
    {
      name: 'sub-path',
      testMatch: /sub-path\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${subPathPort}` },
    },
  ],
  webServer: [
    {
      // The built site, served as a static host would (headers from _headers); `npm test` builds it first.
      command: `node scripts/serve.mjs --dir ${outDir} --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve.mjs --dir dist-sub-path --base /guide/ --port ${subPathPort}`,
      url: `http://127.0.0.1:${subPathPort}/guide/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
