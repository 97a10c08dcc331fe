/**
 * The one loop behind gradient descent, the optimizers, Newton's method and the regression fits: it owns
 * the shared options, starts, history, tolerance, divergence and `status`/`reason`; each method its step.
 * @module
 */
import {
  describe,
  requireFinite,
  requireFunction,
  requireInteger,
  requireNonNegative,
  requireNumber,
  requireNumbers,
} from "../_validate.ts";

/** Why a run stopped: its step fell within `tolerance`, it used every iteration, or its numbers blew up. */
export type Status = "converged" | "max-iterations" | "diverged";

/**
 * One point of a run: the `iteration` that led to `x` (0 for the start), `value` = `f(x)` when `f` is known,
 * the `gradient` at `x`, and `step`, the largest absolute component of the step that led here.
 */
export interface HistoryEntry<X = number | number[]> {
  iteration: number;
  x: X;
  value?: number;
  gradient: X;
  step: number;
}

/**
 * What every iterative method returns: the last accepted (finite) `x`, `status` and a printable `reason`,
 * `iterations`, `value` and `gradient` at `x`, and the recorded `history`, start included.
 */
export interface DescentResult<X = number | number[], E = HistoryEntry<X>> {
  x: X;
  status: Status;
  reason: string;
  iterations: number;
  value?: number;
  gradient: X;
  history: E[];
}

/** The options every method shares; see the vocabulary table in `lib/README.md`. */
export interface DescentOptions<X = number | number[], E = HistoryEntry<X>> {
  /** The most steps to take, an integer >= 1. */
  maxIterations?: number;
  /** Stop with `"converged"` once a step's size is `<= tolerance`; `0` never stops early. */
  tolerance?: number;
  /** The function being minimized; when given, each entry records `value: f(x)`. */
  f?: (x: X) => number;
  /** Called with every entry as it is made, recorded or not. */
  onIteration?: (entry: E) => void;
  /** Keep every `recordEvery`-th entry (start and last always); `0` keeps none. Defaults to `1`. */
  recordEvery?: number;
  /** Declare divergence once a component of `x` exceeds this in absolute value. */
  divergenceBound?: number;
}

/** The option names the driver reads. */
export const DESCENT_OPTIONS = [
  "maxIterations",
  "tolerance",
  "f",
  "onIteration",
  "recordEvery",
  "divergenceBound",
];

/** The two call forms of every method: a number start with its derivative, a vector start with its gradient. */
export interface Solver<ON, OV, RN, RV> {
  (gradient: (x: number) => number, start: number, options?: ON): RN;
  (gradient: (x: number[]) => number[], start: readonly number[], options?: OV): RV;
}

/** A method's part: the gradient (and value) at a point, and its step from there. */
export interface Method {
  /** The gradient at `x` and, when known, the value there; throws on a wrong shape. */
  evaluate(x: number[]): { gradient: number[]; value?: number };
  /** The next point after step `t` (1, 2, …), or a status and reason to stop with. */
  step(
    x: number[],
    gradient: number[],
    t: number,
    value?: number,
  ): number[] | { stop: Status; reason: string };
  /** Fields the method adds to each history entry. */
  extra?(iteration: number, x: number[], value: number | undefined): object;
  /**
   * Signs of blowing up in a row that mean divergence (default `Infinity`: never): growing overshoots, or with
   * `watch: "value"` rises above the start value (a stable step never raises a convex quadratic cost).
   */
  patience?: number;
  watch?: "overshoot" | "value";
  /** Appended to a divergence reason (e.g. "; try a smaller learningRate"). */
  advice?: string;
}

/** Validates a user's `gradient`/`f` pair and wraps it as a `Method.evaluate` for a number or vector start. */
export function userFunctions(context: string, gradient: unknown, f: unknown, scalar: boolean, n: number) {
  requireFunction(context, "gradient", gradient);
  if (f !== undefined) requireFunction(context, "f", f);
  const point = (x: number[]) => (scalar ? x[0] : x.slice());
  return (x: number[]): { gradient: number[]; value?: number } => {
    const g: unknown = (gradient as (x: unknown) => unknown)(point(x));
    const where = describe(point(x));
    if (!scalar && !Array.isArray(g)) {
      throw new TypeError(`${context}: gradient must return an array of ${n} numbers, got ${describe(g)}`);
    }
    const values = (scalar ? [g] : g) as unknown[];
    if (values.length !== n) {
      throw new TypeError(`${context}: gradient returned ${values.length} values but x has ${n}`);
    }
    const checked = values.map((v, i) =>
      requireNumber(context, scalar ? `gradient(${where})` : `gradient(x)[${i}]`, v)
    );
    const value = f === undefined
      ? undefined
      : requireNumber(context, `f(${where})`, (f as (x: unknown) => unknown)(point(x)));
    return { gradient: checked, value };
  };
}

/** Checks a start (a number or a non-empty array of finite numbers) and returns it as an array. */
export function startVector(context: string, start: unknown): number[] {
  if (typeof start === "number") return [requireFinite(context, "start", start)];
  return Array.from(requireNumbers(context, "start", start));
}

const largest = (v: readonly number[]) => v.reduce((a, c) => Math.max(a, Math.abs(c)), 0);
const finite = (v: readonly number[]) => v.every(Number.isFinite);

/** Runs `method` from `start` under the shared options; `scalar` unwraps points for a number start. */
export function descend<E extends HistoryEntry>(
  context: string,
  method: Method,
  start: number[],
  scalar: boolean,
  options: DescentOptions<never, never>,
  defaults: { maxIterations: number; tolerance: number; divergenceBound?: number },
): DescentResult<number | number[], E> {
  const { maxIterations = defaults.maxIterations, tolerance = defaults.tolerance, recordEvery = 1 } = options;
  const { divergenceBound = defaults.divergenceBound ?? 1e12 } = options;
  const onIteration = options.onIteration as ((entry: E) => void) | undefined;
  requireInteger(context, "maxIterations", maxIterations);
  requireNonNegative(context, "tolerance", tolerance);
  requireInteger(context, "recordEvery", recordEvery, 0);
  if (onIteration !== undefined) requireFunction(context, "onIteration", onIteration);
  if (!(typeof divergenceBound === "number" && divergenceBound > 0)) {
    throw new RangeError(`${context}: divergenceBound must be > 0, got ${describe(divergenceBound)}`);
  }
  const point = (v: number[]) => (scalar ? v[0] : v);
  if (largest(start) > divergenceBound) {
    throw new RangeError(
      `${context}: start ${describe(point(start))} is beyond divergenceBound ${divergenceBound}`,
    );
  }
  let x = start;
  let { gradient: g, value } = method.evaluate(x);
  if (!finite(g)) throw new RangeError(`${context}: the gradient at start is ${describe(point(g))}`);
  if (value !== undefined) requireFinite(context, "f(start)", value);

  const history: E[] = [];
  let last: E | undefined;
  const record = (iteration: number, step: number) => {
    if (recordEvery === 0 && onIteration === undefined) return;
    const entry = {
      iteration,
      x: point(x),
      gradient: point(g),
      step,
      ...method.extra?.(iteration, x, value),
    } as E;
    if (value !== undefined) entry.value = value;
    if (recordEvery > 0 && iteration % recordEvery === 0) history.push(entry);
    else if (recordEvery > 0) last = entry;
    onIteration?.(entry);
  };
  record(0, 0);

  let status: Status = "max-iterations";
  let reason = `took all ${maxIterations} steps`;
  let iterations = 0;
  let before: number[] | undefined; // the point before x, to see a step reverse direction
  let previousStep = 0;
  let previousDrift = -Infinity;
  let overshoots = 0;
  const { patience = Infinity, watch = "overshoot", advice = "" } = method;
  const startValue = value;

  for (let t = 1; t <= maxIterations; t++) {
    const next = method.step(x, g, t, value);
    if (!Array.isArray(next)) {
      [status, reason] = [next.stop, next.reason];
      break;
    }
    if (!finite(next) || largest(next) > divergenceBound) {
      const beyond = finite(next) ? `, beyond divergenceBound ${divergenceBound}` : "";
      [status, reason] = ["diverged", `step ${t} gave x = ${describe(point(next))}${beyond}${advice}`];
      break;
    }
    const evaluated = method.evaluate(next);
    const where = `at x = ${describe(point(next))} (step ${t}) is`;
    if (!finite(evaluated.gradient)) {
      [status, reason] = [
        "diverged",
        `the gradient ${where} ${describe(point(evaluated.gradient))}${advice}`,
      ];
      break;
    }
    if (evaluated.value !== undefined && !Number.isFinite(evaluated.value)) {
      [status, reason] = ["diverged", `f(x) ${where} ${evaluated.value}${advice}`];
      break;
    }
    // An overshoot: the step reverses the previous one, is longer, and lands farther from the point two steps
    // back than the last step did — a growing zigzag, not one settling into a 2-cycle.
    let step = 0;
    let dot = 0;
    let drift = 0;
    for (let i = 0; i < x.length; i++) {
      step = Math.max(step, Math.abs(next[i] - x[i]));
      if (before === undefined) continue;
      dot += (next[i] - x[i]) * (x[i] - before[i]);
      drift = Math.max(drift, Math.abs(next[i] - before[i]));
    }
    if (watch === "value") {
      overshoots = evaluated.value! > value! ? overshoots + 1 : 0;
    } else if (before !== undefined) {
      overshoots = dot < 0 && step > previousStep && drift > previousDrift ? overshoots + 1 : 0;
      previousDrift = drift;
    }
    [before, x, g, value, iterations, previousStep] = [x, next, evaluated.gradient, evaluated.value, t, step];
    record(t, step);
    if (tolerance > 0 && step <= tolerance) {
      [status, reason] = ["converged", `step ${t} moved ${step}, within tolerance ${tolerance}`];
      break;
    }
    if (overshoots >= patience && (watch === "overshoot" || value! > startValue!)) {
      status = "diverged";
      reason = watch === "value"
        ? `the value rose ${overshoots} steps in a row, to ${value} (step ${t})${advice}`
        : `the last ${overshoots} steps each jumped over the minimum and grew (step ${t} moved ${step})${advice}`;
      break;
    }
  }
  if (status === "max-iterations" && tolerance > 0) {
    reason += `; the last step moved ${previousStep}, more than tolerance ${tolerance}`;
  }
  if (last !== undefined && last.iteration === iterations) history.push(last);
  const result: DescentResult<number | number[], E> = {
    x: point(x),
    status,
    reason,
    iterations,
    gradient: point(g),
    history,
  };
  if (value !== undefined) result.value = value;
  return result;
}
