/**
 * The sheet's second language, in the browser: the chosen language's version of the page is
 * fetched from this site (its address built here from the language code, never taken from
 * content), parsed with DOMParser, cut into the same sections by id, cleaned, and placed beside
 * the first language's sections, each column with its own `lang` and `dir`. The choice lives in
 * this page's memory only: nothing in the address, the history or storage.
 */

/** A page's content as sections: the elements before the first `h2` (key `''`), then each `h2`'s. */
export function sectionsOf(doc: Document): Map<string, Element[]> {
  const sections = new Map<string, Element[]>();
  const content = doc.querySelector('main .sl-markdown-content');
  if (!content) return sections;
  let id = '';
  for (const child of Array.from(content.children)) {
    const heading = child.matches('h2[id]')
      ? child
      : child.matches('.sl-heading-wrapper.level-h2')
        ? child.querySelector('h2[id]')
        : null;
    if (heading) id = heading.id;
    sections.set(id, [...(sections.get(id) ?? []), child]);
  }
  return sections;
}

/** What never comes across: code, embedded documents, forms and controls (their scripts stay behind), section-link icons. */
const dropped =
  'script, style, link, meta, base, iframe, frame, object, embed, template, noscript, form, ' +
  'button, input, select, textarea, .sl-anchor-link';

/** Attributes that hold a list of ids. */
const idLists = [
  'for',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'headers',
];

interface CopyOptions {
  /** What the copy's ids start with, so that they stay unique beside the first language's. */
  prefix: string;
  /** The copied page's own address, which its relative links start from. */
  pageUrl: string;
}

/**
 * Copies a section's elements into this document, safe to show: no script or event handler,
 * no style attribute (the page's policy allows none), no `javascript:` address; ids prefixed
 * (and what refers to them); links resolved against the page they came from, with their full
 * address in `data-url` for print (glossary terms excepted); asides turned into notes, so
 * that the sheet does not repeat a landmark.
 */
export function safeCopy(elements: Element[], { prefix, pageUrl }: CopyOptions): Element[] {
  const page = new URL(pageUrl);
  const id = (value: string) => `${prefix}--${value}`;
  return elements
    .map((source) => {
      const copy = document.importNode(source, true) as Element;
      for (const el of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
        if (el !== copy && el.matches(dropped)) {
          el.remove();
          continue;
        }
        for (const { name, value } of Array.from(el.attributes)) {
          const lower = name.toLowerCase();
          if (lower.startsWith('on') || lower === 'style' || lower === 'srcdoc') {
            el.removeAttribute(name);
          } else if (
            ['href', 'src', 'xlink:href', 'action', 'formaction'].includes(lower) &&
            /^\s*(javascript|data|vbscript):/i.test(value)
          ) {
            el.removeAttribute(name);
          } else if (lower === 'id') {
            el.setAttribute(name, id(value));
          } else if (idLists.includes(lower)) {
            el.setAttribute(name, value.split(/\s+/).filter(Boolean).map(id).join(' '));
          }
        }
        const href = el.getAttribute('href');
        if (href?.startsWith('#')) {
          el.setAttribute('href', `#${id(href.slice(1))}`);
        } else if (href && el.localName === 'a') {
          let url: URL | undefined;
          try {
            url = new URL(href, page);
          } catch {
            el.removeAttribute('href');
          }
          if (url && /^https?:$/.test(url.protocol)) {
            const local = url.origin === page.origin;
            el.setAttribute('href', local ? url.pathname + url.search + url.hash : url.href);
            el.setAttribute('data-url', url.href);
          }
          // A glossary term stays a plain link to its entry in its own language: the in-place
          // definitions belong to the first language's page. Like every term, its address is
          // not printed (an empty data-url).
          if (el.hasAttribute('data-gl')) {
            el.removeAttribute('data-gl');
            el.setAttribute('data-url', '');
          }
        }
      }
      if (copy.matches(dropped)) return document.createComment('');
      return copy;
    })
    .filter((el): el is Element => el.nodeType === Node.ELEMENT_NODE)
    .map(asideToNote);
}

function asideToNote(root: Element): Element {
  for (const aside of [root, ...Array.from(root.querySelectorAll('aside'))]) {
    if (aside.localName !== 'aside') continue;
    const note = document.createElement('div');
    for (const { name, value } of Array.from(aside.attributes)) note.setAttribute(name, value);
    note.setAttribute('role', 'note');
    note.append(...Array.from(aside.childNodes));
    if (aside === root) return note;
    aside.replaceWith(note);
  }
  return root;
}

/** Fills `{language}` in a message. */
const say = (template: string, language: string) => template.replaceAll('{language}', language);

/**
 * Wires a sheet (`[data-sheet]`): shows the language choice (hidden without JavaScript, where the
 * list of the page's versions stands instead), and on each choice loads that version and places
 * its sections. Messages say when it is loading, done or failed; a failed load leaves the first
 * language as it was.
 */
export function startSheet(root: HTMLElement) {
  const controls = root.querySelector<HTMLElement>('[data-sheet-controls]');
  const select = root.querySelector<HTMLSelectElement>('[data-sheet-choose]');
  const status = root.querySelector<HTMLElement>('[data-sheet-status]');
  const print = root.querySelector<HTMLButtonElement>('[data-sheet-print]');
  if (!controls || !select || !status) return;
  const {
    base = '/',
    slug = '',
    loading = '',
    loaded = '',
    failed = '',
    missing = '',
  } = root.dataset;
  const sections = Array.from(root.querySelectorAll<HTMLElement>('[data-sheet-section]'));
  controls.hidden = false;
  print?.addEventListener('click', () => window.print());
  let request = 0;

  const clear = () => {
    for (const section of sections) {
      section.classList.remove('sheet-two');
      const column = section.querySelector<HTMLElement>('[data-second]');
      if (column) {
        column.hidden = true;
        column.replaceChildren();
      }
    }
  };

  select.addEventListener('change', async () => {
    const mine = ++request;
    const option = select.selectedOptions[0];
    const code = select.value;
    clear();
    if (!code || !option) {
      status.textContent = '';
      return;
    }
    const name = option.textContent?.trim() ?? code;
    // Only a language this sheet lists, and only a page of this site.
    if (!/^[a-z]{2,3}$/.test(code) || !/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(slug)) return;
    const path = `${base}${code}/${slug}/`;
    status.textContent = say(loading, name);
    root.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(path, { credentials: 'same-origin' });
      if (!response.ok || new URL(response.url).origin !== location.origin) {
        throw new Error(String(response.status));
      }
      const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
      if (mine !== request) return;
      const theirs = sectionsOf(doc);
      if (!theirs.size) throw new Error('no content');
      const lang = option.lang || code;
      const dir = option.dataset.dir === 'rtl' ? 'rtl' : 'ltr';
      const title = doc.querySelector('main h1')?.textContent?.trim();
      for (const section of sections) {
        const column = section.querySelector<HTMLElement>('[data-second]');
        if (!column) continue;
        const id = section.dataset.sheetSection ?? '';
        const elements = theirs.get(id);
        const content: Node[] = elements
          ? safeCopy(elements, { prefix: code, pageUrl: new URL(path, location.href).href })
          : [Object.assign(document.createElement('p'), { textContent: missing })];
        if (id === '' && title) {
          const heading = document.createElement('p');
          heading.className = 'sheet-page-title';
          heading.textContent = title;
          content.unshift(heading);
        }
        column.replaceChildren(...content);
        column.lang = lang;
        column.dir = dir;
        column.hidden = false;
        section.classList.add('sheet-two');
      }
      status.textContent = say(loaded, name);
    } catch {
      if (mine !== request) return;
      clear();
      // Back to "none", so that choosing the language again tries again.
      select.value = '';
      status.textContent = say(failed, name);
    } finally {
      if (mine === request) root.removeAttribute('aria-busy');
    }
  });
}
