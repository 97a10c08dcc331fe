/**
 * The computation graph behind a {@linkcode Value}, laid out in columns and rows for drawing (lesson 11).
 * @module
 */
import { checkOutput } from "./_checks.ts";
import { topologicalOrder, type Value } from "./value.ts";

/** One value of the graph: `id` in topological order, its column `depth`, `row`, and `parents`' ids. */
export interface GraphNode {
  id: number;
  label: string;
  op: string;
  data: number;
  grad: number;
  kind: "input" | "operation" | "output";
  depth: number;
  row: number;
  parents: number[];
}

/** `to` uses `from` as operand `slot`, with `∂to/∂from`; `waypoints`: its row in each column it crosses. */
export interface GraphEdge {
  from: number;
  to: number;
  slot: number;
  localGradient: number;
  waypoints: { depth: number; row: number }[];
}

/** The laid-out graph: nodes (output last), edges, `columns`, rows used per column, and the most `rows`. */
export interface ComputationGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  columns: number;
  columnSizes: number[];
  rows: number;
}

/**
 * Records the graph that produced `output` (call `output.backward()` first to record grads) and lays it out,
 * deterministically: each operation right of its operands, each value just left of its first user. Lesson 11.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { traceGraph } from "./graph.ts";
 * import { Value } from "./value.ts";
 * const a = new Value(3, { label: "a" });
 * const y = a.pow(2).add(a.mul(2)); // a² + 2a
 * y.backward();
 * assert.deepEqual(traceGraph(y).nodes.map((n) => n.depth), [0, 1, 1, 2]);
 * ```
 */
export function traceGraph(output: Value): ComputationGraph {
  checkOutput(output, "Cannot trace the graph");
  const order = topologicalOrder(output);
  const id = new Map<Value, number>(order.map((v, i) => [v, i]));

  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const [i, v] of order.entries()) {
    const parents = v.parents.map((p) => id.get(p)!);
    let depth = 0;
    for (const p of parents) depth = Math.max(depth, nodes[p].depth + 1);
    const kind = v === output ? "output" : parents.length === 0 ? "input" : "operation";
    nodes.push({ id: i, label: v.label, op: v.op, data: v.data, grad: v.grad, kind, depth, row: 0, parents });
    parents.forEach((p, slot) => {
      edges.push({ from: p, to: i, slot, localGradient: v.localGradients[slot], waypoints: [] });
    });
  }

  // Columns: the longest path from an input, then each value moves right to just before its first user,
  // which shortens the arrows of inputs and side computations that join the main chain late.
  const children: number[][] = nodes.map(() => []);
  for (const e of edges) children[e.from].push(e.to);
  for (let i = nodes.length - 2; i >= 0; i--) {
    nodes[i].depth = Math.min(...children[i].map((c) => nodes[c].depth)) - 1;
  }
  const columns = nodes[nodes.length - 1].depth + 1;

  // A waypoint in each column an arrow crosses takes a row like a box, so no arrow passes behind a box.
  const slots: Slot[] = nodes.map((n) => ({ depth: n.depth, row: 0, left: [], right: [] }));
  const waypoints: Slot[][] = edges.map((e) => {
    const chain: Slot[] = [];
    let previous = slots[e.from];
    for (let d = nodes[e.from].depth + 1; d < nodes[e.to].depth; d++) {
      const waypoint: Slot = { depth: d, row: 0, left: [previous], right: [] };
      previous.right.push(waypoint);
      chain.push(waypoint);
      previous = waypoint;
    }
    previous.right.push(slots[e.to]);
    slots[e.to].left.push(previous);
    return chain;
  });
  const byColumn: Slot[][] = Array.from({ length: columns }, () => []);
  for (const slot of [...slots, ...waypoints.flat()]) byColumn[slot.depth].push(slot);

  // Rows: topological order, then twice sort each column by the mean centred row of what feeds it (sweeping
  // right) and of what it feeds (sweeping left); an unlinked slot keeps its place. The sort is stable.
  for (const column of byColumn) column.forEach((slot, row) => slot.row = row);
  const centred = (slot: Slot) => slot.row - (byColumn[slot.depth].length - 1) / 2;
  const sweep = (column: Slot[], side: "left" | "right") => {
    const key = new Map<Slot, number>();
    for (const slot of column) {
      const linked = slot[side];
      key.set(slot, linked.length === 0 ? centred(slot) : mean(linked.map(centred)));
    }
    column.sort((p, q) => key.get(p)! - key.get(q)!);
    column.forEach((slot, row) => slot.row = row);
  };
  for (let pass = 0; pass < 2; pass++) {
    for (const column of byColumn) sweep(column, "left");
    for (const column of byColumn.toReversed()) sweep(column, "right");
  }

  nodes.forEach((n, i) => n.row = slots[i].row);
  edges.forEach((e, k) => e.waypoints = waypoints[k].map(({ depth, row }) => ({ depth, row })));
  const columnSizes = byColumn.map((column) => column.length);
  return { nodes, edges, columns, columnSizes, rows: Math.max(...columnSizes) };
}

/** A place in the layout (a node's box, or a waypoint of a long arrow) and what links to it on each side. */
interface Slot {
  depth: number;
  row: number;
  left: Slot[];
  right: Slot[];
}

const mean = (values: number[]) => values.reduce((total, v) => total + v, 0) / values.length;
