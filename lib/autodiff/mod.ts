/**
 * Reverse-mode automatic differentiation (lesson 11), no dependencies: a {@linkcode Value} records every
 * operation and `backward()` applies the chain rule. {@linkcode grad}, {@linkcode derivative} and
 * {@linkcode valueAndGrad} work like `jax.grad`; {@linkcode traceGraph} lays the graph out for `plotGraph`.
 *
 * Read `value.ts`, then `grad.ts`; `_checks.ts` (input checks) and `graph.ts` (layout) compute no derivative.
 *
 * @module
 */

export { topologicalOrder, Value, type ValueOptions } from "./value.ts";
export { derivative, grad, valueAndGrad, type ValueAndGradient } from "./grad.ts";
export { type ComputationGraph, type GraphEdge, type GraphNode, traceGraph } from "./graph.ts";
