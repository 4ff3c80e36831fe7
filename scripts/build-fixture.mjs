#!/usr/bin/env node
/**
 * Builds a second copy of the site for the tests, as an organisation would host it and as a
 * maintainer would see it mid-update:
 * - under a sub-path (`/guide/`), to prove every link, style and search request follows `base`;
 * - with one sentence of a French page changed after its translations were made, to prove the
 *   translations then show the outdated notice.
 * The copy is made in `.fixture/` (the real pages are never touched) and built to `dist-sub-path/`.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const changedPage = 'migrants/vos-options.mdx';
const root = join(import.meta.dirname, '..');
const copy = join(root, '.fixture');

rmSync(copy, { recursive: true, force: true });
for (const item of [
  'content',
  'src',
  'public',
  'astro.config.mjs',
  'content.config.ts',
  'tsconfig.json',
  'env.d.ts',
]) {
  cpSync(join(root, item), join(copy, item), { recursive: true });
}
const french = join(copy, 'content/docs/fr', changedPage);
const text = readFileSync(french, 'utf8');
const paragraph = text.indexOf('\n\n', text.indexOf('\n---', 4)) + 2;
writeFileSync(
  french,
  `${text.slice(0, paragraph)}Une phrase ajoutée après la traduction.\n\n${text.slice(paragraph)}`,
);

execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/astro/bin/astro.mjs'),
    'build',
    '--root',
    copy,
    '--outDir',
    join(root, 'dist-sub-path'),
  ],
  { stdio: 'inherit', env: { ...process.env, SITE_BASE: '/guide/' } },
);
rmSync(copy, { recursive: true, force: true });
