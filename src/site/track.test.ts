import { describe, expect, it } from 'vitest';
import { trackOf } from './track';

describe('trackOf', () => {
  it('names the track folder after the language, with or without a base path', () => {
    expect(trackOf('/fr/outils/explorateur/', '/')).toBe('outils');
    expect(trackOf('/guide/prs/formateurs/module-2-avrr/', '/guide/')).toBe('formateurs');
    expect(trackOf('/am/formateurs/', '/')).toBe('formateurs');
  });

  it('puts the other pages of a language in one track for everyone', () => {
    expect(trackOf('/am/glossaire/', '/')).toBe('');
    expect(trackOf('/am/', '/')).toBe('');
    expect(trackOf('/am/a-propos/', '/')).toBe(trackOf('/am/hors-ligne/', '/'));
  });
});
