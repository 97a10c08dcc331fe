import assert from "node:assert/strict";
import { assertBadInputs, type BadInput } from "./_assert_errors.ts";
import { assertSnapshot } from "./_assert_snapshot.ts";
import { cost, regressionHistory } from "./_fixtures.ts";
import { plotContours } from "./mod.ts";

const ranges = { x: [-2, 2], y: [-1, 3] } as const;
const path = () => regressionHistory(0.01, 1000).map((step) => [step.b, step.w] as [number, number]);

Deno.test("plotContours() snapshot: J(θ₀, θ₁) on y = 2x data with 1000 descent steps from (0, 0), on a 16 × 16 grid", async () => {
  const chart = plotContours(cost, { x: [-2, 2], y: [-1, 3] }, { path: path(), gridSize: 16 });
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

Deno.test("plotContours() puts high cost where it is: for J = θ₁ the lowest level's band lies above it", () => {
  const chart = plotContours((_, y) => y, { x: [0, 1], y: [-1, 3] }, { gridSize: 20 });
  const band = /<path fill="rgb\([^"]+\)" d="([^"]+)"/.exec(chart.svg);
  assert.ok(band);
  const ys = [...band[1].matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
  // Cell centres run from θ₁ = −0.9 to 2.9; the lowest of 12 levels sits 10^(−3·12/13) of that range above.
  const level = -0.9 + 3.8 * 10 ** (-3 * 12 / 13);
  assert.ok(Math.abs(Math.min(...ys) - pixelY(chart.svg, 3)) < 1, `top ${Math.min(...ys)}`);
  assert.ok(Math.abs(Math.max(...ys) - pixelY(chart.svg, level)) < 1, `bottom ${Math.max(...ys)}`);
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
      /domain\.x must be \[low, high\], got undefined/,
    ],
    [
      "domain.y reversed",
      () => plotContours(cost, { x: [0, 1], y: [1, 0] }),
      RangeError,
      /domain\.y must have low < high, got \[1, 0\]/,
    ],
    [
      "domain.x infinite",
      () => plotContours(cost, { x: [0, Infinity], y: [0, 1] }),
      RangeError,
      /domain\.x\[1\] must be a finite number, got Infinity/,
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
  ];
  assertBadInputs("Cannot plot the contours: ", table);
});
