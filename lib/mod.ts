/**
 * The shared library every lesson imports: numerical calculus, gradient descent, linear regression, data
 * loading and seeded randomness, and notebook helpers (exercise checks, source-figure checks, progress bars).
 *
 * This entry point is light: it loads neither mathjs nor Observable Plot. Symbolic derivatives live in
 * `lib/symbolic/mod.ts` and charts in `lib/plot/mod.ts`; import those only where a lesson needs them.
 *
 * @module
 */
export * from "./calculus/mod.ts";
export * from "./optimize/mod.ts";
export * from "./regression/mod.ts";
export * from "./data/mod.ts";
export * from "./notebook/mod.ts";
export * from "./autodiff/mod.ts";
export * from "./stochastic/mod.ts";
