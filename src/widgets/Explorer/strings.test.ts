import { describe, expect, it } from 'vitest';
import fr from '../../../content/i18n/fr.json';
import en from '../../../content/i18n/en.json';
import es from '../../../content/i18n/es.json';
import ar from '../../../content/i18n/ar.json';
import { stringKeys } from './strings';

const explorerKeys = (strings: Record<string, string>) =>
  Object.keys(strings).filter((key) => key.startsWith('explorer.'));

describe('the explorer strings', () => {
  it('sends the island exactly the French explorer keys, except the no-JavaScript notice', () => {
    const sent = stringKeys.map((key) => 'explorer.' + key);
    expect(new Set(sent).size).toBe(sent.length);
    expect([...sent, 'explorer.noscript'].sort()).toEqual(explorerKeys(fr).sort());
  });

  it('has every key translated, non-empty, in English, Spanish and Arabic', () => {
    for (const strings of [en, es, ar] as Record<string, string>[]) {
      expect(explorerKeys(strings).sort()).toEqual(explorerKeys(fr).sort());
      for (const key of explorerKeys(fr)) expect(strings[key]?.trim()).toBeTruthy();
    }
  });

  it('keeps the placeholders of the progress line in every language', () => {
    for (const strings of [fr, en, es, ar] as Record<string, string>[]) {
      expect(strings['step.progress']).toContain('{current}');
      expect(strings['step.progress']).toContain('{total}');
    }
  });
});
