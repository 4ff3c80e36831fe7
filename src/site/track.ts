/** The folders of the four tracks; every other page of a language is for everyone. */
export const tracks = ['migrants', 'praticiens', 'formateurs', 'outils'];

/**
 * The track a page belongs to, from its address: its folder after the language when that is a
 * track (`migrants`, `praticiens`, `formateurs`, `outils`), or `''` for the pages for everyone
 * (home, glossary, offline copy, about).
 *
 * @example trackOf('/guide/fr/outils/explorateur/', '/guide/') // 'outils'
 * @example trackOf('/am/glossaire/', '/') // ''
 */
export function trackOf(path: string, base: string): string {
  const rest = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  const folder = rest.split('/').filter(Boolean)[1] ?? '';
  return tracks.includes(folder) ? folder : '';
}
