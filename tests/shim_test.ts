/**
 * Tests of the kernel shim (tools/kernel_shim.py), which the `deno` kernelspec runs in front of the Deno kernel:
 * Jupyter's own clients keep every output in its cell, errors Deno leaves out are published, a failing cell stops
 * the cells queued behind it, interrupts say what happened, and no Deno process outlives its client.
 * tests/_shim_client.py is the client for the protocol-level checks (it prints what it saw as JSON).
 */
import assert from "node:assert/strict";
import { assertTwentyKept, PYTHON, ROOT, twentyCopies, underLoad } from "./_run.ts";

const JUPYTER_PATH = `${ROOT}/.venv/share/jupyter`;
const decoder = new TextDecoder();

interface Got {
  outputs: {
    type: string;
    name?: string;
    text?: string;
    ename?: string;
    evalue?: string;
    after_idle: boolean;
  }[];
  idle: boolean;
  reply: { status: string; execution_count?: number } | null;
}

async function client(scenario: string): Promise<Record<string, unknown>> {
  const { code, stdout, stderr } = await new Deno.Command(PYTHON, {
    args: [`${ROOT}/tests/_shim_client.py`, scenario],
    cwd: ROOT,
    env: { JUPYTER_PATH },
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(code, 0, decoder.decode(stderr));
  return JSON.parse(decoder.decode(stdout));
}

/** What `ps` says of a live process ("state command"), or "" once it is gone or a zombie (Deno needs --allow-all to
 * read /proc, so ask ps). */
async function running(pid: number): Promise<string> {
  const { stdout } = await new Deno.Command("ps", {
    args: ["-o", "stat=,args=", "-p", String(pid)],
    stdout: "piped",
  })
    .output();
  const line = decoder.decode(stdout).trim();
  return line === "" || line.startsWith("Z") ? "" : line;
}

/** Whether `pid` is still the process it was: alive, and its command line still names `command` (pids are reused). */
async function alive(pid: number, command: string): Promise<boolean> {
  return (await running(pid)).includes(command);
}

Deno.test("jupyter execute (plain nbclient) keeps all 400 results and 12,000 lines of 20 runs of a 20-cell notebook under CPU load", async () => {
  const { dir, paths } = await twentyCopies("shim-400-");
  const { code, stderr } = await underLoad(() =>
    new Deno.Command(`${ROOT}/.venv/bin/jupyter`, {
      args: ["execute", "--inplace", "--kernel_name=deno", ...paths],
      env: { JUPYTER_PATH },
      stdout: "piped",
      stderr: "piped",
    }).output()
  );
  assert.equal(code, 0, decoder.decode(stderr));
  assert.equal(await assertTwentyKept(paths), 400);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("requests sent all at once (as JupyterLab's Run All does): a syntax error shows an error, a failing cell aborts the cells queued behind it, stop_on_error false still runs", async () => {
  const { bursts } = await client("queue") as { bursts: Got[][] };
  for (const g of bursts.flat()) assert.ok(g.idle && g.reply, JSON.stringify(g));
  for (const g of bursts.flat()) {
    assert.deepEqual(g.outputs.filter((o) => o.after_idle), [], "no output after idle");
  }

  // Burst 1: a cell, a syntax error, a cell (aborted), a cell sent with stop_on_error false (runs).
  const [first, syntax, afterSyntax, forced] = bursts[0];
  assert.deepEqual(first.outputs.map((o) => o.type), ["stream", "execute_result"]);
  assert.equal(first.reply?.execution_count, 1);
  assert.equal(syntax.reply?.status, "error");
  assert.equal(syntax.outputs.length, 1);
  assert.equal(syntax.outputs[0].type, "error");
  assert.match(syntax.outputs[0].evalue ?? "", /does not parse/);
  assert.equal(afterSyntax.reply?.status, "aborted");
  assert.deepEqual(afterSyntax.outputs, [], "an aborted cell does not run");
  assert.equal(forced.reply?.status, "ok");
  assert.equal(forced.outputs[0].text, "forced\n");
  assert.equal(
    forced.reply?.execution_count,
    3,
    "execution counts stay consecutive (the aborted cell has none)",
  );

  // Burst 2: a throw sent with stop_on_error false does not abort the cell behind it.
  const [thrown, afterThrow] = bursts[1];
  assert.equal(thrown.reply?.status, "error");
  assert.deepEqual(
    thrown.outputs.map((o) => [o.type, o.ename]),
    [["error", "RangeError"]],
    "one error, Deno's own",
  );
  assert.equal(afterThrow.reply?.status, "ok");
  assert.equal(afterThrow.outputs[0].text, "after the throw\n");

  // Burst 3: a throw (stop_on_error true, the default) aborts both cells behind it.
  const [thrownAgain, ...behind] = bursts[2];
  assert.equal(thrownAgain.reply?.status, "error");
  assert.deepEqual(behind.map((g) => [g.reply?.status, g.outputs.length]), [["aborted", 0], ["aborted", 0]]);
});

Deno.test("an interrupt stops a running cell with a message, aborts the queued cell and keeps the kernel's state", async () => {
  const { got, after, alive } = await client("interrupt") as { got: Got[]; after: Got; alive: boolean };
  const [loop, queued] = got;
  assert.equal(loop.reply?.status, "error");
  const said = loop.outputs.map((o) => `${o.ename ?? ""} ${o.evalue ?? ""} ${o.text ?? ""}`).join("\n");
  assert.match(said, /interrupted/i, JSON.stringify(loop.outputs));
  assert.equal(queued.reply?.status, "aborted");
  assert.deepEqual(queued.outputs, []);
  assert.ok(alive);
  assert.equal(after.reply?.status, "ok");
  assert.equal(after.outputs.find((o) => o.type === "execute_result") !== undefined, true);
});

Deno.test("a Deno that exits while starting (a port taken by another process first) is started again on fresh ports", async () => {
  const { got, failed_first, runs } = await client("flaky") as {
    got: Got;
    failed_first: boolean;
    runs: number;
  };
  assert.ok(failed_first, "the first start failed");
  assert.equal(runs, 1, "the second start ran the real Deno");
  assert.equal(got.reply?.status, "ok");
  assert.ok(got.outputs.some((o) => o.type === "execute_result"), JSON.stringify(got.outputs));
});

Deno.test("shutdown and restart leave no shim or Deno process behind", async () => {
  const result = await client("shutdown") as Record<
    string,
    { processes: { shim: number; deno: number[] }[]; alive: number[] }
  >;
  for (const [how, { processes, alive: left }] of Object.entries(result)) {
    for (const p of processes) assert.equal(p.deno.length, 1, `${how}: the shim runs one Deno`);
    assert.deepEqual(left, [], `${how}: processes still running`);
  }
});

Deno.test("killing the client (SIGKILL) leaves no orphan: the shim and Deno exit", async () => {
  const child = new Deno.Command(PYTHON, {
    args: [`${ROOT}/tests/_shim_client.py`, "wait"],
    env: { JUPYTER_PATH },
    stdout: "piped",
    stderr: "null",
  }).spawn();
  const reader = child.stdout.getReader();
  let line = "";
  while (!line.includes("\n")) {
    const { value, done } = await reader.read();
    if (done) break;
    line += decoder.decode(value);
  }
  const { shim, deno } = JSON.parse(line) as { shim: number; deno: number[] };
  assert.equal(deno.length, 1);
  assert.ok(await alive(shim, "kernel_shim") && await alive(deno[0], "deno"));
  child.kill("SIGKILL");
  await child.status;
  reader.releaseLock();
  await child.stdout.cancel();
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && (await alive(shim, "kernel_shim") || await alive(deno[0], "deno"))) {
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(
    !await alive(shim, "kernel_shim"),
    `the shim (pid ${shim}) outlived its client: ${await running(shim)}`,
  );
  assert.ok(
    !await alive(deno[0], "deno"),
    `Deno (pid ${deno[0]}) outlived its client: ${await running(deno[0])}`,
  );
});
