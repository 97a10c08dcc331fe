/**
 * Every lesson in notebooks/, executed headlessly through the runner and the real Deno kernel: one test per
 * notebook. The notebooks assert their own figures (a checking cell throws when a number is wrong), so a clean
 * run means every checked figure came out right. With the shipped parameters (the source lessons' own, for
 * lessons 01–05) every `sourceFigure` call must have compared its figure: no "not compared" verdict, and at least
 * one "matches the source lesson" line per call in the code. Each lesson is also executed with Jupyter's own
 * `jupyter nbconvert --to notebook --execute` (through the kernel shim the `deno` kernelspec runs), which must
 * show the same outputs, cell by cell.
 */
import assert from "node:assert/strict";
import { cellText, codeCells, execute, readNotebook, ROOT, structure, text } from "./_run.ts";

const notebooks = [...Deno.readDirSync(`${ROOT}/notebooks`)]
  .filter((e) => e.isFile && e.name.endsWith(".ipynb"))
  .map((e) => e.name)
  .sort();

interface Entry {
  notebook: string;
  ok: boolean;
  error: string | null;
  cells: number;
  seconds: number;
}

const out = await Deno.makeTempDir({ prefix: "lessons-" });
const run = notebooks.length
  ? await execute([...notebooks.map((n) => `notebooks/${n}`), "--out", out, "--report", `${out}/report.json`])
  : null;
const report: { notebooks: Entry[] } = run
  ? JSON.parse(await Deno.readTextFile(`${out}/report.json`))
  : { notebooks: [] };

Deno.test("the collection has its five source lessons, numbered in order", () => {
  const numbered = notebooks.filter((n) => /^\d\d-[a-z0-9-]+\.ipynb$/.test(n));
  assert.deepEqual(numbered, notebooks, "every notebook is named NN-words.ipynb");
  assert.deepEqual(notebooks.slice(0, 5).map((n) => n.slice(0, 2)), ["01", "02", "03", "04", "05"]);
});

// Jupyter's own client, as a user would run it (the .venv's nbconvert, the notebook's kernelspec "deno").
const converted = `${out}/nbconvert`;
const nbconvert = notebooks.length
  ? await new Deno.Command(`${ROOT}/.venv/bin/jupyter`, {
    args: [
      "nbconvert",
      "--to",
      "notebook",
      "--execute",
      "--output-dir",
      converted,
      ...notebooks.map((n) => `notebooks/${n}`),
    ],
    cwd: ROOT,
    env: { JUPYTER_PATH: `${ROOT}/.venv/share/jupyter` },
    stdout: "piped",
    stderr: "piped",
  }).output()
  : null;

for (const name of notebooks) {
  Deno.test(`notebook ${name} runs clean through the runner`, async () => {
    const entry = report.notebooks.find((e) => e.notebook === `notebooks/${name}`);
    assert.ok(entry, `no result for ${name}: ${run?.stderr}`);
    assert.equal(entry.ok, true, entry.error ?? "");
    const nb = await readNotebook(`${out}/${name}`);
    const errors = codeCells(nb).flatMap((c) => (c.outputs ?? []).filter((o) => o.output_type === "error"));
    assert.deepEqual(errors, []);
    console.log(`  ${entry.cells} cells in ${entry.seconds.toFixed(1)} s`);
  });

  Deno.test(`notebook ${name} shows the same outputs through jupyter nbconvert --execute as through the runner`, async () => {
    assert.equal(nbconvert?.code, 0, new TextDecoder().decode(nbconvert?.stderr));
    const [ours, theirs] = [await readNotebook(`${out}/${name}`), await readNotebook(`${converted}/${name}`)];
    const [a, b] = [codeCells(ours), codeCells(theirs)];
    assert.equal(a.length, b.length);
    a.forEach((cell, k) => {
      assert.deepEqual(
        structure(b[k]),
        structure(cell),
        `code cell ${k + 1}: ${text(cell.source).slice(0, 80)}`,
      );
    });
    assert.ok(a.some((cell) => structure(cell).items.length > 0), "the comparison saw outputs");
  });

  if (/^0[1-5]-/.test(name)) {
    Deno.test(`notebook ${name} compares every source figure with its shipped parameters`, async () => {
      const nb = await readNotebook(`${out}/${name}`);
      const cells = codeCells(nb);
      const shown = cells.map(cellText).join("\n");
      const uncompared = shown.split("\n").filter((line) => /not compared/.test(line));
      assert.deepEqual(uncompared, [], "with the shipped parameters every source figure is compared");
      const calls = cells.map((c) => text(c.source).match(/\bsourceFigure\(/g)?.length ?? 0)
        .reduce((a, b) => a + b, 0);
      const matched = shown.match(/matches the source lesson/g)?.length ?? 0;
      assert.ok(matched >= calls, `${calls} source-figure calls in the code but ${matched} verdicts shown`);
    });
  }

  // A lesson that quotes shipped-run numbers behind a `shippedParameters` flag must see it true as shipped: a copy
  // of the shipped values that drifted from the parameters cell would otherwise switch those checks off silently.
  Deno.test(`notebook ${name} sees its shippedParameters flag true in the shipped run`, async () => {
    const cells = codeCells(await readNotebook(`${out}/${name}`));
    const flag = cells.find((c) => /\bconst shippedParameters\b/.test(text(c.source)));
    // The cell ends with the flag itself or with a list whose last item is the flag (lesson 07: `[shippedFeatures,
    // shippedParameters]`).
    if (flag) {
      assert.match(cellText(flag).trim(), /\btrue\s*\]?$/, "the cell defining shippedParameters shows true");
    }
  });

  Deno.test(`notebook ${name} has a parameters cell and starts with a title`, async () => {
    const nb = await readNotebook(`${ROOT}/notebooks/${name}`);
    assert.match(text(nb.cells[0].source), /^# /, "the first cell is a markdown title");
    const params = nb.cells.filter((c) => (c.metadata.tags as string[] | undefined)?.includes("parameters"));
    assert.equal(params.length, 1, "exactly one cell tagged parameters");
  });
}
