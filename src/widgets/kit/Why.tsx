/**
 * A "Why?" disclosure under a rule's result (an outcome or a note): the publication the rule
 * rests on, the section or entry, and the date it was checked against that source. A native
 * <details>, so the keyboard and screen readers need nothing more. `data-why` is the rule's id
 * and `data-source` the reference id (the interface contract). On paper, a closed
 * disclosure is left out and an opened one prints whole (see ./why.css).
 */
import { checkedDate } from './why';
import type { WhyRecord } from './why-data';
import { fill } from '../../site/fill';
import type { Lookup } from './strings';

interface Props {
  /** The outcome or note id. */
  id: string;
  /** Its source record, once loaded (nothing is shown before). */
  source: WhyRecord | undefined;
  /** The page's strings without a prefix (`why.label`). */
  t: Lookup;
  lang: string;
}

export function Why({ id, source, t, lang }: Props) {
  if (!source) return null;
  const { title, titleLang, whereLang } = source;
  return (
    <details class="why" data-why={id} data-source={source.reference}>
      <summary>{t('why.label')}</summary>
      <p>
        {t('why.source')}{' '}
        <cite lang={titleLang} dir="ltr">
          {title}
        </cite>
      </p>
      <p>
        {t('why.where')}{' '}
        <span lang={whereLang} dir="ltr">
          {source.where}
        </span>
      </p>
      <p>{fill(t('why.checked'), { date: checkedDate(source.checked, lang) })}</p>
    </details>
  );
}
