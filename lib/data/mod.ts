/**
 * Data for the lessons: CSV files from the project's `data/` folder, a seeded random generator, and
 * synthetic data that follow a known line.
 *
 * - {@linkcode loadCsv}, {@linkcode parseCsv}, {@linkcode column}, {@linkcode selectColumns},
 *   {@linkcode dataPath}: read a table and pick its columns as arrays.
 * - {@linkcode createRandom}: uniform, normal, integer draws and shuffles from a seed.
 * - {@linkcode makeLinearData}: `y = X·w + b + noise` with the seed as a parameter.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { makeLinearData } from "./mod.ts";
 *
 * const a = makeLinearData({ m: 20, w: 2, b: 1, seed: 3 });
 * const b = makeLinearData({ m: 20, w: 2, b: 1, seed: 3 });
 * assert.deepEqual(a, b);
 * ```
 *
 * @module
 */

export { column } from "./csv.ts";
export type { CsvRow, CsvTable } from "./csv.ts";
export { loadCsv } from "./load.ts";
export { createRandom } from "./random.ts";
export type { Random } from "./random.ts";
export { makeLinearData } from "./synthetic.ts";
export type { FeatureRange, LinearData, LinearDataOptions, TypedLinearData } from "./synthetic.ts";
