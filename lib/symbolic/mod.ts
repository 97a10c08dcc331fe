/**
 * Symbolic calculus on expression texts: exact derivatives and partial derivatives, compiled to plain
 * functions. This is the heavy entry point: it loads mathjs (about 0.4 s), so only lessons that need exact
 * derivatives import it; `lib/calculus/mod.ts` has the numerical ones without mathjs.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileExpression, partialDerivatives, symbolicDerivative } from "./mod.ts";
 *
 * assert.equal(symbolicDerivative("2x^2 - 3x + 4").text, "4 * x - 3");
 * assert.equal(compileExpression("2x^2 - 3x + 4")(3), 13);
 * assert.deepEqual(partialDerivatives("x^2 * y", ["x", "y"]).gradient([3, 2]), [12, 9]);
 * ```
 *
 * @module
 */

export { compileExpression, type VectorFunction } from "./compile.ts";
export { type SymbolicDerivative, symbolicDerivative } from "./derivative.ts";
export { type PartialDerivative, type PartialDerivatives, partialDerivatives } from "./partial.ts";
