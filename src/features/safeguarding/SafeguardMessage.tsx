/**
 * A safeguarding message inside a tool's result: the same strings and markup as
 * `Safeguard.astro` on pages (`data-safeguard`), so that a message is never worded twice.
 */
import { safeBrowsingPage, safeguardKey, type SafeguardId } from './messages';

interface Props {
  id: SafeguardId;
  /** The tool's strings, which include every `safeguard.*` key. */
  t: (key: string) => string;
  /** From the tool's page (`/<lang>/outils/<tool>/`) to the language's root. */
  root?: string;
}

export function SafeguardMessage({ id, t, root = '../../' }: Props) {
  return (
    <div class="safeguard" data-safeguard={id}>
      <p>
        <strong>{t(safeguardKey(id, 'title'))}</strong> {t(safeguardKey(id, 'body'))}
        {id === 'confidentiality' && (
          <>
            {' '}
            <a href={`${root}${safeBrowsingPage}/`}>{t('safeguard.confidentiality.link')}</a>
          </>
        )}
      </p>
    </div>
  );
}
