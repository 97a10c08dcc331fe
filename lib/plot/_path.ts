/**
 * Drawing an optimizer's path: which iterates to draw (thinning), and the marks for the path, its start and
 * its end. Shared by the descent, contour and side-by-side charts.
 * @module
 */
import * as Plot from "@observablehq/plot";
import { COLORS, haloText } from "./_chart.ts";
import { formatDomain, formatNumber } from "./_format.ts";
import { describe, type Domain, type Fn1, requireInteger } from "./_validate.ts";

/** One iterate of a path, placed on the chart. */
export interface PathPoint {
  /** Horizontal position (an x, or θ₀). */
  x: number;
  /** Vertical position (f(x), or θ₁). */
  y: number;
  /** The iterate's index: 0 is the start. */
  step: number;
  /** The run it belongs to, for side-by-side charts. */
  run?: string;
}

/** Gap between kept line vertices, as a fraction of the chart's data span: about 0.6 px on 600 px. */
export const LINE_GAP = 0.001;
/** Gap between kept dots, as a fraction of the data span: about 7 px, so dots do not pile up. */
export const DOT_GAP = 0.012;
/** Default cap on the number of dots drawn for one path. */
export const MAX_DOTS = 200;

/**
 * Pick the iterates to draw. The first and last are always kept; an iterate in between is kept when it lies at
 * least `gap` (a fraction of the spans, so roughly a fraction of the chart) from the last kept one. When more
 * than `maxCount` remain, every k-th is kept. Long runs that creep towards a minimum thus shrink to the points
 * a reader can tell apart, and drawing stays fast (see the 10,000-point test).
 * @param points the iterates in order
 * @param xSpan the chart's horizontal data span
 * @param ySpan the chart's vertical data span
 * @param gap the smallest kept distance, as a fraction of the spans
 * @param maxCount the most points to keep
 * @returns the kept points, in order
 */
export function thinPath(
  points: readonly PathPoint[],
  xSpan: number,
  ySpan: number,
  gap: number,
  maxCount = Infinity,
): PathPoint[] {
  const n = points.length;
  if (n <= 2) return points.slice();
  const kept: PathPoint[] = [points[0]];
  let last = points[0];
  for (let i = 1; i < n - 1; i++) {
    const p = points[i];
    const dx = (p.x - last.x) / xSpan;
    const dy = (p.y - last.y) / ySpan;
    if (dx * dx + dy * dy >= gap * gap) {
      kept.push(p);
      last = p;
    }
  }
  kept.push(points[n - 1]);
  if (kept.length <= maxCount) return kept;
  const every = Math.ceil((kept.length - 1) / (maxCount - 1));
  const sparse: PathPoint[] = [];
  for (let i = 0; i < kept.length - 1; i += every) sparse.push(kept[i]);
  sparse.push(kept[kept.length - 1]);
  return sparse;
}

/** What {@link pathMarks} draws. */
export interface PathMarkOptions {
  /** The vertices of the path line, already thinned. */
  line: readonly PathPoint[];
  /** The dots, already thinned. */
  dots: readonly PathPoint[];
  /** The first iterate of each run. */
  starts: readonly PathPoint[];
  /** The last drawn iterate of each run. */
  ends: readonly PathPoint[];
  /** Text beside each end, e.g. "end" or "leaves the chart". */
  endLabel: (point: PathPoint) => string;
  /** Whether the points carry a `run` that splits the chart into facets. */
  faceted: boolean;
  /** The x range shown, so labels near an edge can be turned inwards. */
  xDomain: readonly [number, number];
  /** The y range shown, when known, so labels near the top or bottom edge can be turned inwards. */
  yDomain?: readonly [number, number];
}

/**
 * Text marks for labels at points, anchored towards the middle of the chart so that a label near the left or
 * right edge stays inside the frame: start-anchored in the left fifth, end-anchored in the right fifth. When
 * `yDomain` is given, a label above its point (`dy` < 0) in the top twelfth of the range goes below it instead,
 * and one below its point in the bottom twelfth goes above, so it stays off the axis labels.
 * @param points the labelled points
 * @param xDomain the x range shown
 * @param options Plot text options (with `x`, `y`, `text`)
 * @param yDomain the y range shown, when it is known before rendering
 * @returns up to six text marks
 */
export function edgeAwareText<T extends { x: number; y?: number }>(
  points: readonly T[],
  xDomain: readonly [number, number],
  options: Plot.TextOptions,
  yDomain?: readonly [number, number],
): Plot.Markish[] {
  const [min, max] = xDomain;
  const left = min + (max - min) / 5;
  const right = max - (max - min) / 5;
  const dy = typeof options.dy === "number" ? options.dy : 0;
  const flips = (p: T): boolean => {
    if (yDomain === undefined || p.y === undefined || dy === 0) return false;
    const margin = (yDomain[1] - yDomain[0]) / 12;
    return dy < 0 ? p.y > yDomain[1] - margin : p.y < yDomain[0] + margin;
  };
  const groups: [T[], "start" | "middle" | "end", number][] = [
    [points.filter((p) => p.x < left), "start", -6],
    [points.filter((p) => p.x >= left && p.x <= right), "middle", 0],
    [points.filter((p) => p.x > right), "end", 6],
  ];
  const marks: Plot.Markish[] = [];
  for (const [group, textAnchor, dx] of groups) {
    for (const flipped of [false, true]) {
      const part = group.filter((p) => flips(p) === flipped);
      if (part.length === 0) continue;
      marks.push(
        Plot.text(part, { ...options, textAnchor, dx: (options.dx ?? 0) + dx, dy: flipped ? -dy : dy }),
      );
    }
  }
  return marks;
}

/**
 * The marks for a path: a line through the iterates in order, small dots on them, a green circle labelled
 * "start" and a dark diamond labelled with `endLabel`.
 * @param options the points and labels
 * @returns Plot marks
 */
export function pathMarks(options: PathMarkOptions): Plot.Markish[] {
  const { line, dots, starts, ends, endLabel, faceted, xDomain, yDomain } = options;
  const fx = faceted ? { fx: "run" } : {};
  const at = { x: "x", y: "y", ...fx };
  return [
    Plot.line(line, { ...at, z: faceted ? "run" : null, stroke: COLORS.path, strokeWidth: 1.5 }),
    Plot.dot(dots, { ...at, r: 2.5, fill: COLORS.path }),
    Plot.dot(starts, { ...at, r: 6, fill: COLORS.start, stroke: "white", strokeWidth: 1.5 }),
    ...edgeAwareText(starts, xDomain, {
      ...at,
      text: () => "start",
      dy: -14,
      fontWeight: "bold",
      ...haloText(COLORS.start),
    }, yDomain),
    Plot.dot(ends, { ...at, r: 7, symbol: "diamond", fill: COLORS.end, stroke: "white", strokeWidth: 1.5 }),
    ...edgeAwareText(ends, xDomain, {
      ...at,
      text: endLabel as (d: unknown) => string,
      dy: 16,
      fontWeight: "bold",
      ...haloText(COLORS.end),
    }, yDomain),
  ];
}

/** A path cut to the part a chart can show. */
export interface VisiblePath {
  /** The iterates drawn, with their f values. */
  points: PathPoint[];
  /** Why the path was cut, or `undefined` when all of it is drawn. */
  cut?: string;
}

/**
 * The leading part of a 1-D path that can be drawn: it stops before the first iterate that is not finite, lies
 * outside `domain`, or has a non-finite `f` value.
 * @param context what is being drawn
 * @param f the function
 * @param path the iterates
 * @param domain the x range shown, or undefined for no limit
 * @param run the run name to attach
 * @returns the visible points and the reason for a cut
 */
export function visiblePath(
  context: string,
  f: Fn1,
  path: readonly number[],
  domain: Domain | undefined,
  run?: string,
): VisiblePath {
  const points: PathPoint[] = [];
  for (let step = 0; step < path.length; step++) {
    const x = path[step];
    let cut: string | undefined;
    if (!Number.isFinite(x)) cut = `x is ${x} at step ${step}`;
    else if (domain !== undefined && (x < domain[0] || x > domain[1])) {
      cut = `x = ${formatNumber(x)} at step ${step} lies outside ${formatDomain(domain)}`;
    }
    let y = NaN;
    if (cut === undefined) {
      y = f(x);
      if (typeof y !== "number") {
        throw new TypeError(`${context}: f(${x}) must return a number, got ${describe(y)}`);
      }
      if (!Number.isFinite(y)) cut = `f(x) is ${y} at step ${step}`;
    }
    if (cut !== undefined) {
      if (step === 0) throw new RangeError(`${context}: the path cannot be drawn from its start: ${cut}`);
      return { points, cut };
    }
    points.push(run === undefined ? { x, y, step } : { x, y, step, run });
  }
  return { points };
}

/**
 * The default x range for paths: the iterates' range widened by 20% each side.
 * @param paths the visible iterates
 * @returns the range
 */
export function pathDomain(paths: readonly (readonly PathPoint[])[]): Domain {
  let min = Infinity;
  let max = -Infinity;
  for (const path of paths) {
    for (const { x } of path) {
      if (x < min) min = x;
      if (x > max) max = x;
    }
  }
  const pad = (max - min) * 0.2 || Math.max(1, Math.abs(min) * 0.2);
  return [min - pad, max + pad];
}

/**
 * Check `maxDots`.
 * @param context what is being drawn
 * @param maxDots the option
 * @returns the checked value
 */
export function checkMaxDots(context: string, maxDots: unknown): number {
  return requireInteger(context, "maxDots", maxDots, 2);
}

/**
 * A note in the top-right corner when fewer dots than iterates are drawn, so no one counts dots as steps.
 * @param iterates how many iterates the path has
 * @param dots how many are drawn as dots
 * @returns a text mark, or nothing
 */
export function thinningNote(iterates: number, dots: number): Plot.Markish[] {
  if (dots >= iterates) return [];
  return [
    Plot.text([`dots: ${dots} of ${iterates} iterates`], {
      frameAnchor: "top-right",
      dx: -6,
      dy: 6,
      lineAnchor: "top",
      ...haloText("#555"),
    }),
  ];
}
