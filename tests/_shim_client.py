"""A Jupyter client for tests/shim_test.ts: drives the `deno` kernelspec (tools/kernel_shim.py in front of Deno)
the way JupyterLab does (several execute requests at once, interrupts, shutdown) and prints what it saw as JSON.

Usage: python tests/_shim_client.py SCENARIO [KERNEL]
  queue      send every request of a small notebook at once; print each request's outputs and reply status
  interrupt  run an endless loop with a cell queued behind it, interrupt; print what each request got
  shutdown   start a kernel, shut it down (then a second one, restarted first); print the processes' fate
  wait       start a kernel, print the kernel processes' ids, then wait to be killed
  flaky      a Deno that exits at its first start (as when a port it was given is taken): print what a cell got
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
os.environ["JUPYTER_PATH"] = os.pathsep.join(
    p for p in [os.environ.get("JUPYTER_PATH", ""), str(ROOT / ".venv" / "share" / "jupyter")] if p
)

from jupyter_client.manager import start_new_kernel  # noqa: E402


def children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def alive(pid: int) -> bool:
    """True if the process exists and is not a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def processes(km: Any) -> dict[str, Any]:
    shim = km.provisioner.pid
    return {"shim": shim, "deno": children(shim)}


def collect(kc: Any, ids: list[str], limit: float = 60) -> list[dict[str, Any]]:
    """Every iopub message of each request until its idle, and its shell reply."""
    seen: dict[str, dict[str, Any]] = {i: {"outputs": [], "idle": False, "reply": None} for i in ids}
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and not all(s["idle"] and s["reply"] for s in seen.values()):
        try:
            msg = kc.get_iopub_msg(timeout=0.2)
            parent = msg["parent_header"].get("msg_id")
            if parent in seen:
                entry = seen[parent]
                kind = msg["msg_type"]
                if kind == "status" and msg["content"]["execution_state"] == "idle":
                    entry["idle"] = True
                elif kind not in ("status", "execute_input"):
                    entry["outputs"].append({"type": kind, **msg["content"], "after_idle": entry["idle"]})
        except Exception:  # noqa: BLE001 - queue.Empty
            pass
        try:
            reply = kc.get_shell_msg(timeout=0)
            parent = reply["parent_header"].get("msg_id")
            if parent in seen:
                seen[parent]["reply"] = reply["content"]
        except Exception:  # noqa: BLE001
            pass
    return [seen[i] for i in ids]


def scenario_queue() -> dict[str, Any]:
    km, kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=60)
    bursts = [
        [
            ("const a = 20;\nconsole.log('first');\na + 1", True),
            ("function broken( {\n  return 1;\n", True),  # a syntax error: Deno answers without an error message
            ("console.log('after the syntax error');", True),
            ("console.log('forced');", False),  # stop_on_error false: runs anyway
        ],
        [
            ("throw new RangeError('boom: x must be > 0, got -1');", False),
            ("console.log('after the throw'); a", True),
        ],
        [
            ("throw new RangeError('again');", True),
            ("console.log('behind 1');", True),
            ("console.log('behind 2');", True),
        ],
    ]
    try:
        got = []
        for burst in bursts:
            ids = [kc.execute(code, stop_on_error=stop) for code, stop in burst]
            got.append(collect(kc, ids))
        return {"bursts": got}
    finally:
        km.shutdown_kernel(now=False)


def scenario_interrupt() -> dict[str, Any]:
    km, kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=60)
    try:
        ids = [kc.execute("let kept = 7;\nwhile (true) {}"), kc.execute("console.log('queued cell ran')")]
        time.sleep(1.5)
        km.interrupt_kernel()
        got = collect(kc, ids, limit=20)
        after = kc.execute("kept * 6")
        got_after = collect(kc, [after], limit=20)
        return {"got": got, "after": got_after[0], "alive": km.is_alive()}
    finally:
        km.shutdown_kernel(now=False)


def scenario_shutdown() -> dict[str, Any]:
    result: dict[str, Any] = {}
    for how in ("shutdown", "restart"):
        km, kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=60)
        first = processes(km)
        kc.stop_channels()
        if how == "restart":
            km.restart_kernel(now=False)
            kc = km.client()
            kc.start_channels()
            kc.wait_for_ready(timeout=60)
            kc.stop_channels()
            second = processes(km)
            km.shutdown_kernel(now=False)
            procs = [first, second]
        else:
            km.shutdown_kernel(now=False)
            procs = [first]
        time.sleep(0.5)
        result[how] = {
            "processes": procs,
            "alive": [pid for p in procs for pid in [p["shim"], *p["deno"]] if alive(pid)],
        }
    return result


def scenario_flaky() -> dict[str, Any]:
    """A kernelspec whose "deno" exits with AddrInUse at its first start and runs the real Deno after."""
    spec = json.loads((ROOT / ".venv" / "share" / "jupyter" / "kernels" / "deno" / "kernel.json").read_text())
    real = spec["argv"][spec["argv"].index("--deno") + 1]
    home = Path(tempfile.mkdtemp(prefix="flaky-deno-"))
    wrapper = home / "deno"
    wrapper.write_text(
        "#!/bin/sh\n"
        f'if [ ! -e "{home}/started" ]; then touch "{home}/started"; '
        'echo "error: Uncaught (in promise) AddrInUse: Address already in use (os error 98)" >&2; exit 1; fi\n'
        f'echo run >> "{home}/runs"; exec "{real}" "$@"\n'
    )
    wrapper.chmod(0o755)
    spec["argv"][spec["argv"].index("--deno") + 1] = str(wrapper)
    (home / "kernels" / "deno-flaky").mkdir(parents=True)
    (home / "kernels" / "deno-flaky" / "kernel.json").write_text(json.dumps(spec))
    os.environ["JUPYTER_PATH"] = os.pathsep.join([str(home), os.environ["JUPYTER_PATH"]])
    km, kc = start_new_kernel(kernel_name="deno-flaky", startup_timeout=60)
    try:
        got = collect(kc, [kc.execute("6 * 7")])[0]
        return {"got": got, "failed_first": (home / "started").exists(), "runs": (home / "runs").read_text().count("run")}
    finally:
        km.shutdown_kernel(now=False)


def scenario_wait() -> None:
    km, _ = start_new_kernel(kernel_name=KERNEL, startup_timeout=60)
    print(json.dumps(processes(km)), flush=True)
    time.sleep(600)


if __name__ == "__main__":
    KERNEL = sys.argv[2] if len(sys.argv) > 2 else "deno"
    name = sys.argv[1]
    if name == "wait":
        scenario_wait()
    else:
        print(json.dumps(globals()[f"scenario_{name}"]()))
