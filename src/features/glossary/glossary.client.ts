/**
 * Glossary terms as disclosures, in the browser. MarkdownContent.astro marks the terms as
 * buttons and loads this file, as a bundle of its own, when a term is first used: a page that
 * nobody asks a definition on carries only those few lines. This file starts itself on load
 * (such a bundle keeps no exports) and first opens the term that was pressed
 * (`data-gl-pending`).
 *
 * Each term link (`a[data-gl]`, written at build time) becomes a button: Enter, Space or a click
 * shows the entry's first paragraph right after it, ending with a link to the whole entry;
 * again, or Escape, hides it (Escape also puts focus back on the term). The paragraph is read
 * from the glossary page itself, fetched the first time a definition is opened (from the
 * offline copy when there is one), so it is always the glossary's own words and costs nothing
 * until asked for. It is hidden until opened, and kept out of search and of read-aloud. If the
 * glossary cannot be fetched, the term does what it does without JavaScript: it leads there.
 */

import { glossaryPage } from './glossary-link';
import { withTrailingSlash } from '../../site/base.ts';

type Term = HTMLAnchorElement & { panel?: Promise<HTMLElement> };

/** The site's base path, ending with "/", as Vite writes it into this bundle. */
const base = withTrailingSlash(import.meta.env.BASE_URL);
/** The glossary page a term may take its definition from; none for a link the site did not write. */
const sourceOf = (term: Term) => glossaryPage(term.getAttribute('href'), location.href, base);

const pages: Record<string, Promise<Document>> = {};
let count = 0;

async function build(term: Term): Promise<HTMLElement> {
  const id = `gl-def-${++count}`;
  // Only the site's own glossary: its nodes are copied into this page.
  const url = sourceOf(term);
  if (!url) throw new Error(`not a glossary link of this site: ${term.getAttribute('href')}`);
  const doc = await (pages[url] ??= fetch(url)
    .then((r) => r.text())
    .then((text) => new DOMParser().parseFromString(text, 'text/html')));
  // A missing entry (or an error page) throws here, and the term leads to the glossary.
  const heading = doc.getElementById(term.hash.slice(1))!;
  const paragraph = (heading.closest('.sl-heading-wrapper') ?? heading).nextElementSibling!;
  // A copy: the same entry may be opened from two places on the page.
  const first = paragraph.cloneNode(true) as Element;
  // Links in the definition are relative to the glossary page, not to this one.
  for (const link of first.querySelectorAll('a')) {
    link.href = new URL(link.getAttribute('href')!, url).href;
  }
  const panel = document.createElement('span');
  const full = document.createElement('a');
  full.href = term.href;
  // The glossary page holds the label in its own language.
  full.textContent = doc.querySelector<HTMLElement>('[data-gl-more]')!.dataset.glMore!;
  panel.id = id;
  panel.className = 'gl-def';
  panel.hidden = true;
  panel.dataset.pagefindIgnore = panel.dataset.noRead = '';
  panel.append(...first.childNodes, ' ', full);
  term.after(panel);
  term.setAttribute('aria-controls', id);
  return panel;
}

async function toggle(term: Term) {
  try {
    const panel = await (term.panel ??= build(term));
    panel.hidden = !panel.hidden;
    term.setAttribute('aria-expanded', `${!panel.hidden}`);
  } catch {
    location.href = term.href;
  }
}

/** The term an event is on; any other link, even one marked `data-gl`, stays a plain link. */
const termOf = (target: EventTarget | null) => {
  const term = (target as Element).closest<Term>('a[data-gl]');
  return term && sourceOf(term) ? term : null;
};

document.addEventListener('click', (event) => {
  const term = termOf(event.target);
  if (term) {
    event.preventDefault();
    void toggle(term);
  }
});

document.addEventListener('keydown', (event) => {
  const target = event.target as Element;
  const term = termOf(target);
  if (term && event.key === ' ') {
    event.preventDefault();
    void toggle(term);
  }
  // Escape on an open term, or inside its definition.
  const open = target.closest('.gl-def')?.previousElementSibling ?? term;
  if (event.key === 'Escape' && open?.getAttribute('aria-expanded') === 'true') {
    void toggle(open as Term);
    (open as Term).focus();
  }
});

// The press that loaded this file.
const pending = document.querySelector<Term>('a[data-gl-pending]');
if (pending) {
  delete pending.dataset.glPending;
  if (sourceOf(pending)) void toggle(pending);
}
