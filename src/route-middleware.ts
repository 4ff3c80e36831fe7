import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * A page missing in a language is shown in French with Starlight's notice. Its text is
 * French, so it stays out of that language's search index: an Arabic search then finds only
 * Arabic pages.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.isFallback) route.entry.data.pagefind = false;
});
