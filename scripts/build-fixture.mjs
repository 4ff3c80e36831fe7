#!/usr/bin/env node
/**
 * Builds a second copy of the site for the tests, as an organisation would host it and as a
 * maintainer would see it mid-update:
 * - under a sub-path (`/guide/`), to prove every link, style and search request follows `base`;
 * - with one sentence of a French page changed after its translations were made, to prove the
 *   translations then show the outdated notice.
 * - with French interface strings holding `|` and a newline (`fixtureStrings`), to prove they
 *   reach the browser as written.
 * The copy is made in `.fixture/` (the real pages are never touched) and built to `dist-sub-path/`.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildCopy, copyProject, fixtureStrings, root } from './fixture.mjs';

export const changedPage = 'migrants/vos-options.mdx';

const page = join('content/docs/fr', changedPage);
const text = readFileSync(join(root, page), 'utf8');
const paragraph = text.indexOf('\n\n', text.indexOf('\n---', 4)) + 2;
const strings = 'content/i18n/fr.json';
const french = JSON.parse(readFileSync(join(root, strings), 'utf8'));
const copy = copyProject('.fixture', {
  [strings]: JSON.stringify({ ...french, ...fixtureStrings }, null, 2),
  [page]: `${text.slice(0, paragraph)}Une phrase ajoutée après la traduction.\n\n${text.slice(paragraph)}`,
});

const { status } = buildCopy(copy, {
  outDir: join(root, 'dist-sub-path'),
  env: { SITE_BASE: '/guide/' },
  inherit: true,
});
rmSync(copy, { recursive: true, force: true });
if (status !== 0) process.exit(status ?? 1);
