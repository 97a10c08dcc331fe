/**
 * Helpers for the tests of the notebook runner and the notebook checks: run the project's Python tools the way
 * the tasks do, and read notebooks back.
 */

import assert from "node:assert/strict";

export const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
export const FIXTURES = `${ROOT}/tests/fixtures`;
export const PYTHON = `${ROOT}/.venv/bin/python`;

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `tools/<tool>.py` with the given arguments and returns its exit code and output. */
export async function runTool(
  tool: "runner" | "nbcheck" | "book",
  args: string[],
  env: Record<string, string> = {},
): Promise<RunResult> {
  const { code, stdout, stderr } = await new Deno.Command(PYTHON, {
    args: [`${ROOT}/tools/${tool}.py`, ...args],
    cwd: ROOT,
    env,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decoder = new TextDecoder();
  return { code, stdout: decoder.decode(stdout), stderr: decoder.decode(stderr) };
}

/** Runs the notebook runner (`deno task execute`'s program). */
export function execute(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return runTool("runner", args, env);
}

export interface Output {
  output_type: string;
  name?: string;
  data?: Record<string, string | string[]>;
  text?: string | string[];
  ename?: string;
  evalue?: string;
  traceback?: string[];
  metadata?: Record<string, unknown>;
}

export interface Cell {
  id?: string;
  cell_type: string;
  source: string | string[];
  metadata: Record<string, unknown>;
  outputs?: Output[];
  execution_count?: number | null;
}

export interface Notebook {
  cells: Cell[];
  metadata: Record<string, unknown>;
  nbformat: number;
  nbformat_minor: number;
}

export async function readNotebook(path: string): Promise<Notebook> {
  return JSON.parse(await Deno.readTextFile(path));
}

/** Joins a multiline notebook string (nbformat stores them as string or list of strings). */
export function text(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join("") : value ?? "";
}

export function codeCells(nb: Notebook): Cell[] {
  return nb.cells.filter((c) => c.cell_type === "code");
}

/** Every text output of a cell (stream text and text/plain results), joined. */
export function cellText(cell: Cell): string {
  return (cell.outputs ?? []).map((o) => text(o.text) + text(o.data?.["text/plain"])).join("");
}

/**
 * Keeps both cores busy while `body` runs: the Deno kernel's late results (published after "idle") show up
 * mostly under load, so the no-lost-output test provokes it.
 */
export async function underLoad<T>(body: () => Promise<T>): Promise<T> {
  const spinners = [0, 1, 2].map(() =>
    new Deno.Command("sh", { args: ["-c", "while :; do :; done"], stdout: "null", stderr: "null" }).spawn()
  );
  try {
    return await body();
  } finally {
    for (const s of spinners) {
      s.kill("SIGKILL");
      await s.status;
    }
  }
}

/**
 * What a cell shows, without timings or values that change run to run: the number of printed lines per stream,
 * and in order each result's and display's MIME types and each error's name.
 */
export function structure(cell: Cell): { stdout: number; stderr: number; items: string[] } {
  const lines = (name: string) =>
    (cell.outputs ?? []).filter((o) => o.output_type === "stream" && o.name === name)
      .map((o) => text(o.text)).join("").split("\n").length - 1;
  const items = (cell.outputs ?? []).filter((o) => o.output_type !== "stream").map((o) =>
    o.output_type === "error"
      ? `error ${o.ename}`
      : `${o.output_type} ${Object.keys(o.data ?? {}).sort().join(",")}`
  );
  return { stdout: lines("stdout"), stderr: lines("stderr"), items };
}

/** Checks the 20-cell fixture's copies: each cell has its one result and its 30 lines, nothing else. */
export async function assertTwentyKept(paths: string[]): Promise<number> {
  let kept = 0;
  for (const path of paths) {
    const nb = await readNotebook(path);
    codeCells(nb).forEach((cell, k) => {
      const where = `${path}, cell ${k + 1}`;
      const results = (cell.outputs ?? []).filter((o) => o.output_type === "execute_result");
      assert.equal(results.length, 1, `${where}: ${JSON.stringify(cell.outputs)}`);
      assert.equal(text(results[0].data?.["text/plain"]), String(k * 3), where);
      const printed = (cell.outputs ?? []).filter((o) => o.output_type === "stream").map((o) => text(o.text));
      const expected = Array.from({ length: 30 }, (_, j) => `cell ${k + 1}, line ${j + 1}\n`).join("");
      assert.equal(printed.join(""), expected, `${where}: printed lines lost or in the wrong cell`);
      assert.equal(cell.execution_count, k + 1, `${where}: execution counts are consecutive`);
      kept++;
    });
  }
  return kept;
}

/** Twenty copies of the 20-cell fixture in a fresh folder. */
export async function twentyCopies(prefix: string): Promise<{ dir: string; paths: string[] }> {
  const dir = await Deno.makeTempDir({ prefix });
  const paths = [];
  for (let i = 0; i < 20; i++) {
    const path = `${dir}/run${String(i).padStart(2, "0")}.ipynb`;
    await Deno.copyFile(`${FIXTURES}/twenty_results.ipynb`, path);
    paths.push(path);
  }
  return { dir, paths };
}
