/**
 * Drawing an optimizer's path: which iterates to draw (thinning), and the marks for the path, its start and
 * its end. Shared by the descent, contour and side-by-side charts.
 * @module
 */
import * as Plot from "@observablehq/plot";
import { COLORS, haloText } from "./_chart.ts";

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
}

/**
 * Text marks for labels at points, anchored towards the middle of the chart so that a label near the left or
 * right edge stays inside the frame: start-anchored in the left fifth, end-anchored in the right fifth.
 * @param points the labelled points
 * @param xDomain the x range shown
 * @param options Plot text options (with `x`, `y`, `text`)
 * @returns up to three text marks
 */
export function edgeAwareText<T extends { x: number }>(
  points: readonly T[],
  xDomain: readonly [number, number],
  options: Plot.TextOptions,
): Plot.Markish[] {
  const [min, max] = xDomain;
  const left = min + (max - min) / 5;
  const right = max - (max - min) / 5;
  const groups: [T[], "start" | "middle" | "end", number][] = [
    [points.filter((p) => p.x < left), "start", -6],
    [points.filter((p) => p.x >= left && p.x <= right), "middle", 0],
    [points.filter((p) => p.x > right), "end", 6],
  ];
  return groups
    .filter(([group]) => group.length > 0)
    .map(([group, textAnchor, dx]) => Plot.text(group, { ...options, textAnchor, dx: (options.dx ?? 0) + dx }));
}

/**
 * The marks for a path: a line through the iterates in order, small dots on them, a green circle labelled
 * "start" and a dark diamond labelled with `endLabel`.
 * @param options the points and labels
 * @returns Plot marks
 */
export function pathMarks(options: PathMarkOptions): Plot.Markish[] {
  const { line, dots, starts, ends, endLabel, faceted, xDomain } = options;
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
    }),
    Plot.dot(ends, { ...at, r: 7, symbol: "diamond", fill: COLORS.end, stroke: "white", strokeWidth: 1.5 }),
    ...edgeAwareText(ends, xDomain, {
      ...at,
      text: endLabel as (d: unknown) => string,
      dy: 16,
      fontWeight: "bold",
      ...haloText(COLORS.end),
    }),
  ];
}
