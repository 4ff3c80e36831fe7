import { describe, expect, it } from 'vitest';
import { fill } from './fill';

describe('filling the placeholders of an interface string', () => {
  it("puts each value in as it is, even one holding $&, $' or $1", () => {
    expect(fill('{title} : document à imprimer', { title: "Module $& et $'" })).toBe(
      "Module $& et $' : document à imprimer",
    );
    expect(fill('Question {current} sur {total}', { current: '$1', total: '$$' })).toBe(
      'Question $1 sur $$',
    );
  });

  it('fills every occurrence of a placeholder, and leaves an unknown one as written', () => {
    expect(fill('{a} {b} {a}', { a: 'x' })).toBe('x {b} x');
  });
});
