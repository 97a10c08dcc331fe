import assert from "node:assert/strict";
import { traceGraph, Value } from "../autodiff/mod.ts";
import { assertBadInputs, type BadInput } from "./_assert_errors.ts";
import { assertSnapshot } from "./_assert_snapshot.ts";
import { plotGraph } from "./mod.ts";

/** Seed 000's y = 2(3a² − 2a + b² + 1) + c at a = b = c = 1, after backward(). */
function seed000(): Value {
  const a = new Value(1, { label: "a" });
  const b = new Value(1, { label: "b" });
  const c = new Value(1, { label: "c" });
  const y = a.pow(2).mul(3).sub(a.mul(2)).add(b.pow(2)).add(1).mul(2).add(c);
  y.backward();
  return y;
}

Deno.test("plotGraph() snapshot: seed 000's three-variable expression after backward()", async () => {
  await assertSnapshot(plotGraph(seed000()), "graph-seed-000");
});

Deno.test("plotGraph() draws one box per value and one arrowhead per operand", () => {
  const chart = plotGraph(seed000());
  const graph = traceGraph(seed000());
  const group = (label: string) => new RegExp(`aria-label="${label}"[^]*?</g>`).exec(chart.svg)?.[0] ?? "";
  assert.equal((group("rect").match(/<rect /g) ?? []).length, graph.nodes.length);
  assert.equal((group("arrow").match(/<path /g) ?? []).length, graph.edges.length);
  // a → a × 2 crosses one column: two plain legs (in, level through the free row) before its arrow.
  assert.equal((group("link").match(/<path /g) ?? []).length, 2);
  assert.equal(chart.mime, "image/svg+xml");
});

Deno.test("plotGraph() writes each value's data and grad, and says them in the description", () => {
  const chart = plotGraph(seed000());
  for (const text of ["data 7", "grad 8", "grad 4", "grad −2", "× 3", "+ 1"]) {
    assert.ok(chart.svg.includes(`>${text}<`), text);
  }
  assert.equal(chart.ariaLabel, "Computation graph of 12 values");
  assert.match(
    chart.ariaDescription,
    /^8 columns, inputs on the left and the output on the right\. a: data 1, grad 8;/,
  );
  assert.match(chart.ariaDescription, /\+: data 7, grad 1\.$/);
});

Deno.test("plotGraph() writes 4 significant digits", () => {
  const x = new Value(Math.PI, { label: "x" });
  const y = x.mul(2);
  y.backward();
  const chart = plotGraph(y);
  assert.match(chart.svg, />data 3\.142</);
  assert.match(chart.svg, />data 6\.283</);
});

Deno.test("plotGraph() grows with the fullest column and takes a title and accessible name", () => {
  const xs = [1, 2, 3, 4].map((v, i) => new Value(v, { label: `x${i}` }));
  const chart = plotGraph(Value.sum(xs), { title: "A sum", ariaLabel: "Four inputs summed" });
  assert.match(chart.svg, new RegExp(`^<svg [^>]*height="${2 * 16 + 4 * 70}"`));
  assert.equal(chart.mime, "text/html");
  assert.match(chart.svg, /aria-label="Four inputs summed"/);
});

Deno.test("plotGraph() shrinks the box text until the longest line fits, 12 px when it already does", () => {
  const sizes = (svg: string) =>
    [...svg.matchAll(/<g [^>]*font-size="([\d.]+)"[^>]*aria-label="text"/g)].map((m) => Number(m[1]));
  assert.deepEqual(sizes(plotGraph(seed000()).svg), [12, 12, 12]);
  const chain = (steps: number) => {
    let y = new Value(-0.123456789, { label: "x" });
    for (let i = 0; i < steps; i++) y = y.mul(1.1);
    y.backward();
    return plotGraph(y);
  };
  // 7 columns: lines like "data −0.1988" fit at 10 px.
  assert.deepEqual(sizes(chain(6).svg), [10, 10, 10]);
  // 9 columns: they do not fit even at 8 px, so the boxes show fewer digits (the description keeps 4).
  const long = chain(8);
  assert.ok(long.svg.includes(">data −0.26<"));
  assert.match(long.ariaDescription, /data −0\.2646, grad 1\.$/);
  // A label too long for its box even at 8 px cannot be saved by dropping digits.
  const named = new Value(2, { label: "a rather long name for a value" });
  assert.throws(() => plotGraph(named.mul(2).mul(2).mul(2).mul(2).mul(2).mul(2)), {
    name: "RangeError",
    message: /^Cannot plot the graph: a line of 30 characters does not fit a [\d.]+ px box at 8 px/,
  });
});

Deno.test("plotGraph() gives the same markup for the same graph", () => {
  assert.equal(plotGraph(seed000()).html, plotGraph(seed000()).html);
});

Deno.test("plotGraph() rejects bad input, naming the value", () => {
  let deep = new Value(1);
  for (let i = 0; i < 20; i++) deep = deep.add(1);
  const table: BadInput[] = [
    ["not a Value", () => plotGraph(3 as never), TypeError, /output must be a Value, got 3/],
    [
      "a traced graph instead of its Value",
      () => plotGraph(traceGraph(seed000()) as never),
      TypeError,
      /output must be a Value, got \{nodes/,
    ],
    [
      "showGrad, no longer an option",
      () => plotGraph(seed000(), { showGrad: false } as never),
      TypeError,
      /unknown option "showGrad"/,
    ],
    [
      "too many columns",
      () => plotGraph(deep),
      RangeError,
      /21 columns leave .* px per box at width 640; widen the chart to at least 1166/,
    ],
    [
      "empty ariaLabel",
      () => plotGraph(seed000(), { ariaLabel: " " }),
      TypeError,
      /ariaLabel must not be empty/,
    ],
  ];
  assertBadInputs("Cannot plot the graph: ", table);
});
