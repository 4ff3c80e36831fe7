import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildCopy, copyProject, root } from '../../scripts/fixture.ts';

/**
 * Bad content stops the build (src/features/content-checks/integration.mjs), every problem named with
 * its file. One build of a copy of the project with one of each problem: it stops before
 * building anything, in a few seconds.
 */
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const json = (lang: string) => JSON.parse(read(`content/i18n/${lang}.json`));
const edit = (lang: string, change: (strings: Record<string, string>) => void) => {
  const strings = json(lang);
  change(strings);
  return JSON.stringify(strings, null, 2);
};

const page = `---
title: Essai
description: Une page aux erreurs.
sources: [source-inconnue]
reviewed: 2026-11-22
provenance: { method: machine-assisted, checked: [{ version: '0123456789ab' }] }
---

## Première partie { #partie }

Texte.

## Deuxième partie { #partie }

Texte.
`;

describe('content with mistakes', () => {
  const copy = copyProject('.fixture-content', {
    // Frontmatter: audience missing, an unknown source, a check claimed without a role or a
    // date; one heading id used twice.
    'content/docs/fr/essai.mdx': page,
    // A translation whose heading id differs from the French page's.
    'content/docs/en/migrants/retour-aide.mdx': read(
      'content/docs/en/migrants/retour-aide.mdx',
    ).replace('{ #qui-peut ', '{ #qui-peux '),
    // A glossary entry without an id.
    'content/docs/fr/glossaire.mdx': `${read('content/docs/fr/glossaire.mdx')}\n## Terme sans lien\n\nSa définition.\n`,
    // A string missing in a complete language; a placeholder misspelt; one dropped.
    'content/i18n/es.json': edit('es', (s) => delete s['readAloud.listen']),
    'content/i18n/en.json': edit('en', (s) => (s['offline.size'] = 'The copy takes {sise}.')),
    'content/i18n/ar.json': edit('ar', (s) => (s['step.progress'] = 'السؤال {current}')),
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('fails the build, naming every file and what is wrong with it', () => {
    const { status, output } = buildCopy(copy, { outDir: join(copy, 'dist') });
    expect(status).not.toBe(0);
    for (const line of [
      'content/docs/fr/essai.mdx: frontmatter field "audience" is missing',
      'content/docs/fr/essai.mdx: frontmatter field "sources.0" is wrong',
      'content/docs/fr/essai.mdx: frontmatter field "provenance.checked.0.by" is wrong: who checked it, as a role: iom-staff or native-speaker',
      'content/docs/fr/essai.mdx: frontmatter field "provenance.checked.0.date" is wrong: the date of the check, as YYYY-MM-DD',
      'content/docs/fr/essai.mdx: heading id "#partie" is used twice (line 2 and line 6)',
      'content/docs/en/migrants/retour-aide.mdx: heading id "#qui-peux" is not in the French page',
      'content/docs/fr/glossaire.mdx: glossary heading "Terme sans lien"',
      'content/i18n/es.json: "readAloud.listen" is missing',
      'content/i18n/en.json: "offline.size" has placeholders {sise}, French has {size}',
      'content/i18n/ar.json: "step.progress" has placeholders {current}, French has {current} {total}',
    ]) {
      expect(output).toContain(line);
    }
    // Reported together, before any page is built.
    expect(output).toContain('The content has 10 problem(s)');
    expect(output).not.toContain('page(s) built');
  }, 120_000);
});
