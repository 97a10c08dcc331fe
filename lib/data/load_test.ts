import assert from "node:assert/strict";
import { column, loadCsv } from "./csv.ts";

const dataPath = (name: string) => new URL(`../../data/${name}`, import.meta.url);

const readme = await Deno.readTextFile(dataPath("README.md"));

Deno.test("loadCsv() reads data/penguins.csv: two numeric columns, one row per penguin", async () => {
  const table = await loadCsv("penguins.csv");
  assert.deepEqual(table.columns, ["flipper_length_mm", "body_mass_g"]);
  assert.deepEqual(table.types, { flipper_length_mm: "number", body_mass_g: "number" });
  assert.match(readme, new RegExp(`${table.rows.length} rows`));
  const flipper = column(table, "flipper_length_mm");
  const mass = column(table, "body_mass_g");
  // Plausible values for adult penguins, as data/README.md describes them.
  assert.ok(flipper.every((v) => v >= 150 && v <= 250));
  assert.ok(mass.every((v) => v >= 2000 && v <= 7000));
});

Deno.test("loadCsv() reads data/diamonds.csv: a few thousand rows with features on very different scales", async () => {
  const table = await loadCsv("diamonds.csv");
  assert.deepEqual(table.columns, ["carat", "depth", "table", "price"]);
  assert.ok(Object.values(table.types).every((type) => type === "number"));
  assert.ok(table.rows.length >= 2000 && table.rows.length <= 10_000);
  assert.match(readme, new RegExp(`${table.rows.length} rows`));
  const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
  assert.ok(mean(column(table, "depth")) / mean(column(table, "carat")) > 50, "depth is ~100x carat");
});

Deno.test("every CSV file in data/ is described in data/README.md and is under 1 MB", async () => {
  for await (const entry of Deno.readDir(dataPath("."))) {
    if (!entry.name.endsWith(".csv")) continue;
    assert.ok(readme.includes(entry.name), `${entry.name} is not in data/README.md`);
    const { size } = await Deno.stat(dataPath(entry.name));
    assert.ok(size < 1_000_000, `${entry.name} has ${size} bytes`);
  }
});

Deno.test("loadCsv() names the missing file's path", async () => {
  await assert.rejects(loadCsv("no-such-file.csv"), (error: Error) => {
    assert.match(error.message, /^Cannot load CSV: there is no file .*data[\\/]no-such-file\.csv$/);
    return true;
  });
});

Deno.test("loadCsv() names the file and the line when the file is not valid CSV", async () => {
  // data/README.md is Markdown, not CSV: a line with a different number of commas soon breaks it.
  await assert.rejects(loadCsv("README.md"), /^RangeError: Cannot parse .*data[\\/]README\.md: line \d+: /);
});
