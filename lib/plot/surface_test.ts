import assert from "node:assert/strict";
import { plotGradientField, plotSurface } from "./mod.ts";

const bowl = (x: number, y: number) => (x - 1) ** 2 + 4 * (y + 0.5) ** 2;
const bowlGradient = (x: number, y: number) => [2 * (x - 1), 8 * (y + 0.5)] as const;
const ranges = { x: [-2, 3], y: [-2, 1] } as const;

// The `d` of every path in the mark group with the given stroke width (the surface cells are drawn at 0.6).
function pathsOf(svg: string, strokeWidth: string): string[] {
  const group = new RegExp(`<g[^>]*stroke-width="${strokeWidth}"[^>]*>([\\s\\S]*?)</g>`).exec(svg);
  return group ? [...group[1].matchAll(/<path[^>]* d="([^"]+)"/g)].map((m) => m[1]) : [];
}

Deno.test("plotSurface() draws one filled cell per grid square and names the lowest sampled point", () => {
  const chart = plotSurface(bowl, { x: [-2, 4], y: [-2, 1] });
  assert.equal(pathsOf(chart.svg, "0.6").length, 24 * 24);
  assert.match(chart.ariaDescription, /^A wireframe of 24 × 24 cells/);
  assert.match(chart.ariaDescription, /lowest sampled cost is 0 at \(1, −0\.5\), marked \+/);
  assert.match(chart.ariaLabel, /over θ₀ in \[−2, 4\] and θ₁ in \[−2, 1\]/);
});

Deno.test("plotSurface() paints from the back to the front: the cell nearest the eye comes last", () => {
  // For a flat cost, the cell nearest the eye is lowest on screen; it is drawn last.
  const chart = plotSurface(() => 1, { x: [0, 1], y: [0, 1] });
  const cells = pathsOf(chart.svg, "0.6");
  const lowestOnScreen = (d: string) =>
    Math.max(...[...d.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1])));
  const bottoms = cells.map(lowestOnScreen);
  assert.equal(bottoms.at(-1), Math.max(...bottoms));
  assert.equal(bottoms[0], Math.min(...bottoms));
});

Deno.test("plotSurface() gives the slices' slopes by central differences", () => {
  const chart = plotSurface(bowl, ranges, { slices: [2, 0] });
  assert.match(chart.ariaDescription, /Slices through \(2, 0\), where the cost is 2:/);
  assert.match(
    chart.ariaDescription,
    /along θ₀ with θ₁ fixed \(slope 2 there\), in purple along θ₁ with θ₀ fixed \(slope 4\)/,
  );
});

Deno.test("plotSurface() rejects bad input with the bad value in the message", () => {
  assert.throws(() => plotSurface("bowl" as never, ranges), TypeError);
  assert.throws(
    () => plotSurface(bowl, { x: [1, 1], y: [0, 1] }),
    /domain\.x must have low < high, got \[1, 1\]/,
  );
  assert.throws(() => plotSurface(bowl, ranges, { gridSize: 10 } as never), /unknown option "gridSize"/);
  assert.throws(
    () => plotSurface(bowl, ranges, { elevation: 90 }),
    /elevation must be in \[5, 85\], got 90/,
  );
  assert.throws(() => plotSurface(() => NaN, ranges), /cost\(-2, -2\) must be a finite number, got NaN/);
  assert.throws(
    () => plotSurface(bowl, ranges, { slices: [5, 0] }),
    /slices \[5, 0\] lies outside the ranges/,
  );
  assert.throws(
    () => plotGradientField(bowl, ranges, { path: [[7, 0]] }),
    /cannot be drawn from its start: \(7, 0\)/,
  );
});

Deno.test("plotGradientField() points every arrow downhill: for J = x they all point left", () => {
  const chart = plotGradientField((x) => x, { x: [0, 1], y: [0, 1] }, { arrows: 3 });
  const arrows = pathsOf(chart.svg, "1.4");
  assert.equal(arrows.length, 9);
  for (const d of arrows) {
    const [x1, y1, x2, y2] = /^M([\d.]+),([\d.]+)L([\d.]+),([\d.]+)/.exec(d)!.slice(1).map(Number);
    assert.ok(x2 < x1, `arrow ${d} should point left`);
    assert.ok(Math.abs(y2 - y1) < 1e-6, `arrow ${d} should be level`);
  }
  assert.match(chart.ariaDescription, /^9 arrows of one length point along −∇J/);
});

Deno.test("plotGradientField() marks a cell whose gradient is zero with a dot instead of an arrow", () => {
  const flat = plotGradientField(() => 3, { x: [0, 1], y: [0, 1] }, { arrows: 4 });
  assert.match(flat.ariaDescription, /^0 arrows/);
  assert.equal((flat.svg.match(/<circle r="2\.5"/g) ?? []).length, 16);
});

Deno.test("plotGradientField() draws a path over the arrows and says where it ends", () => {
  const chart = plotGradientField(bowl, ranges, { gradient: bowlGradient, path: [[-1, -1.5], [1, -0.5]] });
  assert.match(
    chart.ariaDescription,
    /A path of 2 iterates starts at \(−1, −1\.5\) and ends at \(1, −0\.5\) after 1 step\.$/,
  );
  assert.throws(
    () => plotGradientField(bowl, ranges, { arrows: 1 }),
    /arrows must be an integer from 2 to 40, got 1/,
  );
  assert.throws(
    () => plotGradientField(bowl, ranges, { gradient: () => [NaN, 0] }),
    /the gradient at \(.*\) is \[NaN, 0\], not finite/,
  );
});

Deno.test("plotSurface() labels an axis in one number format: all in powers of ten once one tick needs them", () => {
  // The cost reaches 1.8e7, so the height ticks are 0, 5e6, 1e7 and 1.5e7.
  const chart = plotSurface((x, y) => 1e6 * bowl(x, y), ranges);
  for (const label of ["0", "5e6", "1e7", "1.5e7"]) assert.match(chart.svg, new RegExp(`>${label}<`));
  assert.doesNotMatch(chart.svg, />5,000,000</);
  // Small numbers keep the grouped format.
  assert.match(plotSurface(bowl, ranges).svg, />10</);
});

Deno.test("plotSurface() draws each slice's tangent dashed in the slice's colour and rings its lowest point", () => {
  const chart = plotSurface(bowl, ranges, { slices: [2, 0] });
  const groups = [...chart.svg.matchAll(/<g[^>]*>/g)].map((m) => m[0]);
  for (const color of ["#ff725c", "#a463f2"]) {
    assert.ok(
      groups.some((g) => g.includes(`stroke="${color}"`) && g.includes('stroke-dasharray="7,4"')),
      color,
    );
    assert.ok(
      groups.some((g) => g.includes(`stroke="${color}"`) && g.includes('fill="none"')),
      `${color} ring`,
    );
  }
  assert.match(
    chart.ariaDescription,
    /their tangents dashed in the same colours, each slice's lowest point ringed\./,
  );
});

Deno.test("plotSurface() keeps a slice's tangent within the ranges, so it never runs out of the box", () => {
  // At x = 2.9 the tangent along x would reach 2.9 + 5/4 without the limit; the slice itself ends at x = 3.
  // The horizontal screen position does not depend on the height, so the dashed tangent must stay within the
  // horizontal extent of its solid slice.
  const chart = plotSurface(bowl, ranges, { slices: [2.9, 0] });
  const us = (dashed: boolean) => {
    const group = [...chart.svg.matchAll(/<g([^>]*stroke="#ff725c"[^>]*)>([\s\S]*?)<\/g>/g)]
      .find((m) => m[1].includes("stroke-dasharray") === dashed && m[1].includes('aria-label="line"'));
    assert.ok(group, `the ${dashed ? "dashed" : "solid"} orange line`);
    return [...group[2].matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
  };
  const [slice, tangent] = [us(false), us(true)];
  assert.ok(tangent.length >= 2 && slice.length > 2);
  const [lo, hi] = [Math.min(...slice), Math.max(...slice)];
  for (const u of tangent) {
    assert.ok(u >= lo - 0.01 && u <= hi + 0.01, `tangent at u = ${u}, slice spans ${lo}…${hi}`);
  }
});
