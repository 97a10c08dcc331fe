import {
  describe,
  evaluate,
  requireFinite,
  requireFunction,
  requireNumbers,
  requireOneOf,
  requireOptions,
  requirePositive,
} from "../_validate.ts";
import { assertStepResolves } from "./_evaluate.ts";
import { DIFFERENCE_METHODS, type DifferenceMethod, numericalDerivative } from "./derivative.ts";

/** Options for {@linkcode stepErrors}: `steps` > 0 ({@linkcode DEFAULT_DIFFERENCE_STEPS}), `methods` (all three). */
export interface StepErrorsOptions {
  steps?: readonly number[];
  methods?: readonly DifferenceMethod[];
}

/** One estimate of `f'(x)` by `method` with step `h`, and its `error` against the exact derivative. */
export interface StepError {
  method: DifferenceMethod;
  h: number;
  estimate: number;
  error: number;
}

/** The default steps of {@linkcode stepErrors}: `10^(−k/4)` for `k = 4 … 52`. */
export const DEFAULT_DIFFERENCE_STEPS: readonly number[] = Array.from(
  { length: 49 },
  (_, i) => 10 ** (-(i + 4) / 4),
);

/**
 * The error of `f'(x)` by each finite difference and step `h`, against the exact `derivative`. On log–log
 * axes it falls along a line while truncation dominates (slope 1 forward/backward, 2 central), then rises
 * raggedly once rounding in `f(x ± h)` dominates (lesson 10).
 * @returns One {@linkcode StepError} per method and step: every step of the first method, then the next.
 * @example For e^x at 1, the forward error at h = 1e-4 is about h·e/2
 * ```ts
 * import assert from "node:assert/strict";
 * import { stepErrors } from "./step_error.ts";
 *
 * const [forward] = stepErrors(Math.exp, Math.exp, 1, { steps: [1e-4], methods: ["forward"] });
 * assert.ok(Math.abs(forward.error / (1e-4 * Math.E / 2) - 1) < 1e-3);
 * ```
 */
export function stepErrors(
  f: (x: number) => number,
  derivative: (x: number) => number,
  x: number,
  options: StepErrorsOptions = {},
): StepError[] {
  const context = "Cannot measure the step errors";
  requireOptions(context, options, ["steps", "methods"]);
  const { steps = DEFAULT_DIFFERENCE_STEPS, methods = DIFFERENCE_METHODS } = options;
  requireFunction(context, "f", f);
  requireFunction(context, "derivative", derivative);
  requireFinite(context, "x", x);
  requireNumbers(context, "steps", steps);
  steps.forEach((h, i) => {
    requirePositive(context, `steps[${i}]`, h);
    assertStepResolves(x, h, context);
  });
  if (!Array.isArray(methods) || methods.length === 0) {
    throw new TypeError(`${context}: methods must be a non-empty array, got ${describe(methods)}`);
  }
  methods.forEach((method, i) => requireOneOf(context, `methods[${i}]`, method, DIFFERENCE_METHODS));
  const exact = evaluate(context, "derivative", derivative, x);

  const rows: StepError[] = [];
  for (const method of methods) {
    for (const h of steps) {
      const estimate = numericalDerivative(f, x, { h, method });
      rows.push({ method, h, estimate, error: Math.abs(estimate - exact) });
    }
  }
  return rows;
}
