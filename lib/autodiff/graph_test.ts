import assert from "node:assert/strict";
import { traceGraph } from "./graph.ts";
import { Value } from "./value.ts";

/** Seed 000's y = 2(3a² − 2a + b² + 1) + c at a = b = c = 1, after backward(). */
function seed000() {
  const a = new Value(1, { label: "a" });
  const b = new Value(1, { label: "b" });
  const c = new Value(1, { label: "c" });
  const y = a.pow(2).mul(3).sub(a.mul(2)).add(b.pow(2)).add(1).mul(2).add(c);
  y.backward();
  return y;
}

Deno.test("traceGraph() records every value with its op, data and grad, output last", () => {
  const graph = traceGraph(seed000());
  assert.equal(graph.nodes.length, 12);
  assert.equal(graph.edges.length, 12); // one per operand: ^2, × 3, × 2, −(2), ^2, +(2), + 1, × 2, +(2)
  const byName = new Map(graph.nodes.filter((n) => n.label).map((n) => [n.label, n]));
  assert.deepEqual([byName.get("a")!.grad, byName.get("b")!.grad, byName.get("c")!.grad], [8, 4, 1]);
  const output = graph.nodes.at(-1)!;
  assert.deepEqual([output.kind, output.op, output.data, output.grad], ["output", "+", 7, 1]);
  assert.deepEqual(graph.nodes.filter((n) => n.kind === "input").map((n) => n.label).sort(), ["a", "b", "c"]);
});

Deno.test("traceGraph() puts every operation right of its operands and every value just left of its first user", () => {
  const graph = traceGraph(seed000());
  for (const e of graph.edges) assert.ok(graph.nodes[e.from].depth < graph.nodes[e.to].depth);
  for (const n of graph.nodes.slice(0, -1)) {
    const users = graph.edges.filter((e) => e.from === n.id).map((e) => graph.nodes[e.to].depth);
    assert.equal(n.depth, Math.min(...users) - 1, `${n.label || n.op}`);
  }
  assert.equal(graph.columns, 8); // a → ^2 → ×3 → − → + → +1 → ×2 → +
  assert.equal(graph.nodes.find((n) => n.label === "c")!.depth, 6); // c joins at the end
});

Deno.test("traceGraph() gives a long arrow one waypoint per column it crosses, each in a free row", () => {
  const graph = traceGraph(seed000());
  for (const e of graph.edges) {
    const span = graph.nodes[e.to].depth - graph.nodes[e.from].depth;
    assert.equal(e.waypoints.length, span - 1);
  }
  // a (column 0) feeds a × 2 (column 2): one waypoint in column 1, not in the row of a's ^2.
  const taken = new Set(graph.nodes.map((n) => `${n.depth}:${n.row}`));
  const places = graph.edges.flatMap((e) => e.waypoints.map((w) => `${w.depth}:${w.row}`));
  assert.ok(places.length > 0);
  for (const place of places) assert.ok(!taken.has(place), place);
  assert.equal(new Set(places).size, places.length);
  // Rows within each column are 0, 1, … with no gaps or repeats.
  graph.columnSizes.forEach((size, depth) => {
    const rows = [
      ...graph.nodes.filter((n) => n.depth === depth).map((n) => n.row),
      ...places
        .filter((p) => p.startsWith(`${depth}:`)).map((p) => Number(p.split(":")[1])),
    ].sort((p, q) => p - q);
    assert.deepEqual(rows, Array.from({ length: size }, (_, i) => i));
  });
  assert.equal(graph.rows, Math.max(...graph.columnSizes));
});

Deno.test("traceGraph() draws a value used twice by one operation as two edges", () => {
  const x = new Value(3, { label: "x" });
  const y = x.mul(x);
  y.backward();
  const graph = traceGraph(y);
  assert.deepEqual(graph.edges.map((e) => [e.from, e.to, e.slot, e.localGradient]), [[0, 1, 0, 3], [
    0,
    1,
    1,
    3,
  ]]);
  assert.equal(graph.nodes[0].grad, 6);
});

Deno.test("traceGraph() is deterministic", () => {
  assert.deepEqual(traceGraph(seed000()), traceGraph(seed000()));
});

Deno.test("traceGraph() of a lone input is one node in one column", () => {
  const graph = traceGraph(new Value(2, { label: "x" }));
  assert.equal(graph.nodes.length, 1);
  assert.deepEqual([graph.columns, graph.rows, graph.nodes[0].kind], [1, 1, "output"]);
});

Deno.test("traceGraph() rejects what is not a Value", () => {
  assert.throws(() => traceGraph(3 as never), {
    name: "TypeError",
    message: "Cannot trace the graph: output must be a Value, got 3",
  });
});
