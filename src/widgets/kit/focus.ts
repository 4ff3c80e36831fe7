/**
 * Where focus goes in a tool, the same in both (the kit's `QuestionTool` calls `apply` from
 * `componentDidUpdate`, right after each render: a deferred effect could run before the next
 * render and focus a heading that is about to be replaced):
 *
 * - after moving to another question or to a result, to that view's heading (`tabIndex=-1`),
 *   so that a screen reader reads where the person now is;
 * - after Continue with nothing chosen, to the error summary above the question (GOV.UK
 *   pattern: announced with `role="alert"`, its link leads to the first answer);
 * - never on first load or on hydration: only ever after the person's own action.
 */
import { createRef, type RefObject } from 'preact';

export class StepFocus {
  /** The heading of the view shown: the question's legend, or the result's title. */
  heading = createRef<HTMLHeadingElement>();
  /** The error summary, while it is shown. */
  error = createRef<HTMLDivElement>();
  private next: RefObject<HTMLElement> | null = null;

  /** Asks for focus to move after the next render. */
  to(target: 'heading' | 'error') {
    this.next = this[target];
  }

  /** After a render: moves focus where it was asked for, once. */
  apply() {
    const target = this.next;
    this.next = null;
    target?.current?.focus();
  }
}
