/**
 * The durable-solution option explorer (issue 5): one question per step, then the three options
 * side by side. Answers live in this component's state only: nothing is stored, sent or put in
 * the URL, and reloading the page starts afresh. All text comes from `strings` (`explorer.*`).
 *
 * A class component, so the island loads no hooks chunk.
 */
import { Component, type TargetedSubmitEvent } from 'preact';
import { questions, type Answers, type QuestionId } from './questions';
import {
  explore,
  sensitiveNotes,
  sensitiveQuestions,
  type CardNoteId,
  type GlobalNoteId,
  type OptionId,
} from './rules';
import { StepFocus } from '../kit/focus';
import { Why } from '../kit/Why';
import { firstSentence } from '../kit/why';
import { loadWhy } from '../kit/why-load';
import type { WhyData } from '../kit/why-data';
import { answerKey, camel, lookup, progress, questionKey, type Strings } from '../kit/strings';
import { SafeguardMessage } from '../../features/safeguarding/SafeguardMessage';
import { SensitiveToggle } from '../../features/safeguarding/SensitiveToggle';

interface Props {
  /** JSON of the translated `explorer.*` strings and the safeguarding messages (`safeguard.*`). */
  strings: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

const RESULT = questions.length;
/** Each option's guidance page, relative to /<lang>/outils/explorateur/. */
const guide: Record<OptionId, string> = {
  avrr: '../../migrants/retour-aide/',
  integration: '../../migrants/rester-ici/',
  'third-country': '../../migrants/autre-pays/',
};
const isSensitive = (id: string) => (sensitiveQuestions as readonly string[]).includes(id);
const revealing = (note: string) =>
  (sensitiveNotes as readonly string[]).includes(note) || undefined;

interface State {
  /** False until hydrated: the server-rendered controls stay disabled. */
  ready: boolean;
  answers: Partial<Record<QuestionId, string>>;
  /** The question shown, or RESULT. */
  step: number;
  /** The answer selected on this step, not yet submitted. */
  draft?: string | undefined;
  /** How many times Continue was pressed with nothing chosen (0: no error shown). */
  errors: number;
  /** Changing an answer from the summary: Continue goes back to the result. */
  editing: boolean;
  /** Sensitive answers on paper: only when the person asks. */
  showSensitive: boolean;
  /** Each rule's source, loaded with the first result. */
  why?: WhyData['explorer'];
}

export default class Explorer extends Component<Props, State> {
  override state: State = {
    ready: false,
    answers: {},
    step: 0,
    errors: 0,
    editing: false,
    showSensitive: false,
  };
  /** Parsed once: the strings never change while the page is open. */
  strings: Strings = JSON.parse(this.props.strings);
  /** Where focus goes after the person's own action: see the kit. */
  focus = new StepFocus();

  override componentDidMount() {
    this.setState({ ready: true });
  }

  override componentDidUpdate() {
    this.focus.apply();
    if (this.state.step === RESULT && !this.state.why) {
      void loadWhy().then((data) => this.setState({ why: data.explorer }));
    }
  }

  go(to: number, answers = this.state.answers, editing = this.state.editing) {
    this.focus.to('heading');
    this.setState({
      step: to,
      answers,
      draft: to < RESULT ? answers[questions[to]!.id] : undefined,
      errors: 0,
      editing: to < RESULT && editing,
    });
  }

  override render(
    { lang, dir }: Props,
    { ready, answers, step, draft, errors, editing, showSensitive, why: records }: State,
  ) {
    const t = lookup(this.strings, 'explorer.');
    const shared = lookup(this.strings);
    const heading = this.focus.heading;
    const restart = () => {
      this.setState({ showSensitive: false });
      this.go(0, {}, false);
    };
    const change = (index: number) => this.go(index, answers, true);
    const question = questions[step];

    if (!question) {
      const result = explore(answers as Answers);
      const messages = (note: keyof typeof result.safeguards) =>
        (result.safeguards[note] ?? []).map((id) => (
          <SafeguardMessage key={id} id={id} t={shared} />
        ));
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
          lang={lang}
          dir={dir}
          aria-labelledby="explorer-heading"
        >
          <h2 id="explorer-heading" ref={heading} tabIndex={-1}>
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
                      class="explorer-button explorer-button--link"
                      onClick={() => change(index)}
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
          <div class="explorer-noprint">
            <SensitiveToggle
              id="explorer-sensitive"
              label={t('includeSensitive')}
              checked={showSensitive}
              onChange={(checked) => this.setState({ showSensitive: checked })}
            />
          </div>
          <div class="explorer-actions">
            <button type="button" class="explorer-button" onClick={() => window.print()}>
              {t('print')}
            </button>
            <button
              type="button"
              class="explorer-button explorer-button--secondary"
              onClick={restart}
            >
              {t('restart')}
            </button>
          </div>
        </section>
      );
    }

    const id = question.id;
    const firstInput = `explorer-${id}-${question.answers[0]}`;

    const submit = (event: TargetedSubmitEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (!ready) return;
      if (!draft) {
        this.focus.to('error');
        this.setState({ errors: errors + 1 });
        return;
      }
      const next = { ...answers, [id]: draft };
      const complete = questions.every((item) => next[item.id]);
      this.go(editing && complete ? RESULT : step + 1, next);
    };

    return (
      <div class="explorer-step" lang={lang} dir={dir}>
        {step > 0 && (
          <button
            type="button"
            class="explorer-button explorer-button--back"
            disabled={!ready}
            onClick={() => this.go(step - 1)}
          >
            {t('back')}
          </button>
        )}
        {errors > 0 && (
          <div
            class="explorer-error-summary"
            role="alert"
            tabIndex={-1}
            ref={this.focus.errorRef}
            aria-labelledby="explorer-error-title"
          >
            <h2 id="explorer-error-title">{t('error.title')}</h2>
            <ul>
              <li>
                <a
                  href={'#' + firstInput}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(firstInput)?.focus();
                  }}
                >
                  {t('error.choose')}
                </a>
              </li>
            </ul>
          </div>
        )}
        <p class="explorer-progress">{progress(t('progress'), lang, step, questions.length)}</p>
        <form onSubmit={submit} noValidate>
          <fieldset
            class={errors > 0 ? 'explorer-fieldset explorer-fieldset--error' : 'explorer-fieldset'}
            aria-describedby={errors > 0 ? 'explorer-hint explorer-error' : 'explorer-hint'}
          >
            <legend>
              <h2 id="explorer-heading" ref={heading} tabIndex={-1}>
                {t(questionKey(id, 'legend'))}
              </h2>
            </legend>
            <p id="explorer-hint" class="explorer-hint">
              {t(questionKey(id, 'hint'))}
            </p>
            {errors > 0 && (
              <p id="explorer-error" class="explorer-error">
                <span class="sr-only">{t('error.prefix')} </span>
                {t('error.choose')}
              </p>
            )}
            <div class="explorer-radios">
              {question.answers.map((answer) => (
                <label key={answer} class="explorer-radio">
                  <input
                    type="radio"
                    id={`explorer-${id}-${answer}`}
                    name={id}
                    value={answer}
                    checked={draft === answer}
                    disabled={!ready}
                    onChange={() => this.setState({ draft: answer, errors: 0 })}
                  />
                  <span>{t(answerKey(id, answer))}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" class="explorer-button" disabled={!ready}>
            {t('continue')}
          </button>
        </form>
      </div>
    );
  }
}
