/**
 * The first of the browser's languages that the site has, matching on the primary subtag
 * (`es-MX` finds `es`), or undefined. Reads only what the browser sends; stores nothing.
 *
 * @example preferredLanguage(['ar-MA', 'fr'], ['fr', 'en', 'es', 'ar']) // 'ar'
 */
export function preferredLanguage(
  browserLanguages: readonly string[],
  available: readonly string[],
): string | undefined {
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    const found = available.find((code) => code.toLowerCase() === primary);
    if (found) return found;
  }
  return undefined;
}
