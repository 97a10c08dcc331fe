/**
 * An optimizer's path on a chart: thinning, and the marks for the path, its start and end.
 * @module
 */
import * as Plot from "@observablehq/plot";
import { describe, plural } from "../_validate.ts";
import { COLORS, type Domain, type Fn1, haloText } from "./_chart.ts";
import { formatDomain, formatNumber } from "./_format.ts";

/** One iterate of a path at (x, y) on the chart; `step` 0 is the start, `run` names its panel. */
export interface PathPoint {
  x: number;
  y: number;
  step: number;
  run?: string;
}

/** A path cut to the part a chart can show, and why it was cut (`undefined`: all of it is drawn). */
export interface VisiblePath {
  points: PathPoint[];
  cut?: string;
}

/** Gap between kept line vertices, as a fraction of the chart's data span: about 0.6 px on 600 px. */
const LINE_GAP = 0.001;
/** Gap between kept dots, as a fraction of the data span: about 7 px, so dots do not pile up. */
const DOT_GAP = 0.012;
/** Default cap on the number of dots drawn for one path. */
export const MAX_DOTS = 200;

/**
 * The first, the last, and each iterate at least `gap` (a fraction of the spans) from the last kept; then
 * every k-th if more than `maxCount` remain, so a long creep to a minimum stays fast to draw.
 */
export function thinPath(
  points: readonly PathPoint[],
  xSpan: number,
  ySpan: number,
  gap: number,
  maxCount = Infinity,
): PathPoint[] {
  if (points.length <= 2) return points.slice();
  const kept: PathPoint[] = [points[0]];
  for (const p of points.slice(1, -1)) {
    const last = kept[kept.length - 1];
    if (Math.hypot((p.x - last.x) / xSpan, (p.y - last.y) / ySpan) >= gap) kept.push(p);
  }
  kept.push(points[points.length - 1]);
  if (kept.length <= maxCount) return kept;
  const every = Math.ceil((kept.length - 1) / (maxCount - 1));
  return [...kept.filter((_, i) => i % every === 0 && i < kept.length - 1), kept[kept.length - 1]];
}

/** The line and dots of a path, thinned for drawing. */
export function thinned(points: readonly PathPoint[], xSpan: number, ySpan: number, maxDots: number) {
  const thin = (gap: number, maxCount?: number) => thinPath(points, xSpan, ySpan, gap, maxCount);
  return { line: thin(LINE_GAP), dots: thin(DOT_GAP, maxDots) };
}

/**
 * Labels above (`dy` < 0) or below their points that stay inside the frame: anchored inwards in the outer
 * fifths of the x range, and, given `yDomain`, moved to the other side of a point in the outer twelfth of y.
 */
export function edgeAwareText(
  points: readonly { x: number; y: number }[],
  options: Plot.TextOptions & { dy: number },
  xDomain: Domain,
  yDomain?: Domain,
): Plot.Markish[] {
  const { dy } = options;
  const side = (p: { x: number; y: number }) => {
    const fx = (p.x - xDomain[0]) / (xDomain[1] - xDomain[0]);
    const fy = yDomain === undefined ? 0.5 : (p.y - yDomain[0]) / (yDomain[1] - yDomain[0]);
    const anchor = fx < 0.2 ? "start" : fx > 0.8 ? "end" : "middle";
    const flip = dy < 0 ? fy > 11 / 12 : fy < 1 / 12;
    return `${anchor} ${flip}`;
  };
  return Object.entries(Object.groupBy(points, side)).map(([key, group]) => {
    const [anchor, flip] = key.split(" ");
    return Plot.text(group!, {
      x: "x",
      y: "y",
      ...options,
      textAnchor: anchor as "start" | "middle" | "end",
      dx: { start: -6, middle: 0, end: 6 }[anchor],
      dy: flip === "true" ? -dy : dy,
    });
  });
}

/** What {@link pathMarks} draws (`faceted`: one panel per `run`). */
export interface PathMarkOptions {
  line: readonly PathPoint[];
  dots: readonly PathPoint[];
  starts: readonly PathPoint[];
  ends: readonly PathPoint[];
  endLabel: (point: PathPoint) => string;
  faceted: boolean;
  xDomain: Domain;
  yDomain?: Domain;
}

/** A path's marks: a line through the iterates, dots, a green "start" and a dark diamond labelled `endLabel`. */
export function pathMarks(options: PathMarkOptions): Plot.Markish[] {
  const { line, dots, starts, ends, endLabel, faceted, xDomain, yDomain } = options;
  const at = { x: "x", y: "y", ...(faceted ? { fx: "run" } : {}) };
  const label = (points: readonly PathPoint[], text: (d: PathPoint) => string, dy: number, fill: string) =>
    edgeAwareText(
      points,
      { ...at, text: text as (d: unknown) => string, dy, fontWeight: "bold", ...haloText(fill) },
      xDomain,
      yDomain,
    );
  return [
    Plot.line(line, { ...at, z: faceted ? "run" : null, stroke: COLORS.path, strokeWidth: 1.5 }),
    Plot.dot(dots, { ...at, r: 2.5, fill: COLORS.path }),
    Plot.dot(starts, { ...at, r: 6, fill: COLORS.start, stroke: "white", strokeWidth: 1.5 }),
    ...label(starts, () => "start", -14, COLORS.start),
    Plot.dot(ends, { ...at, r: 7, symbol: "diamond", fill: COLORS.end, stroke: "white", strokeWidth: 1.5 }),
    ...label(ends, endLabel, 16, COLORS.end),
  ];
}

/** The leading part of a path that can be drawn: `point(step)` is the iterate, or a string saying why not. */
export function leadingPath(
  context: string,
  length: number,
  point: (step: number) => PathPoint | string,
): VisiblePath {
  const points: PathPoint[] = [];
  for (let step = 0; step < length; step++) {
    const p = point(step);
    if (typeof p === "string") {
      if (step === 0) throw new RangeError(`${context}: the path cannot be drawn from its start: ${p}`);
      return { points, cut: p };
    }
    points.push(p);
  }
  return { points };
}

/** The leading part of a 1-D path that is finite, inside `domain`, with a finite `f`. */
export function visiblePath(
  context: string,
  f: Fn1,
  path: ArrayLike<number>,
  domain: Domain | undefined,
  run?: string,
): VisiblePath {
  return leadingPath(context, path.length, (step) => {
    const x = path[step];
    if (!Number.isFinite(x)) return `x is ${x} at step ${step}`;
    if (domain !== undefined && (x < domain[0] || x > domain[1])) {
      return `x = ${formatNumber(x)} at step ${step} lies outside ${formatDomain(domain)}`;
    }
    const y = f(x);
    if (typeof y !== "number") {
      throw new TypeError(`${context}: f(${x}) must be a number, got ${describe(y)}`);
    }
    if (!Number.isFinite(y)) return `f(x) is ${y} at step ${step}`;
    return run === undefined ? { x, y, step } : { x, y, step, run };
  });
}

/** How a drawn path ends, for a description: where it ends and after how many steps, or why it was cut. */
export function pathEnd(last: PathPoint, cut: string | undefined, where: string): string {
  return cut === undefined
    ? `ends at ${where} after ${plural(last.step, "step")}.`
    : `leaves the chart after step ${last.step}: ${cut}.`;
}

/** The default x range for paths: the iterates' range widened by 20% each side. */
export function pathDomain(paths: readonly (readonly PathPoint[])[]): Domain {
  const xs = paths.flat().map((p) => p.x);
  const [min, max] = [Math.min(...xs), Math.max(...xs)];
  const pad = (max - min) * 0.2 || Math.max(1, Math.abs(min) * 0.2);
  return [min - pad, max + pad];
}

/** A corner note when fewer dots than iterates are drawn, so no one counts dots as steps. */
export function thinningNote(iterates: number, dots: number): Plot.Markish[] {
  return dots >= iterates ? [] : [cornerNote([`dots: ${dots} of ${iterates} iterates`])];
}

/** Grey text in the top-right corner of the frame (of each facet, with `fx`). */
export function cornerNote(data: readonly unknown[], options: Plot.TextOptions = {}): Plot.Markish {
  return Plot.text(data, {
    frameAnchor: "top-right",
    dx: -6,
    dy: 6,
    lineAnchor: "top",
    ...haloText("#555"),
    ...options,
  });
}
