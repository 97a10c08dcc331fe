import assert from "node:assert/strict";
import { assertBadInputs, type BadInput } from "./_assert_errors.ts";
import { assertSnapshot } from "./_assert_snapshot.ts";
import { f, gradientPath, signDescent } from "./_fixtures.ts";
import { type PathPoint, thinPath } from "./_path.ts";
import { plotDescent } from "./mod.ts";

function dotsDrawn(svg: string): number {
  // The path's small dots are the circles of radius 2.5.
  return (svg.match(/<circle r="2\.5"/g) ?? []).length;
}

Deno.test("plotDescent() snapshot: lesson 01's 250 fixed steps of 0.01 from x = 2", async () => {
  const path = signDescent(2, 0.01, 250);
  assert.equal(path.at(-1), 0.7599999999999989);
  await assertSnapshot(plotDescent(f, path), "descent-lesson-01");
});

Deno.test("plotDescent() marks the start and the end and describes both", () => {
  const chart = plotDescent(f, signDescent(2, 0.01, 250));
  assert.match(chart.svg, />start</);
  assert.match(chart.svg, />end</);
  assert.equal(chart.ariaLabel, "Descent path of 251 iterates on the curve of f(x)");
  assert.match(
    chart.ariaDescription,
    /^Starts at x = 2 \(f\(x\) = 6\); ends at x = 0\.76 \(f\(x\) = 2\.875\) after 250 steps\./,
  );
  assert.match(chart.svg, /dots: \d+ of 251 iterates/);
});

Deno.test("plotDescent() draws every iterate as a dot when the steps are far apart", () => {
  const path = gradientPath(3, 0.1, 5);
  const chart = plotDescent(f, path);
  assert.equal(dotsDrawn(chart.svg), path.length);
  assert.doesNotMatch(chart.svg, /dots: /);
});

Deno.test("plotDescent() snapshot: a learning rate too large leaves the chart", async () => {
  const path = gradientPath(1, 0.6, 30);
  const chart = plotDescent(f, path, { domain: [-5, 5] });
  // x − 0.75 is multiplied by 1 − 0.6 · 4 = −1.4 each step: x₁₀ = 0.75 + 0.25 · 1.4¹⁰ ≈ 7.981.
  assert.match(chart.svg, />leaves the chart</);
  assert.match(
    chart.ariaDescription,
    /leaves the chart after step 9: x = 7\.981 at step 10 lies outside \[−5, 5\]/,
  );
  await assertSnapshot(chart, "descent-diverging");
});

Deno.test("plotDescent() stops the path at the first non-finite iterate", () => {
  const chart = plotDescent(f, [2, 1, Infinity, 0]);
  assert.match(chart.ariaDescription, /leaves the chart after step 1: x is Infinity at step 2/);
});

// Its speed is measured by lib/plot/descent_bench.ts, not asserted here (no timed unit tests).
Deno.test("plotDescent() renders a 10,000-iterate path as a small SVG with at most 200 dots", () => {
  const path = gradientPath(4, 0.001, 9999);
  assert.equal(path.length, 10_000);
  const chart = plotDescent(f, path);
  assert.ok(dotsDrawn(chart.svg) <= 200, `${dotsDrawn(chart.svg)} dots`);
  assert.ok(chart.html.length < 100_000, `${chart.html.length} characters`);
  assert.match(chart.svg, /dots: \d+ of 10000 iterates/);
});

Deno.test("thinPath() keeps the first and last points, drops points closer than the gap, and caps the count", () => {
  const points: PathPoint[] = Array.from({ length: 101 }, (_, step) => ({ x: step / 100, y: 0, step }));
  assert.deepEqual(thinPath(points, 1, 1, 0).length, 101);
  const sparse = thinPath(points, 1, 1, 0.095);
  assert.deepEqual(sparse.map((p) => p.step), [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  const capped = thinPath(points, 1, 1, 0, 5);
  assert.ok(capped.length <= 5, `${capped.length} points`);
  assert.equal(capped[0].step, 0);
  assert.equal(capped.at(-1)?.step, 100);
  assert.deepEqual(thinPath(points.slice(0, 2), 1, 1, 1), points.slice(0, 2));
});

Deno.test("plotDescent() rejects bad input, naming the value", () => {
  const table: BadInput[] = [
    ["f not a function", () => plotDescent({} as never, [1]), TypeError, /f must be a function, got \{\}/],
    [
      "path not an array",
      () => plotDescent(f, 3 as never),
      TypeError,
      /path must be an array of numbers, got 3/,
    ],
    ["empty path", () => plotDescent(f, []), RangeError, /path must not be empty, got \[\]/],
    [
      "path with a string",
      () => plotDescent(f, [1, "2"] as never),
      TypeError,
      /path\[1\] must be a number, got "2"/,
    ],
    [
      "first iterate NaN",
      () => plotDescent(f, [NaN, 1]),
      RangeError,
      /cannot be drawn from its start: x is NaN at step 0/,
    ],
    [
      "start outside domain",
      () => plotDescent(f, [9], { domain: [0, 1] }),
      RangeError,
      /x = 9 at step 0 lies outside \[0, 1\]/,
    ],
    [
      "bad domain",
      () => plotDescent(f, [1], { domain: [1, 1] }),
      RangeError,
      /domain must have low < high, got \[1, 1\]/,
    ],
    [
      "f returns a string",
      () => plotDescent(() => "y" as never, [1]),
      TypeError,
      /f\(1\) must be a number, got "y"/,
    ],
  ];
  assertBadInputs("Cannot plot the descent: ", table);
});
