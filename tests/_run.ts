/**
 * Helpers for the tests of the notebook runner and the notebook checks: run the project's Python tools the way
 * the tasks do, and read notebooks back.
 */

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
