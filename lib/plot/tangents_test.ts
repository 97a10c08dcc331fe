import assert from "node:assert/strict";
import { assertBadInputs, type BadInput } from "./_assert_errors.ts";
import { assertSnapshot } from "./_assert_snapshot.ts";
import { df, f } from "./_fixtures.ts";
import { plotTangents } from "./mod.ts";

Deno.test("plotTangents() snapshot: tangents of 2x² − 3x + 4 at x = −1, 0.75 and 2", async () => {
  await assertSnapshot(plotTangents(f, [-5, 5], { at: [-1, 0.75, 2] }), "tangents-lesson-01");
});

Deno.test("plotTangents() labels each tangent with its slope, by central difference or a given derivative", () => {
  const numeric = plotTangents(f, [-5, 5], { at: [-1, 0.75, 2] });
  const exact = plotTangents(f, [-5, 5], { at: [-1, 0.75, 2], derivative: df });
  for (const chart of [numeric, exact]) {
    const labels = [...chart.svg.matchAll(/>(slope [^<]+)</g)].map((m) => m[1]).sort();
    assert.deepEqual(labels, ["slope 0", "slope 5", "slope −7"]);
  }
  assert.equal(
    exact.ariaDescription,
    "At x = −1, f(x) = 9 and the slope is −7. At x = 0.75, f(x) = 2.875 and the slope is 0. " +
      "At x = 2, f(x) = 6 and the slope is 5.",
  );
  assert.equal(exact.ariaLabel, "Curve of f(x) with tangent lines at x = −1, 0.75, 2");
});

Deno.test("plotTangents() draws each tangent as a clipped segment through its point with its slope", () => {
  const chart = plotTangents(f, [-5, 5], { at: [2], derivative: df, halfWidth: 1 });
  // The dashed segment runs from x = 1 to x = 3: y = 5(x − 2) + 6, i.e. from 1 to 11.
  const segment = /stroke-dasharray="6,3"[^]*?<path [^>]*d="M([\d.]+),([\d.]+)L([\d.]+),([\d.]+)"/.exec(
    chart.svg,
  );
  assert.ok(segment, "a dashed tangent path");
  const [x1, y1, x2, y2] = segment.slice(1).map(Number);
  const point = /aria-label="dot"[^]*?<circle [^>]*cy="([\d.]+)" cx="([\d.]+)"/.exec(chart.svg);
  assert.ok(point);
  const [cy, cx] = [Number(point[1]), Number(point[2])];
  assert.ok(Math.abs((x1 + x2) / 2 - cx) < 0.02, "the point is the segment's middle (x)");
  assert.ok(Math.abs((y1 + y2) / 2 - cy) < 0.02, "the point is the segment's middle (y)");
  assert.ok(y2 < y1, "a positive slope rises to the right (smaller svg y)");
  assert.match(chart.svg, /clip-path="url\(#plot-[0-9a-f]{8}-1\)"/);
});

Deno.test("plotTangents() rejects bad input, naming the value", () => {
  const table: BadInput[] = [
    [
      "no options",
      () => plotTangents(f, [0, 1], undefined as never),
      TypeError,
      /"at" .* required, got undefined/,
    ],
    [
      "f not a function",
      () => plotTangents(null as never, [0, 1], { at: [0] }),
      TypeError,
      /f must be a function, got null/,
    ],
    ["bad domain", () => plotTangents(f, [1, 0], { at: [0] }), RangeError, /min < max, got \[1, 0\]/],
    [
      "at missing",
      () => plotTangents(f, [0, 1], {} as never),
      TypeError,
      /at must be an array of x values, got undefined/,
    ],
    [
      "at empty",
      () => plotTangents(f, [0, 1], { at: [] }),
      RangeError,
      /at must hold at least one x value, got \[\]/,
    ],
    [
      "at outside",
      () => plotTangents(f, [0, 1], { at: [0.5, 3] }),
      RangeError,
      /at\[1\] = 3 lies outside \[0, 1\]/,
    ],
    [
      "at NaN",
      () => plotTangents(f, [0, 1], { at: [NaN] }),
      RangeError,
      /at\[0\] must be a finite number, got NaN/,
    ],
    [
      "at string",
      () => plotTangents(f, [0, 1], { at: ["0"] as never }),
      TypeError,
      /at\[0\] must be a number, got "0"/,
    ],
    [
      "derivative not a function",
      () => plotTangents(f, [0, 1], { at: [0], derivative: 4 as never }),
      TypeError,
      /derivative must be a function, got 4/,
    ],
    [
      "derivative NaN",
      () => plotTangents(f, [0, 1], { at: [0], derivative: () => NaN }),
      RangeError,
      /derivative\(0\) must be a finite number, got NaN/,
    ],
    [
      "h zero",
      () => plotTangents(f, [0, 1], { at: [0], h: 0 }),
      RangeError,
      /h must be a finite number > 0, got 0/,
    ],
    [
      "halfWidth negative",
      () => plotTangents(f, [0, 1], { at: [0], halfWidth: -1 }),
      RangeError,
      /halfWidth .* got -1/,
    ],
    ["digits zero", () => plotTangents(f, [0, 1], { at: [0], digits: 0 }), RangeError, /digits .* got 0/],
  ];
  assertBadInputs("Cannot plot the tangents: ", table);
});
