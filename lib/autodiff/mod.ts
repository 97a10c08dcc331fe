/**
 * Automatic differentiation in reverse mode, small enough to read in one sitting: a {@linkcode Value} records
 * every operation on the forward pass, and `backward()` applies the chain rule from the output back to the
 * inputs. {@linkcode grad}, {@linkcode derivative} and {@linkcode valueAndGrad} turn a function written with
 * Values into one that returns its gradient, the way `jax.grad` does; {@linkcode traceGraph} lays out the
 * recorded graph for drawing (`plotGraph` in `lib/plot/mod.ts` draws it). Pure TypeScript, no dependencies:
 * a light entry point.
 *
 * To read the engine, open `value.ts` (the class, its operations, `backward()` and `topologicalOrder`) and
 * then `grad.ts`. `_checks.ts` holds the checks of bad input and `graph.ts` the layout for drawing; neither
 * computes a derivative.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { derivative, grad, Value } from "./mod.ts";
 *
 * const df = derivative((w) => w.pow(2).add(w.mul(3)).sub(5)); // seed 003's f(w) = w² + 3w − 5
 * assert.equal(df(-1.5), 0);
 * const dy = grad((a, b) => a.mul(b).add(a.exp())); // ab + e^a
 * assert.deepEqual(dy([0, 2]), [3, 0]);
 * assert.ok(new Value(2).log() instanceof Value);
 * ```
 *
 * @module
 */

export { topologicalOrder, Value, type ValueOptions } from "./value.ts";
export { derivative, grad, valueAndGrad, type ValueAndGradient } from "./grad.ts";
export { type ComputationGraph, type GraphEdge, type GraphNode, traceGraph } from "./graph.ts";
