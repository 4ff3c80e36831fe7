import { foldersAfterLanguage } from './base.ts';
import type { SidebarGroup } from './languages.ts';

/**
 * The four tracks: each sidebar group's folder of pages (the same in every language). Every
 * other page of a language is for everyone.
 */
export const trackFolders = {
  migrants: 'migrants',
  practitioners: 'praticiens',
  trainers: 'formateurs',
  tools: 'outils',
} as const satisfies Partial<Record<SidebarGroup, string>>;

/** The folders of the four tracks, in the sidebar's order. */
export const tracks: string[] = Object.values(trackFolders);

/**
 * The track a page belongs to, from its address: its folder after the language when that is a
 * track (`migrants`, `praticiens`, `formateurs`, `outils`), or `''` for the pages for everyone
 * (home, glossary, offline copy, about).
 *
 * @example trackOf('/guide/fr/outils/explorateur/', '/guide/') // 'outils'
 * @example trackOf('/am/glossaire/', '/') // ''
 */
export function trackOf(path: string, base: string): string {
  const folder = foldersAfterLanguage(path, base)[0] ?? '';
  return tracks.includes(folder) ? folder : '';
}
