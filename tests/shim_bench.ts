// The kernel shim's latency: 200 one-line cells (`const v = i * 2; v`, each waited for to its reply and idle,
// as nbclient does) through the `deno` kernelspec (tools/kernel_shim.py in front of Deno) against the same
// cells sent to Deno directly (a kernelspec made here that starts `deno jupyter` itself). Only the cells are
// timed: each client starts its kernel before the measurement. (ratio − 1) × the direct time / 200 is the shim's
// cost per cell. Run with `./deno task bench` (needs the set-up: .venv and the deno kernelspec).

import { PYTHON, ROOT } from "./_run.ts";

const CELLS = 200;
const decoder = new TextDecoder();
const encoder = new TextEncoder();

// A kernelspec "deno-direct": the project's Deno with the same environment as the "deno" kernelspec, no shim.
const jupyter = await Deno.makeTempDir({ prefix: "shim-bench-" });
const spec = JSON.parse(await Deno.readTextFile(`${ROOT}/.venv/share/jupyter/kernels/deno/kernel.json`));
const deno = spec.argv[spec.argv.indexOf("--deno") + 1];
await Deno.mkdir(`${jupyter}/kernels/deno-direct`, { recursive: true });
await Deno.writeTextFile(
  `${jupyter}/kernels/deno-direct/kernel.json`,
  JSON.stringify({ ...spec, argv: [deno, "jupyter", "--kernel", "--conn", "{connection_file}"] }),
);

/** A client process with its kernel started, driven line by line. */
async function client(kernel: string) {
  const child = new Deno.Command(PYTHON, {
    args: [`${ROOT}/tests/_cells_client.py`, kernel, String(CELLS)],
    env: { JUPYTER_PATH: `${jupyter}:${ROOT}/.venv/share/jupyter` },
    stdin: "piped",
    stdout: "piped",
    stderr: "null",
  }).spawn();
  const writer = child.stdin.getWriter();
  const reader = child.stdout.getReader();
  let buffered = "";
  const line = async () => {
    while (!buffered.includes("\n")) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`${kernel}: the client ended`);
      buffered += decoder.decode(value);
    }
    const [first, ...rest] = buffered.split("\n");
    buffered = rest.join("\n");
    return first;
  };
  if (await line() !== "ready") throw new Error(`${kernel}: no kernel`);
  return {
    async round() {
      await writer.write(encoder.encode("go\n"));
      if (await line() !== "done") throw new Error(`${kernel}: round failed`);
    },
    stop() {
      child.kill("SIGINT");
    },
  };
}

const direct = await client("deno-direct");
const shimmed = await client("deno");
const options = { group: `${CELLS} one-line cells`, n: 10, warmup: 2 };

Deno.bench(`${CELLS} cells sent to Deno directly`, { ...options, baseline: true }, async () => {
  await direct.round();
});
Deno.bench(`${CELLS} cells through the kernel shim`, options, async () => {
  await shimmed.round();
});

// At exit: SIGINT makes each client shut its kernel down (KeyboardInterrupt, then its `finally`).
globalThis.addEventListener("unload", () => {
  direct.stop();
  shimmed.stop();
  Deno.removeSync(jupyter, { recursive: true });
});
