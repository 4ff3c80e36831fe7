#!/usr/bin/env node
/**
 * Phone-size screenshots for people to review: the main pages, and every step of each widget,
 * in French and Arabic. Serves the built site (run `npm run build` first) and writes PNGs to
 * shots/<lang>/.
 *
 * Usage: npm run shots [-- --dir dist --out shots]
 */
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'shots' },
    port: { type: 'string', default: '4399' },
  },
});
const origin = `http://127.0.0.1:${values.port}`;
const server = spawn(
  process.execPath,
  ['scripts/serve.mjs', '--dir', values.dir, '--port', values.port],
  {
    stdio: 'ignore',
  },
);
await new Promise((r) => setTimeout(r, 800));

const pages = [
  '',
  'migrants/vos-options/',
  'migrants/retour-aide/',
  'praticiens/avrr/',
  'praticiens/reintegration/',
  'formateurs/module-2-avrr/',
  'glossaire/',
];
const widgets = ['outils/explorateur/', 'outils/eligibilite-avrr/'];

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
let count = 0;
const shoot = async (lang, name) => {
  const dir = join(values.out, lang);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
  count++;
};
try {
  await page.goto(`${origin}/`);
  await shoot('all', 'language-chooser');
  for (const lang of ['fr', 'ar']) {
    for (const path of pages) {
      await page.goto(`${origin}/${lang}/${path}`);
      await shoot(lang, path.replace(/\/$/, '').replace(/\//g, '-') || 'home');
    }
    for (const path of widgets) {
      const name = path.split('/')[1];
      await page.goto(`${origin}/${lang}/${path}`);
      const form = page.locator('[data-widget] form');
      for (let step = 1; step <= 12 && (await form.count()); step++) {
        await page.locator('[data-widget] input[type="radio"]:not([disabled])').first().waitFor();
        await shoot(lang, `${name}-step-${step}`);
        await page.locator('[data-widget] input[type="radio"]').first().check();
        await page.locator('[data-widget] form button[type="submit"]').click();
      }
      await shoot(lang, `${name}-result`);
    }
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`${count} screenshots in ${values.out}/`);
