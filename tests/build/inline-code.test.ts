import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildCopy, copyProject } from '../../scripts/fixture.ts';
import { languages } from '../../src/site/languages.ts';

/**
 * The Content Security Policy allows only the inline code the site's components write
 * (src/features/security/integration.mjs): a page whose content adds some fails the build.
 * One build of a copy of the project with one such page (about half a minute).
 */
const page = `---
title: Essai
description: Une page qui ajoute du code dans son contenu.
audience: all
sources: [mrrm-toolkit]
reviewed: 2026-11-22
provenance: { method: machine-assisted, checked: [] }
---

Un paragraphe.

<script>console.log(1 + 2)</script>

<p style="color: red">Rouge.</p>

<button onclick="alert(1)">Bouton</button>
`;

describe('inline code written in a page', () => {
  const copy = copyProject('.fixture-inline', { 'content/docs/fr/essai.mdx': page });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('fails the build, naming the page and quoting the script, style attribute and on…= handler', () => {
    const { status, output } = buildCopy(copy, { outDir: join(copy, 'dist') });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'fr/essai/index.html: inline script not written by a component: <script>console.log(1 + 2)',
    );
    expect(output).toContain('fr/essai/index.html: style attribute: <p style="color: red"');
    expect(output).toContain(
      'fr/essai/index.html: event-handler attribute: <button onclick="alert(1)"',
    );
    // Only the added page is named (in French, and in each language that shows it in French):
    // the site's own pages, and Starlight's notice on those shown in French, pass.
    const named = [...output.matchAll(/^\s+(\S+\.html): /gm)].map((m) => m[1]);
    expect(new Set(named)).toEqual(
      new Set(Object.keys(languages).map((lang) => `${lang}/essai/index.html`)),
    );
  }, 300_000);
});
