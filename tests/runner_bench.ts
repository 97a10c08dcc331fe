// The runner's cost per notebook: executing a trivial 1-cell notebook (`1 + 1`) through tools/runner.py,
// against starting a Deno kernel alone (start, wait until it answers, shut down) and against Python just
// importing the runner's libraries. One runner process executing three such notebooks tells the cost paid
// once per run (start-up, imports) from the cost paid per notebook: (t3 − t1) / 2.
// Run with `./deno task bench` (needs the set-up: .venv and the deno kernelspec).

import { FIXTURES, PYTHON, ROOT } from "./_run.ts";

const JUPYTER_PATH = `${ROOT}/.venv/share/jupyter`; // where the set-up puts the project's kernelspec

// jupyter_client, the way nbclient starts and stops a kernel, without a notebook.
const KERNEL_ALONE = `
from jupyter_client.manager import start_new_kernel
km, kc = start_new_kernel(kernel_name="deno", startup_timeout=60)
kc.stop_channels()
km.shutdown_kernel(now=False)
`;

async function python(args: string[]): Promise<void> {
  const { code, stderr } = await new Deno.Command(PYTHON, {
    args,
    cwd: ROOT,
    env: { JUPYTER_PATH },
    stdout: "null",
    stderr: "piped",
  }).output();
  if (code !== 0) throw new Error(`python ${args.join(" ")} failed:\n${new TextDecoder().decode(stderr)}`);
}

const out = await Deno.makeTempDir({ prefix: "runner-bench-" });
const three = ["a", "b", "c"].map((name) => `${out}/${name}.ipynb`);
for (const path of three) await Deno.copyFile(`${FIXTURES}/no_params.ipynb`, path);
const options = { group: "one notebook", n: 5, warmup: 1 };

Deno.bench("python: start and import nbclient, nbformat, jupyter_client", options, async () => {
  await python(["-c", "import nbclient, nbformat, jupyter_client"]);
});
Deno.bench(
  "a Deno kernel alone: start, wait until ready, shut down",
  { ...options, baseline: true },
  async () => {
    await python(["-c", KERNEL_ALONE]);
  },
);
Deno.bench("tools/runner.py tests/fixtures/no_params.ipynb (1 cell)", options, async () => {
  await python([`${ROOT}/tools/runner.py`, `${FIXTURES}/no_params.ipynb`, "--out", `${out}/built`]);
});
Deno.bench("tools/runner.py on three 1-cell notebooks, one process", options, async () => {
  await python([`${ROOT}/tools/runner.py`, ...three, "--out", `${out}/built`]);
});

globalThis.addEventListener("unload", () => Deno.removeSync(out, { recursive: true }));
