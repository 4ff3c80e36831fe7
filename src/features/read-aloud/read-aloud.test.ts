import { describe, expect, it } from 'vitest';
import {
  chooseVoice,
  collectBlocks,
  cssRules,
  engineStringKeys,
  locate,
  parseStrings,
  splitSentences,
  type ElementLike,
  type NodeLike,
  type TextLike,
} from './read-aloud';

/** A tiny stand-in for the DOM: `h('p', { hidden: '' }, 'text', h('a', {}, 'link'))`. */
type Fake = ElementLike & { attrs: Record<string, string> };
function h(localName: string, attrs: Record<string, string> = {}, ...children: (string | Fake)[]) {
  const el: Fake = {
    nodeType: 1,
    localName,
    attrs,
    childNodes: children.map((c): NodeLike => (typeof c === 'string' ? text(c) : c)),
    getAttribute: (name) => attrs[name] ?? null,
    hasAttribute: (name) => name in attrs,
    classList: { contains: (name) => (attrs.class ?? '').split(' ').includes(name) },
  };
  return el;
}
const text = (data: string): TextLike => ({ nodeType: 3, data });
const texts = (root: Fake, isShown?: (el: ElementLike) => boolean) =>
  collectBlocks([root], isShown).map((b) => b.text.replace(/\s+/g, ' ').trim());

describe('collecting what is read', () => {
  it('reads headings, paragraphs, list items, table cells and asides in page order', () => {
    const page = h(
      'div',
      {},
      h('h2', {}, 'Vos options'),
      '\n',
      h(
        'p',
        {},
        'Un texte avec ',
        h('a', { href: '#x' }, 'un lien'),
        ' et ',
        h('strong', {}, 'du gras'),
        '.',
      ),
      h('ul', {}, h('li', {}, 'Premier'), h('li', {}, 'Second')),
      h('table', {}, h('tr', {}, h('th', {}, 'Option'), h('td', {}, 'Rentrer'))),
      h('aside', { class: 'starlight-aside' }, h('div', {}, h('p', {}, 'Bon à savoir.'))),
    );
    expect(texts(page)).toEqual([
      'Vos options',
      'Un texte avec un lien et du gras.',
      'Premier',
      'Second',
      'Option',
      'Rentrer',
      'Bon à savoir.',
    ]);
  });

  it('leaves out what is hidden, controls, link icons, screen-reader-only text and data-no-read', () => {
    const page = h(
      'div',
      {},
      h(
        'div',
        { class: 'sl-heading-wrapper' },
        h('h2', {}, 'Titre'),
        h(
          'a',
          { class: 'sl-anchor-link' },
          h('span', { class: 'sr-only' }, 'Section intitulée « Titre »'),
        ),
      ),
      h(
        'p',
        {},
        'Visible ',
        h('span', { 'aria-hidden': 'true' }, '★'),
        'texte',
        h('span', { class: 'sr-only' }, ' (caché)'),
        '.',
      ),
      h('p', { hidden: '' }, 'Paragraphe caché.'),
      h('p', {}, 'Un mot', h('span', { 'data-no-read': '' }, ' : sa définition'), ' ici.'),
      h('p', {}, h('button', {}, 'Copier'), h('svg', {}, 'dessin')),
      h('details', {}, h('summary', {}, 'Question ?'), h('p', { class: 'answer' }, 'Réponse.')),
    );
    const closedDetails = (el: ElementLike) => !el.classList.contains('answer');
    expect(texts(page, closedDetails)).toEqual([
      'Titre',
      'Visible texte.',
      'Un mot ici.',
      'Question ?',
    ]);
  });

  it('reads the text around a nested list once, and a line break as a space', () => {
    const page = h(
      'ul',
      {},
      h('li', {}, 'Avant', h('ul', {}, h('li', {}, 'Dedans')), 'Après'),
      h('li', {}, 'Ligne un', h('br'), 'ligne deux'),
    );
    expect(texts(page)).toEqual(['Avant', 'Dedans', 'Après', 'Ligne un ligne deux']);
  });

  it('maps a sentence back to the text nodes it spans, for the highlight', () => {
    const strong = h('strong', {}, 'deux');
    const p = h('p', {}, 'Un. Et ', strong, ' trois.');
    const [block] = collectBlocks([p]);
    const [first, second] = splitSentences(block!.text, 'fr');
    expect(second!.text).toBe('Et deux trois.');
    const start = locate(block!, second!.start, 'start');
    const end = locate(block!, second!.end, 'end');
    expect(start.node.data).toBe('Un. Et ');
    expect(start.node.data.slice(start.offset)).toBe('Et ');
    expect(end.node.data.slice(0, end.offset)).toBe(' trois.');
    // A sentence ending where a node ends does not spill into the next node.
    const endOfFirst = locate(block!, first!.end, 'end');
    expect(endOfFirst.node.data.slice(0, endOfFirst.offset)).toBe('Un.');
  });
});

describe('cutting text into sentences', () => {
  it('French: at full stops and question marks, keeping the words and spacing', () => {
    const text =
      '  Vous vivez loin de chez vous.\n Quelles sont mes options ? Lisez la page « Rester ici ». ';
    expect(splitSentences(text, 'fr').map((s) => s.text)).toEqual([
      'Vous vivez loin de chez vous.',
      'Quelles sont mes options ?',
      'Lisez la page « Rester ici ».',
    ]);
    for (const s of splitSentences(text, 'fr')) {
      expect(text.slice(s.start, s.end).replace(/\s+/g, ' ')).toBe(s.text);
    }
  });

  it('does not end a sentence at a question inside quotes', () => {
    const text = 'Exposé court, puis « qui est concerné ? » sur des profils. Ensuite ?';
    expect(splitSentences(text, 'fr').map((s) => s.text)).toEqual([
      'Exposé court, puis « qui est concerné ? » sur des profils.',
      'Ensuite ?',
    ]);
  });

  it('Arabic: at the Arabic question mark and full stops', () => {
    const text = 'ما هي خياراتي؟ يمكنك طلب المساعدة. لا شيء يجبرك على القرار اليوم.';
    expect(splitSentences(text, 'ar').map((s) => s.text)).toEqual([
      'ما هي خياراتي؟',
      'يمكنك طلب المساعدة.',
      'لا شيء يجبرك على القرار اليوم.',
    ]);
  });

  it('without Intl.Segmenter (older browsers), cuts at sentence-ending punctuation', () => {
    const segmenter = Intl.Segmenter;
    try {
      (Intl as { Segmenter?: unknown }).Segmenter = undefined;
      const text = 'Rester est possible. Et partir ? Oui ! لماذا؟ نعم';
      expect(splitSentences(text, 'fr').map((s) => s.text)).toEqual([
        'Rester est possible.',
        'Et partir ?',
        'Oui !',
        'لماذا؟',
        'نعم',
      ]);
    } finally {
      (Intl as { Segmenter?: unknown }).Segmenter = segmenter;
    }
  });

  it('drops pieces with nothing to say', () => {
    expect(splitSentences(' — ', 'fr')).toEqual([]);
    expect(splitSentences('Oui', 'fr').map((s) => s.text)).toEqual(['Oui']);
  });
});

describe('choosing a voice', () => {
  const voice = (lang: string, localService = true, isDefault = false) => ({
    lang,
    localService,
    default: isDefault,
  });

  it('takes a voice of the page language, whatever its region or spelling', () => {
    expect(chooseVoice([voice('en-US'), voice('fr-CA')], 'fr')?.lang).toBe('fr-CA');
    expect(chooseVoice([voice('en-US'), voice('ar_EG')], 'ar')?.lang).toBe('ar_EG');
    expect(chooseVoice([voice('FR-fr')], 'fr')?.lang).toBe('FR-fr');
  });

  it('uses only voices on the device, the default one first', () => {
    const online = voice('fr-FR', false, true);
    const local = voice('fr-BE', true, false);
    expect(chooseVoice([online, local], 'fr')).toBe(local);
    const localDefault = voice('fr-CH', true, true);
    expect(chooseVoice([online, local, localDefault], 'fr')).toBe(localDefault);
    // An online voice would send the text away: with only that, the device "has no voice".
    expect(chooseVoice([online], 'fr')).toBeUndefined();
  });

  it('finds none when the device has no voice for the language', () => {
    expect(chooseVoice([voice('fr-FR'), voice('en-GB')], 'ar')).toBeUndefined();
    expect(chooseVoice([], 'fr')).toBeUndefined();
    // "es" must not match a voice whose language merely starts with the same letters.
    expect(chooseVoice([voice('est-EE')], 'es')).toBeUndefined();
  });
});

describe('the strings the engine receives', () => {
  it('come back by name, each as written, even holding | or a newline', () => {
    const written = Object.fromEntries(engineStringKeys.map((k) => [k, `<${k}>`]));
    written.stop = 'Arrêter | tout\net fermer';
    const strings = parseStrings(JSON.stringify(written));
    expect(strings.stop).toBe('Arrêter | tout\net fermer');
    // The string after it is its own, not shifted by the | before it.
    expect(strings.speedSlow).toBe('<speedSlow>');
    expect(strings.addVoice).toBe('<addVoice>');
  });

  it('are empty strings when the page carries none', () => {
    expect(parseStrings(undefined).stop).toBe('');
    expect(parseStrings('not json').pause).toBe('');
  });
});

describe('the engine styles', () => {
  it('are split into top-level rules, an at-rule with its inner rules kept whole', () => {
    const css = '.a{color:red}@media (width<=50rem){.b{top:0}.c{left:0}}::highlight(x){color:blue}';
    expect(cssRules(css)).toEqual([
      '.a{color:red}',
      '@media (width<=50rem){.b{top:0}.c{left:0}}',
      '::highlight(x){color:blue}',
    ]);
  });
});
