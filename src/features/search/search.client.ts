/**
 * The search dialog's behaviour, loaded when the reader first opens search (see
 * src/features/search/Search.astro, which opens the dialog and imports this file as its own small
 * bundle). It starts itself on load: a bundle loaded this way keeps no exports.
 *
 * Pagefind runs in the page (main-thread mode): its web worker would be one more 12 KB
 * download, and a worker script is outside what an offline copy of one language controls.
 */
import {
  renderExcerpt,
  resultCountLabel,
  visibleExcerpt,
  type PageData,
  type SearchStrings,
} from './search-view';
import {
  findPages,
  stopWordsOf,
  type Audience,
  type Engine,
  type Hit,
  type Letters,
} from './query';
import { hiddenWordsMark } from './hidden-words';
import { languages } from '../../site/languages.ts';

type PagefindResult = Hit<PageData>;
type Pagefind = Engine<PageData> & {
  options: (o: Record<string, unknown>) => Promise<void>;
  debouncedSearch: (
    term: string,
    o?: object,
    ms?: number,
  ) => Promise<{ results: PagefindResult[] } | null>;
};

/** Each result shown costs a download of its page's text (2 to 5 KB): the best three first. */
const pageSize = 3;
/** Words in an excerpt. */
const excerptLength = 24;

/** @param base the site's base, ending with "/" (Search.astro writes it so). */
async function loadEngine(base: string): Promise<Pagefind> {
  const engine: Pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
  await engine.options({ baseUrl: base, excerptLength, noWorker: true });
  return engine;
}

function start(root: HTMLElement) {
  const close = root.querySelector<HTMLButtonElement>('[data-close-search]')!;
  const dialog = root.querySelector('dialog')!;
  const form = root.querySelector('form')!;
  const input = root.querySelector('input')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const strings: SearchStrings = JSON.parse(root.dataset.strings || '{}');
  const lang = document.documentElement.lang;
  const engine = loadEngine(root.dataset.base || '/');
  // The page's language's small words, and those of French and English, the languages of the
  // letters a reader copies words from.
  const [code, own] = Object.entries(languages).find(([, l]) => l.lang === lang) ?? [];
  const base = root.dataset.base || '/';
  // The words from official letters and the language's own terms (letters.route.ts): without
  // them (offline, or a failed download), search goes on with the reader's words alone.
  const letters: Promise<Letters> = fetch(`${base}${code}/search-letters.json`)
    .then((response) => (response.ok ? response.json() : []))
    .catch(() => []);
  // The page's audience, from the filter Pagefind reads (SearchWords.astro).
  const pageAudience = document
    .querySelector('[data-pagefind-filter^="audience:"]')
    ?.getAttribute('data-pagefind-filter')
    ?.slice('audience:'.length);
  // The choice of audience, its options named as the sidebar's groups.
  const groups = (own ?? languages.fr!).sidebar;
  const label = document.createElement('label');
  const audience = document.createElement('select');
  label.textContent = strings.audience;
  label.htmlFor = audience.id = `${input.id}-audience`;
  audience.dataset.searchAudience = '';
  input.after(label, audience);
  audience.append(
    new Option(strings.allPages, ''),
    ...(
      [
        ['migrant', groups.migrants],
        ['practitioner', groups.practitioners],
        ['trainer', groups.trainers],
      ] as const
    ).map(([value, label]) => new Option(label, value)),
  );
  const stopWords = stopWordsOf(
    own?.terms?.functionWords,
    languages.fr?.terms?.functionWords,
    languages.en?.terms?.functionWords,
  );
  /** The pages that answer a query, with the reader's audience and the page's. */
  const find = async (term: string, debounce: boolean) => {
    const [pagefind, ownTerms] = await Promise.all([engine, letters]);
    return findPages(
      pagefind,
      term,
      {
        stopWords,
        letters: ownTerms,
        keepLetterWords: code === 'fr' || code === 'en',
        audience: (audience.value || undefined) as Audience | undefined,
        // On a page for migrants, pages for migrants first.
        prefer: pageAudience === 'migrant' ? 'migrant' : undefined,
      },
      debounce ? (words) => pagefind.debouncedSearch(words, {}, 250) : undefined,
    );
  };
  // The same search without the dialog, for the tests that measure it (tests/e2e/search-queries):
  // the addresses of the pages found, best first.
  Object.assign(root, {
    findAddresses: async (term: string, count = 3) => {
      const hits = (await find(term, false)) ?? [];
      return Promise.all(hits.slice(0, count).map(async (h) => (await h.data()).url));
    },
  });

  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  // Escape closes search at once (a search field would otherwise only clear itself first).
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dialog.close();
  });

  let pending: PagefindResult[] = [];
  // The reader's latest input: each one (clearing the box too) supersedes every query before
  // it, so that a slower, older query never fills or adds to the list.
  let query = 0;
  const showNext = async () => {
    const asked = query;
    const batch = pending.slice(0, pageSize);
    pending = pending.slice(pageSize);
    const pages = await Promise.all(batch.map((r) => r.data()));
    if (asked !== query) return [];
    const items = pages.map((page) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = page.url;
      link.textContent = page.meta.title || page.url;
      const excerpt = document.createElement('p');
      excerpt.append(...renderExcerpt(visibleExcerpt(page, hiddenWordsMark, excerptLength)));
      item.append(link, excerpt);
      return item;
    });
    list.append(...items);
    more.hidden = pending.length === 0;
    return items;
  };
  more.addEventListener('click', async () => {
    try {
      const [first] = await showNext();
      // The reader goes on from the first new result, not back to the top of the list.
      first?.querySelector('a')?.focus();
    } catch {
      status.textContent = strings.unavailable;
    }
  });

  const search = async () => {
    const asked = ++query;
    const term = input.value.trim();
    if (!term) {
      pending = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = strings.searching;
    try {
      const found = await find(term, true);
      // A newer keystroke superseded this one (Pagefind answers null), or the box was cleared.
      if (!found || asked !== query) return;
      list.replaceChildren();
      pending = found;
      await showNext();
      if (asked !== query) return;
      status.textContent = resultCountLabel(strings, found.length, lang, term);
    } catch {
      if (asked === query) status.textContent = strings.unavailable;
    }
  };
  input.addEventListener('input', search);
  audience.addEventListener('change', search);
  // Words typed while this file was on its way are searched now.
  if (input.value.trim()) void search();
}

const root = document.querySelector<HTMLElement>('site-search');
if (root) start(root);
