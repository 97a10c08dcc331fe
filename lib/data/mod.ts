/**
 * Data: CSV files from `data/` ({@linkcode loadCsv}, {@linkcode column}; lessons 03, 06, 07, 09), a seeded
 * generator ({@linkcode createRandom}; 02 on) and data on a known line ({@linkcode makeLinearData}; 09, 14).
 * @module
 */
export { column, type CsvRow, type CsvTable, loadCsv } from "./csv.ts";
export { createRandom, type Random } from "./random.ts";
export * from "./synthetic.ts";
