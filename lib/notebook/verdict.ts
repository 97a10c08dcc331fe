/**
 * The outcome of a check: Markdown in Jupyter, plain text in tests and the terminal.
 * @module
 */

/** `Symbol.for("Jupyter.display")`, typed as `Deno.jupyter.$display`: how the kernel displays an object. */
export const $display = Symbol.for("Jupyter.display") as typeof Deno.jupyter.$display;

/** Whether an answer or figure is right, its Markdown message, and whether it was attempted (no `todo()`). */
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
