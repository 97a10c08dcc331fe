/**
 * Notebook helpers: exercise checkers, source-figure checks, and a progress bar updated in place.
 * @module
 */
export * from "./verdict.ts";
export * from "./exercise.ts";
export * from "./figures.ts";
export * from "./progress.ts";
