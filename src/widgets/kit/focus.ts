/**
 * Where focus goes on a question page, the same in both tools and whatever their component
 * form (a class calls `apply` from `componentDidUpdate`, a hooks component from a layout
 * effect, which runs at the same moment; a deferred `useEffect` can run before the next render
 * and focus a heading that is about to be replaced):
 *
 * - after moving to another question or to a result, to that view's heading (`tabIndex=-1`),
 *   so that a screen reader reads where the person now is;
 * - after Continue with nothing chosen, to the error: the error summary where the tool shows
 *   one (GOV.UK pattern), else the first answer, whose fieldset is described by the error;
 * - never on first load or on hydration: only ever after the person's own action.
 */
import { createRef } from 'preact';

export class StepFocus {
  /** The heading of the view shown: the question's legend, or the result's title. */
  heading = createRef<HTMLHeadingElement>();
  /** The error summary, or the first answer where the tool has no summary. */
  private error: HTMLElement | null = null;
  private next: 'heading' | 'error' | null = null;

  /** The `ref` of the error summary, or of the first answer. */
  errorRef = (element: HTMLElement | null) => {
    this.error = element;
  };

  /** Asks for focus to move after the next render. */
  to(target: 'heading' | 'error') {
    this.next = target;
  }

  /** After a render: moves focus where it was asked for, once. */
  apply() {
    const target = this.next === 'error' ? this.error : this.next && this.heading.current;
    this.next = null;
    target?.focus();
  }
}
