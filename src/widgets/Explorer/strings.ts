import { questions } from './questions';
import { options } from './rules';
import { camel, questionKeys } from '../kit/strings';

/**
 * Every `explorer.*` key the island uses, without the prefix. The wrapper sends these, with
 * the safeguarding messages (`safeguard.*`), as JSON; a unit test checks this list against
 * `content/i18n/fr.json`.
 */
export const stringKeys: string[] = [
  ...'result.title result.intro result.yours result.free result.informs result.notSaved wishBadge card.opens card.limits card.next card.forYou prepareLink summary.title change restart print includeSensitive sensitiveHidden'.split(
    ' ',
  ),
  ...questionKeys(questions),
  ...options.flatMap((option) =>
    ['title', 'opens', 'limits', 'next', 'link'].map((part) => `option.${camel(option)}.${part}`),
  ),
  ...'protectionTitle protection unsure avrrAsylumWithdraw avrrSafety avrrChild avrrHealth avrrTrafficking avrrDocuments integrationDocuments integrationRegular integrationAsylum integrationRegularise thirdFamily thirdOffer thirdProtection thirdNoRoute'
    .split(' ')
    .map((note) => 'note.' + note),
];
