import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { languages, sourceLanguage, type SidebarGroup } from './src/site/languages.ts';
import { trackFolders } from './src/site/track.ts';
// The features, each a folder of src/features/ (its components, browser code and build step).
import contentChecks from './src/features/content-checks/integration.mjs';
import languageChooser from './src/features/language-chooser/integration.mjs';
import handouts from './src/features/handouts/integration.mjs';
import readAloud from './src/features/read-aloud/integration.mjs';
import bilingualSheet from './src/features/bilingual-sheet/integration.mjs';
import toolRules from './src/features/tool-rules/integration.mjs';
import securityHeaders from './src/features/security/integration.mjs';
import offlineCopy from './src/features/offline/integration.mjs';
import pageFile from './src/features/page-file/integration.mjs';
import searchWords from './src/features/search/integration.mjs';
// Bundler and post-build steps that no single feature owns.
import noSidebarMemory from './src/build/no-sidebar-memory.mjs';
import purgeCss from './src/build/purge-css.mjs';
import printStylesheet from './src/build/print-stylesheet.mjs';

/** Hosting under a sub-path (for example an organisation's existing domain): SITE_BASE=/guide/ */
const base = process.env.SITE_BASE || '/';

// Pagefind splits its word index into chunks of about 20,000 word positions, and one query
// downloads the whole chunk that holds its word: 35 KB compressed in Arabic. Chunks of 3,000
// cost a reader about 6 KB per chunk instead, for a few KB more in all (the budget test in
// tests/e2e/budget.spec.ts measures a query). Pagefind 1.6 reads this from its environment only;
// Starlight's build starts Pagefind as a child process, which inherits it.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '3000';

export default defineConfig({
  // Pages and strings live in ./content at the top level, so the source root is the repository.
  srcDir: '.',
  site: process.env.SITE_URL || 'https://solutions-durables.example.org',
  base,
  trailingSlash: 'always',
  // Starlight turns on prefetching every link: on paid mobile data that spends the reader's
  // money on pages they may never open, and its script weighs 1 KB on every page.
  prefetch: false,
  vite: {
    plugins: [noSidebarMemory(), printStylesheet()],
    // Build-time code that reads pages from disk (translation status) finds them from here.
    define: {
      'import.meta.env.PROJECT_ROOT': JSON.stringify(fileURLToPath(new URL('.', import.meta.url))),
    },
  },
  security: {
    // A strict Content Security Policy as a <meta> tag on every page. After the build,
    // src/features/security/integration.mjs keeps in each page the hashes of the inline code
    // the site's components wrote, fails the build on any other inline code, and writes
    // dist/_headers: one rule for the whole site with what a <meta> policy cannot say.
    csp: {
      // Fonts, fetches, workers and manifests fall back to default-src 'self': writing them out
      // again would change nothing but the bytes every page carries.
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine: that, and nothing else, needs wasm-unsafe-eval.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // `{ #id }` after a heading gives it an explicit id, identical in every language.
  markdown: { processor: satteri({ features: { headingAttributes: true } }) },
  integrations: [
    // First: bad content (frontmatter, heading ids, interface strings) stops the build at once,
    // every problem named with its file.
    contentChecks(),
    // Then the search words: each list names pages of its language.
    searchWords(),
    starlight({
      title: Object.fromEntries(Object.values(languages).map((l) => [l.lang, l.title])),
      defaultLocale: sourceLanguage,
      locales: Object.fromEntries(
        Object.entries(languages).map(([code, { label, lang, dir }]) => [
          code,
          { label, lang, dir },
        ]),
      ),
      // The four tracks (src/site/track.ts) and the pages for everyone, labelled in each
      // language (src/site/languages.ts).
      sidebar: (
        [
          ...Object.entries(trackFolders).map(([group, directory]) => ({ group, directory })),
          { group: 'everyone', items: ['glossaire', 'hors-ligne', 'a-propos'] },
        ] as { group: SidebarGroup; directory?: string; items?: string[] }[]
      ).map(({ group, directory = '', items }) => ({
        label: languages[sourceLanguage].sidebar[group],
        translations: Object.fromEntries(
          Object.values(languages).map((l) => [l.lang, l.sidebar[group]]),
        ),
        items: items ?? [{ autogenerate: { directory } }],
      })),
      // Print rules are in src/styles/print.css, under @media print; Starlight's own print file is
      // swapped for an empty one (print-stylesheet.mjs).
      customCss: [
        './src/styles/site.css',
        './src/features/line-icons/section-icons.css',
        './src/styles/print.css',
      ],
      lastUpdated: false,
      routeMiddleware: './src/overrides/route-middleware.ts',
      // Every link between pages, and every #section it names, must exist: the build fails otherwise.
      // Links are relative on purpose (they work in every language and under a sub-path).
      plugins: [starlightLinksValidator({ errorOnRelativeLinks: false, errorOnLocalLinks: false })],
      // No code samples in this guidance: leave Expressive Code's styles and scripts out.
      expressiveCode: false,
      head: [{ tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' } }],
      components: {
        // Privacy: nothing stored (theme, sidebar), a quick exit on every page.
        Header: './src/overrides/Header.astro',
        ThemeProvider: './src/overrides/ThemeProvider.astro',
        ThemeSelect: './src/overrides/ThemeSelect.astro',
        // Plain links that work without JavaScript and keep the section being read.
        LanguageSelect: './src/features/language-chooser/LanguageSelect.astro',
        Sidebar: './src/overrides/Sidebar.astro',
        // Weight: search loads when opened, in the page's language.
        Search: './src/features/search/Search.astro',
        Footer: './src/overrides/Footer.astro',
        // Translations: a notice when a page is behind its French source.
        PageTitle: './src/overrides/PageTitle.astro',
        // CSP: Starlight's notice on a page shown in French sets a style attribute; this one does not.
        FallbackContentNotice: './src/features/translation-status/FallbackContentNotice.astro',
        // Glossary: the first use of each term links to its entry and opens it in place.
        MarkdownContent: './src/overrides/MarkdownContent.astro',
        // Weight: "On this page" written once, without Starlight's scroll-tracking scripts.
        PageSidebar: './src/overrides/PageSidebar.astro',
        // Weight: compact icons instead of Starlight's long drawings (src/features/line-icons/).
        Pagination: './src/overrides/Pagination.astro',
        MobileMenuToggle: './src/overrides/MobileMenuToggle.astro',
      },
    }),
    preact(),
    // Weight: Starlight's stylesheet without the rules nothing on this site uses.
    purgeCss(),
    languageChooser(),
    handouts(),
    readAloud(),
    // A page and its version in a second language, section by section, with QR codes.
    bilingualSheet(),
    // Trainers' page of every rule of the two tools, with its source.
    toolRules(),
    securityHeaders(),
    // Each page as one self-contained file, beside it (after the pages' policies are complete;
    // the offline copy leaves these files out).
    pageFile(),
    // Last: the offline copy's file hashes must be those of the finished pages and search index.
    offlineCopy(),
  ],
});
