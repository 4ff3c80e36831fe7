#!/usr/bin/env node
/**
 * Translation status of every page in every language, against the French source.
 *
 *   npm run i18n:status                 a table: up to date / outdated / missing / orphan
 *   npm run i18n:status -- --json F    the same as JSON, written to F (or - for stdout)
 *   npm run i18n:sync -- FILE…         records, in each translation FILE, the French version it
 *                                      now translates (run it after updating a translation)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sourceHash, translationStatus, withRecordedHash } from '../src/lib/translation-status.mjs';
import { sourceLanguage } from '../src/lib/languages.mjs';

const docs = join(import.meta.dirname, '../content/docs');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'string' }, sync: { type: 'boolean', default: false } },
});

if (values.sync) {
  for (const file of positionals) {
    const rel = file.replace(/^.*content\/docs\//, '');
    const [lang, ...rest] = rel.split('/');
    if (lang === sourceLanguage) continue;
    const french = readFileSync(join(docs, sourceLanguage, ...rest), 'utf8');
    const target = join(docs, rel);
    writeFileSync(target, withRecordedHash(readFileSync(target, 'utf8'), sourceHash(french)));
    console.log(`${rel}: now translates the current French page`);
  }
  process.exit(0);
}

const rows = translationStatus(docs);
if (values.json) {
  const json = JSON.stringify(rows, null, 2) + '\n';
  if (values.json === '-') process.stdout.write(json);
  else writeFileSync(values.json, json);
}
if (values.json !== '-') {
  const langs = [...new Set(rows.map((r) => r.lang))];
  const pages = [...new Set(rows.map((r) => r.page))].sort();
  const label = {
    'up-to-date': 'up to date',
    outdated: 'OUTDATED',
    missing: 'missing',
    orphan: 'ORPHAN',
  };
  const width = Math.max(...pages.map((p) => p.length));
  console.log(['page'.padEnd(width), ...langs.map((l) => l.padEnd(10))].join('  '));
  for (const page of pages) {
    const cells = langs.map((lang) => {
      const row = rows.find((r) => r.page === page && r.lang === lang);
      return (row ? label[row.status] : '').padEnd(10);
    });
    console.log([page.padEnd(width), ...cells].join('  '));
  }
  const count = (s) => rows.filter((r) => r.status === s).length;
  console.log(
    `\n${count('up-to-date')} up to date, ${count('outdated')} outdated, ${count('missing')} missing, ${count('orphan')} orphan`,
  );
}
