/**
 * A short message a notebook shows as the outcome of a check: rendered as Markdown in Jupyter, readable as
 * plain text in tests and in the terminal.
 *
 * @module
 */

/**
 * The symbol the Deno Jupyter kernel looks for to display an object (`Symbol.for("Jupyter.display")`), typed as
 * `Deno.jupyter.$display` so objects using it are `Deno.jupyter.Displayable`.
 */
export const $display: typeof Deno.jupyter.$display = Symbol.for(
  "Jupyter.display",
) as typeof Deno.jupyter.$display;

/** The result of checking a learner's answer or a printed figure. */
export class Verdict {
  /** True when the answer (or figure) is right. */
  readonly ok: boolean;
  /** False when the learner has not attempted the exercise yet (the cell still calls `todo()`). */
  readonly attempted: boolean;
  /** The message, in Markdown. */
  readonly message: string;

  /**
   * @param ok Whether the check passed.
   * @param message The message, in Markdown.
   * @param attempted Whether the learner attempted the exercise; defaults to true.
   */
  constructor(ok: boolean, message: string, attempted = true) {
    this.ok = ok;
    this.message = message;
    this.attempted = attempted;
  }

  /** The message as plain text (Markdown markup for code and emphasis removed). */
  toString(): string {
    return this.message.replace(/[`*]/g, "");
  }

  /** The Deno kernel calls this to display the verdict. */
  [$display](): Record<string, string> {
    return { "text/markdown": this.message, "text/plain": this.toString() };
  }
}
