/// <reference path=".astro/types.d.ts" />

/**
 * The site's own interface strings are the keys of the French dictionary, the complete one:
 * `Astro.locals.t('quickExit.label')` type-checks, and a misspelt key is a type error.
 */
declare namespace StarlightApp {
  type SiteStrings = typeof import('./content/i18n/fr.json');
  interface I18n extends SiteStrings {}
}

interface ImportMetaEnv {
  /** The project's root folder, set at build time in astro.config.ts. */
  readonly PROJECT_ROOT: string;
  /** Where "Leave quickly" goes (see src/features/quick-exit/quick-exit.ts). */
  readonly QUICK_EXIT_URL?: string;
  /** Where "Report a mistake on this page" writes to (see src/features/provenance/feedback.ts). */
  readonly FEEDBACK_EMAIL?: string;
  /** Or a form's address, which receives the page's address and version. */
  readonly FEEDBACK_URL?: string;
}
