/**
 * Notebook helpers: exercises that check a learner's answer, checks of a source lesson's printed figures,
 * and a progress bar updated in place.
 *
 * @module
 */
export * from "./verdict.ts";
export * from "./exercise.ts";
export * from "./figures.ts";
export * from "./progress.ts";
