import assert from "node:assert/strict";
import { assertBadInputs, type BadInput } from "./_assert_errors.ts";
import { assertSnapshot } from "./_assert_snapshot.ts";
import { cost, regressionHistory } from "./_fixtures.ts";
import { plotContours } from "./mod.ts";

const SERIES_COLORS = ["#4269d0", "#ff725c", "#3ca951"];

const ranges = { x: [-2, 2], y: [-1, 3] } as const;
const path = () => regressionHistory(0.01, 1000).map((step) => [step.b, step.w] as [number, number]);

Deno.test("plotContours() snapshot: J(θ₀, θ₁) on y = 2x data with 1000 descent steps from (0, 0), 6 levels on a 16 × 16 grid", async () => {
  const chart = plotContours(cost, { x: [-2, 2], y: [-1, 3] }, { path: path(), gridSize: 16, thresholds: 6 });
  assert.equal(chart.mime, "image/svg+xml");
  await assertSnapshot(chart, "contours-lesson-05");
});

Deno.test("plotContours() describes the levels, the lowest sampled cost and the path", () => {
  const chart = plotContours(cost, { x: [-2, 2], y: [-1, 3] }, { path: path() });
  assert.equal(
    chart.ariaLabel,
    "Contours of the cost over θ₀ in [−2, 2] and θ₁ in [−1, 3], with a descent path",
  );
  assert.match(
    chart.ariaDescription,
    /^12 filled contour levels, darker where the cost is lower; the lowest sampled/,
  );
  assert.match(
    chart.ariaDescription,
    /A path of 1001 iterates starts at \(0, 0\) and ends at \(0\.2214, 1\.903\) after 1000 steps\.$/,
  );
  assert.match(chart.svg, />start</);
  assert.match(chart.svg, />end</);
  assert.equal((chart.svg.match(/<path fill="rgb\(/g) ?? []).length, 12, "one filled band per level");
});

Deno.test("plotContours() puts high cost where it is: for J = θ₁ the band above 0.5 fills the upper half", () => {
  const chart = plotContours((_, y) => y, { x: [0, 1], y: [0, 1] }, { thresholds: [0.5], gridSize: 20 });
  const band = /<path fill="rgb\([^"]+\)" d="([^"]+)"/.exec(chart.svg);
  assert.ok(band);
  const ys = [...band[1].matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
  // The frame spans svg y from 32 (θ₁ = 1) to 356 (θ₁ = 0); θ₁ = 0.5 is at 194.
  assert.ok(Math.min(...ys) < 40, `top ${Math.min(...ys)}`);
  assert.ok(Math.abs(Math.max(...ys) - 194) < 1, `bottom ${Math.max(...ys)}`);
});

Deno.test("plotContours() without a path marks the lowest sampled point", () => {
  // Cell centres of a 40 × 40 grid on [−2, 2] sit at −1.95, −1.85, …; (1.05, −0.95) is one of them.
  const bowl = (x: number, y: number) => (x - 1.05) ** 2 + (y + 0.95) ** 2 + 1;
  const chart = plotContours(bowl, { x: [-2, 2], y: [-2, 2] }, { gridSize: 40 });
  assert.match(chart.svg, />lowest</);
  assert.match(chart.ariaDescription, /lowest sampled cost is 1 at \(1\.05, −0\.95\)/);
});

Deno.test("plotContours() cuts a path that leaves the ranges", () => {
  const chart = plotContours(cost, ranges, { path: [[0, 0], [1, 1], [5, 1], [0, 0]] });
  assert.match(chart.svg, />leaves the chart</);
  assert.match(
    chart.ariaDescription,
    /leaves the chart after step 1: \(5, 1\) at step 2 lies outside the ranges/,
  );
});

// Where a text label is drawn, in pixels: its mark's offset plus its own position.
function labelAt(svg: string, text: string): { x: number; y: number } {
  for (const group of svg.matchAll(/<g ([^>]*)aria-label="text"[^>]*>((?:(?!<\/g>)[^])*)<\/g>/g)) {
    const offset = /transform="translate\(([-\d.]+),([-\d.]+)\)"/.exec(group[1])?.slice(1).map(Number) ??
      [0, 0];
    const at = new RegExp(`translate\\(([-\\d.]+),([-\\d.]+)\\)"[^>]*>${text}<`).exec(group[2]);
    if (at) return { x: Number(at[1]) + offset[0], y: Number(at[2]) + offset[1] };
  }
  throw new Error(`no label "${text}"`);
}

// The pixel y of a value of θ₁ on the [−1, 3] axis, read from two of its ticks.
function pixelY(svg: string, value: number): number {
  const group = /aria-label="y-axis tick label"[^>]*>([^]*?)<\/g>/.exec(svg)![1];
  const ticks = [...group.matchAll(/translate\([-\d.]+,([-\d.]+)\)"[^>]*>([^<]+)</g)]
    .map((m) => ({ at: Number(m[1]), value: Number(m[2].replace("−", "-")) }));
  const [a, b] = [ticks[0], ticks[ticks.length - 1]];
  return a.at + (value - a.value) * (b.at - a.at) / (b.value - a.value);
}

Deno.test("plotContours() keeps the end label inside the frame: above its diamond near the bottom edge", () => {
  // y spans [−1, 3]: −0.9 lies in the bottom twelfth, so "end" goes above its diamond instead of below it.
  const low = plotContours(cost, ranges, { path: [[0, 2], [0.5, 1], [1, -0.9]] });
  assert.ok(labelAt(low.svg, "end").y < pixelY(low.svg, -0.9) - 8, "above the diamond");
  assert.ok(labelAt(low.svg, "end").y < pixelY(low.svg, -1) - 8, "inside the frame");
  const middle = plotContours(cost, ranges, { path: [[0, 2], [0.5, 1], [1, 0.5]] });
  assert.ok(labelAt(middle.svg, "end").y > pixelY(middle.svg, 0.5) + 8, "below the diamond");
});

// Lesson 05's descent at three learning rates: slow, fast, and one (above 2/λ ≈ 0.361) that swings out of
// the chart, on ranges wide enough to show the swings grow.
const wide = { x: [-3, 3], y: [-1, 5] } as const;
const threeRates = () => ({
  "α = 0.01": path(),
  "α = 0.1": regressionHistory(0.1, 100).map((step) => [step.b, step.w] as [number, number]),
  "α = 0.37": regressionHistory(0.37, 60).map((step) => [step.b, step.w] as [number, number]),
});

// The stroke of each line mark, in drawing order (casings are white).
function lineStrokes(svg: string): { stroke: string; width: number }[] {
  const lines = [...svg.matchAll(/<g [^>]*aria-label="line"[^>]*>[^]*?<path [^>]*>/g)].map((m) => m[0]);
  return lines.map((line) => ({
    stroke: /stroke="([^"]+)"/.exec(line)![1],
    width: Number(/stroke-width="([^"]+)"/.exec(line)![1]),
  }));
}

Deno.test("plotContours() snapshot: three learning rates as named paths, one leaving the chart, 6 levels on a 16 × 16 grid", async () => {
  const chart = plotContours(cost, wide, { paths: threeRates(), gridSize: 16, thresholds: 6 });
  assert.equal(chart.mime, "text/html");
  await assertSnapshot(chart, "contours-three-rates");
});

Deno.test("plotContours() draws each named path in its series colour, with a legend in the order given", () => {
  const chart = plotContours(cost, wide, { paths: threeRates() });
  const names = [...chart.html.matchAll(/<\/svg>([^<]+)<\/span>/g)].map((m) => m[1]);
  assert.deepEqual(names, ["α = 0.01", "α = 0.1", "α = 0.37"]);
  const coloured = lineStrokes(chart.svg).filter((line) => line.stroke !== "white");
  assert.deepEqual(coloured.map((line) => line.stroke), SERIES_COLORS.slice(0, 3));
  // Earlier paths are wider, so paths that run together stay visible side by side.
  assert.ok(coloured[0].width > coloured[1].width && coloured[1].width > coloured[2].width);
  assert.equal(lineStrokes(chart.svg).filter((line) => line.stroke === "white").length, 3, "a casing each");
  // The levels are grey with named paths, blue without.
  assert.match(chart.svg, /fill="#8c8c8c"/, "grey below the lowest level");
  assert.doesNotMatch(chart.svg, /fill="#253494"/);
  assert.match(plotContours(cost, ranges, { path: path() }).svg, /fill="#253494"/);
});

Deno.test("plotContours() describes each named path and marks one shared start and each end", () => {
  const chart = plotContours(cost, wide, { paths: threeRates() });
  assert.equal(
    chart.ariaLabel,
    "Contours of the cost over θ₀ in [−3, 3] and θ₁ in [−1, 5], with 3 descent paths: α = 0.01, α = 0.1, α = 0.37",
  );
  assert.match(
    chart.ariaDescription,
    /α = 0\.01: 1001 iterates; starts at \(0, 0\) and ends at \(0\.2214, 1\.903\) after 1000 steps\./,
  );
  assert.match(
    chart.ariaDescription,
    /α = 0\.37: 61 iterates; starts at \(0, 0\) and leaves the chart after step \d+: /,
  );
  assert.equal((chart.svg.match(/>start</g) ?? []).length, 1, "one start for three paths from (0, 0)");
  assert.equal((chart.svg.match(/>leaves the chart</g) ?? []).length, 1);
  const diamonds = /<g [^>]*aria-label="dot"[^>]*>(?:(?!<\/g>)[^])*?<\/g>/g;
  const ends = [...chart.svg.matchAll(diamonds)].find((m) => (m[0].match(/<path /g) ?? []).length === 3);
  assert.ok(ends, "three end diamonds");

  const apart = plotContours(cost, ranges, { paths: { a: [[0, 0], [0.5, 1]], b: [[1, 2], [0.5, 1]] } });
  assert.equal((apart.svg.match(/>start</g) ?? []).length, 2, "two starts apart");
  assert.equal(
    apart.ariaLabel,
    "Contours of the cost over θ₀ in [−2, 2] and θ₁ in [−1, 3], with 2 descent paths: a, b",
  );
  const one = plotContours(cost, ranges, { paths: { only: [[0, 0], [0.5, 1]] } });
  assert.match(one.ariaLabel, /with a descent path: only$/);
  assert.equal(one.mime, "text/html", "a legend names even a single path");
});

Deno.test("plotContours() rejects bad input, naming the value", () => {
  const table: BadInput[] = [
    [
      "cost not a function",
      () => plotContours([] as never, ranges),
      TypeError,
      /cost must be a function, got \[\]/,
    ],
    [
      "domain an array",
      () => plotContours(cost, [[0, 1], [0, 1]] as never),
      TypeError,
      /domain must be an object \{x: \[min, max\], y: \[min, max\]\}/,
    ],
    [
      "domain.x missing",
      () => plotContours(cost, { y: [0, 1] } as never),
      TypeError,
      /domain\.x must be an array \[min, max\], got undefined/,
    ],
    [
      "domain.y reversed",
      () => plotContours(cost, { x: [0, 1], y: [1, 0] }),
      RangeError,
      /domain\.y must have min < max, got \[1, 0\]/,
    ],
    [
      "domain.x infinite",
      () => plotContours(cost, { x: [0, Infinity], y: [0, 1] }),
      RangeError,
      /domain\.x must be finite/,
    ],
    [
      "cost NaN",
      () => plotContours((x) => Math.log(x), { x: [-1, 1], y: [0, 1] }),
      RangeError,
      /cost\(-0\.99, 0\.005\) must be a finite number, got NaN/,
    ],
    [
      "cost a string",
      () => plotContours(() => "1" as never, ranges),
      TypeError,
      /cost\(-1\.98, -0\.98\) must be a number, got "1"/,
    ],
    [
      "gridSize 1",
      () => plotContours(cost, ranges, { gridSize: 1 }),
      RangeError,
      /gridSize must be an integer >= 2, got 1/,
    ],
    [
      "thresholds 0",
      () => plotContours(cost, ranges, { thresholds: 0 }),
      RangeError,
      /thresholds must be an integer >= 1, got 0/,
    ],
    [
      "thresholds empty",
      () => plotContours(cost, ranges, { thresholds: [] }),
      RangeError,
      /thresholds must not be empty, got \[\]/,
    ],
    [
      "threshold NaN",
      () => plotContours(cost, ranges, { thresholds: [1, NaN] }),
      RangeError,
      /thresholds\[1\] must be a finite number, got NaN/,
    ],
    [
      "thresholds a string",
      () => plotContours(cost, ranges, { thresholds: "5" as never }),
      TypeError,
      /thresholds must be a count or an array of levels, got "5"/,
    ],
    [
      "unknown spacing",
      () => plotContours(cost, ranges, { spacing: "cubic" as never }),
      RangeError,
      /spacing must be .* got "cubic"/,
    ],
    [
      "path not an array",
      () => plotContours(cost, ranges, { path: 1 as never }),
      TypeError,
      /path must be an array of \[x, y\] pairs, got 1/,
    ],
    [
      "empty path",
      () => plotContours(cost, ranges, { path: [] }),
      RangeError,
      /path must not be empty, got \[\]/,
    ],
    [
      "path of numbers",
      () => plotContours(cost, ranges, { path: [1, 2] as never }),
      TypeError,
      /path\[0\] must be a pair of numbers \[x, y\], got 1/,
    ],
    [
      "path start outside",
      () => plotContours(cost, ranges, { path: [[9, 0]] }),
      RangeError,
      /cannot be drawn from its start: \(9, 0\) at step 0 lies outside/,
    ],
    [
      "path start NaN",
      () => plotContours(cost, ranges, { path: [[NaN, 0]] }),
      RangeError,
      /the iterate is \[NaN, 0\] at step 0/,
    ],
    [
      "path and paths",
      () => plotContours(cost, ranges, { path: [[0, 0]], paths: { a: [[0, 0]] } }),
      TypeError,
      /give either path \(one path\) or paths \(named paths\), not both; got paths \{a\}/,
    ],
    [
      "paths an array",
      () => plotContours(cost, ranges, { paths: [[[0, 0]]] as never }),
      TypeError,
      /paths must be an object of named paths, .* got \[\[…\]\]/,
    ],
    ["paths null", () => plotContours(cost, ranges, { paths: null as never }), TypeError, /got null/],
    [
      "paths empty",
      () => plotContours(cost, ranges, { paths: {} }),
      RangeError,
      /paths must hold at least one named path, got \{\}/,
    ],
    [
      "nine paths",
      () =>
        plotContours(cost, ranges, { paths: Object.fromEntries([..."abcdefghi"].map((k) => [k, [[0, 0]]])) }),
      RangeError,
      /paths holds 9 paths; at most 8 get colours apart/,
    ],
    [
      "an empty name",
      () => plotContours(cost, ranges, { paths: { " ": [[0, 0]] } }),
      RangeError,
      /a path's name must not be empty/,
    ],
    [
      "a named path not an array",
      () => plotContours(cost, ranges, { paths: { adam: "x" as never } }),
      TypeError,
      /paths\["adam"\] must be an array of \[x, y\] pairs, got "x"/,
    ],
    [
      "a named path empty",
      () => plotContours(cost, ranges, { paths: { adam: [] } }),
      RangeError,
      /paths\["adam"\] must not be empty, got \[\]/,
    ],
    [
      "a bad pair in a named path",
      () => plotContours(cost, ranges, { paths: { ok: [[0, 0]], adam: [[0, 0], [1]] as never } }),
      TypeError,
      /paths\["adam"\]\[1\] must be a pair of numbers \[x, y\], got \[1\]/,
    ],
    [
      "a named path starting outside",
      () => plotContours(cost, ranges, { paths: { adam: [[0, 9]] } }),
      RangeError,
      /paths\["adam"\] cannot be drawn from its start: \(0, 9\) at step 0 lies outside the ranges/,
    ],
  ];
  assertBadInputs("Cannot plot the contours: ", table);
});
