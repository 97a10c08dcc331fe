"""For tests/shim_bench.ts: start a kernel, say "ready", and on each line "go" on stdin execute N one-line cells
(each waited for to its reply and idle, as nbclient does), then say "done". Ends at end of input.

Usage: python tests/_cells_client.py KERNEL N
"""

import sys

from jupyter_client.manager import start_new_kernel

kernel, n = sys.argv[1], int(sys.argv[2])
km, kc = start_new_kernel(kernel_name=kernel, startup_timeout=60)
try:
    print("ready", flush=True)
    round_ = 0
    for line in sys.stdin:
        if line.strip() != "go":
            break
        round_ += 1
        for i in range(n):
            reply = kc.execute_interactive(f"const v{round_}_{i} = {i} * 2; v{round_}_{i}", timeout=60, output_hook=lambda m: None)
            if reply["content"]["status"] != "ok":
                raise SystemExit(f"cell {i} failed: {reply['content']}")
        print("done", flush=True)
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=True)
