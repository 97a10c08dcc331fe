import assert from "node:assert/strict";
import { assertBadInputs, type BadInput } from "./_assert_errors.ts";
import { assertSnapshot } from "./_assert_snapshot.ts";
import { regressionHistory, X, Y } from "./_fixtures.ts";
import { plotFits } from "./mod.ts";

const data = X.map((x, i) => ({ x, y: Y[i] }));
const history = regressionHistory(0.01, 1000);
const chosen = () => [0, 10, 100, 1000].map((i) => history[i]);

Deno.test("plotFits() snapshot: y = 2x data with the line after 0, 10, 100 and 1000 iterations", async () => {
  assert.equal(history[1000].w, 1.9025923788441472);
  assert.equal(history[1000].b, 0.22143041851694578);
  await assertSnapshot(plotFits(data, chosen()), "fits-lesson-05");
});

Deno.test("plotFits() gives an ordinal legend of iterations and one line per fit, colours light to dark", () => {
  const chart = plotFits(data, chosen());
  assert.equal(chart.mime, "text/html");
  const legend = [
    ...chart.html.matchAll(
      /<svg [^>]*fill="(rgb\([^"]+\))"[^>]*>\s*<rect [^>]*>\s*(?:<\/rect>)?\s*<\/svg>([^<]+)</g,
    ),
  ];
  assert.deepEqual(legend.map((m) => m[2]), [
    "iteration 0",
    "iteration 10",
    "iteration 100",
    "iteration 1000",
  ]);
  const lines = [...chart.svg.matchAll(/<path [^>]*stroke="(rgb\([^"]+\))"/g)].map((m) => m[1]);
  assert.deepEqual(lines, legend.map((m) => m[1]));
  const lightness = (rgb: string) => rgb.match(/\d+/g)!.reduce((sum, c) => sum + Number(c), 0);
  for (let i = 1; i < lines.length; i++) assert.ok(lightness(lines[i]) < lightness(lines[i - 1]));
  assert.match(chart.ariaDescription, /Iteration 1000: y = 1\.903·x \+ 0\.2214\./);
});

Deno.test("plotFits() sorts the fits by iteration", () => {
  const chart = plotFits(data, [history[50], history[5]]);
  assert.equal(chart.ariaLabel, "3 data points with the fitted line at iterations 5, 50");
});

Deno.test("plotFits() spans the lines over an explicit domain", () => {
  const chart = plotFits(data, [{ iteration: 1, w: 1, b: 0 }], { domain: [0, 10] });
  assert.match(chart.svg, />10</);
});

Deno.test("plotFits() rejects bad input, naming the value", () => {
  const line = [{ iteration: 0, w: 1, b: 0 }];
  const table: BadInput[] = [
    [
      "data not an array",
      () => plotFits("xy" as never, line),
      TypeError,
      /data must be an array of \{x, y\}, got "xy"/,
    ],
    ["empty data", () => plotFits([], line), RangeError, /data must not be empty, got \[\]/],
    [
      "data item a number",
      () => plotFits([3] as never, line),
      TypeError,
      /data\[0\] must be an object \{x, y\}, got 3/,
    ],
    [
      "data x NaN",
      () => plotFits([{ x: NaN, y: 1 }], line),
      RangeError,
      /data\[0\]\.x must be a finite number, got NaN/,
    ],
    [
      "data y missing",
      () => plotFits([{ x: 1 }] as never, line),
      TypeError,
      /data\[0\]\.y must be a number, got undefined/,
    ],
    [
      "fits not an array",
      () => plotFits(data, {} as never),
      TypeError,
      /fits must be an array of \{iteration, w, b\}, got \{\}/,
    ],
    ["empty fits", () => plotFits(data, []), RangeError, /fits must not be empty, got \[\]/],
    [
      "w infinite",
      () => plotFits(data, [{ iteration: 0, w: Infinity, b: 0 }]),
      RangeError,
      /fits\[0\]\.w must be a finite number, got Infinity/,
    ],
    [
      "iteration 1.5",
      () => plotFits(data, [{ iteration: 1.5, w: 1, b: 0 }]),
      RangeError,
      /fits\[0\]\.iteration must be an integer >= 0, got 1\.5/,
    ],
    [
      "iteration twice",
      () => plotFits(data, [...line, ...line]),
      RangeError,
      /fits\[1\]\.iteration 0 appears twice/,
    ],
    [
      "bad domain",
      () => plotFits(data, line, { domain: [3, 3] }),
      RangeError,
      /domain must have low < high, got \[3, 3\]/,
    ],
  ];
  assertBadInputs("Cannot plot the fitted lines: ", table);
});
