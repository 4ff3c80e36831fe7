import { camel } from '../../site/camel';

/**
 * The safeguarding messages (issue 14). Each is written once per language, in
 * `content/i18n/<lang>.json` under `safeguard.<camelId>.title` and `.body`, and shown by
 * `Safeguard.astro` on pages and by the two tools in their results: never re-worded elsewhere.
 *
 * - `legal-advice`: before withdrawing an asylum claim or contacting the authorities of the
 *   country of origin, independent legal advice; contact only with the person's consent.
 * - `protection`: whoever fears harm on return can ask for protection where they are, first.
 * - `appeal`: a refusal may sometimes be appealed; deadlines can be very short.
 * - `trafficking`: protection whatever the person decides; speaking alone; anywhere it happened.
 * - `child`: best interests, the family assessed first, the guardian's consent.
 * - `confidentiality`: protected, shared only when needed and with consent; not absolute.
 */
export const safeguardIds = [
  'legal-advice',
  'protection',
  'appeal',
  'trafficking',
  'child',
  'confidentiality',
] as const;
export type SafeguardId = (typeof safeguardIds)[number];

/** String keys are camelCase: `legal-advice` -> `safeguard.legalAdvice.title`. */
export const safeguardKey = (id: SafeguardId, part: 'title' | 'body') =>
  `safeguard.${camel(id)}.${part}` as const;

/** The page, relative to the language's root, that explains how to clear a phone's traces. */
export const safeBrowsingPage = 'migrants/naviguer-en-securite';
