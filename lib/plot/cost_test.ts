import assert from "node:assert/strict";
import { assertBadInputs, type BadInput } from "./_assert_errors.ts";
import { assertSnapshot } from "./_assert_snapshot.ts";
import { regressionHistory } from "./_fixtures.ts";
import { logTickFormat, logTicks } from "./_format.ts";
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
  // 1.5 × the starting cost 9.333… = 14 caps the axis; the too-large rate crosses it after its first step.
  const start = series["α = 0.1"][0];
  assert.equal(start, 28 / 3);
  // Every drawn vertex, read back through the y axis' own ticks, lies between 0 and 14.
  const group = /aria-label="y-axis tick label"[^>]*>([^]*?)<\/g>/.exec(chart.svg)![1];
  const ticks = [...group.matchAll(/translate\([-\d.]+,([-\d.]+)\)"[^>]*>([^<]+)</g)]
    .map((m) => ({ at: Number(m[1]), value: Number(m[2]) }));
  const [a, b] = [ticks[0], ticks[ticks.length - 1]];
  const valueAt = (y: number) => a.value + (y - a.at) * (b.value - a.value) / (b.at - a.at);
  for (const y of lineYs(chart.svg)) {
    assert.ok(valueAt(y) >= -1e-6 && valueAt(y) <= 1.5 * start + 1e-6, `value ${valueAt(y)}`);
  }
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
      /series must be an array of numbers, or an object of them, got 3/,
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
      /first value of cost must be a finite number, got NaN/,
    ],
    [
      "unknown scale",
      () => plotCost([1, 2], { scale: "sqrt" as never }),
      RangeError,
      /scale must be one of "linear", "log", got "sqrt"/,
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
      /start must be an integer >= 0, got -1/,
    ],
    [
      "pairs instead of numbers",
      () => plotCost([[0, 3], [1, 2]] as never),
      TypeError,
      /series\[0\] must be a number, got \[0, 3\]/,
    ],
  ];
  assertBadInputs("Cannot plot the cost: ", table);
});

// A descent on J(w) = w² from w = 1000: the cost at iterations 0 to 64.
function descentCosts(): number[] {
  const costs: number[] = [];
  let w = 1000;
  for (let iteration = 0; iteration <= 64; iteration++) {
    costs.push(w * w);
    w -= 0.2 * 2 * w;
  }
  return costs;
}

Deno.test("plotCost() snapshot: a history over 26 decades on a log axis, every 5th power ticked", async () => {
  const chart = plotCost(descentCosts(), { scale: "log", ariaLabel: "Cost of a descent on w²" });
  const ticks = [...chart.svg.matchAll(/aria-label="y-axis tick label"[^]*?<\/g>/g)][0][0];
  const labels = [...ticks.matchAll(/>([^<>]+)<\/text>/g)].map((m) => m[1]);
  // d3 keeps every 5th power over these 28 decades.
  assert.deepEqual(labels, ["10⁻²⁰", "10⁻¹⁵", "10⁻¹⁰", "10⁻⁵", "10⁰", "10⁵"]);
  await assertSnapshot(chart, "cost-decades-log");
});

Deno.test("logTicks() gives d3's powers of ten over a wide range and 1-2-5 steps over a short one", () => {
  assert.deepEqual(logTicks(0.003, 2e6), [0.01, 0.1, 1, 10, 100, 1000, 1e4, 1e5, 1e6]);
  assert.deepEqual(logTicks(0.3, 12), [0.5, 1, 2, 5, 10]);
  assert.deepEqual(logTicks(1, 100), [1, 10, 100]);
  assert.deepEqual(logTicks(2, 60), [2, 5, 10, 20, 50]);
  assert.deepEqual(logTicks(5, 5), [5]);
  assert.deepEqual(logTicks(1e-16, 10), [1e-16, 1e-14, 1e-12, 1e-10, 1e-8, 1e-6, 1e-4, 0.01, 1]);
  // For every width up to 600 decades: powers of ten, increasing, at most 10.
  for (let decades = 2; decades <= 600; decades++) {
    const ticks = logTicks(10 ** -Math.floor(decades / 2), 10 ** Math.ceil(decades / 2));
    assert.ok(ticks.length >= 3 && ticks.length <= 10, `${decades} decades: ${ticks.length} ticks`);
    for (let k = 1; k < ticks.length; k++) assert.ok(ticks[k] > ticks[k - 1]);
    for (const tick of ticks) {
      assert.equal(logTickFormat(ticks)(tick).startsWith("10") || tick <= 100, true, `${tick}`);
    }
  }
});

Deno.test("logTickFormat() writes every power of ten as 10ⁿ on an axis that needs 10ⁿ, and none on one that does not", () => {
  const wide = logTickFormat([1e-16, 1e-4, 0.001, 0.01, 0.1, 1, 10, 1e300]);
  assert.deepEqual(
    [1e-16, 1e-4, 0.01, 1, 10, 1e300, 2e-3, 2e-7].map(wide),
    ["10⁻¹⁶", "10⁻⁴", "10⁻²", "10⁰", "10¹", "10³⁰⁰", "0.002", "2e−7"],
  );
  const short = logTickFormat([0.01, 0.1, 1, 10, 100]);
  assert.deepEqual([0.01, 1, 100, 0.05].map(short), ["0.01", "1", "100", "0.05"]);
});

Deno.test("plotCost() on a log scale ends a series at an exact 0 and says so", () => {
  const chart = plotCost({ steps: [1, 0.1, 0.01, 0, 0], other: [1, 0.5, 0.25, 0.125, 0.0625] }, {
    scale: "log",
  });
  assert.match(chart.ariaDescription, /steps: 5 values from 1; steps reaches exactly 0 at iteration 3/);
  assert.match(chart.ariaDescription, /other: 5 values from 1 to 0\.0625/);
});

Deno.test("plotCost() labels a short run of whole iterations with whole numbers only (one step: 0 and 1)", () => {
  const labels = (svg: string) => {
    const group = /aria-label="x-axis tick label"[^]*?<\/g>/.exec(svg)![0];
    return [...group.matchAll(/>([^<>]+)<\/text>/g)].map((m) => m[1]);
  };
  assert.deepEqual(labels(plotCost([5, 3]).svg), ["0", "1"]);
  assert.deepEqual(labels(plotCost([5, 3, 2, 1.5]).svg), ["0", "1", "2", "3"]);
  // Longer runs keep Plot's own ticks.
  assert.ok(labels(plotCost(Array.from({ length: 50 }, (_, i) => 1 / (i + 1))).svg).length < 20);
});
