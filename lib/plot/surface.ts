/**
 * A cost of two parameters seen as a landscape: {@link plotSurface} draws `J(θ₀, θ₁)` as a bowl-shaped wireframe
 * projected to 2-D (with an optimizer's path on it and the two slices through a point that the partial
 * derivatives measure), and {@link plotGradientField} draws the downhill direction `−∇J` as arrows on the
 * contour map. Built on Plot's public marks and {@link render} only.
 *
 * Introduced in lesson 03 (source lesson 002: the bowl in 3-D, the partial derivatives as slices, the gradient).
 * @module
 */
import { COLORS as CHART_COLORS } from "./_chart.ts";
import { filledContours, geometricLevels } from "./contours.ts";
import { type ChartOptions, type Domain2, type Figure, type Fn2, type Path2, Plot, render } from "./mod.ts";

/** The gradient `[∂J/∂x, ∂J/∂y]` of a cost of two parameters. */
export type Gradient2 = (x: number, y: number) => readonly [number, number];

/** Options for {@link plotSurface}. */
export interface SurfaceOptions extends ChartOptions {
  /** Wireframe lines per direction; an integer from 4 to 80. Defaults to 24. */
  gridSize?: number;
  /** Turn of the view about the vertical axis, in degrees from −360 to 360; defaults to −55. */
  azimuth?: number;
  /** Height of the eye above the floor, in degrees from 5 to 85; defaults to 35. */
  elevation?: number;
  /** Label of the first parameter (the floor's front-left edge); defaults to `"θ₀"`. */
  xLabel?: string;
  /** Label of the second parameter (the floor's front-right edge); defaults to `"θ₁"`. */
  yLabel?: string;
  /** Label of the height; defaults to `"J"`. */
  zLabel?: string;
  /**
   * The highest cost drawn: cells above it are left out, so the bowl is cut at that level and its near wall
   * does not hide the bottom; a path is drawn until it climbs above it. Defaults to the highest sampled cost.
   */
  zMax?: number;
  /**
   * An optimizer's iterates `[x, y]`, drawn on the surface at their cost. Drawn until it leaves the ranges or
   * stops being finite ("leaves the chart"). Defaults to none.
   */
  path?: Path2;
  /**
   * A point `[x, y]` through which the two slices are drawn: `J` along the first parameter with the second held
   * fixed, and along the second with the first held fixed, each with its tangent at the point (whose slope is
   * the partial derivative). Defaults to none.
   */
  slices?: readonly [number, number];
  /** The gradient, for the slices' tangents; defaults to central differences with a step of 1e-4 of each range. */
  gradient?: Gradient2;
}

/** Options for {@link plotGradientField}. */
export interface GradientFieldOptions extends ChartOptions {
  /** The gradient; defaults to central differences with a step of 1e-4 of each range. */
  gradient?: Gradient2;
  /** Arrows per axis; an integer from 2 to 40. Defaults to 12. */
  arrows?: number;
  /** Contour levels, spaced geometrically from the bottom as `plotContours` spaces them; defaults to 12. */
  thresholds?: number;
  /** Label of the horizontal axis; defaults to `"θ₀"`. */
  xLabel?: string;
  /** Label of the vertical axis; defaults to `"θ₁"`. */
  yLabel?: string;
  /** An optimizer's iterates `[x, y]`, drawn over the arrows until they leave the ranges. Defaults to none. */
  path?: Path2;
}

const COST_SCHEME = Plot.scale({
  color: { type: "linear", scheme: "YlGnBu", domain: [0, 1], reverse: true },
});
const SLICE_COLORS = ["#ff725c", "#a463f2"] as const;

/**
 * Draw a cost `J(x, y)` as a wireframe bowl seen from above at an angle: a grid of `gridSize × gridSize`
 * quadrilaterals, filled darker where the cost is lower and painted from the back to the front, so nearer parts
 * hide farther ones. The floor's two front edges carry the parameters' ticks, a vertical edge the cost's.
 * Optionally draws an optimizer's `path` on the surface, and the two `slices` through a point with their
 * tangents.
 *
 * Heights are scaled so that the lowest and highest sampled costs span the box: the picture shows the shape,
 * and the ticks give the values.
 *
 * @param cost the cost, finite over the ranges
 * @param domain `{ x: [min, max], y: [min, max] }`
 * @param options `gridSize` (24), `azimuth` (−55°), `elevation` (35°), labels, `path`, `slices`, `gradient`,
 *   and the {@link ChartOptions}
 * @returns the chart
 * @throws {TypeError} when `cost` or `gradient` is not a function, or `path` is not an array of pairs
 * @throws {RangeError} on a bad range, a non-finite cost (naming the point), a `gridSize`, `azimuth` or
 *   `elevation` out of range, a `path` whose start lies outside the ranges, or a `slices` point outside them
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotSurface } from "./mod.ts";
 * const bowl = (x: number, y: number) => x ** 2 + 4 * y ** 2;
 * const chart = plotSurface(bowl, { x: [-2, 2], y: [-1, 1] }, { slices: [1, 0.5] });
 * assert.match(chart.ariaDescription, /lowest sampled cost is 0 at \(0, 0\)/);
 * assert.match(chart.ariaDescription, /with θ₁ fixed \(slope 2 there\), in purple along θ₁ with θ₀ fixed \(slope 4\)/);
 * ```
 */
export function plotSurface(cost: Fn2, domain: Domain2, options: SurfaceOptions = {}): Figure {
  const context = "Cannot plot the surface";
  const { xDomain, yDomain } = checkDomain2(context, cost, domain);
  const {
    gridSize = 24,
    azimuth = -55,
    elevation = 35,
    xLabel = "θ₀",
    yLabel = "θ₁",
    zLabel = "J",
  } = options;
  requireInteger(context, "gridSize", gridSize, 4, 80);
  requireBetween(context, "azimuth", azimuth, -360, 360);
  requireBetween(context, "elevation", elevation, 5, 85);
  const gradient = gradientOf(context, cost, options.gradient, xDomain, yDomain);

  // Heights on the grid's corners (edges included, so a convex bowl's highest point is sampled).
  const n = gridSize;
  const xs = Array.from({ length: n + 1 }, (_, i) => xDomain[0] + ((xDomain[1] - xDomain[0]) * i) / n);
  const ys = Array.from({ length: n + 1 }, (_, j) => yDomain[0] + ((yDomain[1] - yDomain[0]) * j) / n);
  const z: number[][] = xs.map((x) => ys.map((y) => evaluate(context, cost, x, y)));
  let low = { value: Infinity, x: 0, y: 0 };
  let high = -Infinity;
  xs.forEach((x, i) =>
    ys.forEach((y, j) => {
      if (z[i][j] < low.value) low = { value: z[i][j], x, y };
      high = Math.max(high, z[i][j]);
    })
  );
  const top = options.zMax ?? high;
  if (
    options.zMax !== undefined && (typeof top !== "number" || !(top > low.value) || !Number.isFinite(top))
  ) {
    throw new RangeError(
      `${context}: zMax must be a finite number above the lowest sampled cost ${low.value}, got ${
        describe(top)
      }`,
    );
  }
  const zDomain: [number, number] = high > low.value
    ? [low.value, Math.min(top, high)]
    : [low.value - 1, low.value + 1];

  const view = projection(xDomain, yDomain, zDomain, azimuth, elevation);
  const marks: Plot.Markish[] = [];

  // The box behind the surface: floor edges and the vertical axis at the leftmost corner.
  const corners = [[0, 0], [1, 0], [1, 1], [0, 1]].map(([a, b]) => ({
    x: xDomain[a],
    y: yDomain[b],
  }));
  const floor = corners.map((c) => view.point(c.x, c.y, zDomain[0]));
  const front = floor.reduce((best, p, k) => (p.depth < floor[best].depth ? k : best), 0);
  const left = floor.reduce((best, p, k) => (p.u < floor[best].u ? k : best), 0);
  marks.push(
    Plot.line([...floor, floor[0]], { x: "u", y: "v", stroke: "#999", strokeWidth: 1 }),
    Plot.line([floor[left], view.point(corners[left].x, corners[left].y, zDomain[1])], {
      x: "u",
      y: "v",
      stroke: "#999",
    }),
  );

  // The surface, back to front.
  const quads: { u: number; v: number; quad: number; fill: string }[] = [];
  const order: { depth: number; i: number; j: number }[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const middle = view.point(
        (xs[i] + xs[i + 1]) / 2,
        (ys[j] + ys[j + 1]) / 2,
        (z[i][j] + z[i + 1][j] + z[i + 1][j + 1] + z[i][j + 1]) / 4,
      );
      order.push({ depth: middle.depth, i, j });
    }
  }
  order.sort((a, b) => b.depth - a.depth);
  order.forEach(({ i, j }, quad) => {
    const mean = (z[i][j] + z[i + 1][j] + z[i + 1][j + 1] + z[i][j + 1]) / 4;
    if (Math.max(z[i][j], z[i + 1][j], z[i + 1][j + 1], z[i][j + 1]) > zDomain[1]) return;
    const fill = COST_SCHEME.apply((mean - zDomain[0]) / (zDomain[1] - zDomain[0])) as string;
    for (const [a, b] of [[i, j], [i + 1, j], [i + 1, j + 1], [i, j + 1], [i, j]]) {
      const p = view.point(xs[a], ys[b], z[a][b]);
      quads.push({ u: p.u, v: p.v, quad, fill });
    }
  });
  marks.push(
    Plot.line(quads, {
      x: "u",
      y: "v",
      z: "quad",
      fill: "fill",
      stroke: "white",
      strokeWidth: 0.6,
      strokeOpacity: 0.8,
    }),
  );

  // Ticks on the two floor edges that meet at the front corner, and on the vertical axis.
  marks.push(...edgeTicks(view, corners, front, xDomain, yDomain, zDomain, xLabel, yLabel));
  const zTicks = niceTicks(zDomain[0], zDomain[1], 5);
  const zLabels = formatTicks(zTicks);
  const zAxis = zTicks.map((t, k) => ({
    ...view.point(corners[left].x, corners[left].y, t),
    label: zLabels[k],
  }));
  marks.push(
    Plot.link(zAxis, { x1: (p: Projected) => p.u - 0.03, x2: "u", y1: "v", y2: "v", stroke: "#999" }),
    Plot.text(zAxis, { x: "u", y: "v", text: "label", textAnchor: "end", dx: -6, fill: "#555" }),
    Plot.text([view.point(corners[left].x, corners[left].y, zDomain[1])], {
      x: "u",
      y: "v",
      text: () => zLabel,
      dy: -12,
      fontWeight: "bold",
      textAnchor: "middle",
    }),
  );

  // The lowest sampled point.
  const bottom = view.point(low.x, low.y, low.value);
  marks.push(Plot.dot([bottom], { x: "u", y: "v", symbol: "plus", r: 6, stroke: "white", strokeWidth: 2.5 }));
  marks.push(
    Plot.dot([bottom], { x: "u", y: "v", symbol: "plus", r: 6, stroke: "#1a1a1a", strokeWidth: 1.5 }),
  );

  // Whether the grid cell holding (x, y) is drawn (none of its corners above the cut); a point on a grid line
  // counts as drawn when a cell on either side is.
  const cellDrawn = (x: number, y: number): boolean => {
    const fi = ((x - xDomain[0]) / (xDomain[1] - xDomain[0])) * n;
    const fj = ((y - yDomain[0]) / (yDomain[1] - yDomain[0])) * n;
    const cells = (f: number) =>
      [...new Set([Math.floor(f), Math.ceil(f) - 1])].filter((k) => k >= 0 && k < n);
    return cells(fi).some((i) =>
      cells(fj).some((j) => Math.max(z[i][j], z[i + 1][j], z[i + 1][j + 1], z[i][j + 1]) <= zDomain[1])
    );
  };

  let described = "";
  if (options.slices !== undefined) {
    const at = checkPoint(context, "slices", options.slices, xDomain, yDomain);
    const [gx, gy] = gradient(at[0], at[1]);
    const j0 = evaluate(context, cost, at[0], at[1]);
    const along = (which: 0 | 1) => {
      const samples = 80;
      const [lo, hi] = which === 0 ? xDomain : yDomain;
      return Array.from({ length: samples + 1 }, (_, k) => {
        const t = lo + ((hi - lo) * k) / samples;
        const [x, y] = which === 0 ? [t, at[1]] : [at[0], t];
        const height = evaluate(context, cost, x, y);
        // Above the cut, or over a cell left out because a corner of it is above the cut: a gap in the line,
        // so that the slice never floats outside the drawn surface.
        return height <= zDomain[1] && cellDrawn(x, y)
          ? { ...view.point(x, y, height), height }
          : { u: NaN, v: NaN, depth: NaN, height: NaN };
      });
    };
    // Tangents over at most half of each range, shortened so they rise at most a third of the box.
    const tangent = (which: 0 | 1) => {
      const [lo, hi] = which === 0 ? xDomain : yDomain;
      const slope = which === 0 ? gx : gy;
      const half = Math.min(
        (hi - lo) / 4,
        slope === 0 ? Infinity : (zDomain[1] - zDomain[0]) / 3 / Math.abs(slope),
      );
      // Kept inside the box's ranges, so a tangent never runs out of the frame over the axis labels.
      const at0 = which === 0 ? at[0] : at[1];
      return [Math.max(-half, lo - at0), Math.min(half, hi - at0)].map((d) => {
        const [x, y] = which === 0 ? [at[0] + d, at[1]] : [at[0], at[1] + d];
        return view.point(x, y, j0 + slope * d);
      });
    };
    const point = view.point(at[0], at[1], j0);
    ([0, 1] as const).forEach((which) => {
      const curve = along(which);
      const drawn = curve.filter((p) => Number.isFinite(p.u));
      // The slice's lowest drawn point, ringed (the slices are sampled at 81 points).
      const lowest = drawn.length === 0 ? [] : [drawn.reduce((a, b) => (b.height < a.height ? b : a))];
      marks.push(
        Plot.line(curve, { x: "u", y: "v", stroke: "white", strokeWidth: 5 }),
        Plot.line(curve, { x: "u", y: "v", stroke: SLICE_COLORS[which], strokeWidth: 2.5 }),
        Plot.line(tangent(which), { x: "u", y: "v", stroke: "white", strokeWidth: 5 }),
        Plot.line(tangent(which), {
          x: "u",
          y: "v",
          stroke: SLICE_COLORS[which],
          strokeWidth: 2.5,
          strokeDasharray: "7,4",
        }),
        Plot.dot(lowest, { x: "u", y: "v", r: 6, stroke: "white", strokeWidth: 4 }),
        Plot.dot(lowest, { x: "u", y: "v", r: 6, stroke: SLICE_COLORS[which], strokeWidth: 2.5 }),
      );
    });
    marks.push(
      Plot.dot([point], { x: "u", y: "v", r: 5, fill: "#1a1a1a", stroke: "white", strokeWidth: 1.5 }),
    );
    described +=
      ` Slices through (${formatTick(at[0])}, ${formatTick(at[1])}), where the cost is ${
        formatTick(j0)
      }: in orange the cost along ${xLabel} with ${yLabel} fixed (slope ${
        formatTick(gx)
      } there), in purple ` +
      `along ${yLabel} with ${xLabel} fixed (slope ${
        formatTick(gy)
      }); their tangents dashed in the same colours, each slice's lowest point ringed.`;
  }

  if (options.path !== undefined) {
    const { points, cut, drawn } = visiblePath(
      context,
      options.path,
      xDomain,
      yDomain,
      (x, y) =>
        evaluate(context, cost, x, y) > zDomain[1] ? `the cost at step STEP is above the cut` : undefined,
    );
    const lifted = points.map(([x, y], step) => ({
      ...view.point(x, y, evaluate(context, cost, x, y)),
      step,
    }));
    const last = lifted[lifted.length - 1];
    marks.push(
      Plot.line(lifted, { x: "u", y: "v", stroke: "white", strokeWidth: 4 }),
      Plot.line(lifted, { x: "u", y: "v", stroke: CHART_COLORS.path, strokeWidth: 2 }),
      Plot.dot([lifted[0]], { x: "u", y: "v", r: 6, fill: CHART_COLORS.start, stroke: "white" }),
      Plot.text([lifted[0]], {
        x: "u",
        y: "v",
        text: () => "start",
        textAnchor: anchor(lifted[0].u, view.uDomain),
        dy: -14,
        fontWeight: "bold",
        ...halo("#1a1a1a"),
      }),
      Plot.dot(lifted.length > 1 ? [last] : [], {
        x: "u",
        y: "v",
        r: 7,
        symbol: "diamond",
        fill: CHART_COLORS.end,
        stroke: "white",
      }),
      Plot.text([last], {
        x: "u",
        y: "v",
        text: () => (cut === undefined
          ? "end"
          : lifted.length > 1
          ? "leaves the chart"
          : "step 1 leaves the chart"),
        textAnchor: anchor(last.u, view.uDomain),
        dy: 16,
        fontWeight: "bold",
        ...halo("#1a1a1a"),
      }),
    );
    described += ` A path of ${options.path.length} iterates ` +
      (cut === undefined
        ? `ends at a cost of ${formatTick(evaluate(context, cost, ...points[points.length - 1]))}.`
        : `leaves the chart after step ${(drawn ?? points.length) - 1}: ${cut}.`);
  }

  const ariaLabel = `The cost as a surface over ${xLabel} in [${formatTick(xDomain[0])}, ${
    formatTick(xDomain[1])
  }] and ${yLabel} in [${formatTick(yDomain[0])}, ${formatTick(yDomain[1])}]`;
  const ariaDescription =
    `A wireframe of ${n} × ${n} cells seen from above at ${elevation}°, darker where the ` +
    `cost is lower; the lowest sampled cost is ${formatTick(low.value)} at (${formatTick(low.x)}, ${
      formatTick(low.y)
    }), marked +, and the highest ${formatTick(high)}.` + described;
  return render({
    ...chartOptions(context, options, ariaLabel, ariaDescription),
    ...view.frame(options.width),
    x: { axis: null, domain: view.uDomain },
    y: { axis: null, domain: view.vDomain },
    marks,
  });
}

/**
 * Draw the downhill direction `−∇J` as arrows on the filled contours of `J` (darker = lower): one arrow at the
 * centre of each cell of an `arrows × arrows` grid, all of one length, pointing the way a gradient-descent step
 * from there moves the two parameters. The step moves each parameter by `α` times its partial derivative, in
 * that parameter's units, so the arrows follow the chart's axes: where one axis is stretched relative to the
 * other they do not cross the contours at right angles. A cell whose gradient is zero gets a dot.
 *
 * @param cost the cost, finite over the ranges
 * @param domain `{ x: [min, max], y: [min, max] }`
 * @param options `gradient` (central differences), `arrows` (12), `thresholds` (12), labels, `path`, and the
 *   {@link ChartOptions}
 * @returns the chart
 * @throws {TypeError} when `cost` or `gradient` is not a function, or `path` is not an array of pairs
 * @throws {RangeError} on a bad range, a non-finite cost or gradient (naming the point), `arrows` or
 *   `thresholds` out of range, or a `path` whose start lies outside the ranges
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotGradientField } from "./mod.ts";
 * const bowl = (x: number, y: number) => x ** 2 + 4 * y ** 2;
 * const chart = plotGradientField(bowl, { x: [-2, 2], y: [-1, 1] }, { arrows: 8 });
 * assert.match(chart.ariaDescription, /64 arrows/);
 * ```
 */
export function plotGradientField(cost: Fn2, domain: Domain2, options: GradientFieldOptions = {}): Figure {
  const context = "Cannot plot the gradient field";
  const { xDomain, yDomain } = checkDomain2(context, cost, domain);
  const { arrows = 12, thresholds = 12, xLabel = "θ₀", yLabel = "θ₁" } = options;
  requireInteger(context, "arrows", arrows, 2, 40);
  requireInteger(context, "thresholds", thresholds, 1, 50);
  const gradient = gradientOf(context, cost, options.gradient, xDomain, yDomain);
  const width = options.width ?? 640;
  const height = options.height ?? 400;
  const margins = { marginTop: 32, marginRight: 28, marginBottom: 44, marginLeft: 64 };
  const frameWidth = width - margins.marginLeft - margins.marginRight;
  const frameHeight = height - margins.marginTop - margins.marginBottom;
  const xSpan = xDomain[1] - xDomain[0];
  const ySpan = yDomain[1] - yDomain[0];

  // The contours, sampled at cell centres as Plot's contour mark expects.
  const grid = 100;
  const values = new Float64Array(grid * grid);
  let low = { value: Infinity, x: 0, y: 0 };
  let high = -Infinity;
  for (let j = 0; j < grid; j++) {
    for (let i = 0; i < grid; i++) {
      const x = xDomain[0] + ((i + 0.5) * xSpan) / grid;
      const y = yDomain[0] + ((j + 0.5) * ySpan) / grid;
      const value = evaluate(context, cost, x, y);
      values[j * grid + i] = value;
      if (value < low.value) low = { value, x, y };
      high = Math.max(high, value);
    }
  }
  const levels = high > low.value ? geometricLevels(low.value, high, thresholds) : [];
  const colorOf = (level: number) =>
    COST_SCHEME.apply(levels.length > 1 ? (levels.indexOf(level) + 1) / levels.length : 0.75) as string;

  // One arrow per cell, all of one length in pixels: the direction of −∇J as the chart draws it.
  const length = 0.8 * Math.min(frameWidth, frameHeight) / arrows / 2;
  const field: { x1: number; y1: number; x2: number; y2: number }[] = [];
  const flat: { x: number; y: number }[] = [];
  let largest = 0;
  const raw: { x: number; y: number; px: number; py: number }[] = [];
  for (let i = 0; i < arrows; i++) {
    for (let j = 0; j < arrows; j++) {
      const x = xDomain[0] + ((i + 0.5) * xSpan) / arrows;
      const y = yDomain[0] + ((j + 0.5) * ySpan) / arrows;
      const [gx, gy] = gradient(x, y);
      if (!Number.isFinite(gx) || !Number.isFinite(gy)) {
        throw new RangeError(`${context}: the gradient at (${x}, ${y}) is [${gx}, ${gy}], not finite`);
      }
      // In pixels: a step of −g moves by −g/span of the frame along each axis (screen y grows downwards).
      const px = (-gx / xSpan) * frameWidth;
      const py = (-gy / ySpan) * frameHeight;
      largest = Math.max(largest, Math.hypot(px, py));
      raw.push({ x, y, px, py });
    }
  }
  for (const { x, y, px, py } of raw) {
    const size = Math.hypot(px, py);
    if (!(size > 1e-12 * largest) || largest === 0) {
      flat.push({ x, y });
      continue;
    }
    const dx = ((px / size) * length * xSpan) / frameWidth;
    const dy = ((py / size) * length * ySpan) / frameHeight;
    field.push({ x1: x - dx, y1: y - dy, x2: x + dx, y2: y + dy });
  }

  const marks: Plot.Markish[] = [
    Plot.frame({ fill: COST_SCHEME.apply(0) as string, stroke: null }),
    filledContours(values, grid, xDomain, yDomain, levels, colorOf),
    Plot.arrow(field, {
      x1: "x1",
      y1: "y1",
      x2: "x2",
      y2: "y2",
      stroke: "white",
      strokeWidth: 3.5,
      headLength: 7,
    }),
    Plot.arrow(field, {
      x1: "x1",
      y1: "y1",
      x2: "x2",
      y2: "y2",
      stroke: "#1a1a1a",
      strokeWidth: 1.4,
      headLength: 7,
    }),
    Plot.dot(flat, { x: "x", y: "y", r: 2.5, fill: "#1a1a1a" }),
    Plot.dot([low], { x: "x", y: "y", symbol: "plus", r: 7, stroke: "white", strokeWidth: 2.5 }),
    Plot.dot([low], { x: "x", y: "y", symbol: "plus", r: 7, stroke: "#1a1a1a", strokeWidth: 1.5 }),
  ];
  let described = "";
  if (options.path !== undefined) {
    const { points, cut, drawn } = visiblePath(context, options.path, xDomain, yDomain, () => undefined);
    const at = points.map(([x, y]) => ({ x, y }));
    const last = at[at.length - 1];
    marks.push(
      Plot.line(at, { x: "x", y: "y", stroke: "white", strokeWidth: 4, strokeOpacity: 0.8 }),
      Plot.line(at, { x: "x", y: "y", stroke: CHART_COLORS.path, strokeWidth: 2 }),
      Plot.dot([at[0]], { x: "x", y: "y", r: 6, fill: CHART_COLORS.start, stroke: "white" }),
      Plot.text([at[0]], {
        x: "x",
        y: "y",
        text: () => "start",
        textAnchor: anchor(at[0].x, xDomain),
        dy: -14,
        fontWeight: "bold",
        ...halo("#1a1a1a"),
      }),
      Plot.dot(at.length > 1 ? [last] : [], {
        x: "x",
        y: "y",
        r: 7,
        symbol: "diamond",
        fill: CHART_COLORS.end,
        stroke: "white",
      }),
      Plot.text([last], {
        x: "x",
        y: "y",
        text:
          () => (cut === undefined ? "end" : at.length > 1 ? "leaves the chart" : "step 1 leaves the chart"),
        dy: last.y > yDomain[0] + 0.1 * ySpan ? 16 : -16,
        textAnchor: anchor(last.x, xDomain),
        fontWeight: "bold",
        ...halo("#1a1a1a"),
      }),
    );
    described += ` A path of ${options.path.length} iterates ` +
      (cut === undefined
        ? `ends at (${formatTick(last.x)}, ${formatTick(last.y)}).`
        : `leaves the chart after step ${(drawn ?? points.length) - 1}: ${cut}.`);
  }
  const ariaLabel = `Downhill arrows on the contours of the cost over ${xLabel} and ${yLabel}`;
  const ariaDescription =
    `${field.length} arrows of one length point along −∇J, the way a descent step moves; ` +
    `${levels.length} filled contour levels, darker where the cost is lower; the lowest sampled cost is ${
      formatTick(low.value)
    } at (${formatTick(low.x)}, ${formatTick(low.y)}), marked +.` + described;
  return render({
    ...chartOptions(context, options, ariaLabel, ariaDescription),
    width,
    height,
    ...margins,
    x: { label: xLabel, domain: xDomain },
    y: { label: yLabel, domain: yDomain },
    marks,
  });
}

// --- projection -------------------------------------------------------------------------------------------

interface Projected {
  /** Screen coordinates: u to the right, v up. */
  u: number;
  v: number;
  /** Distance from the eye along the view: larger is farther. */
  depth: number;
}

// An orthographic view: the floor square [−1, 1]² turned by the azimuth, tipped towards the eye by the
// elevation; heights scaled so the box is 1.1 half-widths tall.
function projection(
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
  zDomain: readonly [number, number],
  azimuth: number,
  elevation: number,
) {
  const a = (azimuth * Math.PI) / 180;
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
  const uDomain: [number, number] = [
    Math.min(...box.map((p) => p.u)) - 0.35,
    Math.max(...box.map((p) => p.u)) + 0.35,
  ];
  const vDomain: [number, number] = [
    Math.min(...box.map((p) => p.v)) - 0.3,
    Math.max(...box.map((p) => p.v)) + 0.12,
  ];
  // Equal units on both screen axes, so the box is not distorted.
  const frame = (width = 640) => {
    const margin = 10;
    const inner = width - 2 * margin;
    const height = Math.round((inner * (vDomain[1] - vDomain[0])) / (uDomain[1] - uDomain[0]) + 2 * margin);
    return { width, height, margin };
  };
  return { point, uDomain, vDomain, frame };
}

// Ticks along the two floor edges that meet at the front corner, labelled outwards.
function edgeTicks(
  view: ReturnType<typeof projection>,
  corners: { x: number; y: number }[],
  front: number,
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
  zDomain: readonly [number, number],
  xLabel: string,
  yLabel: string,
): Plot.Markish[] {
  const c = corners[front];
  // The edge along x runs at y = c.y, the edge along y at x = c.x.
  const xValues = niceTicks(xDomain[0], xDomain[1], 5);
  const xLabels = formatTicks(xValues);
  const xTicks = xValues.map((t, k) => ({ ...view.point(t, c.y, zDomain[0]), label: xLabels[k] }));
  const yValues = niceTicks(yDomain[0], yDomain[1], 5);
  const yLabels = formatTicks(yValues);
  const yTicks = yValues.map((t, k) => ({ ...view.point(c.x, t, zDomain[0]), label: yLabels[k] }));
  const center = view.point((xDomain[0] + xDomain[1]) / 2, (yDomain[0] + yDomain[1]) / 2, zDomain[0]);
  const labelAt = (ticks: Projected[], text: string, fallback: Projected) => {
    const mid = ticks.length > 0 ? ticks[Math.floor(ticks.length / 2)] : fallback;
    const side = mid.u < center.u ? "end" : "start";
    return Plot.text([mid], {
      x: "u",
      y: "v",
      text: () => text,
      dy: 30,
      dx: side === "end" ? -14 : 14,
      textAnchor: side,
      fontWeight: "bold",
    });
  };
  const tickText = (ticks: (Projected & { label: string })[]) =>
    Plot.text(ticks, {
      x: "u",
      y: "v",
      text: "label",
      dy: 12,
      dx: (ticks[0]?.u ?? 0) < center.u ? -8 : 8,
      textAnchor: (ticks[0]?.u ?? 0) < center.u ? "end" : "start",
      fill: "#555",
    });
  return [
    Plot.dot([...xTicks, ...yTicks], { x: "u", y: "v", r: 1.5, fill: "#777" }),
    tickText(xTicks),
    tickText(yTicks),
    labelAt(xTicks, xLabel, view.point((xDomain[0] + xDomain[1]) / 2, c.y, zDomain[0])),
    labelAt(yTicks, yLabel, view.point(c.x, (yDomain[0] + yDomain[1]) / 2, zDomain[0])),
  ];
}

// --- helpers ----------------------------------------------------------------------------------------------

// Labels near a side edge grow inwards, so they are not cut off.
function anchor(x: number, [lo, hi]: readonly [number, number]): "start" | "middle" | "end" {
  const t = (x - lo) / (hi - lo);
  return t > 0.8 ? "end" : t < 0.2 ? "start" : "middle";
}

// Round tick values: 1, 2 or 5 times a power of ten, about `count` of them inside [lo, hi].
function niceTicks(lo: number, hi: number, count: number): number[] {
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {
    ticks.push(Math.abs(t) < step * 1e-9 ? 0 : Number(t.toPrecision(12)));
  }
  return ticks;
}

// A tick or a number in a description: up to 4 significant digits, thousands grouped, a true minus sign.
function formatTick(value: number): string {
  const abs = Math.abs(value);
  const text = abs !== 0 && (abs >= 1e7 || abs < 1e-3)
    ? value.toExponential(2).replace("e+", "e")
    : Number(value.toPrecision(4)).toLocaleString("en-US", { maximumFractionDigits: 4 });
  return text.replace("-", "−");
}

/**
 * The labels of one axis in one number format: when any tick needs powers of ten (see {@link formatTick}), all
 * of them get them, with the same number of digits, so that `5,000,000` never stands next to `1.00e7`.
 */
function formatTicks(ticks: readonly number[]): string[] {
  const exponential = ticks.some((t) => t !== 0 && (Math.abs(t) >= 1e7 || Math.abs(t) < 1e-3));
  if (!exponential) return ticks.map(formatTick);
  // The fewest digits that write every tick exactly (at most 4).
  let digits = 0;
  while (digits < 4 && ticks.some((t) => Number(t.toExponential(digits)) !== t)) digits++;
  return ticks.map((t) => (t === 0 ? "0" : t.toExponential(digits).replace("e+", "e").replace("-", "−")));
}

function halo(fill: string) {
  return { fill, stroke: "white", strokeWidth: 4, paintOrder: "stroke" } as const;
}

function describe(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) {
    return `[${value.slice(0, 4).map(describe).join(", ")}${value.length > 4 ? ", …" : ""}]`;
  }
  if (typeof value === "function") return "a function";
  return value === null ? "null" : typeof value;
}

function requireInteger(context: string, name: string, value: unknown, min: number, max: number): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `${context}: ${name} must be an integer from ${min} to ${max}, got ${describe(value)}`,
    );
  }
}

function requireBetween(context: string, name: string, value: unknown, min: number, max: number): void {
  if (typeof value !== "number" || !(value >= min && value <= max)) {
    throw new RangeError(
      `${context}: ${name} must be a number from ${min} to ${max}, got ${describe(value)}`,
    );
  }
}

function checkDomain2(context: string, cost: unknown, domain: unknown) {
  if (typeof cost !== "function") {
    throw new TypeError(`${context}: cost must be a function, got ${describe(cost)}`);
  }
  if (domain === null || typeof domain !== "object" || Array.isArray(domain)) {
    throw new TypeError(
      `${context}: domain must be an object {x: [min, max], y: [min, max]}, got ${describe(domain)}`,
    );
  }
  const range = (name: string, value: unknown): readonly [number, number] => {
    if (
      !Array.isArray(value) || value.length !== 2 || !Number.isFinite(value[0]) ||
      !Number.isFinite(value[1]) ||
      !(value[0] < value[1])
    ) {
      throw new RangeError(
        `${context}: ${name} must be [min, max] with finite min < max, got ${describe(value)}`,
      );
    }
    return [value[0], value[1]];
  };
  const d = domain as { x: unknown; y: unknown };
  return { xDomain: range("domain.x", d.x), yDomain: range("domain.y", d.y) };
}

function evaluate(context: string, cost: Fn2, x: number, y: number): number {
  const value = cost(x, y);
  if (typeof value !== "number") {
    throw new TypeError(`${context}: cost(${x}, ${y}) returned ${describe(value)}`);
  }
  if (!Number.isFinite(value)) throw new RangeError(`${context}: cost(${x}, ${y}) is ${value}, not finite`);
  return value;
}

function gradientOf(
  context: string,
  cost: Fn2,
  gradient: Gradient2 | undefined,
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
): Gradient2 {
  if (gradient !== undefined) {
    if (typeof gradient !== "function") {
      throw new TypeError(`${context}: gradient must be a function, got ${describe(gradient)}`);
    }
    return gradient;
  }
  const hx = 1e-4 * (xDomain[1] - xDomain[0]);
  const hy = 1e-4 * (yDomain[1] - yDomain[0]);
  return (x, y) => [
    (cost(x + hx, y) - cost(x - hx, y)) / (2 * hx),
    (cost(x, y + hy) - cost(x, y - hy)) / (2 * hy),
  ];
}

function checkPoint(
  context: string,
  name: string,
  value: unknown,
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
): [number, number] {
  if (
    !Array.isArray(value) || value.length !== 2 || typeof value[0] !== "number" ||
    typeof value[1] !== "number"
  ) {
    throw new TypeError(`${context}: ${name} must be a point [x, y], got ${describe(value)}`);
  }
  const [x, y] = value;
  if (!(x >= xDomain[0] && x <= xDomain[1] && y >= yDomain[0] && y <= yDomain[1])) {
    throw new RangeError(`${context}: ${name} [${x}, ${y}] lies outside the ranges`);
  }
  return [x, y];
}

// The leading part of a path that is finite and inside the ranges, and why it stops there.
function visiblePath(
  context: string,
  path: unknown,
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
  above: (x: number, y: number) => string | undefined,
): { points: [number, number][]; cut?: string; drawn?: number } {
  if (!Array.isArray(path)) {
    throw new TypeError(`${context}: path must be an array of [x, y] pairs, got ${describe(path)}`);
  }
  if (path.length === 0) throw new RangeError(`${context}: path must not be empty, got []`);
  const points: [number, number][] = [];
  for (let step = 0; step < path.length; step++) {
    const pair = path[step];
    if (
      !Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== "number" || typeof pair[1] !== "number"
    ) {
      throw new TypeError(
        `${context}: path[${step}] must be a pair of numbers [x, y], got ${describe(pair)}`,
      );
    }
    const [x, y] = pair;
    let cut: string | undefined;
    if (!Number.isFinite(x) || !Number.isFinite(y)) cut = `the iterate is [${x}, ${y}] at step ${step}`;
    else if (x < xDomain[0] || x > xDomain[1] || y < yDomain[0] || y > yDomain[1]) {
      cut = `(${formatTick(x)}, ${formatTick(y)}) at step ${step} lies outside the ranges`;
    } else cut = above(x, y)?.replace("STEP", String(step));
    if (cut !== undefined) {
      if (step === 0) throw new RangeError(`${context}: path cannot be drawn from its start: ${cut}`);
      return { points: thin(points), cut, drawn: step };
    }
    points.push([x, y]);
  }
  return { points: thin(points) };
}

// At most MAX_PATH_POINTS points of a long path: every k-th, and always the last.
const MAX_PATH_POINTS = 2000;
function thin(points: [number, number][]): [number, number][] {
  if (points.length <= MAX_PATH_POINTS) return points;
  const stride = Math.ceil(points.length / MAX_PATH_POINTS);
  const kept = points.filter((_, k) => k % stride === 0);
  if ((points.length - 1) % stride !== 0) kept.push(points[points.length - 1]);
  return kept;
}

// The shared chart options: accessible name and description, headings and size.
function chartOptions(context: string, options: ChartOptions, ariaLabel: string, ariaDescription: string) {
  if (options === null || typeof options !== "object") {
    throw new TypeError(`${context}: options must be an object, got ${describe(options)}`);
  }
  const { title, subtitle, caption, fontSize } = options;
  return {
    ariaLabel: options.ariaLabel ?? ariaLabel,
    ariaDescription: options.ariaDescription ?? ariaDescription,
    ...(title === undefined ? {} : { title }),
    ...(subtitle === undefined ? {} : { subtitle }),
    ...(caption === undefined ? {} : { caption }),
    ...(fontSize === undefined ? {} : { fontSize }),
  };
}
