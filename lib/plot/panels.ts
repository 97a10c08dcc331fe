import { describe, requireFinite } from "../_validate.ts";
import { $display } from "../notebook/verdict.ts";
import type { Figure } from "./figure.ts";

/** One chart of a {@link plotPanels} grid under its `label` (plain text; it is escaped). */
export interface Panel {
  label: string;
  figure: Figure;
}

/** The grid's HTML, the figures' accessible names joined by "; ", and what Jupyter displays. */
export interface Panels {
  readonly html: string;
  readonly ariaLabel: string;
  [$display](): Record<string, string>;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Lay out figures in reading order in a grid of three columns, each under its label, as one output. Lessons 08, 13.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Plot, render } from "./mod.ts";
 * import { plotPanels } from "./panels.ts";
 * const dot = (label: string) => ({ label, figure: render({ ariaLabel: label, width: 200, height: 150, marks: [Plot.dot([[0, 0]])] }) });
 * const grid = plotPanels([dot("one"), dot("two")]);
 * assert.equal(grid.ariaLabel, "one; two");
 * ```
 */
export function plotPanels(panels: readonly Panel[]): Panels {
  const context = "Cannot lay out panels";
  if (!Array.isArray(panels) || panels.length === 0) {
    throw new RangeError(`${context}: panels must be a non-empty array, got ${describe(panels)}`);
  }
  const cells = panels.map(({ label, figure }) =>
    `<div><div style="font: 600 13px system-ui, sans-serif; margin: 0 0 2px 10px">` +
    `${escapeHtml(label)}</div>${figure.html}</div>`
  ).join("");
  const html = `<div style="display: grid; grid-template-columns: repeat(3, max-content); gap: 6px 10px; ` +
    `background: white; color: #1a1a1a; padding: 4px">${cells}</div>`;
  const ariaLabel = panels.map(({ figure }) => figure.ariaLabel).join("; ");
  return { html, ariaLabel, [$display]: () => ({ "text/html": html, "text/plain": ariaLabel }) };
}

/**
 * One x and one y range, with a 10% margin, holding every point of several 2-D paths and the `centre` (e.g.
 * the minimum, kept at least a quarter span from each edge), so a {@link plotPanels} grid shares its axes.
 * Coordinates beyond ±8 are left out, so a path that leaves for infinity does not set the range. Lessons 08, 13.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sharedDomain } from "./panels.ts";
 * const { x, y } = sharedDomain([[[-5, -2], [0, 0]]], [0, 0]);
 * assert.ok(x[0] < -5 && x[1] > 0 && y[0] < -2 && y[1] > 0);
 * ```
 */
export function sharedDomain(
  paths: readonly (readonly (readonly number[])[])[],
  centre: readonly number[],
): { x: [number, number]; y: [number, number] } {
  const context = "Cannot fit a shared domain";
  const [clip, margin, around] = [8, 0.1, 0.25];
  const range = (k: number): [number, number] => {
    const mid = requireFinite(context, `centre[${k}]`, centre[k]);
    const values = [mid, ...paths.flat().map((point) => point[k]).filter(Number.isFinite)];
    const low = Math.max(Math.min(...values), -clip);
    const high = Math.min(Math.max(...values), clip);
    const span = high - low || 1; // a single point still gets a range
    return [
      Math.min(low - margin * span, mid - around * span),
      Math.max(high + margin * span, mid + around * span),
    ];
  };
  return { x: range(0), y: range(1) };
}
