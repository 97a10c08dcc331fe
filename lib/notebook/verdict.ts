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

/**
 * The result of checking a learner's answer or a printed figure: whether it is right, its message in
 * Markdown,
 * and whether the learner attempted the exercise at all (false while the cell still calls `todo()`).
 */
export class Verdict {
  constructor(readonly ok: boolean, readonly message: string, readonly attempted = true) {}

  /** The message as plain text (Markdown markup for code and emphasis removed). */
  toString(): string {
    return this.message.replace(/[`*]/g, "");
  }

  /** The Deno kernel calls this to display the verdict. */
  [$display](): Record<string, string> {
    return { "text/markdown": this.message, "text/plain": this.toString() };
  }
}
