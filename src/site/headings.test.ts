import { describe, expect, it } from 'vitest';

import { headingOf, ID_BLOCKS } from './headings';

describe('reading a heading line', () => {
  it('gives the level, the text and the id of its attribute block, icon classes left out', () => {
    expect(headingOf('## Qui peut ? { #qui-peut .i-people }')).toEqual({
      level: 2,
      text: 'Qui peut ?',
      id: 'qui-peut',
    });
    expect(headingOf('### مدة البرنامج {#duree}')).toEqual({
      level: 3,
      text: 'مدة البرنامج',
      id: 'duree',
    });
  });

  it('reads a heading without an id as one, and a line that is no heading as none', () => {
    expect(headingOf('## Sans id')).toEqual({ level: 2, text: 'Sans id' });
    expect(headingOf('# Titre { #titre }')).toBeUndefined();
    expect(headingOf('Texte { #pas-un-titre }')).toBeUndefined();
  });

  it('removes every id block from a text', () => {
    expect('Durée { #duree } et coût {#cout .i-money}'.replace(ID_BLOCKS, '')).toBe(
      'Durée  et coût ',
    );
  });
});
