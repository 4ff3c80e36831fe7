/**
 * The first of the browser's languages that the site has, matching on the primary subtag
 * (`es-MX` finds `es`), or undefined. A language may answer to other tags than its code
 * (`tagsOf`): Dari, in folder `prs`, is what a browser set to `fa-AF`, `fa` or `prs` asks for.
 * Reads only what the browser sends; stores nothing.
 *
 * @example preferredLanguage(['ar-MA', 'fr'], ['fr', 'en', 'es', 'ar']) // 'ar'
 * @example preferredLanguage(['fa-AF'], ['fr', 'prs'], (c) => (c === 'prs' ? ['fa-AF', 'fa'] : [c])) // 'prs'
 */
export function preferredLanguage(
  browserLanguages: readonly string[],
  available: readonly string[],
  tagsOf: (code: string) => readonly string[] = (code) => [code],
): string | undefined {
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  for (const tag of browserLanguages) {
    const found = available.find((code) =>
      [code, ...tagsOf(code)].some((t) => primary(t) === primary(tag)),
    );
    if (found) return found;
  }
  return undefined;
}
