import * as Plot from "@observablehq/plot";
import { describe, evaluate, requireInterval } from "../_validate.ts";
import { type ChartOptions, chartOptions, type Domain } from "./_chart.ts";
import { costColor, type Domain2, type Fn2, requireDomain2 } from "./contours.ts";
import { type Figure, render } from "./figure.ts";
import { axisTicks, formatDomain, formatNumber, formatPoint } from "./_format.ts";
import { gradientOf } from "./gradient_field.ts";

/** Options for {@link plotSurface}: `elevation` of the eye (5–85°, 35), `xLabel` ("θ₀"), `yLabel` ("θ₁"). */
export interface SurfaceOptions extends ChartOptions {
  elevation?: number;
  xLabel?: string;
  yLabel?: string;
  /**
   * A point `[x, y]`: the slices through it that the partial derivatives measure, `J` along each parameter with the
   * other fixed, each with its tangent there (none); slopes by central differences, step 1e-4 of each range.
   */
  slices?: readonly [number, number];
}

const GRID = 24;
const AZIMUTH = -55;
// Marks of projected points draw at their screen coordinates.
const UV = { x: "u", y: "v" } as const;
const SLICE_COLORS = ["#ff725c", "#a463f2"] as const;

/**
 * A cost `J(x, y)` as a 24 × 24 wireframe bowl seen from above, darker where lower, painted back to front
 * so nearer cells hide farther ones; heights span the box from the lowest to the highest cost. Lesson 03.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotSurface } from "./mod.ts";
 * const bowl = (x: number, y: number) => x ** 2 + 4 * y ** 2;
 * const chart = plotSurface(bowl, { x: [-2, 2], y: [-1, 1] }, { slices: [1, 0.5] });
 * assert.match(chart.ariaDescription, /with θ₁ fixed \(slope 2 there\), in purple along θ₁ with θ₀ fixed \(slope 4\)/);
 * ```
 */
export function plotSurface(cost: Fn2, domain: Domain2, options: SurfaceOptions = {}): Figure {
  const context = "Cannot plot the surface";
  const { xDomain, yDomain } = requireDomain2(context, cost, domain);
  const { elevation = 35, xLabel = "θ₀", yLabel = "θ₁" } = options ?? {};
  requireInterval(context, "elevation", elevation, "[5, 85]");
  const J = (x: number, y: number) => evaluate(context, "cost", cost, x, y);

  // Heights on the grid's corners (edges included, so a convex bowl's highest point is sampled).
  const n = GRID;
  const xs = Array.from({ length: n + 1 }, (_, i) => xDomain[0] + ((xDomain[1] - xDomain[0]) * i) / n);
  const ys = Array.from({ length: n + 1 }, (_, j) => yDomain[0] + ((yDomain[1] - yDomain[0]) * j) / n);
  const z: number[][] = xs.map((x) => ys.map((y) => J(x, y)));
  const samples = xs.flatMap((x, i) => ys.map((y, j) => ({ x, y, value: z[i][j] })));
  const low = samples.reduce((a, b) => (b.value < a.value ? b : a));
  const high = Math.max(...samples.map((s) => s.value));
  const zDomain: Domain = high > low.value ? [low.value, high] : [low.value - 1, low.value + 1];
  const view = projection(xDomain, yDomain, zDomain, elevation);

  // The box behind the surface: floor edges and the vertical axis at the leftmost corner.
  const corners = [[0, 0], [1, 0], [1, 1], [0, 1]].map(([a, b]) => ({ x: xDomain[a], y: yDomain[b] }));
  const floor = corners.map((c) => view.point(c.x, c.y, zDomain[0]));
  const front = floor.reduce((best, p, k) => (p.depth < floor[best].depth ? k : best), 0);
  const left = floor.reduce((best, p, k) => (p.u < floor[best].u ? k : best), 0);
  const axisAt = (t: number) => view.point(corners[left].x, corners[left].y, t);

  // The surface, back to front.
  const mean = (i: number, j: number) => (z[i][j] + z[i + 1][j] + z[i + 1][j + 1] + z[i][j + 1]) / 4;
  const order = Array.from({ length: n * n }, (_, k) => {
    const [i, j] = [Math.floor(k / n), k % n];
    return { i, j, depth: view.point((xs[i] + xs[i + 1]) / 2, (ys[j] + ys[j + 1]) / 2, mean(i, j)).depth };
  }).sort((a, b) => b.depth - a.depth);
  const quads = order.flatMap(({ i, j }, quad) => {
    const fill = costColor((mean(i, j) - zDomain[0]) / (zDomain[1] - zDomain[0]));
    return [[i, j], [i + 1, j], [i + 1, j + 1], [i, j + 1], [i, j]].map(([a, b]) => ({
      ...view.point(xs[a], ys[b], z[a][b]),
      quad,
      fill,
    }));
  });
  const zTicks = axisTicks({ domain: zDomain }, 5, 1e7)!;
  const zAxis = zTicks.ticks.map((t, k) => ({ ...axisAt(t), label: zTicks.labels[k] }));
  const bottom = view.point(low.x, low.y, low.value);
  const marks: Plot.Markish[] = [
    Plot.line([...floor, floor[0]], { ...UV, stroke: "#999", strokeWidth: 1 }),
    Plot.line([floor[left], axisAt(zDomain[1])], { ...UV, stroke: "#999" }),
    Plot.line(quads, {
      ...UV,
      z: "quad",
      fill: "fill",
      stroke: "white",
      strokeWidth: 0.6,
      strokeOpacity: 0.8,
    }),
    // Ticks on the two floor edges that meet at the front corner, and on the vertical axis.
    ...edgeTicks(view, corners[front], xDomain, yDomain, zDomain, xLabel, yLabel),
    Plot.link(zAxis, { x1: (p: Projected) => p.u - 0.03, x2: "u", y1: "v", y2: "v", stroke: "#999" }),
    Plot.text(zAxis, { ...UV, text: "label", textAnchor: "end", dx: -6, fill: "#555" }),
    Plot.text([axisAt(zDomain[1])], { ...UV, text: () => "J", dy: -12, fontWeight: "bold" }),
    // The lowest sampled point.
    ...[["white", 2.5], ["#1a1a1a", 1.5]].map(([stroke, strokeWidth]) =>
      Plot.dot([bottom], { ...UV, symbol: "plus", r: 6, stroke, strokeWidth })
    ),
  ];

  let described = "";
  if (options?.slices !== undefined) {
    const at = options.slices;
    if (!Array.isArray(at) || at.length !== 2 || typeof at[0] !== "number" || typeof at[1] !== "number") {
      throw new TypeError(`${context}: slices must be a point [x, y], got ${describe(at)}`);
    }
    if (!(at[0] >= xDomain[0] && at[0] <= xDomain[1] && at[1] >= yDomain[0] && at[1] <= yDomain[1])) {
      throw new RangeError(`${context}: slices [${at[0]}, ${at[1]}] lies outside the ranges`);
    }
    const slopes = gradientOf(context, cost, undefined, xDomain, yDomain)(at[0], at[1]);
    const j0 = J(at[0], at[1]);
    ([0, 1] as const).forEach((which) => {
      const [lo, hi] = which === 0 ? xDomain : yDomain;
      const pointAt = (t: number) => (which === 0 ? [t, at[1]] : [at[0], t]) as [number, number];
      const curve = Array.from({ length: 81 }, (_, k) => {
        const [x, y] = pointAt(lo + ((hi - lo) * k) / 80);
        const height = J(x, y);
        return { ...view.point(x, y, height), height };
      });
      const lowest = curve.reduce((a, b) => (b.height < a.height ? b : a));
      // The tangent over at most half the range, rising at most a third of the box, inside the ranges.
      const slope = slopes[which];
      const half = Math.min((hi - lo) / 4, (zDomain[1] - zDomain[0]) / 3 / Math.abs(slope));
      const tangent = [Math.max(-half, lo - at[which]), Math.min(half, hi - at[which])]
        .map((d) => view.point(...pointAt(at[which] + d), j0 + slope * d));
      const color = SLICE_COLORS[which];
      marks.push(
        ...haloed(Plot.line, curve, { stroke: color, strokeWidth: 2.5 }, 5),
        ...haloed(Plot.line, tangent, { stroke: color, strokeWidth: 2.5, strokeDasharray: "7,4" }, 5),
        ...haloed(Plot.dot, [lowest], { r: 6, stroke: color, strokeWidth: 2.5 }, 4),
      );
    });
    const point = view.point(at[0], at[1], j0);
    marks.push(Plot.dot([point], { ...UV, r: 5, fill: "#1a1a1a", stroke: "white", strokeWidth: 1.5 }));
    const [gx, gy] = slopes.map((s) => formatNumber(s));
    described = ` Slices through ${formatPoint(at[0], at[1])}, where the cost is ${formatNumber(j0)}: ` +
      `in orange the cost along ${xLabel} with ${yLabel} fixed (slope ${gx} there), in purple along ${yLabel} ` +
      `with ${xLabel} fixed (slope ${gy}); their tangents dashed in the same colours, each slice's lowest point ringed.`;
  }

  const ranges = `${xLabel} in ${formatDomain(xDomain)} and ${yLabel} in ${formatDomain(yDomain)}`;
  const lowest = `the lowest sampled cost is ${formatNumber(low.value)} at ${formatPoint(low.x, low.y)}`;
  const ariaDescription = `A wireframe of ${n} × ${n} cells seen from above at ${elevation}°, darker where ` +
    `the cost is lower; ${lowest}, marked +, and the highest ${formatNumber(high)}.${described}`;
  const known = ["elevation", "xLabel", "yLabel", "slices"];
  return render({
    ...chartOptions(context, options, known, `The cost as a surface over ${ranges}`, ariaDescription),
    ...view.frame(options?.width),
    x: { axis: null, domain: view.uDomain },
    y: { axis: null, domain: view.vDomain },
    marks,
  });
}

// A line or dot over a white halo `haloWidth` wide, so it reads over the surface.
function haloed(
  mark: typeof Plot.line | typeof Plot.dot,
  data: readonly Projected[],
  options: Plot.LineOptions & Plot.DotOptions,
  haloWidth: number,
): Plot.Markish[] {
  const halo = { stroke: "white", strokeWidth: haloWidth, strokeDasharray: undefined };
  return [mark(data, { ...UV, ...options, ...halo }), mark(data, { ...UV, ...options })];
}

/** Screen coordinates (u to the right, v up) and `depth`, larger farther from the eye. */
interface Projected {
  u: number;
  v: number;
  depth: number;
}

// An orthographic view: the floor square [−1, 1]² turned by the azimuth, tipped towards the eye by the
// elevation; heights scaled so the box is 1.1 half-widths tall.
function projection(xDomain: Domain, yDomain: Domain, zDomain: Domain, elevation: number) {
  const a = (AZIMUTH * Math.PI) / 180;
  const e = (elevation * Math.PI) / 180;
  const boxHeight = 1.1;
  const point = (x: number, y: number, z: number): Projected => {
    const X = (2 * (x - xDomain[0])) / (xDomain[1] - xDomain[0]) - 1;
    const Y = (2 * (y - yDomain[0])) / (yDomain[1] - yDomain[0]) - 1;
    const Z = (boxHeight * (z - zDomain[0])) / (zDomain[1] - zDomain[0]);
    const u = X * Math.cos(a) - Y * Math.sin(a);
    const d = X * Math.sin(a) + Y * Math.cos(a);
    return { u, v: Z * Math.cos(e) + d * Math.sin(e), depth: d * Math.cos(e) - Z * Math.sin(e) };
  };
  // The extent of the box, with room for the tick labels.
  const box = [xDomain[0], xDomain[1]].flatMap((x) =>
    [yDomain[0], yDomain[1]].flatMap((y) => [zDomain[0], zDomain[1]].map((z) => point(x, y, z)))
  );
  const extent = (key: "u" | "v", below: number, above: number): Domain => [
    Math.min(...box.map((p) => p[key])) - below,
    Math.max(...box.map((p) => p[key])) + above,
  ];
  const [uDomain, vDomain] = [extent("u", 0.35, 0.35), extent("v", 0.3, 0.12)];
  // Equal units on both screen axes, so the box is not distorted.
  const frame = (width = 640) => {
    const margin = 10;
    const inner = width - 2 * margin;
    const height = Math.round((inner * (vDomain[1] - vDomain[0])) / (uDomain[1] - uDomain[0]) + 2 * margin);
    return { width, height, margin };
  };
  return { point, uDomain, vDomain, frame };
}

// Ticks along the two floor edges that meet at the front corner `c`, labelled outwards.
function edgeTicks(
  view: ReturnType<typeof projection>,
  c: { x: number; y: number },
  xDomain: Domain,
  yDomain: Domain,
  zDomain: Domain,
  xLabel: string,
  yLabel: string,
): Plot.Markish[] {
  const ticks = (domain: Domain, at: (t: number) => Projected) => {
    const { ticks, labels } = axisTicks({ domain }, 5, 1e7)!;
    return ticks.map((t, k) => ({ ...at(t), label: labels[k] }));
  };
  const xTicks = ticks(xDomain, (t) => view.point(t, c.y, zDomain[0]));
  const yTicks = ticks(yDomain, (t) => view.point(c.x, t, zDomain[0]));
  const center = view.point((xDomain[0] + xDomain[1]) / 2, (yDomain[0] + yDomain[1]) / 2, zDomain[0]);
  const side = (p: Projected) => (p.u < center.u ? -1 : 1);
  const edge = (ticks: (Projected & { label: string })[], name: string) => {
    const mid = ticks[Math.floor(ticks.length / 2)]; // d3 gives at least two
    // `gap` px out from the point, anchored so the text runs away from the floor.
    const out = (p: Projected, gap: number): Plot.TextOptions => ({
      dx: gap * side(p),
      textAnchor: side(p) < 0 ? "end" : "start",
    });
    return [
      Plot.text(ticks, { ...UV, text: "label", dy: 12, ...out(ticks[0], 8), fill: "#555" }),
      Plot.text([mid], { ...UV, text: () => name, dy: 30, ...out(mid, 14), fontWeight: "bold" }),
    ];
  };
  return [
    Plot.dot([...xTicks, ...yTicks], { ...UV, r: 1.5, fill: "#777" }),
    ...edge(xTicks, xLabel),
    ...edge(yTicks, yLabel),
  ];
}
