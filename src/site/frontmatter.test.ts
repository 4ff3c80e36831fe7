import { describe, expect, it } from 'vitest';
import { pageFields } from './frontmatter';

const good = {
  audience: 'migrant',
  sources: ['mrrm-toolkit'],
  reviewed: '2026-11-22',
  provenance: { method: 'machine-assisted', checked: [] },
};
const fieldsIn = (data: unknown) =>
  pageFields.safeParse(data).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('page frontmatter', () => {
  it('accepts a complete page', () => {
    expect(fieldsIn(good)).toEqual([]);
  });

  it('names the field when the audience is not one of the four', () => {
    expect(fieldsIn({ ...good, audience: 'everyone' })).toEqual(['audience']);
  });

  it('names the source that is not in the list of references', () => {
    expect(fieldsIn({ ...good, sources: ['mrrm-toolkit', 'a-blog-post'] })).toEqual(['sources.1']);
  });

  it('requires at least one source, a review date and a provenance record', () => {
    expect(fieldsIn({ audience: 'all', sources: [] }).sort()).toEqual([
      'provenance',
      'reviewed',
      'sources',
    ]);
  });

  it('names the check that claims no role or no date', () => {
    const claim = { version: '0123456789ab' };
    expect(fieldsIn({ ...good, provenance: { method: 'human', checked: [claim] } }).sort()).toEqual(
      ['provenance.checked.0.by', 'provenance.checked.0.date'],
    );
  });

  it('rejects a translation hash that is not 12 hex digits', () => {
    expect(fieldsIn({ ...good, sourceHash: 'abc' })).toEqual(['sourceHash']);
  });

  it('takes a handout as page slugs, and names the one that is not a slug', () => {
    expect(fieldsIn({ ...good, handout: ['praticiens/avrr', 'migrants/vos-options'] })).toEqual([]);
    expect(fieldsIn({ ...good, handout: ['praticiens/avrr', '../avrr/#etapes'] })).toEqual([
      'handout.1',
    ]);
  });
});
