/**
 * `deno task bench:compare`: the gradient of linear regression in the lib and in numpy, on the same data, in
 * the same run, and one line per size:
 *
 *     gradient m=1000000 n=8: lib 6.9 ms, numpy 14.1 ms, ratio 0.49
 *
 * - Same data: generated once here with a seeded generator (`makeLinearData`), written as raw float64 to a
 *   temporary file that numpy reads with `np.fromfile` (tools/bench_numpy.py).
 * - Same numbers: both gradients are compared before anything is timed (relative error < 1e-9 in every
 *   component), and the run stops with exit code 1 if they disagree.
 * - Primed: V8 optimizes a hot loop only after it has run a while (at m = 1e6 it first swaps optimized code
 *   in mid-loop, and compiles the whole function only after ~100 calls), so each side first runs the
 *   gradient for at least `--warmup` seconds, 30 times, and until its timings settle (the median of the last
 *   10 runs within 5% of the 10 before; at most 10 s); numpy gets the same warm-up (caches, thread pool).
 * - Timed in alternating rounds (lib, numpy, numpy, lib, …) so that a burst of load from other processes
 *   hits both; each sample is the mean of a batch of back-to-back calls lasting ≥ 2 ms. Medians are the
 *   figures; the fastest sample and the interquartile range follow, since a busy machine skews timings.
 * - numpy runs with its default threading (OpenBLAS uses every core); the lib is one thread. The header says
 *   how many threads OpenBLAS used. `--numpy-threads 1` sets OPENBLAS_NUM_THREADS=1 for comparison.
 *
 * lib: `computeGradientInto` on a typed `Matrix` (the specialised pass for n <= 8).
 * numpy: `err = X @ w + b - y; dw = X.T @ err / m; db = err.mean()`.
 *
 * Options: `--rounds R` (default 5), `--samples S` per round and side (default 20), `--warmup SECONDS`
 * (default 1), `--numpy-threads N` (default: numpy's own default).
 *
 * @module
 */

import { makeLinearData } from "../lib/data/synthetic.ts";
import { computeGradientInto } from "../lib/regression/gradient.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const PYTHON = `${ROOT}/.venv/bin/python`;

/** The sizes compared, with the true weights the data are drawn around. */
const SIZES = [
  { m: 100_000, weights: [2] },
  { m: 1_000_000, weights: [1, -2, 3, -4, 0.5, -0.5, 2, 1] },
];
const SEED = 1;
const AGREEMENT = 1e-9; // largest relative difference accepted between the two gradients
const MIN_SAMPLE_MS = 2; // each timing sample lasts at least this long (a batch of calls)
const MIN_WARMUP_RUNS = 30;
const MAX_WARMUP_SECONDS = 10; // stop waiting for the timings to settle after this long

/**
 * Whether a warm-up has settled: the median of the last 10 runs is within 5% of the median of the 10
 * before. (tools/bench_numpy.py applies the same rule.)
 */
function settled(times: number[]): boolean {
  if (times.length < 20) return false;
  const last = median(times.slice(-10));
  const before = median(times.slice(-20, -10));
  return Math.abs(last - before) <= 0.05 * before;
}

interface Options {
  rounds: number;
  samples: number;
  warmup: number;
  numpyThreads?: number;
}

function parseOptions(args: string[]): Options {
  const options: Options = { rounds: 5, samples: 20, warmup: 1 };
  for (let k = 0; k < args.length; k++) {
    const name = args[k];
    const value = Number(args[k + 1]);
    const positiveInteger = Number.isInteger(value) && value >= 1;
    if (name === "--rounds" && positiveInteger) options.rounds = value;
    else if (name === "--samples" && positiveInteger) options.samples = value;
    else if (name === "--warmup" && value >= 0) options.warmup = value;
    else if (name === "--numpy-threads" && positiveInteger) options.numpyThreads = value;
    else {
      throw new RangeError(
        `Cannot run bench:compare: unknown option or bad value ${JSON.stringify(name)} ${
          JSON.stringify(args[k + 1])
        } (options: --rounds R, --samples S, --warmup SECONDS, --numpy-threads N)`,
      );
    }
    k++;
  }
  return options;
}

/** tools/bench_numpy.py, running, answering one JSON line per command. */
class NumpySide {
  #process: Deno.ChildProcess;
  #writer: WritableStreamDefaultWriter<Uint8Array>;
  #lines: AsyncIterator<string>;

  constructor(args: string[], env: Record<string, string>) {
    this.#process = new Deno.Command(PYTHON, {
      args: [`${ROOT}/tools/bench_numpy.py`, ...args],
      env,
      stdin: "piped",
      stdout: "piped",
      stderr: "inherit",
    }).spawn();
    this.#writer = this.#process.stdin.getWriter();
    this.#lines = lines(this.#process.stdout)[Symbol.asyncIterator]();
  }

  async ask<T>(command: string): Promise<T> {
    await this.#writer.write(new TextEncoder().encode(command + "\n"));
    const { value, done } = await this.#lines.next();
    if (done) throw new Error(`bench_numpy.py ended before answering ${JSON.stringify(command)}`);
    return JSON.parse(value) as T;
  }

  async close(): Promise<void> {
    await this.#writer.close();
    const { code } = await this.#process.status;
    if (code !== 0) throw new Error(`bench_numpy.py exited with code ${code}`);
  }
}

async function* lines(stream: ReadableStream<Uint8Array>): AsyncIterable<string> {
  let buffered = "";
  for await (const chunk of stream.pipeThrough(new TextDecoderStream())) {
    buffered += chunk;
    let end: number;
    while ((end = buffered.indexOf("\n")) >= 0) {
      yield buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
    }
  }
}

interface NumpyInfo {
  numpy: string;
  openblas: { config: string; threads: number | null };
  cpus: number;
  cpu: string;
  OPENBLAS_NUM_THREADS: string | null;
}

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function quantile(values: number[], q: number): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function ms(value: number): string {
  return value >= 10 ? value.toFixed(1) : value.toPrecision(2 + (value < 1 ? 1 : 0));
}

function loadAverage(): string {
  return Deno.loadavg().map((value) => value.toFixed(2)).join(" ");
}

/** Times `run` in `samples` samples, each the mean over `batch` calls, in ms per call. */
function timeLib(run: () => void, samples: number, batch: number): number[] {
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = performance.now();
    for (let k = 0; k < batch; k++) run();
    times.push((performance.now() - start) / batch);
  }
  return times;
}

async function compare(size: (typeof SIZES)[number], options: Options, dir: string, first: boolean) {
  const { m, weights } = size;
  const n = weights.length;
  const { X, y } = makeLinearData({ m, w: weights, b: 3, seed: SEED, xRange: [-1, 1], typed: true });
  const w = new Float64Array(n).fill(0.5); // away from the answer, so the errors are not small
  const b = 0;

  // X row by row, then y: raw float64 in this machine's byte order, which np.fromfile reads back.
  const file = `${dir}/data-${m}x${n}.f64`;
  const bytes = new Uint8Array(8 * (m * n + m));
  bytes.set(new Uint8Array(X.data.buffer, X.data.byteOffset, X.data.byteLength), 0);
  bytes.set(new Uint8Array(y.buffer, y.byteOffset, y.byteLength), X.data.byteLength);
  await Deno.writeFile(file, bytes);

  const env: Record<string, string> = {};
  if (options.numpyThreads !== undefined) env.OPENBLAS_NUM_THREADS = String(options.numpyThreads);
  const numpy = new NumpySide(
    [
      "--data",
      file,
      "--m",
      String(m),
      "--n",
      String(n),
      "--w",
      JSON.stringify(Array.from(w)),
      "--b",
      String(b),
    ],
    env,
  );
  try {
    if (first) {
      const info = await numpy.ask<NumpyInfo>("info");
      const threads = info.openblas.threads ?? "an unknown number of";
      const why = info.OPENBLAS_NUM_THREADS === null
        ? `its default: OPENBLAS_NUM_THREADS unset, ${info.cpus} cores`
        : `OPENBLAS_NUM_THREADS=${info.OPENBLAS_NUM_THREADS}`;
      console.log(
        `machine: ${info.cpus} cores, ${info.cpu}; Deno ${Deno.version.deno}, V8 ${Deno.version.v8}; ` +
          `load average ${loadAverage()} (1, 5, 15 min)`,
      );
      console.log(`numpy ${info.numpy}, ${info.openblas.config}; OpenBLAS uses ${threads} threads (${why})`);
      console.log("lib: computeGradientInto() on a typed Matrix, one thread");
    }

    // ---- the same numbers, before any timing ----
    const dw = new Float64Array(n);
    const db = computeGradientInto(X, y, w, b, dw);
    const reference = await numpy.ask<{ dw: number[]; db: number }>("gradient");
    const ours = [...dw, db];
    const theirs = [...reference.dw, reference.db];
    let worst = 0;
    ours.forEach((value, k) => {
      const scale = Math.max(Math.abs(value), Math.abs(theirs[k]));
      worst = Math.max(worst, scale === 0 ? 0 : Math.abs(value - theirs[k]) / scale);
    });
    if (!(worst < AGREEMENT)) {
      throw new Error(
        `gradient m=${m} n=${n}: the lib and numpy disagree (largest relative difference ${worst}): ` +
          `lib ${JSON.stringify(ours)}, numpy ${JSON.stringify(theirs)}`,
      );
    }

    // ---- warm-up: ≥ options.warmup seconds, ≥ 30 runs, and until the timings settle, on each side ----
    const run = () => computeGradientInto(X, y, w, b, dw);
    const warmStart = performance.now();
    const warmTimes: number[] = [];
    while (
      warmTimes.length < MIN_WARMUP_RUNS || performance.now() - warmStart < options.warmup * 1000 ||
      (!settled(warmTimes) && performance.now() - warmStart < MAX_WARMUP_SECONDS * 1000)
    ) {
      const start = performance.now();
      run();
      warmTimes.push(performance.now() - start);
    }
    const numpyWarmup = await numpy.ask<{ runs: number; settled: boolean }>(
      `warmup ${options.warmup} ${MIN_WARMUP_RUNS} ${MAX_WARMUP_SECONDS}`,
    );
    console.log(
      `  warm-up m=${m} n=${n}: lib ${warmTimes.length} runs${settled(warmTimes) ? "" : " (not settled)"}, ` +
        `numpy ${numpyWarmup.runs} runs${numpyWarmup.settled ? "" : " (not settled)"}`,
    );

    // ---- batches long enough to time well ----
    const libBatch = Math.max(1, Math.ceil(MIN_SAMPLE_MS / median(timeLib(run, 9, 1))));
    const numpyBatch = Math.max(1, Math.ceil(MIN_SAMPLE_MS / median(await numpy.ask<number[]>("time 9 1"))));

    // ---- alternating rounds ----
    const libTimes: number[] = [];
    const numpyTimes: number[] = [];
    for (let round = 0; round < options.rounds; round++) {
      const timeNumpy = async () =>
        numpyTimes.push(...await numpy.ask<number[]>(`time ${options.samples} ${numpyBatch}`));
      if (round % 2 === 0) {
        libTimes.push(...timeLib(run, options.samples, libBatch));
        await timeNumpy();
      } else {
        await timeNumpy();
        libTimes.push(...timeLib(run, options.samples, libBatch));
      }
    }

    const lib = median(libTimes);
    const np = median(numpyTimes);
    console.log(
      `gradient m=${m} n=${n}: lib ${ms(lib)} ms, numpy ${ms(np)} ms, ratio ${(lib / np).toFixed(2)}` +
        ` (fastest lib ${ms(Math.min(...libTimes))}, numpy ${ms(Math.min(...numpyTimes))} ms;` +
        ` interquartile lib ${ms(quantile(libTimes, 0.25))}–${ms(quantile(libTimes, 0.75))},` +
        ` numpy ${ms(quantile(numpyTimes, 0.25))}–${ms(quantile(numpyTimes, 0.75))} ms;` +
        ` ${libTimes.length} samples of ${libBatch} and ${numpyTimes.length} of ${numpyBatch} calls;` +
        ` gradients agree to ${worst.toExponential(1)})`,
    );
  } finally {
    await numpy.close();
  }
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(Deno.args);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const dir = await Deno.makeTempDir({ prefix: "bench-compare-" });
  try {
    for (const [k, size] of SIZES.entries()) await compare(size, options, dir, k === 0);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
  console.log(`load average after: ${loadAverage()}; medians; ratio = lib / numpy (lower is faster)`);
  return 0;
}

if (import.meta.main) Deno.exit(await main());
