/**
 * The AVRR eligibility checklist (issue 6): one item per step, then an indicative result,
 * the notes and a prepare list, and a clean summary to show a counsellor.
 * Answers live in this component's state only: nothing is stored, sent or put in the URL.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { questions, type Answers, type QuestionId } from './questions';
import {
  alwaysNotes,
  evaluate,
  sensitiveNotes,
  sensitiveOutcomes,
  sensitiveQuestions,
  type Note,
  type Procedure,
  type Result,
} from './rules';
import { SafeguardMessage } from '../../features/safeguarding/SafeguardMessage';
import { SensitiveToggle } from '../../features/safeguarding/SensitiveToggle';
import { StepFocus } from '../kit/focus';
import { Why } from '../kit/Why';
import { loadWhy } from '../kit/why-load';
import type { WhyData } from '../kit/why-data';
import { answerKey, camel, lookup, progress, questionKey, type Strings } from '../kit/strings';

interface Props {
  /**
   * JSON of this widget's strings (`eligibility.…`) and the safeguarding messages
   * (`safeguard.…`), in the page's language.
   */
  strings: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** A question's index, or one of the two result views. */
type View = number | 'result' | 'counsellor';

/** Relative links: they work whatever sub-path the site is served under. */
const otherSolutions = [
  ['explorer', '../explorateur/'],
  ['stayHere', '../../migrants/rester-ici/'],
  ['otherCountry', '../../migrants/autre-pays/'],
] as const;

const isSensitive = (id: string) => (sensitiveQuestions as readonly string[]).includes(id);

export default function Eligibility({ strings: json, lang, dir }: Props) {
  const [strings] = useState<Strings>(() => JSON.parse(json));
  const t = lookup(strings, 'eligibility.');
  const shared = lookup(strings);
  const q = (id: QuestionId, part: 'legend' | 'hint' | 'short') => t(questionKey(id, part));
  const answerLabel = (id: QuestionId, answer: string) => t(answerKey(id, answer));

  const [ready, setReady] = useState(false);
  const [view, setView] = useState<View>(0);
  const [answers, setAnswers] = useState<Partial<Answers>>({});
  const [draft, setDraft] = useState<string | undefined>();
  /** How many times Continue was pressed with nothing chosen on this step (0: no error). */
  const [errors, setErrors] = useState(0);
  /** Set by "Change": after Continue, go straight back to the result. */
  const [changing, setChanging] = useState(false);
  /** Sensitive answers in the summary and on paper: only when the person asks. */
  const [showSensitive, setShowSensitive] = useState(false);

  const [focus] = useState(() => new StepFocus());
  const heading = focus.heading;

  useEffect(() => setReady(true), []);
  /** Each rule's source, loaded with the first result. */
  const [records, setRecords] = useState<WhyData['eligibility']>();
  useEffect(() => {
    if (typeof view !== 'number' && !records) {
      void loadWhy().then((data) => setRecords(data.eligibility));
    }
  }, [view, records]);
  // Right after each render, as a class's componentDidUpdate: a deferred effect could run
  // before the next render replaces the heading, and focus the one about to go.
  useLayoutEffect(() => focus.apply());

  const go = (next: View, current?: Partial<Answers>) => {
    focus.to('heading');
    setErrors(0);
    if (typeof next === 'number') setDraft((current ?? answers)[questions[next].id]);
    setView(next);
  };

  const complete = (a: Partial<Answers>): a is Answers => questions.every((item) => a[item.id]);

  if (typeof view === 'number') {
    const step = questions[view];
    const hintId = `eligibility-${step.id}-hint`;
    const errorId = `eligibility-${step.id}-error`;
    const onSubmit = (event: TargetedEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (!draft) {
        focus.to('error');
        setErrors((n) => n + 1);
        return;
      }
      const next = { ...answers, [step.id]: draft };
      setAnswers(next);
      const last = view === questions.length - 1;
      if ((changing || last) && complete(next)) {
        setChanging(false);
        go('result', next);
      } else go(view + 1, next);
    };
    return (
      <form class="eligibility-step" onSubmit={onSubmit} noValidate dir={dir}>
        {/* Back above the question, as in the explorer (GOV.UK's back link). */}
        {view > 0 && (
          <button type="button" onClick={() => go(view - 1)} disabled={!ready}>
            {t('ui.back')}
          </button>
        )}
        <p class="eligibility-progress">
          {progress(t('ui.progress'), lang, view, questions.length)}
        </p>
        <fieldset
          class={errors > 0 ? 'eligibility-fieldset eligibility-has-error' : 'eligibility-fieldset'}
          aria-describedby={errors > 0 ? `${hintId} ${errorId}` : hintId}
        >
          <legend>
            <h2 ref={heading} tabIndex={-1}>
              {q(step.id, 'legend')}
            </h2>
          </legend>
          <p id={hintId} class="eligibility-hint">
            {q(step.id, 'hint')}
          </p>
          {errors > 0 && (
            <p id={errorId} class="eligibility-error">
              <span class="sr-only">{t('ui.errorPrefix')} </span>
              {t('ui.errorChoose')}
            </p>
          )}
          <div class="eligibility-options">
            {step.answers.map((answer, i) => (
              <label class="eligibility-option" key={answer}>
                <input
                  type="radio"
                  name={step.id}
                  value={answer}
                  checked={draft === answer}
                  disabled={!ready}
                  ref={i === 0 ? focus.errorRef : undefined}
                  onChange={() => {
                    setDraft(answer);
                    setErrors(0);
                  }}
                />
                <span>{answerLabel(step.id, answer)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div class="eligibility-actions">
          <button type="submit" class="eligibility-primary" disabled={!ready}>
            {t('ui.continue')}
          </button>
        </div>
      </form>
    );
  }

  // Only reachable with every answer given: `go('result')` is called after a complete set.
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
                <button
                  type="button"
                  class="eligibility-link"
                  onClick={() => {
                    setChanging(true);
                    go(i);
                  }}
                >
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
  const printButton = (
    <button type="button" onClick={() => window.print()}>
      {t('ui.print')}
    </button>
  );
  const sensitiveToggle = (
    <SensitiveToggle
      id="eligibility-sensitive"
      label={t('ui.includeSensitive')}
      checked={showSensitive}
      onChange={setShowSensitive}
    />
  );
  const hiddenNote = (always: boolean) => (
    <p class={always ? undefined : 'sensitive-hidden'}>{t('ui.sensitiveHidden')}</p>
  );

  if (view === 'counsellor') {
    return (
      <section
        class={`eligibility-result eligibility-counsellor${showSensitive ? '' : ' sensitive-off'}`}
        dir={dir}
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
        <div class="eligibility-noprint">{sensitiveToggle}</div>
        <div class="eligibility-actions eligibility-noprint">
          <button type="button" class="eligibility-primary" onClick={() => go('result')}>
            {t('ui.backToResult')}
          </button>
          {printButton}
        </div>
      </section>
    );
  }

  return (
    <section class={`eligibility-result${showSensitive ? '' : ' sensitive-off'}`} dir={dir}>
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
      <div class="eligibility-noprint">{sensitiveToggle}</div>
      <div class="eligibility-actions eligibility-noprint">
        <button type="button" class="eligibility-primary" onClick={() => go('counsellor')}>
          {t('ui.showCounsellor')}
        </button>
        {printButton}
        <button
          type="button"
          onClick={() => {
            setAnswers({});
            setChanging(false);
            setShowSensitive(false);
            go(0, {});
          }}
        >
          {t('ui.startAgain')}
        </button>
      </div>
    </section>
  );
}
