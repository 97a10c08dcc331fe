/**
 * The shared library every lesson imports (lessons per area: the table in `lib/README.md`):
 * - `calculus/`: numerical derivatives and gradients, tangent lines, the second-derivative test, gradient
 *   checking, the error of a difference quotient against its step;
 * - `optimize/`: gradient descent and its optimizers, Newton's method, random restarts, stability, conditioning;
 * - `regression/`: linear regression — `predict`, `cost`, `computeGradient`, the fits, the normal equation;
 * - `stochastic/`: mini-batch and stochastic descent with learning-rate schedules;
 * - `autodiff/`: a small reverse-mode automatic differentiation engine;
 * - `data/`: CSV loading from `data/`, a seeded random generator, synthetic data;
 * - `notebook/`: exercise checks, source-figure checks, a progress bar.
 *
 * Light: no mathjs, no Plot. Symbolic derivatives (`lib/symbolic/mod.ts`) and charts (`lib/plot/mod.ts`) are
 * separate entry points, for the lessons that need them.
 * @module
 */
export * from "./calculus/mod.ts";
export * from "./optimize/mod.ts";
export * from "./regression/mod.ts";
export * from "./data/mod.ts";
export * from "./notebook/mod.ts";
export * from "./autodiff/mod.ts";
export * from "./stochastic/mod.ts";
