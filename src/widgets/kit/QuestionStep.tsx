/**
 * A question page, the same in both tools (issue 15): what the person sees on a question, and
 * the state and moves behind it. A tool is a class component (no preact/hooks chunk) that
 * extends `QuestionTool` and draws its own result; the questions are drawn by `QuestionStep`.
 *
 * The step, top to bottom: Back (GOV.UK: above the question), the error summary after Continue
 * with nothing chosen (GOV.UK pattern: an alert read whole, title and list, with no
 * aria-labelledby, as GOV.UK Frontend has it now; focused; its link focuses the first answer
 * without touching the URL), the progress line, the question's fieldset (its legend is the
 * heading that takes the focus after each move; hint, inline error, radios) and Continue.
 * Choosing an answer clears the error. Until the island has hydrated (`ready`) every control
 * is disabled. Ids start with the tool's name (`explorer-heading`, `eligibility-error`), class
 * names with `step` (./step.css), the step's own words with `step.` in the strings. The page's
 * `lang` and `dir` are on the tool's frame (./Tool.astro), not repeated in its views.
 */
import { Component, type ComponentChildren, type TargetedSubmitEvent } from 'preact';
import { SensitiveToggle } from '../../features/safeguarding/SensitiveToggle';
import { StepFocus } from './focus';
import type { QuestionTable } from './questions';
import { answerKey, lookup, progress, questionKey, type Lookup, type Strings } from './strings';
import { loadWhy } from './why-load';
import type { WhyData } from './why-data';

/** What a tool's island is given by its Astro wrapper. */
export interface ToolProps {
  /** JSON of the tool's strings (`<tool>.…`), the step's (`step.…`), the safeguarding and "Why?" ones. */
  strings: string;
  /** The page's language, for numbers and dates (its `lang` and `dir` are on the frame). */
  lang: string;
}

/** What both tools keep while the page is open (nothing is stored, sent or put in the URL). */
export interface ToolState<Tool extends keyof WhyData> {
  /** False until hydrated: the server-rendered controls stay disabled. */
  ready: boolean;
  /** The answers given so far, by question id. */
  answers: Partial<Record<string, string>>;
  /** The question shown, or the number of questions: the result. */
  step: number;
  /** The answer selected on this step, not yet submitted. */
  draft?: string | undefined;
  /** Continue was pressed with nothing chosen: the error shows until an answer is chosen. */
  error: boolean;
  /** Changing an answer from the result: Continue goes back to it once every answer is given. */
  editing: boolean;
  /** Sensitive answers in the summary and on paper: only when the person asks. */
  showSensitive: boolean;
  /** Each rule's source, loaded with the first result. */
  why?: WhyData[Tool] | undefined;
}

export abstract class QuestionTool<
  Tool extends keyof WhyData,
  State extends ToolState<Tool> = ToolState<Tool>,
> extends Component<ToolProps, State> {
  /** The tool's name: the prefix of its strings and of its ids. */
  abstract readonly tool: Tool;
  /** Its questions, in the order they are asked. */
  abstract readonly questions: QuestionTable;

  override state = {
    ready: false,
    answers: {},
    step: 0,
    error: false,
    editing: false,
    showSensitive: false,
  } as State;
  /** Parsed once: the strings never change while the page is open. */
  strings: Strings = JSON.parse(this.props.strings);
  /** Where focus goes after the person's own action: see ./focus.ts. */
  focus = new StepFocus();

  override componentDidMount() {
    this.setState({ ready: true });
  }

  override componentDidUpdate() {
    this.focus.apply();
    if (this.state.step === this.questions.length && !this.state.why) {
      void loadWhy().then((data) => this.setState({ why: data[this.tool] }));
    }
  }

  /**
   * Shows question `to` (its answer preselected), or the result; focus goes to its heading.
   * `editing` matters on the questions only: the result is left by "Change" or "Start again".
   */
  go(to: number, answers = this.state.answers, editing = this.state.editing) {
    this.focus.to('heading');
    this.setState({
      step: to,
      answers,
      draft: answers[this.questions[to]?.id ?? ''],
      error: false,
      editing,
    });
  }

  /** "Change" on the result: back to that question, then straight back to the result. */
  change(index: number) {
    this.go(index, undefined, true);
  }

  /** "Start again": every answer cleared, sensitive answers hidden again, the first question. */
  restart() {
    this.setState({ showSensitive: false });
    this.go(0, {}, false);
  }

  /** Continue: with nothing chosen, the error (and focus on its summary); else the next view. */
  submit(event: TargetedSubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const { ready, draft, answers, step, editing } = this.state;
    if (!ready) return;
    if (!draft) {
      this.focus.to('error');
      this.setState({ error: true });
      return;
    }
    const next = { ...answers, [this.questions[step]!.id]: draft };
    const complete = this.questions.every((item) => next[item.id]);
    this.go(editing && complete ? this.questions.length : step + 1, next);
  }

  /** The box that shows the sensitive answers on the result and on paper (issue 14). */
  sensitiveToggle(label: string) {
    return (
      <SensitiveToggle
        id={this.tool + '-sensitive'}
        label={label}
        checked={this.state.showSensitive}
        onChange={(checked) => this.setState({ showSensitive: checked })}
      />
    );
  }

  /** The result, drawn by the tool: `t` looks up its own strings, `shared` any string. */
  abstract result(t: Lookup, shared: Lookup): ComponentChildren;

  override render() {
    const t = lookup(this.strings, this.tool + '.');
    return this.state.step < this.questions.length ? (
      <QuestionStep tool={this} t={t} />
    ) : (
      this.result(t, lookup(this.strings))
    );
  }
}

/** The question shown by `tool`, with the tool's own lookup `t` for its questions' text. */
export function QuestionStep<Tool extends keyof WhyData>({
  tool,
  t,
}: {
  tool: QuestionTool<Tool>;
  t: Lookup;
}) {
  const { tool: name, questions, focus, strings } = tool;
  const { ready, step, draft, error } = tool.state;
  const say = lookup(strings, 'step.');
  const { id, answers } = questions[step]!;
  const radio = (answer: string) => `${name}-${id}-${answer}`;
  const first = radio(answers[0]!);
  const hintId = name + '-hint';
  const errorId = name + '-error';
  return (
    <div class="step not-content">
      {step > 0 && (
        <button
          type="button"
          class="button button--link"
          disabled={!ready}
          onClick={() => tool.go(step - 1)}
        >
          {say('back')}
        </button>
      )}
      {error && (
        <div class="step-error-summary" role="alert" tabIndex={-1} ref={focus.error}>
          <h2>{say('error.title')}</h2>
          <ul>
            <li>
              <a
                href={'#' + first}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(first)?.focus();
                }}
              >
                {say('error.choose')}
              </a>
            </li>
          </ul>
        </div>
      )}
      <p class="step-progress">
        {progress(say('progress'), tool.props.lang, step, questions.length)}
      </p>
      <form onSubmit={(event) => tool.submit(event)} noValidate>
        <fieldset
          class={error ? 'step-fieldset step-fieldset--error' : 'step-fieldset'}
          aria-describedby={error ? hintId + ' ' + errorId : hintId}
        >
          <legend>
            <h2 id={name + '-heading'} ref={focus.heading} tabIndex={-1}>
              {t(questionKey(id, 'legend'))}
            </h2>
          </legend>
          <p id={hintId} class="step-hint">
            {t(questionKey(id, 'hint'))}
          </p>
          {error && (
            <p id={errorId} class="step-error">
              <span class="sr-only">{say('error.prefix')} </span>
              {say('error.choose')}
            </p>
          )}
          <div class="step-radios">
            {answers.map((answer) => (
              <label key={answer} class="step-radio">
                <input
                  type="radio"
                  id={radio(answer)}
                  name={id}
                  value={answer}
                  checked={draft === answer}
                  disabled={!ready}
                  onChange={() => tool.setState({ draft: answer, error: false })}
                />
                <span>{t(answerKey(id, answer))}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" class="button" disabled={!ready}>
          {say('continue')}
        </button>
      </form>
    </div>
  );
}
