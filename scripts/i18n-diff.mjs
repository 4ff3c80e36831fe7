#!/usr/bin/env node
/**
 * What changed in the French pages since the version each translation records.
 *
 *   npm run i18n:diff -- <lang> [page]     e.g. npm run i18n:diff -- ar migrants/retour-aide
 *
 * For every outdated translation of <lang> (or only [page]), finds in the git history the
 * French version the translation records (`sourceHash`) and prints the French changes since
 * then, so that a translator updates only the sentences that changed. When that version is
 * not in the history, it says so and prints the whole French page.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  recordedHash,
  sourceHash,
  translationStatus,
} from '../src/features/translation-status/status.mjs';
import { sourceLanguage } from '../src/site/languages.ts';
import { createHash } from 'node:crypto';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { docs: { type: 'string' } },
});
const docs = values.docs ?? join(import.meta.dirname, '../content/docs');
const [lang, only] = positionals;
if (!lang) {
  console.error(
    'Usage: npm run i18n:diff -- <lang> [page]   (for example: ar migrants/retour-aide)',
  );
  process.exit(2);
}
const wanted = only?.replace(/\.mdx?$/, '');

const top = execFileSync('git', ['-C', docs, 'rev-parse', '--show-toplevel'], {
  encoding: 'utf8',
}).trim();
const git = (...args) => execFileSync('git', ['-C', top, ...args], { encoding: 'utf8' });
/** Before the hash covered only the body, it covered the whole file: old records still match. */
const wholeFileHash = (text) =>
  createHash('sha256').update(text.replace(/\r\n/g, '\n'), 'utf8').digest('hex').slice(0, 12);

const rows = translationStatus(docs).filter(
  (r) =>
    r.lang === lang &&
    (wanted ? r.page.replace(/\.mdx?$/, '') === wanted : r.status === 'outdated'),
);
if (rows.length === 0) {
  console.log(wanted ? `${lang}/${wanted}: no such page.` : `${lang}: no outdated translation.`);
  process.exit(0);
}

for (const row of rows) {
  const french = join(docs, sourceLanguage, row.page);
  const path = relative(top, french);
  console.log(`\n=== ${lang}/${row.page}: ${row.status} ===`);
  if (row.status !== 'outdated') {
    if (row.status === 'missing') console.log('No translation yet: translate the whole page.');
    else console.log('Up to date: nothing to do.');
    continue;
  }
  const recorded = recordedHash(readFileSync(join(docs, lang, row.page), 'utf8'));
  const commits = existsSync(french)
    ? git('log', '--format=%H', '--', path).split('\n').filter(Boolean)
    : [];
  const found = commits.find((commit) => {
    const text = git('show', `${commit}:${path}`);
    return sourceHash(text) === recorded || wholeFileHash(text) === recorded;
  });
  if (found) {
    console.log(
      `Translated from the French of commit ${found.slice(0, 10)}; changes since then:\n`,
    );
    process.stdout.write(git('diff', found, '--', path));
  } else {
    console.log(
      `The French version this translation records (${recorded ?? 'none'}) is not in the git ` +
        'history: here is the whole French page.\n',
    );
    process.stdout.write(readFileSync(french, 'utf8'));
  }
}
