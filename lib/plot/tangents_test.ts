import assert from "node:assert/strict";
import { assertBadInputs, type BadInput } from "./_assert_errors.ts";
import { assertSnapshot } from "./_assert_snapshot.ts";
import { df, f } from "./_fixtures.ts";
import { plotTangents } from "./mod.ts";

Deno.test("plotTangents() snapshot: tangents of 2x² − 3x + 4 at x = −1, 0.75 and 2", async () => {
  await assertSnapshot(plotTangents(f, [-5, 5], { at: [-1, 0.75, 2], derivative: df }), "tangents-lesson-01");
});

Deno.test("plotTangents() labels each tangent with the slope its derivative gives", () => {
  const exact = plotTangents(f, [-5, 5], { at: [-1, 0.75, 2], derivative: df });
  const labels = [...exact.svg.matchAll(/>(slope [^<]+)</g)].map((m) => m[1]).sort();
  assert.deepEqual(labels, ["slope 0", "slope 5", "slope −7"]);
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
  assert.match(
    chart.svg,
    /<g clip-path="url\(#[^)]+\)" aria-label="line">\s*<g stroke-dasharray="6,3"/,
    "clipped segments",
  );
});

// Each slope label with the offset of its text mark (dx, dy) and its anchor.
function slopeLabels(svg: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (
    const group of svg.matchAll(
      /<g transform="translate\(([-\d.]+),([-\d.]+)\)"([^>]*)aria-label="text">([^]*?)<\/g>/g,
    )
  ) {
    const anchor = /text-anchor="(\w+)"/.exec(group[3])?.[1] ?? "start";
    for (const text of group[4].matchAll(/>(slope [^<]+)<\/text>/g)) {
      found[text[1]] = `${Number(group[2]) > 0 ? "below" : "above"} ${anchor === "end" ? "left" : "right"}`;
    }
  }
  return found;
}

Deno.test("plotTangents() keeps slope labels inside the frame: near an edge they take the opposite quadrant", () => {
  // f bends up, so labels go below the point, on the side the tangent leaves free: left for a negative slope,
  // right for a positive one. Near the left or right edge that side has no room, so the label goes above, on
  // the other side (also free of the tangent). At x = ±5 the bend is measured one-sidedly, inwards.
  const chart = plotTangents(f, [-5, 5], { at: [-5, -4.3, -1, 2, 4.3, 5], derivative: df });
  assert.deepEqual(slopeLabels(chart.svg), {
    "slope −23": "above right",
    "slope −20.2": "above right",
    "slope −7": "below left",
    "slope 5": "below right",
    "slope 14.2": "above left",
    "slope 17": "above left",
  });
});

Deno.test("plotTangents() keeps a label where it prefers when the chart is wide enough for it", () => {
  // At x = −3.9 the label needs about 10 + 70 px left of the point: 61 px of frame at 640 px, 123 px at 1200.
  const narrow = plotTangents(f, [-5, 5], { at: [-3.9], derivative: df });
  const wide = plotTangents(f, [-5, 5], { at: [-3.9], derivative: df, width: 1200 });
  assert.deepEqual(slopeLabels(narrow.svg), { "slope −18.6": "above right" });
  assert.deepEqual(slopeLabels(wide.svg), { "slope −18.6": "below left" });
});

Deno.test("plotTangents() snapshot: tangents at both ends and near them, labels turned inwards", async () => {
  await assertSnapshot(
    plotTangents(f, [-5, 5], { at: [-5, -4.3, 4.3, 5], derivative: df }),
    "tangents-edge-labels",
  );
});

Deno.test("plotTangents() rejects bad input, naming the value", () => {
  const table: BadInput[] = [
    [
      "no options",
      () => plotTangents(f, [0, 1], undefined as never),
      TypeError,
      /at must be an array of numbers, got undefined/,
    ],
    [
      "f not a function",
      () => plotTangents(null as never, [0, 1], { at: [0], derivative: df }),
      TypeError,
      /f must be a function, got null/,
    ],
    [
      "bad domain",
      () => plotTangents(f, [1, 0], { at: [0], derivative: df }),
      RangeError,
      /low < high, got \[1, 0\]/,
    ],
    [
      "at missing",
      () => plotTangents(f, [0, 1], {} as never),
      TypeError,
      /at must be an array of numbers, got undefined/,
    ],
    [
      "at empty",
      () => plotTangents(f, [0, 1], { at: [], derivative: df }),
      RangeError,
      /at must not be empty, got \[\]/,
    ],
    [
      "at outside",
      () => plotTangents(f, [0, 1], { at: [0.5, 3], derivative: df }),
      RangeError,
      /at\[1\] must be in \[0, 1\], got 3/,
    ],
    [
      "at NaN",
      () => plotTangents(f, [0, 1], { at: [NaN], derivative: df }),
      RangeError,
      /at\[0\] must be a finite number, got NaN/,
    ],
    [
      "at string",
      () => plotTangents(f, [0, 1], { at: ["0"] as never, derivative: df }),
      TypeError,
      /at\[0\] must be a number, got "0"/,
    ],
    [
      "derivative missing",
      () => plotTangents(f, [0, 1], { at: [0] } as never),
      TypeError,
      /derivative must be a function, got undefined/,
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
      "halfWidth negative",
      () => plotTangents(f, [0, 1], { at: [0], derivative: df, halfWidth: -1 }),
      RangeError,
      /halfWidth .* got -1/,
    ],
  ];
  assertBadInputs("Cannot plot the tangents: ", table);
});
