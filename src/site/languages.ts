/** The writing systems of the site's languages (ISO 15924), each drawn by system fonts. */
export type Script = 'Latn' | 'Arab' | 'Ethi' | 'Beng';
export type SidebarGroup = 'migrants' | 'practitioners' | 'trainers' | 'tools' | 'everyone';
export interface Language {
  /** The language's name in its own script, as the chooser shows it. */
  label: string;
  /** The BCP 47 tag of its pages (`lang`); may differ from its folder (Dari: prs, fa-AF). */
  lang: string;
  dir?: 'rtl' | 'ltr';
  script: Script;
  /** The site's name in the language. */
  title: string;
  /** The sidebar's group labels. */
  sidebar: Record<SidebarGroup, string>;
  /** Other tags a browser may send for it (`fa`, `prs` for Dari). */
  tags?: string[];
  /**
   * How the glossary finds a term's other forms in running text
   * (src/features/glossary/glossary.ts): the plural rule of the language, the small words that
   * never take it (space-separated), and whether a word may carry the Arabic article and its
   * prefixes. A language without rules matches terms as written. Search leaves the same small
   * words (articles, prepositions, pronouns, "to be" and "to have") out of a query of several
   * words (src/features/search/query.ts): "je suis malade" looks for "malade".
   */
  terms?: {
    plural?: 'french' | 'english' | 'spanish';
    functionWords?: string;
    arabicArticle?: boolean;
  };
  /** Starlight translates its own labels for this language. */
  starlightShipsStrings?: boolean;
  /**
   * Units written by their full name ("ميغابايت"), where the short symbol is little known.
   * Numbers and dates need nothing here: Intl writes them with the tag's own digits and words
   * (src/site/locale.ts).
   */
  longUnits?: boolean;
}

/**
 * The languages of the site, in the order the language chooser lists them.
 * Adding a language is one line here, plus `content/docs/<code>/` and
 * `content/i18n/<code>.json`. French is the source every other language translates.
 *
 * @example languages.ar // { label: 'العربية', lang: 'ar', dir: 'rtl' }
 */
export const languages: Record<string, Language> = {
  fr: {
    label: 'Français',
    lang: 'fr',
    starlightShipsStrings: true,
    script: 'Latn',
    terms: {
      plural: 'french',
      functionWords:
        'à au aux d de des du en et l la le les un une je j me m moi mon ma mes tu te ton ta tes il elle on nous vous votre vos leur leurs se s sa son ses ce cet cette ces qui que qu quoi ne n pas est suis es sont ai as a ont avec pour dans sur par ou où comment quel quelle quels quelles y c',
    },
    title: 'Solutions durables',
    sidebar: {
      migrants: 'Pour les personnes migrantes',
      practitioners: 'Pour les praticiens',
      trainers: 'Pour les formateurs',
      tools: 'Outils',
      everyone: 'Pour tous',
    },
  },
  en: {
    label: 'English',
    lang: 'en',
    starlightShipsStrings: true,
    script: 'Latn',
    terms: {
      plural: 'english',
      functionWords:
        'a an and in of or the to i me my mine you your he she his her it its we our they their them is am are was be been have has do does did can how what where when who which for with on at from by not no this that these those if so',
    },
    title: 'Durable solutions',
    sidebar: {
      migrants: 'For migrants',
      practitioners: 'For practitioners',
      trainers: 'For trainers',
      tools: 'Tools',
      everyone: 'For everyone',
    },
  },
  es: {
    label: 'Español',
    lang: 'es',
    starlightShipsStrings: true,
    script: 'Latn',
    terms: {
      plural: 'spanish',
      functionWords:
        'a al de del el en la las los o y yo me mi mis tú tu te ti él ella nosotros usted ustedes su sus se es soy estoy está tengo tiene un una unos unas para por con que qué como cómo donde dónde cuál lo le les no muy',
    },
    title: 'Soluciones duraderas',
    sidebar: {
      migrants: 'Para personas migrantes',
      practitioners: 'Para profesionales',
      trainers: 'Para formadores',
      tools: 'Herramientas',
      everyone: 'Para todos',
    },
  },
  ar: {
    label: 'العربية',
    lang: 'ar',
    dir: 'rtl',
    starlightShipsStrings: true,
    longUnits: true,
    script: 'Arab',
    terms: {
      arabicArticle: true,
      functionWords:
        'أنا انا أنت انت هو هي نحن هم في من إلى الى على عن مع و أو او ما ماذا هل كيف أين اين متى لا لم لن لي عندي هذا هذه ذلك تلك الذي التي أن ان إن يا',
    },
    title: 'الحلول الدائمة',
    sidebar: {
      migrants: 'للمهاجرين',
      practitioners: 'للممارسين',
      trainers: 'للمدرّبين',
      tools: 'أدوات',
      everyone: 'للجميع',
    },
  },
  pt: {
    label: 'Português',
    lang: 'pt',
    script: 'Latn',
    terms: {
      functionWords:
        'a o os as de do da dos das em no na nos nas e ou um uma eu me meu minha meus minhas você seu sua para por com que como onde é sou estou tenho não',
    },
    title: 'Soluções duradouras',
    sidebar: {
      migrants: 'Para pessoas migrantes',
      practitioners: 'Para profissionais',
      trainers: 'Para formadores',
      tools: 'Ferramentas',
      everyone: 'Para todos',
    },
  },
  ha: {
    label: 'Hausa',
    lang: 'ha',
    script: 'Latn',
    title: 'Mafita mai ɗorewa',
    sidebar: {
      migrants: 'Ga masu ƙaura',
      practitioners: "Ga ma'aikata",
      trainers: 'Ga masu horarwa',
      tools: 'Kayan aiki',
      everyone: 'Ga kowa',
    },
  },
  so: {
    label: 'Soomaali',
    lang: 'so',
    script: 'Latn',
    title: 'Xalal waara',
    sidebar: {
      migrants: 'Dadka socdaalka ah',
      practitioners: 'Xirfadlayaasha',
      trainers: 'Tababarayaasha',
      tools: 'Qalab',
      everyone: 'Qof walba',
    },
  },
  om: {
    label: 'Afaan Oromoo',
    lang: 'om',
    script: 'Latn',
    terms: { functionWords: 'ani ana koo kee keenya isaa ishee fi kan keessa irraa akka' },
    title: 'Furmaata Waaraa',
    sidebar: {
      migrants: 'Godaantotaaf',
      practitioners: 'Ogeessotaaf',
      trainers: 'Leenjistootaaf',
      tools: 'Meeshaalee',
      everyone: 'Nama hundaaf',
    },
  },
  am: {
    label: 'አማርኛ',
    lang: 'am',
    script: 'Ethi',
    title: 'ዘላቂ መፍትሔዎች',
    sidebar: {
      migrants: 'ለስደተኞች',
      practitioners: 'ለባለሙያዎች',
      trainers: 'ለአሠልጣኞች',
      tools: 'መሣሪያዎች',
      everyone: 'ለሁሉም',
    },
  },
  ti: {
    label: 'ትግርኛ',
    lang: 'ti',
    script: 'Ethi',
    title: 'ነባሪ ፍታሓት',
    sidebar: {
      migrants: 'ንተሰደድቲ',
      practitioners: 'ንሰብ ሞያ',
      trainers: 'ንኣሰልጠንቲ',
      tools: 'መሳርሒታት',
      everyone: 'ንኹሉ',
    },
  },
  prs: {
    label: 'دری',
    lang: 'fa-AF',
    dir: 'rtl',
    script: 'Arab',
    terms: { functionWords: 'من ما تو شما او این آن از به در و را که با برای است' },
    // Browsers name Dari fa-AF, fa or prs: all three lead here (/go/ links, the chooser).
    tags: ['fa-AF', 'fa', 'prs'],
    title: 'راه‌حل‌های پایدار',
    sidebar: {
      migrants: 'برای مهاجران',
      practitioners: 'برای کارمندان مسلکی',
      trainers: 'برای آموزش‌دهندگان',
      tools: 'ابزارها',
      everyone: 'برای همه',
    },
  },
  ps: {
    label: 'پښتو',
    lang: 'ps',
    dir: 'rtl',
    script: 'Arab',
    terms: { functionWords: 'زه زما ته ستا موږ زموږ دا د په له او چې سره دی ده' },
    title: 'دوامداره حل لارې',
    sidebar: {
      migrants: 'د کډوالو لپاره',
      practitioners: 'د کارپوهانو لپاره',
      trainers: 'د روزونکو لپاره',
      tools: 'وسیلې',
      everyone: 'د ټولو لپاره',
    },
  },
  bn: {
    label: 'বাংলা',
    lang: 'bn',
    script: 'Beng',
    terms: { functionWords: 'আমি আমার আমাদের তুমি আপনি আপনার এবং ও কী কি কোথায় কীভাবে না জন্য' },
    title: 'টেকসই সমাধান',
    sidebar: {
      migrants: 'অভিবাসীদের জন্য',
      practitioners: 'অনুশীলনকারীদের জন্য',
      trainers: 'প্রশিক্ষকদের জন্য',
      tools: 'টুল',
      everyone: 'সবার জন্য',
    },
  },
};

/**
 * The system fonts that draw each script the languages use, on Android (Noto), Windows and
 * Apple devices. The site downloads no font: `--sl-font` in src/styles/site.css (and the
 * chooser's stack) must name these, before the generic family; tests/e2e/budget.spec.ts checks
 * the built pages of every language against this list.
 */
export const scriptFonts: Record<Script, string[]> = {
  Latn: ['Roboto', 'Segoe UI', 'Noto Sans'],
  Arab: ['Noto Sans Arabic', 'Noto Naskh Arabic', 'Tahoma'],
  Ethi: ['Noto Sans Ethiopic', 'Nyala', 'Ebrima'],
  Beng: ['Noto Sans Bengali', 'Nirmala UI', 'Vrinda'],
};

/**
 * Starlight's own interface strings that the site's pages show. Starlight translates them for
 * the languages marked `starlightShipsStrings`; every other language supplies them in
 * `content/i18n/<code>.json`, so that no French or English label appears on its pages.
 */
export const starlightKeys = [
  'skipLink.label',
  'search.label',
  'search.cancelLabel',
  'languageSelect.accessibleLabel',
  'menuButton.accessibleLabel',
  'sidebarNav.accessibleLabel',
  'tableOfContents.onThisPage',
  'tableOfContents.overview',
  'i18n.untranslatedContent',
  'page.previousLink',
  'page.nextLink',
  '404.text',
  'aside.note',
  'aside.tip',
  'aside.caution',
  'aside.danger',
  'heading.anchorLabel',
];

/** The source language: complete, and the one every translation is checked against. */
export const sourceLanguage = 'fr';

/**
 * Languages that must have every page, up to date: a test fails when one is missing or
 * outdated. A language added later may start partial (missing pages fall back to French).
 */
export const completeLanguages = [
  'en',
  'es',
  'ar',
  'pt',
  'ha',
  'so',
  'om',
  'am',
  'ti',
  'prs',
  'ps',
  'bn',
];

/**
 * The file of a language's interface strings, in `content/i18n/`. Starlight finds them by the
 * pages' `lang`, so it is named after `lang`, not after the folder: Dari's is `fa-AF.json`.
 * @example stringsFileOf('prs') // 'fa-AF.json'
 */
export const stringsFileOf = (code: string): string => `${languages[code]?.lang ?? code}.json`;

/**
 * The language tags a browser may send for a language of the site: its own, and any other it
 * declares (`tags`).
 */
export const languageTags = (code: string): string[] => {
  const language = languages[code];
  return language ? [language.lang, ...(language.tags ?? [])] : [code];
};
