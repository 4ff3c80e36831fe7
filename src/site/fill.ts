/**
 * Fills the `{name}` placeholders of an interface string with values, as they are: what a
 * reader typed or a translation holds may contain `$&`, `$'` or `$1`, which `String.replace`
 * with a string argument would read as patterns, so each value goes in through a function.
 *
 * @example fill('{count} résultats pour « {term} »', { count: '2', term: '$&' })
 *   // "2 résultats pour « $& »"
 */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name]! : whole,
  );
}
