/**
 * The shared library every lesson imports:
 *
 * - `calculus/`: numerical derivatives and gradients, tangent lines, the second-derivative test, gradient
 *   checking and the error of a difference quotient against its step (lessons 01–05, 10);
 * - `optimize/`: gradient descent (standard and sign rules), momentum, Nesterov, AdaGrad, RMSProp, Adam,
 *   Newton's method, random restarts, stability limits, power iteration and condition numbers (01–08, 12–13);
 * - `regression/`: linear regression — `predict`, `cost`, `computeGradient`, batch fits, the normal equation
 *   (03, 05, 14);
 * - `stochastic/`: mini-batch and stochastic descent with learning-rate schedules (09);
 * - `autodiff/`: a small reverse-mode automatic differentiation engine (11);
 * - `data/`: CSV loading from `data/`, a seeded random generator, synthetic data;
 * - `notebook/`: exercise checks, source-figure checks, a progress bar.
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
