import { mkdtempSync, readdirSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

import {
  sourceHash,
  translationStatus,
  withRecordedHash,
} from '../../src/features/translation-status/status.mjs';
import { copyOfPage, multiplyPages, oneLevelDeeper, withTitleSuffix } from './synthetic.mjs';

describe('withTitleSuffix', () => {
  test('adds the suffix to a plain, a double-quoted and a single-quoted title', () => {
    expect(withTitleSuffix('---\ntitle: Vos options\naudience: migrant\n---\nTexte', ' (2)')).toBe(
      '---\ntitle: Vos options (2)\naudience: migrant\n---\nTexte',
    );
    expect(withTitleSuffix('---\ntitle: "L’AVRR : sept principes"\n---\n', ' (3)')).toBe(
      '---\ntitle: "L’AVRR : sept principes (3)"\n---\n',
    );
    expect(withTitleSuffix("---\ntitle: 'Module 1'\n---\n", ' (4)')).toBe(
      "---\ntitle: 'Module 1 (4)'\n---\n",
    );
  });
});

describe('oneLevelDeeper', () => {
  test('adds ../ to relative Markdown and HTML links only', () => {
    expect(
      oneLevelDeeper(
        '[a](migrants/x/) <a href="formateurs/">b</a> [c](#top) [d](/fr/) [e](https://x.org/) [f](../g/)',
      ),
    ).toBe(
      '[a](../migrants/x/) <a href="../formateurs/">b</a> [c](#top) [d](/fr/) [e](https://x.org/) [f](../../g/)',
    );
  });
});

describe('copyOfPage', () => {
  test('names the copy after the page and moves only an index page’s links', () => {
    const page = '---\ntitle: T\n---\n[l](a/)\n';
    expect(copyOfPage('vos-options.mdx', page, 2)).toEqual({
      file: 'vos-options-2.mdx',
      text: '---\ntitle: T (2)\n---\n[l](a/)\n',
    });
    expect(copyOfPage('index.mdx', page, 10)).toEqual({
      file: 'index-10.mdx',
      text: '---\ntitle: T (10)\n---\n[l](../a/)\n',
    });
  });
});

describe('multiplyPages', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('makes ten times the pages, with translations as up to date as their originals', () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-'));
    const french = '---\ntitle: Vos options\n---\nTexte.\n';
    const frenchOld = '---\ntitle: Rester ici\n---\nAncien texte.\n';
    const write = (path: string, text: string) => {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    write('fr/migrants/vos-options.mdx', french);
    write('fr/migrants/rester-ici.mdx', '---\ntitle: Rester ici\n---\nNouveau texte.\n');
    write('fr/index.mdx', '---\ntitle: Accueil\n---\n[x](migrants/vos-options/)\n');
    write(
      'ar/migrants/vos-options.mdx',
      withRecordedHash('---\ntitle: خياراتك\n---\nنص.\n', sourceHash(french)),
    );
    write(
      'ar/migrants/rester-ici.mdx',
      withRecordedHash('---\ntitle: البقاء هنا\n---\nنص.\n', sourceHash(frenchOld)),
    );

    expect(multiplyPages(dir, 10)).toEqual({ before: 5, after: 50 });

    expect(readdirSync(join(dir, 'fr/migrants')).length).toBe(20);
    expect(readdirSync(join(dir, 'ar/migrants')).length).toBe(20);
    expect(readFileSync(join(dir, 'fr/migrants/vos-options-7.mdx'), 'utf8')).toBe(
      '---\ntitle: Vos options (7)\n---\nTexte.\n',
    );
    expect(readFileSync(join(dir, 'fr/index-2.mdx'), 'utf8')).toContain(
      '[x](../migrants/vos-options/)',
    );
    const status = translationStatus(dir);
    const of = (page: string) => status.find((r) => r.lang === 'ar' && r.page === page)?.status;
    for (const k of [2, 5, 10]) {
      expect(of(`migrants/vos-options-${k}.mdx`)).toBe('up-to-date');
      expect(of(`migrants/rester-ici-${k}.mdx`)).toBe('outdated');
    }
    expect(status.filter((r) => r.status === 'orphan')).toEqual([]);
    // Quoted, so that a hash made of digits is not read as a number by YAML.
    expect(readFileSync(join(dir, 'ar/migrants/vos-options-4.mdx'), 'utf8')).toMatch(
      /^sourceHash: '[0-9a-f]{12}'$/m,
    );
  });
});
