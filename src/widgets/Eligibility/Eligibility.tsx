/**
 * The AVRR eligibility checklist (issue 6): one item per step, then an indicative result,
 * the notes and a prepare list, and a clean summary to show a counsellor.
 * Answers live in this component's state only: nothing is stored, sent or put in the URL.
 *
 * The question pages and the moves between them are the kit's (../kit/QuestionStep.tsx).
 */
import type { ComponentChildren } from 'preact';
import { questions, type Answers } from './questions';
import {
  alwaysNotes,
  evaluate,
  sensitiveNotes,
  sensitiveOutcomes,
  type Note,
  type Procedure,
  type Result,
} from './rules';
import { SafeguardMessage } from '../../features/safeguarding/SafeguardMessage';
import { QuestionTool, type ToolState } from '../kit/QuestionStep';
import { isSensitive } from '../kit/questions';
import { Why } from '../kit/Why';
import type { WhyData } from '../kit/why-data';
import { answerKey, camel, questionKey, type Lookup } from '../kit/strings';

/** Relative links: they work whatever sub-path the site is served under. */
const otherSolutions = [
  ['explorer', '../explorateur/'],
  ['stayHere', '../../migrants/rester-ici/'],
  ['otherCountry', '../../migrants/autre-pays/'],
] as const;

interface State extends ToolState<'eligibility'> {
  /** The result is shown as the clean summary for a counsellor. */
  counsellor?: boolean;
}

export default class Eligibility extends QuestionTool<'eligibility', State> {
  readonly tool = 'eligibility';
  readonly questions = questions;

  /** Between the result and the counsellor's summary; focus goes to the view's heading. */
  show(counsellor: boolean) {
    this.focus.to('heading');
    this.setState({ counsellor });
  }

  result(t: Lookup, shared: Lookup) {
    const { lang } = this.props;
    const { answers, showSensitive, counsellor, why: records } = this.state;
    const heading = this.focus.heading;
    const q = (id: string, part: 'legend' | 'hint' | 'short') => t(questionKey(id, part));
    const answerLabel = (id: string, answer: string) => t(answerKey(id, answer));
    // Only reachable with every answer given: the kit shows the result after a complete set.
    const full = answers as Answers;
    const result: Result = evaluate(full);
    const outcomeKey = `outcome.${camel(result.outcome)}`;
    /** An outcome that tells fear or another sensitive answer stays off paper unless asked. */
    const revealing = sensitiveOutcomes.includes(result.outcome);

    const why = (id: keyof WhyData['eligibility']) => (
      <Why id={id} source={records?.[id]} t={shared} lang={lang} />
    );
    const messages = (id: string) =>
      (result.safeguards[id as Note] ?? []).map((message) => (
        <SafeguardMessage key={message} id={message} t={shared} />
      ));
    const note = (id: Note | (typeof alwaysNotes)[number]) => (
      <li data-note={id} key={id} data-sensitive={sensitiveNotes.includes(id as Note) || undefined}>
        {id === 'protection' ? (
          <strong>{t('note.protection.title')}</strong>
        ) : (
          id !== 'asylum-refused' && (
            <>
              <strong>{t(`note.${camel(id)}.title`)}</strong> {t(`note.${camel(id)}.body`)}
            </>
          )
        )}
        {id === 'stages' && (
          <ul>
            {['before', 'travel', 'after'].map((stage) => (
              <li key={stage}>{t(`note.stages.${stage}`)}</li>
            ))}
          </ul>
        )}
        {messages(id)}
        {why(id)}
      </li>
    );
    /** A note's name in the counsellor's summary: its title. */
    const named = (id: Note | (typeof alwaysNotes)[number]) =>
      id === 'asylum-refused' ? shared('safeguard.appeal.title') : t(`note.${camel(id)}.title`);
    const inOutcome = (id: string) =>
      result.outcome === 'specific-procedure' && result.procedures.includes(id as Procedure);

    const answerList = (withChange: boolean) => (
      <dl class="eligibility-answers">
        {questions.map((item, i) =>
          // The counsellor's summary leaves sensitive answers out unless the person asks.
          !withChange && !showSensitive && isSensitive(item.id) ? null : (
            <div key={item.id} data-sensitive={isSensitive(item.id) || undefined}>
              <dt>{q(item.id, 'short')}</dt>
              <dd>{answerLabel(item.id, full[item.id])}</dd>
              {withChange && (
                <dd class="eligibility-noprint">
                  <button type="button" class="button button--link" onClick={() => this.change(i)}>
                    {t('ui.change')}
                    <span class="sr-only"> {q(item.id, 'short')}</span>
                  </button>
                </dd>
              )}
            </div>
          ),
        )}
      </dl>
    );
    const prepareList = (
      <ul class="eligibility-prepare">
        {result.prepare.map((id) => (
          <li
            data-prepare={id}
            key={id}
            data-sensitive={id === 'medical-records' || id === 'guardian' || undefined}
          >
            {t(`prepare.${camel(id)}`)}
          </li>
        ))}
      </ul>
    );
    /**
     * The end of both views, kept off paper: the box for sensitive answers, then the way to the
     * other view (the result or the counsellor's summary), Print, and `more`.
     */
    const footer = (counsellor: boolean, more?: ComponentChildren) => (
      <>
        <div class="eligibility-noprint">{this.sensitiveToggle(t('ui.includeSensitive'))}</div>
        <div class="eligibility-actions eligibility-noprint">
          <button type="button" class="button" onClick={() => this.show(!counsellor)}>
            {t(counsellor ? 'ui.backToResult' : 'ui.showCounsellor')}
          </button>
          <button type="button" class="button button--secondary" onClick={() => window.print()}>
            {t('ui.print')}
          </button>
          {more}
        </div>
      </>
    );
    const hiddenNote = (always: boolean) => (
      <p class={always ? undefined : 'sensitive-hidden'}>{t('ui.sensitiveHidden')}</p>
    );

    if (counsellor) {
      return (
        <section
          class={`eligibility-result eligibility-counsellor${showSensitive ? '' : ' sensitive-off'}`}
        >
          <h2 ref={heading} tabIndex={-1}>
            {t('ui.counsellorHeading')}
          </h2>
          <p>{t('ui.nothingKept')}</p>
          {!showSensitive && hiddenNote(true)}
          <h3>{t('ui.outcomeLabel')}</h3>
          <div data-sensitive={revealing || undefined}>
            <p class="eligibility-outcome-line" data-outcome={result.outcome}>
              <strong>{t(`${outcomeKey}.title`)}</strong>
            </p>
            {why(result.outcome)}
          </div>
          <p>{t('ui.informs')}</p>
          <h3>{t('ui.answersHeading')}</h3>
          {answerList(false)}
          <h3>{shared('why.summaryHeading')}</h3>
          <ul data-why-summary>
            {[...result.notes, ...alwaysNotes]
              .filter((id) => showSensitive || !sensitiveNotes.includes(id as Note))
              .map((id) => (
                <li key={id} data-sensitive={sensitiveNotes.includes(id as Note) || undefined}>
                  {named(id)}
                  {why(id)}
                </li>
              ))}
          </ul>
          <h3>{t('ui.prepareHeading')}</h3>
          {prepareList}
          {footer(true)}
        </section>
      );
    }

    return (
      <section class={`eligibility-result${showSensitive ? '' : ' sensitive-off'}`}>
        <h2 ref={heading} tabIndex={-1}>
          {t('ui.resultHeading')}
        </h2>
        <div
          class="eligibility-outcome"
          data-outcome={result.outcome}
          data-sensitive={revealing || undefined}
        >
          <h3>{t(`${outcomeKey}.title`)}</h3>
          <p>{t(`${outcomeKey}.body`)}</p>
          {why(result.outcome)}
          {result.outcome === 'specific-procedure' && (
            <ul class="eligibility-notes">{result.procedures.map(note)}</ul>
          )}
          {result.outcome === 'not-voluntary' && (
            <ul>
              {otherSolutions.map(([key, href]) => (
                <li key={key}>
                  <a href={href}>{t(`link.${key}`)}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
        <ul class="eligibility-always">
          <li>{t('ui.yourChoice')}</li>
          <li>{t('ui.free')}</li>
          <li>{t('ui.informs')}</li>
        </ul>
        <SafeguardMessage id="confidentiality" t={shared} />
        <h3>{t('ui.notesHeading')}</h3>
        <ul class="eligibility-notes">
          {result.notes.filter((id) => !inOutcome(id)).map(note)}
          {alwaysNotes.map(note)}
        </ul>
        <h3>{t('ui.prepareHeading')}</h3>
        <p>{t('ui.prepareIntro')}</p>
        {prepareList}
        <h3>{t('ui.answersHeading')}</h3>
        {hiddenNote(false)}
        {answerList(true)}
        {footer(
          false,
          <button type="button" class="button button--secondary" onClick={() => this.restart()}>
            {t('ui.startAgain')}
          </button>,
        )}
      </section>
    );
  }
}
