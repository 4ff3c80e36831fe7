#!/usr/bin/env node
/**
 * Translation and review status of every page in every language, against the French source.
 *
 *   npm run i18n:status                 per page and language: up to date / outdated / missing,
 *                                       checked or not; then a summary per language
 *   npm run i18n:status -- --json F    the same as JSON, written to F (or - for stdout)
 *   npm run i18n:sync -- FILE…         records, in each translation FILE, the French version it
 *                                      now translates (run it after updating a translation)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  pageList,
  provenanceOf,
  sourceHash,
  translationStatus,
  withRecordedHash,
} from '../src/features/translation-status/status.mjs';
import {
  completeLanguages,
  languages,
  sourceLanguage,
  stringsFileOf,
} from '../src/site/languages.ts';
import { docsFolder, interfaceStrings, stringsFolder } from '../src/site/content-files.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'string' },
    sync: { type: 'boolean', default: false },
    docs: { type: 'string' },
    strings: { type: 'string' },
  },
});
const docsDir = values.docs ?? docsFolder;
const stringsDir = values.strings ?? stringsFolder;

if (values.sync) {
  for (const file of positionals) {
    const rel = file.replace(/^.*content\/docs\//, '');
    const [lang, ...rest] = rel.split('/');
    if (lang === sourceLanguage) continue;
    const french = readFileSync(join(docsDir, sourceLanguage, ...rest), 'utf8');
    const target = join(docsDir, rel);
    writeFileSync(target, withRecordedHash(readFileSync(target, 'utf8'), sourceHash(french)));
    console.log(`${rel}: now translates the current French page`);
  }
  process.exit(0);
}

const read = (lang, page) => readFileSync(join(docsDir, lang, page), 'utf8');
// A language whose file is not written yet has no strings of its own.
const strings = (lang) =>
  existsSync(join(stringsDir, stringsFileOf(lang))) ? interfaceStrings(lang, stringsDir) : {};

const frenchPages = pageList(docsDir);
const pages = [
  ...frenchPages.map((page) => ({
    page,
    lang: sourceLanguage,
    status: 'source',
    ...provenanceOf(read(sourceLanguage, page)),
  })),
  ...translationStatus(docsDir).map((row) => ({
    ...row,
    ...(row.status === 'missing'
      ? { method: undefined, checked: false }
      : provenanceOf(read(row.lang, row.page))),
  })),
];
const frenchKeys = Object.keys(strings(sourceLanguage));
const summary = Object.fromEntries(
  Object.keys(languages).map((lang) => {
    const rows = pages.filter((r) => r.lang === lang);
    const own = strings(lang);
    const count = (status) => rows.filter((r) => r.status === status).length;
    return [
      lang,
      {
        complete: lang === sourceLanguage || completeLanguages.includes(lang),
        pages: rows.length,
        upToDate: lang === sourceLanguage ? rows.length : count('up-to-date'),
        outdated: count('outdated'),
        missing: rows.filter((r) => r.status === 'missing').map((r) => r.page),
        checked: rows.filter((r) => r.checked).length,
        machineAssisted: rows.filter((r) => r.method === 'machine-assisted').length,
        missingStrings: frenchKeys.filter((key) => !own[key]?.trim()),
      },
    ];
  }),
);

if (values.json) {
  const json = JSON.stringify({ pages, languages: summary }, null, 2) + '\n';
  if (values.json === '-') process.stdout.write(json);
  else writeFileSync(values.json, json);
}
if (values.json !== '-') {
  const langs = Object.keys(languages);
  const label = {
    source: 'source',
    'up-to-date': 'up to date',
    outdated: 'OUTDATED',
    missing: 'missing',
    orphan: 'ORPHAN',
  };
  const all = [...new Set(pages.map((r) => r.page))].sort();
  const width = Math.max(...all.map((p) => p.length));
  console.log(
    'Each cell: translation status, then ✓ when a reviewer’s check covers the page as it is.\n',
  );
  console.log(['page'.padEnd(width), ...langs.map((l) => l.padEnd(12))].join(' '));
  for (const page of all) {
    const cells = langs.map((lang) => {
      const row = pages.find((r) => r.page === page && r.lang === lang);
      return (row ? `${label[row.status]}${row.checked ? ' ✓' : ''}` : '').padEnd(12);
    });
    console.log([page.padEnd(width), ...cells].join(' '));
  }
  console.log('\nPer language:');
  for (const [lang, s] of Object.entries(summary)) {
    const kind = lang === sourceLanguage ? 'source' : s.complete ? 'complete' : 'partial';
    console.log(
      `- ${lang} (${kind}): ${s.upToDate}/${s.pages} pages up to date, ${s.outdated} outdated, ` +
        `${s.missing.length} missing; ${s.checked} checked; ${s.machineAssisted} drafted with ` +
        `machine assistance; ${s.missingStrings.length} interface strings missing`,
    );
    if (s.missing.length) console.log(`    missing pages: ${s.missing.join(', ')}`);
    if (s.missingStrings.length) console.log(`    missing strings: ${s.missingStrings.join(', ')}`);
  }
}
