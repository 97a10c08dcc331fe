/**
 * A tqdm-like progress bar for long loops, redrawn in place in the Deno Jupyter kernel (lessons 04, 09).
 * @module
 */
import { requireInteger } from "../_validate.ts";

/** Options of {@linkcode progressBar}: `total` steps, `label` ("progress"), `write` (outside the kernel). */
export interface ProgressOptions {
  total: number;
  label?: string;
  write?: (line: string) => void;
}

/**
 * A progress bar: `update(step, note?)`; `done(note?, step = total)` draws the end (pass the step a run
 * really stopped at); `line` is the last line drawn.
 */
export interface Progress {
  update(step: number, note?: string): void;
  done(note?: string, step?: number): void;
  readonly line: string;
}

let bars = 0;

/**
 * Creates a progress bar, 30 characters wide, redrawn about 20 times; outside the kernel it is silent unless
 * given `write` (e.g. `console.log`).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { progressBar } from "./progress.ts";
 * const bar = progressBar({ total: 100, label: "descent" });
 * bar.done();
 * assert.ok(bar.line.startsWith(`descent ${"█".repeat(30)} 100/100`));
 * ```
 */
export function progressBar({ total, label = "progress", write }: ProgressOptions): Progress {
  requireInteger("Cannot make a progress bar", "total", total);
  const width = 30;
  const jupyter = kernel();
  const id = `progress-${Date.now()}-${++bars}`;
  const every = Math.max(1, Math.floor(total / 20)); // about 20 redraws
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
      draw(requireInteger("Cannot finish the progress bar", "step", step, 0, total), note);
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
