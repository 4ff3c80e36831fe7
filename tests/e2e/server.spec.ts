import { expect, test } from '@playwright/test';

/** The test server (scripts/serve.mjs), which every other end-to-end test relies on. */
test('a malformed % escape in an address gets 400, and the server goes on serving pages', async ({
  request,
}) => {
  const bad = await request.get('/%E0%A4%A');
  expect(bad.status()).toBe(400);
  const page = await request.get('/fr/');
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain('<html');
});
