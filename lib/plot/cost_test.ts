import assert from "node:assert/strict";
import { assertBadInputs, type BadInput } from "./_assert_errors.ts";
import { assertSnapshot } from "./_assert_snapshot.ts";
import { regressionHistory } from "./_fixtures.ts";
import { logTicks } from "./_format.ts";
import { plotCost } from "./mod.ts";

const costs = (learningRate: number, iterations: number) =>
  regressionHistory(learningRate, iterations).map((step) => step.cost);
const threeRates = () => ({
  "α = 0.01 (too small)": costs(0.01, 60),
  "α = 0.1": costs(0.1, 60),
  "α = 0.5 (too large)": costs(0.5, 60),
});

// Every y coordinate of the drawn lines (the paths inside the "line" group).
function lineYs(svg: string): number[] {
  const group = /aria-label="line"[^]*?<\/g>/.exec(svg)?.[0] ?? "";
  return [...group.matchAll(/[ML][\d.-]+,([\d.-]+)/g)].map((m) => Number(m[1]));
}

Deno.test("plotCost() snapshot: three learning rates on a linear axis, the diverging one cut at the top", async () => {
  const chart = plotCost(threeRates());
  assert.equal(chart.mime, "text/html");
  await assertSnapshot(chart, "cost-three-rates");
});

Deno.test("plotCost() keeps a diverging series inside the frame and says where it left", () => {
  const series = threeRates();
  const chart = plotCost(series);
  const top = 32;
  const bottom = 400 - 44;
  for (const y of lineYs(chart.svg)) assert.ok(y >= top - 0.01 && y <= bottom + 0.01, `y = ${y}`);
  // 1.5 × the starting cost 9.333… caps the axis; the too-large rate crosses it after its first step.
  const start = series["α = 0.1"][0];
  assert.equal(start, 28 / 3);
  assert.ok(series["α = 0.5 (too large)"][1] > 1.5 * start);
  assert.match(chart.ariaDescription, /α = 0\.5 \(too large\) leaves the chart at iteration 1 \(/);
  assert.match(chart.svg, /aria-label="dot"[^]*?<path /, "a triangle marks the exit");
  assert.match(chart.svg, /▲ cut: leaves the chart/);
});

Deno.test("plotCost() snapshot: the same runs on a log axis with powers of ten as 10ⁿ", async () => {
  const chart = plotCost(threeRates(), { scale: "log" });
  assert.match(chart.svg, />10⁶</);
  assert.doesNotMatch(chart.svg, />\d+[mkµ]</, "no SI prefixes on the ticks");
  await assertSnapshot(chart, "cost-three-rates-log");
});

Deno.test("plotCost() draws one series without a legend, as a bare svg", () => {
  const chart = plotCost(costs(0.01, 1000));
  assert.equal(chart.mime, "image/svg+xml");
  assert.equal(chart.ariaLabel, "cost against iteration");
  assert.match(chart.ariaDescription, /^1001 values from 9\.333 to 0\.00\d+\.$/);
});

Deno.test("plotCost() shows the legend in the order the series were given", () => {
  const chart = plotCost({ zeta: [3, 2, 1], alpha: [3, 2.5, 2] });
  const names = [...chart.html.matchAll(/<\/svg>([^<]+)<\/span>/g)].map((m) => m[1]);
  assert.deepEqual(names, ["zeta", "alpha"]);
});

Deno.test("plotCost() ends a series at its first non-finite value", () => {
  const chart = plotCost({ ok: [4, 2, 1], blown: [4, 40, Infinity, NaN] });
  assert.match(chart.ariaDescription, /blown becomes Infinity at iteration 2/);
  assert.match(chart.ariaDescription, /ok: 3 values from 4 to 1\./);
});

Deno.test("plotCost() numbers iterations from `start`", () => {
  const chart = plotCost({ a: [3, 2, 1e9] }, { start: 1 });
  assert.match(chart.ariaDescription, /leaves the chart at iteration 3/);
});

Deno.test("plotCost() rejects bad input, naming the value", () => {
  const table: BadInput[] = [
    [
      "series a number",
      () => plotCost(3 as never),
      TypeError,
      /series must be an array of numbers or an object of them, got 3/,
    ],
    ["series null", () => plotCost(null as never), TypeError, /got null/],
    ["empty array", () => plotCost([]), RangeError, /series must not be empty, got \[\]/],
    ["no named series", () => plotCost({}), RangeError, /at least one named series, got \{\}/],
    ["empty named series", () => plotCost({ a: [] }), RangeError, /series\["a"\] must not be empty/],
    [
      "a string value",
      () => plotCost({ a: [1, "2"] } as never),
      TypeError,
      /series\["a"\]\[1\] must be a number, got "2"/,
    ],
    [
      "non-finite first value",
      () => plotCost([NaN, 1]),
      RangeError,
      /first value of cost must be finite, got NaN/,
    ],
    [
      "unknown scale",
      () => plotCost([1, 2], { scale: "sqrt" as never }),
      RangeError,
      /scale must be "linear" or "log", got "sqrt"/,
    ],
    [
      "a negative value on a log scale",
      () => plotCost([1, -0.5], { scale: "log" }),
      RangeError,
      /log scale needs values > 0, but cost is -0.5 at iteration 1/,
    ],
    [
      "yMax below the data",
      () => plotCost([5, 4], { yMax: 3 }),
      RangeError,
      /yMax must be above the smallest value 4, got 3/,
    ],
    ["yMax NaN", () => plotCost([5, 4], { yMax: NaN }), RangeError, /yMax must be a finite number, got NaN/],
    [
      "negative start",
      () => plotCost([5, 4], { start: -1 }),
      RangeError,
      /start must be an integer ≥ 0, got -1/,
    ],
  ];
  assertBadInputs("Cannot plot the cost: ", table);
});

Deno.test("logTicks() gives powers of ten over a wide range and 1-2-5 steps over a short one", () => {
  assert.deepEqual(logTicks(0.003, 2e6), [0.01, 0.1, 1, 10, 100, 1000, 1e4, 1e5, 1e6]);
  assert.deepEqual(logTicks(0.3, 12), [0.5, 1, 2, 5, 10]);
  assert.deepEqual(logTicks(1, 100), [1, 10, 100]);
  assert.deepEqual(logTicks(2, 60), [2, 5, 10, 20, 50]);
  assert.deepEqual(logTicks(1, 1000), [1, 10, 100, 1000]);
});

Deno.test("plotCost() on a log scale ends a series at an exact 0 and says so", () => {
  const chart = plotCost({ steps: [1, 0.1, 0.01, 0, 0], other: [1, 0.5, 0.25, 0.125, 0.0625] }, {
    scale: "log",
  });
  assert.match(chart.ariaDescription, /steps: 5 values from 1; steps reaches exactly 0 at iteration 3/);
  assert.match(chart.ariaDescription, /other: 5 values from 1 to 0\.0625/);
});
