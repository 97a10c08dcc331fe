"""The numpy side of `deno task bench:compare` (tools/bench_compare.ts starts it; not meant to be run by hand).

It reads the data tools/bench_compare.ts generated (raw float64, native byte order: X row by row, then y),
then answers one command per line on stdin with one JSON line on stdout:

    info                 numpy and OpenBLAS versions, OpenBLAS threads, CPU count and model
    gradient             {"dw": [...], "db": ...} at the given w and b
    warmup SECONDS RUNS MAX
                         run the gradient until SECONDS have passed, RUNS runs were made and the timings
                         settled (median of the last 10 within 5% of the 10 before), or MAX seconds passed
    time SAMPLES BATCH   SAMPLES timings in ms, each the mean over BATCH back-to-back gradients

The gradient is the vectorised form a numpy user writes (seed 004's compute_gradient):
    err = X @ w + b - y;  dw = X.T @ err / m;  db = mean(err)
numpy runs with its default threading: OpenBLAS uses every core unless OPENBLAS_NUM_THREADS says otherwise.
"""

from __future__ import annotations

import argparse
import ctypes
import glob
import json
import os
import statistics
import sys
import time

import numpy as np


def gradient(X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float) -> tuple[np.ndarray, float]:
    m = X.shape[0]
    err = X @ w + b - y
    dw = X.T @ err / m
    db = err.mean()
    return dw, float(db)


def settled(times: list[float]) -> bool:
    """The rule of tools/bench_compare.ts: the median of the last 10 runs within 5% of the 10 before."""
    if len(times) < 20:
        return False
    last = statistics.median(times[-10:])
    before = statistics.median(times[-20:-10])
    return abs(last - before) <= 0.05 * before


def openblas() -> dict[str, object]:
    """OpenBLAS's own report of its configuration and thread count (numpy bundles scipy-openblas)."""
    folder = os.path.join(os.path.dirname(np.__file__), os.pardir, "numpy.libs")
    for path in glob.glob(os.path.join(folder, "libscipy_openblas*.so*")):
        lib = ctypes.CDLL(path)  # the copy numpy already loaded: same handle, same thread pool
        try:
            config = lib.scipy_openblas_get_config64_
            threads = lib.scipy_openblas_get_num_threads64_
        except AttributeError:
            continue
        config.restype = ctypes.c_char_p
        return {"config": config().decode().strip(), "threads": int(threads())}
    return {"config": "unknown", "threads": None}


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo (Deno would need --allow-all to read /proc)."""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True, help="raw float64 file: X (m × n, row by row) then y (m)")
    parser.add_argument("--m", type=int, required=True)
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--w", required=True, help="JSON array of n weights")
    parser.add_argument("--b", type=float, required=True)
    args = parser.parse_args()

    m, n = args.m, args.n
    values = np.fromfile(args.data, dtype=np.float64)
    if values.size != m * n + m:
        print(f"bench_numpy: {args.data} holds {values.size} values, expected {m * n + m}", file=sys.stderr)
        return 2
    X = np.ascontiguousarray(values[: m * n].reshape(m, n))
    y = np.ascontiguousarray(values[m * n :])
    w = np.array(json.loads(args.w), dtype=np.float64)
    b = args.b

    def reply(value: object) -> None:
        sys.stdout.write(json.dumps(value) + "\n")
        sys.stdout.flush()

    for line in sys.stdin:
        command, *rest = line.split()
        if command == "info":
            reply({
                "numpy": np.__version__,
                "openblas": openblas(),
                "cpus": os.cpu_count(),
                "cpu": cpu_model(),
                "OPENBLAS_NUM_THREADS": os.environ.get("OPENBLAS_NUM_THREADS"),
            })
        elif command == "gradient":
            dw, db = gradient(X, y, w, b)
            reply({"dw": dw.tolist(), "db": db})
        elif command == "warmup":
            seconds, runs, most = float(rest[0]), int(rest[1]), float(rest[2])
            start = time.perf_counter()
            times: list[float] = []
            while True:
                elapsed = time.perf_counter() - start
                if len(times) >= runs and elapsed >= seconds and (settled(times) or elapsed >= most):
                    break
                began = time.perf_counter()
                gradient(X, y, w, b)
                times.append(time.perf_counter() - began)
            reply({"runs": len(times), "settled": settled(times)})
        elif command == "time":
            samples, batch = int(rest[0]), int(rest[1])
            times = []
            for _ in range(samples):
                start = time.perf_counter()
                for _ in range(batch):
                    gradient(X, y, w, b)
                times.append((time.perf_counter() - start) * 1000 / batch)
            reply(times)
        else:
            print(f"bench_numpy: unknown command {command!r}", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
