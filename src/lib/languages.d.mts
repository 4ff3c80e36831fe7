export interface Language {
  label: string;
  lang: string;
  dir?: 'rtl' | 'ltr';
}
export declare const languages: Record<string, Language>;
export declare const sourceLanguage: string;
export declare const completeLanguages: string[];
