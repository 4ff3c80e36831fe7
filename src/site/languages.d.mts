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
   * prefixes. A language without rules matches terms as written.
   */
  terms?: {
    plural?: 'french' | 'english' | 'spanish';
    functionWords?: string;
    arabicArticle?: boolean;
  };
  /** Starlight translates its own labels for this language. */
  starlightShipsStrings?: boolean;
}
export declare const languages: Record<string, Language>;
export declare const sourceLanguage: string;
export declare const completeLanguages: string[];
export declare const starlightKeys: string[];
export declare const scriptFonts: Record<Script, string[]>;
export declare function languageTags(code: string): string[];
export declare function stringsFileOf(code: string): string;
