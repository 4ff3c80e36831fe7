#!/usr/bin/env node
/**
 * Adds or updates interface strings in content/i18n/<lang>.json without touching other keys.
 * Usage: node scripts/i18n-merge.mjs strings.json
 * where strings.json is { "fr": { "area.key": "…" }, "en": { … }, … }.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { stringsFileOf } from '../src/site/languages.ts';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const [lang, strings] of Object.entries(input)) {
  const file = new URL(`../content/i18n/${stringsFileOf(lang)}`, import.meta.url);
  const current = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, JSON.stringify({ ...current, ...strings }, null, 2) + '\n');
}
