/**
 * Exact derivatives and partial derivatives of expression texts, compiled to plain functions (lesson 04).
 * Loads mathjs (about 0.4 s); `lib/calculus/mod.ts` has the numerical ones without it.
 * @module
 */

export { compileExpression, type VectorFunction } from "./compile.ts";
export { type SymbolicDerivative, symbolicDerivative } from "./derivative.ts";
export { type PartialDerivative, type PartialDerivatives, partialDerivatives } from "./partial.ts";
