/**
 * The durable-solution option explorer (issue 5): one question per step, then the three options
 * side by side. Answers live in this component's state only: nothing is stored, sent or put in
 * the URL, and reloading the page starts afresh. All text comes from `strings` (`explorer.*`).
 *
 * The question pages and the moves between them are the kit's (../kit/QuestionStep.tsx).
 */
import { questions, type Answers } from './questions';
import {
  explore,
  sensitiveNotes,
  type CardNoteId,
  type GlobalNoteId,
  type OptionId,
} from './rules';
import { QuestionTool } from '../kit/QuestionStep';
import { isSensitive } from '../kit/questions';
import { Why } from '../kit/Why';
import { firstSentence } from '../kit/why';
import { answerKey, camel, questionKey, type Lookup } from '../kit/strings';
import { SafeguardMessage } from '../../features/safeguarding/SafeguardMessage';

/** Each option's guidance page, relative to /<lang>/outils/explorateur/. */
const guide: Record<OptionId, string> = {
  avrr: '../../migrants/retour-aide/',
  integration: '../../migrants/rester-ici/',
  'third-country': '../../migrants/autre-pays/',
};
const revealing = (note: string) =>
  (sensitiveNotes as readonly string[]).includes(note) || undefined;

export default class Explorer extends QuestionTool<'explorer'> {
  readonly tool = 'explorer';
  readonly questions = questions;

  result(t: Lookup, shared: Lookup) {
    const { lang } = this.props;
    const { answers, showSensitive, why: records } = this.state;
    const result = explore(answers as Answers);
    const messages = (note: keyof typeof result.safeguards) =>
      (result.safeguards[note] ?? []).map((id) => <SafeguardMessage key={id} id={id} t={shared} />);
    const why = (id: OptionId | GlobalNoteId | CardNoteId) => (
      <Why id={id} source={records?.[id]} t={shared} lang={lang} />
    );
    /** A rule's name in the summary: the option's title, or a note's title or first sentence. */
    const named = (id: GlobalNoteId | CardNoteId) =>
      id === 'protection'
        ? t('note.protectionTitle')
        : id === 'integration-appeal'
          ? shared('safeguard.appeal.title')
          : firstSentence(t('note.' + camel(id)));
    /** Sensitive notes stay off the counsellor's summary unless the person asks. */
    const told = (note: GlobalNoteId | CardNoteId) =>
      showSensitive || !(sensitiveNotes as readonly string[]).includes(note);
    return (
      <section
        class={showSensitive ? 'explorer-result' : 'explorer-result sensitive-off'}
        aria-labelledby="explorer-heading"
      >
        <h2 id="explorer-heading" ref={this.focus.heading} tabIndex={-1}>
          {t('result.title')}
        </h2>
        <p>{t('result.intro')}</p>
        {result.notes.map((note) =>
          note === 'protection' ? (
            <div
              key={note}
              data-note={note}
              data-sensitive={revealing(note)}
              class="explorer-note explorer-note--alert"
            >
              <h3>{t('note.protectionTitle')}</h3>
              <p>{t('note.protection')}</p>
              {messages(note)}
              {why(note)}
            </div>
          ) : (
            <div key={note} data-note={note} class="explorer-note">
              <p>{t('note.' + note)}</p>
              {why(note)}
            </div>
          ),
        )}
        <ul class="explorer-principles">
          <li>{t('result.yours')}</li>
          <li>{t('result.free')}</li>
          <li>{t('result.informs')}</li>
          <li>{t('result.notSaved')}</li>
        </ul>
        <SafeguardMessage id="confidentiality" t={shared} />
        <div class="explorer-cards">
          {result.cards.map(({ option, wish, notes }) => {
            const key = 'option.' + camel(option) + '.';
            return (
              <article
                key={option}
                class="explorer-card"
                data-option={option}
                data-wish={wish ? 'true' : undefined}
                aria-labelledby={'explorer-card-' + option}
              >
                <h3 id={'explorer-card-' + option}>{t(key + 'title')}</h3>
                {wish && <p class="explorer-badge">{t('wishBadge')}</p>}
                {why(option)}
                <h4>{t('card.opens')}</h4>
                <p>{t(key + 'opens')}</p>
                <h4>{t('card.limits')}</h4>
                <p>{t(key + 'limits')}</p>
                {notes.length > 0 && (
                  <>
                    <h4>{t('card.forYou')}</h4>
                    <ul>
                      {notes.map((note) => (
                        <li key={note} data-note={note} data-sensitive={revealing(note)}>
                          {note !== 'integration-appeal' && t('note.' + camel(note))}
                          {messages(note)}
                          {why(note)}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                <h4>{t('card.next')}</h4>
                <p>{t(key + 'next')}</p>
                <ul class="explorer-links">
                  <li>
                    <a href={guide[option]}>{t(key + 'link')}</a>
                  </li>
                  <li>
                    <a href="../../migrants/preparer-rendez-vous/">{t('prepareLink')}</a>
                  </li>
                </ul>
              </article>
            );
          })}
        </div>
        <h3>{t('summary.title')}</h3>
        <p class="sensitive-hidden">{t('sensitiveHidden')}</p>
        <dl class="explorer-summary">
          {questions.map((q, index) => {
            const short = t(questionKey(q.id, 'short'));
            return (
              <div key={q.id} data-sensitive={isSensitive(q.id) || undefined}>
                <dt>{short}</dt>
                <dd>{t(answerKey(q.id, answers[q.id] ?? ''))}</dd>
                <dd class="explorer-change">
                  <button
                    type="button"
                    class="button button--link"
                    onClick={() => this.change(index)}
                  >
                    {t('change')}
                    <span class="sr-only"> {short}</span>
                  </button>
                </dd>
              </div>
            );
          })}
        </dl>
        <h4>{shared('why.summaryHeading')}</h4>
        <ul data-why-summary>
          {result.notes.filter(told).map((note) => (
            <li key={note} data-sensitive={revealing(note)}>
              {named(note)}
              {why(note)}
            </li>
          ))}
          {result.cards.map(({ option, notes }) => (
            <li key={option}>
              {t('option.' + camel(option) + '.title')}
              {why(option)}
              {notes.some(told) && (
                <ul>
                  {notes.filter(told).map((note) => (
                    <li key={note} data-sensitive={revealing(note)}>
                      {named(note)}
                      {why(note)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
        <div class="explorer-noprint">{this.sensitiveToggle(t('includeSensitive'))}</div>
        <div class="explorer-actions">
          <button type="button" class="button" onClick={() => window.print()}>
            {t('print')}
          </button>
          <button type="button" class="button button--secondary" onClick={() => this.restart()}>
            {t('restart')}
          </button>
        </div>
      </section>
    );
  }
}
