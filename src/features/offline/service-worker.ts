/**
 * The service worker of one language's offline copy, bundled once per language after the build
 * by src/features/offline/integration.mjs, which fills in the two constants below. It is
 * registered only when the reader asks for a copy (OfflineCopy.astro), for that language's
 * folder only. It stores the files of its manifest when installed, serves them from then on,
 * and keeps nothing else: no other request is stored.
 */
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cachePrefix } from './files.mjs';

/** The language of this copy ("fr"). */
declare const OFFLINE_LANG: string;
/** Every file of the copy, with a hash of its content, so an update fetches only what changed. */
declare const OFFLINE_MANIFEST: PrecacheEntry[];

// Names its caches offline-<lang>-…-<scope>, so the page can find and remove exactly them.
setCacheNameDetails({ prefix: cachePrefix(OFFLINE_LANG) });
// Pages already open in this language are served by the copy as soon as it is saved.
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(OFFLINE_MANIFEST, {
  // Pages are stored as /fr/migrants/index.html and asked for as /fr/migrants/.
  directoryIndex: 'index.html',
  // Pagefind asks for its index list with a changing ?ts= so that it is never stale: the copy
  // answers with the one it holds.
  ignoreURLParametersMatching: [/^ts$/, /^utm_/, /^fbclid$/],
});
