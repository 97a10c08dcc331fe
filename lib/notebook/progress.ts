/**
 * A progress bar for long loops, updated in place like tqdm: in the Deno Jupyter kernel it is one output that
 * is redrawn (a display with an id, then updates of it); elsewhere it stays silent unless given a writer.
 * Introduced in lesson 04.
 *
 * @module
 */

/** Options of {@linkcode progressBar}. */
export interface ProgressOptions {
  /** Number of steps the loop will take. Required, a positive integer. */
  total: number;
  /** Text before the bar; defaults to "progress". */
  label?: string;
  /** Redraw at most this many times over the whole loop; defaults to 20. */
  redraws?: number;
  /** Bar width in characters; defaults to 30. */
  width?: number;
  /**
   * Where to draw outside the kernel, e.g. `(line) => console.log(line)`; defaults to nothing (silent), so
   * tests and scripts are not flooded.
   */
  write?: (line: string) => void;
}

/** A progress bar returned by {@linkcode progressBar}. */
export interface Progress {
  /** Reports that `step` steps are done, with an optional note (e.g. the current value). */
  update(step: number, note?: string): void;
  /**
   * Draws the final state: `step` defaults to `total`; pass the step a run really stopped at (e.g. a
   * diverged or converged run that ended early) so the bar does not claim more than was done.
   */
  done(note?: string, step?: number): void;
  /** The last line drawn. */
  readonly line: string;
}

let bars = 0;

/**
 * Creates a progress bar.
 *
 * @param options Total, label, redraws, width, writer.
 * @returns A {@linkcode Progress}.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { progressBar } from "./progress.ts";
 * const lines: string[] = [];
 * const bar = progressBar({ total: 100, label: "descent", width: 10, write: (l) => lines.push(l) });
 * for (let i = 1; i <= 100; i++) bar.update(i, `x = ${i}`);
 * bar.done();
 * assert.equal(bar.line.startsWith("descent ██████████ 100/100"), true);
 * assert.ok(lines.length <= 22);
 * ```
 */
export function progressBar(
  { total, label = "progress", redraws = 20, width = 30, write }: ProgressOptions,
): Progress {
  if (!Number.isInteger(total) || total <= 0) {
    throw new RangeError(`Cannot make a progress bar: total must be a positive integer, got ${total}`);
  }
  if (!Number.isInteger(redraws) || redraws <= 0) {
    throw new RangeError(`Cannot make a progress bar: redraws must be a positive integer, got ${redraws}`);
  }
  if (!Number.isInteger(width) || width <= 0) {
    throw new RangeError(`Cannot make a progress bar: width must be a positive integer, got ${width}`);
  }
  const jupyter = kernel();
  const id = `progress-${Date.now()}-${++bars}`;
  const every = Math.max(1, Math.floor(total / redraws));
  const start = performance.now();
  let line = "";
  let shown = false;
  let lastDrawn = 0;

  function draw(step: number, note?: string): void {
    const filled = Math.round((Math.min(step, total) / total) * width);
    const seconds = ((performance.now() - start) / 1000).toFixed(2);
    line = `${label} ${"█".repeat(filled)}${"░".repeat(width - filled)} ${step}/${total}` +
      `${note ? `  ${note}` : ""}  (${seconds} s)`;
    lastDrawn = step;
    if (jupyter) {
      jupyter.display({ "text/plain": line }, { raw: true, display_id: id, update: shown });
      shown = true;
    } else {
      write?.(line);
    }
  }

  return {
    update(step: number, note?: string) {
      if (step === total || step - lastDrawn >= every) draw(step, note);
    },
    done(note?: string, step = total) {
      if (!Number.isInteger(step) || step < 0 || step > total) {
        throw new RangeError(
          `Cannot finish the progress bar: step must be an integer in [0, ${total}], got ${step}`,
        );
      }
      draw(step, note);
    },
    get line() {
      return line;
    },
  };
}

type Kernel = { display(obj: unknown, options: Record<string, unknown>): Promise<void> };

function kernel(): Kernel | undefined {
  // Outside `deno jupyter`, reading Deno.jupyter throws ("only available in `deno jupyter` subcommand").
  try {
    const jupyter = (Deno as unknown as { jupyter?: Kernel }).jupyter;
    return typeof jupyter?.display === "function" ? jupyter : undefined;
  } catch {
    return undefined;
  }
}
