import { describe } from "../_validate.ts";
import { fileURLToPath } from "node:url";
import { type CsvOptions, type CsvTable, parseCsv } from "./csv.ts";

// The project's data/ folder, found from this file's place (lib/data/load.ts), so loading works whatever
// the current directory is — a notebook runs from notebooks/, the tests from the project root.
const DATA_DIR = new URL("../../data/", import.meta.url);

/**
 * The absolute path of a file in the project's `data/` folder. A name that is already an absolute path is
 * returned as it is. Introduced in lesson 03.
 * @param name A file name inside `data/`, e.g. `"penguins.csv"`, or an absolute path.
 * @returns The absolute path.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { dataPath } from "./load.ts";
 *
 * assert.match(dataPath("penguins.csv"), /data[\\/]penguins\.csv$/);
 * ```
 */
export function dataPath(name: string): string {
  if (typeof name !== "string" || name === "") {
    throw new TypeError(`Cannot find a data file: name must be a non-empty string, got ${describe(name)}`);
  }
  if (name.startsWith("/") || /^[A-Za-z]:[\\/]/.test(name)) return name;
  return fileURLToPath(new URL(name, DATA_DIR));
}

/**
 * Reads and parses a CSV file from the project's `data/` folder (see `data/README.md` for what each file
 * holds and where it comes from). Needs read permission for `data/` (`--allow-read=data`). Introduced in lesson 03.
 * @param name A file name inside `data/`, e.g. `"penguins.csv"`, or an absolute path.
 * @param options Parsing options, as for `parseCsv`.
 * @returns The parsed {@linkcode CsvTable}.
 * @example Lesson 03's data: flipper length and body mass of 342 penguins
 * ```ts
 * import assert from "node:assert/strict";
 * import { column, loadCsv } from "./mod.ts";
 *
 * const penguins = await loadCsv("penguins.csv");
 * const x = column(penguins, "flipper_length_mm");
 * const y = column(penguins, "body_mass_g");
 * assert.equal(x.length, 342);
 * assert.equal(y.length, 342);
 * ```
 */
export async function loadCsv(name: string, options: CsvOptions = {}): Promise<CsvTable> {
  const path = dataPath(name);
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new Error(`Cannot load CSV: there is no file ${path}`, { cause: error });
    }
    if (error instanceof Deno.errors.NotCapable || error instanceof Deno.errors.PermissionDenied) {
      throw new Error(`Cannot load CSV: no permission to read ${path} (run Deno with --allow-read=data)`, {
        cause: error,
      });
    }
    throw new Error(`Cannot load CSV: reading ${path} failed: ${(error as Error).message}`, { cause: error });
  }
  return parseCsv(text, { ...options, source: path });
}
