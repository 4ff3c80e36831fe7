/**
 * The pure parts of "Listen" (read aloud): which text of a page is read, cut into sentences,
 * and which of the device's voices reads it. No speech and no page here: the engine
 * (read-aloud.client.ts) applies these to the real page and the browser's speech synthesis.
 *
 * The functions take the small part of the DOM they use (structural types below), so the real
 * document and the plain objects of the unit tests both fit.
 */

/** Interface strings the engine needs, in this order (`readAloud.<key>` in content/i18n). */
export const engineStringKeys = [
  'pause',
  'resume',
  'stop',
  'speedSlow',
  'speedNormal',
  'speedFast',
  'paused',
  'stopped',
  'done',
  'noVoice',
  'addVoice',
] as const;
export type EngineStrings = Record<(typeof engineStringKeys)[number], string>;

/**
 * Reads the engine's strings (`/<lang>/read-aloud.json`, ./strings.route.ts): a JSON object by
 * key, as every component hands strings to its script, so that any character a translation
 * holds (`|`, a newline, quotes) arrives as written. A missing string is an empty string.
 */
export function parseStrings(json: string | undefined): EngineStrings {
  let values: Record<string, unknown> = {};
  try {
    values = JSON.parse(json || '{}');
  } catch {
    // A page without its strings still reads aloud, with empty labels.
  }
  return Object.fromEntries(
    engineStringKeys.map((k) => [k, typeof values[k] === 'string' ? values[k] : '']),
  ) as EngineStrings;
}

/** The speeds offered, in the order one button cycles through them, starting at normal. */
export const speeds = [
  { key: 'speedNormal', rate: 1 },
  { key: 'speedSlow', rate: 0.75 },
  { key: 'speedFast', rate: 1.25 },
] as const;

export interface TextLike {
  nodeType: number;
  data: string;
}
export interface ElementLike {
  nodeType: number;
  localName: string;
  childNodes: ArrayLike<NodeLike>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  classList: { contains(name: string): boolean };
}
export type NodeLike = TextLike | ElementLike | { nodeType: number };

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose text is read as one unit (a heading, a paragraph, a list item, a cell…). */
const blockTags = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'li',
  'dt',
  'dd',
  'th',
  'td',
  'caption',
  'figcaption',
  'summary',
  'blockquote',
  'pre',
]);

/** Never read: controls, pictures, code that runs, and what is not text. */
const skippedTags = new Set([
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'img',
  'picture',
  'video',
  'audio',
  'iframe',
  'object',
  'canvas',
]);

/**
 * Whether an element and everything inside it is left out: hidden (the attribute, `aria-hidden`,
 * or not displayed, as `isShown` tells), a control, text only for screen readers, Starlight's
 * section link icons, or marked `data-no-read`.
 */
export function isSkipped(el: ElementLike, isShown: (el: ElementLike) => boolean): boolean {
  return (
    skippedTags.has(el.localName) ||
    el.hasAttribute('hidden') ||
    el.hasAttribute('data-no-read') ||
    el.getAttribute('aria-hidden') === 'true' ||
    el.classList.contains('sr-only') ||
    el.classList.contains('sl-anchor-link') ||
    !isShown(el)
  );
}

/** One text node's place in a block's text. */
export interface Piece {
  node: TextLike;
  /** Offset of the node's first character in the block's text. */
  start: number;
}

/** A unit of reading: an element and its text, with where each character comes from. */
export interface Block {
  element: ElementLike;
  text: string;
  pieces: Piece[];
}

/**
 * The readable blocks under `roots`, in reading order. Text inside a block but outside its
 * nested blocks (a list item holding a sub-list) becomes a block of its own, so nothing is read
 * twice. `isShown` decides what the reader can see (in the browser: `checkVisibility`), so the
 * answer hidden in a closed <details> is not read, its question is.
 */
export function collectBlocks(
  roots: Iterable<ElementLike>,
  isShown: (el: ElementLike) => boolean = () => true,
): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  const flush = () => {
    if (current && /[\p{L}\p{N}]/u.test(current.text)) blocks.push(current);
    current = undefined;
  };
  const walk = (parent: ElementLike, owner: ElementLike) => {
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        const node = child as TextLike;
        current ??= { element: owner, text: '', pieces: [] };
        current.pieces.push({ node, start: current.text.length });
        current.text += node.data;
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as ElementLike;
        if (el.localName === 'br') {
          if (current) current.text += ' ';
        } else if (isSkipped(el, isShown)) {
          // left out with everything inside
        } else if (blockTags.has(el.localName)) {
          flush();
          walk(el, el);
          flush();
        } else {
          walk(el, blockTags.has(owner.localName) ? owner : el);
        }
      }
    }
  };
  for (const root of roots) {
    if (isSkipped(root, isShown)) continue;
    flush();
    walk(root, root);
    flush();
  }
  return blocks;
}

/** A sentence of a block: its place in the block's text, and the words to speak. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/**
 * Cuts a block's text into sentences with the language's own rules (`Intl.Segmenter`), or at
 * sentence-ending punctuation where the browser has no segmenter. Offsets point into `text`;
 * the spoken text has its white space collapsed. Pieces without a letter or digit are dropped.
 */
export function splitSentences(text: string, lang: string): Sentence[] {
  const parts: { index: number; segment: string }[] =
    typeof Intl.Segmenter === 'function'
      ? Array.from(new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text))
      : Array.from(text.matchAll(/[^.!?؟…]+(?:[.!?؟…]+["'»”’)]*\s*|$)/g), (m) => ({
          index: m.index,
          segment: m[0],
        }));
  const sentences: Sentence[] = [];
  for (const { index, segment } of parts) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    const start = index + lead;
    const previous = sentences.at(-1);
    // A question inside quotes, « comme ça ? », ends no sentence: what follows the closing
    // mark belongs to the same one.
    if (previous && /^[»”’)\]]/.test(trimmed)) {
      previous.end = start + trimmed.length;
      previous.text = text.slice(previous.start, previous.end).replace(/\s+/g, ' ');
    } else if (/[\p{L}\p{N}]/u.test(segment)) {
      sentences.push({ start, end: start + trimmed.length, text: trimmed.replace(/\s+/g, ' ') });
    }
  }
  return sentences;
}

/**
 * Where an offset of a block's text lies in the page: a text node and an offset in it. An
 * offset between two nodes belongs to the next one for a start and to the previous for an end,
 * so a highlight never begins or ends in the wrong node.
 */
export function locate(
  block: Block,
  offset: number,
  edge: 'start' | 'end',
): { node: TextLike; offset: number } {
  const { pieces } = block;
  let found = pieces[0]!;
  for (const piece of pieces) {
    const end = piece.start + piece.node.data.length;
    if (edge === 'start' ? offset < end : offset <= end) {
      found = piece;
      break;
    }
    found = piece;
  }
  const inNode = Math.min(Math.max(offset - found.start, 0), found.node.data.length);
  return { node: found.node, offset: inNode };
}

/** The part of a voice's or page's language tag that names the language: `fr_FR` → `fr`. */
const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';

export interface VoiceLike {
  lang: string;
  localService: boolean;
  default: boolean;
}

/**
 * A voice for the page's language that works on the device itself, or undefined when the
 * device has none. Online voices (Chrome's "Google" voices, for instance) are never used: they
 * would send the text being read, and so what the reader is reading, to a speech service.
 * Among the matching voices, the device's default comes first, then one of the page's region.
 */
export function chooseVoice<V extends VoiceLike>(
  voices: readonly V[],
  lang: string,
): V | undefined {
  const want = primary(lang);
  const region = lang.toLowerCase().replace('_', '-');
  const score = (v: V) =>
    (v.default ? 2 : 0) + (v.lang.toLowerCase().replace('_', '-') === region ? 1 : 0);
  let best: V | undefined;
  for (const voice of voices) {
    if (!voice.localService || primary(voice.lang) !== want) continue;
    if (!best || score(voice) > score(best)) best = voice;
  }
  return best;
}

/**
 * The top-level rules of a stylesheet's text, one string each, for `CSSStyleSheet.insertRule`
 * (which takes one rule at a time). Enough for the engine's own minified CSS: no braces in
 * strings or comments.
 */
export function cssRules(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      rules.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return rules;
}
