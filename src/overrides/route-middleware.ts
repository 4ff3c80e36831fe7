import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * What Starlight puts in every page's <head> for search engines and social networks, and that
 * a reader's phone never uses: links to the page in every other language (13 of them), to the sitemap,
 * Open Graph and Twitter cards, the generator's name. The reader pays for them on every page
 * (about 0.3 KB compressed in Bengali); the language links in the page itself stay.
 */
const unread = (tag: { tag: string; attrs?: Record<string, string | boolean | undefined> }) =>
  (tag.tag === 'link' && (tag.attrs?.rel === 'alternate' || tag.attrs?.rel === 'sitemap')) ||
  (tag.tag === 'meta' &&
    (String(tag.attrs?.property ?? '').startsWith('og:') ||
      String(tag.attrs?.name ?? '').startsWith('twitter:') ||
      tag.attrs?.name === 'generator'));

/**
 * A page missing in a language is shown in French with Starlight's notice. Its text is
 * French, so it stays out of that language's search index: an Arabic search then finds only
 * Arabic pages.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.isFallback) route.entry.data.pagefind = false;
  route.head = route.head.filter((tag) => !unread(tag));
});
