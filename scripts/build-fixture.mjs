#!/usr/bin/env node
/**
 * Builds a second copy of the site for the tests, as an organisation would host it and as a
 * maintainer would see it mid-update:
 * - under a sub-path (`/guide/`), to prove every link, style and search request follows `base`;
 * - with one sentence of a French page changed after its translations were made, to prove the
 *   translations then show the outdated notice;
 * - with French interface strings holding `|` and a newline (`fixtureStrings`), to prove they
 *   reach the browser as written;
 * - with a reviewer's check recorded on one French page, one Arabic page missing (shown in French)
 *   and FEEDBACK_EMAIL set, to prove what the provenance line and the feedback link say.
 * The copy is made in `.fixture/` (the real pages are never touched) and built to `dist-sub-path/`.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pageVersion } from '../src/features/translation-status/status.mjs';
import { buildCopy, copyProject, fixtureStrings, root } from './fixture.ts';

const changedPage = 'migrants/vos-options.mdx';
const checkedPage = 'content/docs/fr/migrants/rester-ici.mdx';

const page = join('content/docs/fr', changedPage);
const text = readFileSync(join(root, page), 'utf8');
const paragraph = text.indexOf('\n\n', text.indexOf('\n---', 4)) + 2;
const strings = 'content/i18n/fr.json';
const french = JSON.parse(readFileSync(join(root, strings), 'utf8'));
const checked = readFileSync(join(root, checkedPage), 'utf8');
const copy = copyProject('.fixture', {
  [strings]: JSON.stringify({ ...french, ...fixtureStrings }, null, 2),
  [page]: `${text.slice(0, paragraph)}Une phrase ajoutée après la traduction.\n\n${text.slice(paragraph)}`,
  [checkedPage]: checked.replace(
    /^provenance: .*$/m,
    `provenance: { method: machine-assisted, checked: [{ by: iom-staff, date: 2027-01-15, version: '${pageVersion(checked)}' }] }`,
  ),
});
rmSync(join(copy, 'content/docs/ar/migrants/apres-le-retour.mdx'));

const { status } = buildCopy(copy, {
  outDir: join(root, 'dist-sub-path'),
  env: { SITE_BASE: '/guide/', FEEDBACK_EMAIL: 'guide@example.org' },
  inherit: true,
});
rmSync(copy, { recursive: true, force: true });
if (status !== 0) process.exit(status ?? 1);
