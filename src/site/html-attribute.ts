/**
 * The text of an attribute value as Astro writes it in built HTML (the five escapes it uses),
 * for build steps that read attribute values out of pages.
 */
export const decodeAttribute = (value: string): string =>
  value
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
