/**
 * Exercise checkers: right or wrong with a hint, never overwriting the learner's work (every lesson from 01).
 * @module
 */
import { describe, requireFunction, requireNonNegative } from "../_validate.ts";
import { Verdict } from "./verdict.ts";

/** Thrown by {@linkcode todo}: marks an exercise the learner has not written yet. */
export class TodoError extends Error {
  constructor() {
    super("This exercise is not written yet: replace `todo()` with your code.");
    this.name = "TodoError";
  }
}

/**
 * Stands in for the learner's code: throws a {@linkcode TodoError}, which checkers report as "not attempted".
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { todo, TodoError } from "./exercise.ts";
 * assert.throws(() => todo(), TodoError);
 * ```
 */
export function todo(): never {
  throw new TodoError();
}

/** Options of {@linkcode checkFunction}: {@linkcode CheckValueOptions} and the `inputs` (at least one). */
export interface CheckFunctionOptions extends CheckValueOptions {
  inputs: readonly (number | readonly number[])[];
}

/**
 * Runs the learner's function and a reference on every input; the {@linkcode Verdict} names the first that
 * differs. Options: `inputs` (numbers or argument lists), `name` ("f"), `tolerance` (1e-9), `hint`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkFunction } from "./exercise.ts";
 * const wrong = checkFunction((w: number) => w * w - 5, (w: number) => w * w + 3 * w - 5, { inputs: [1] });
 * assert.match(wrong.toString(), /f\(1\) should be -1, yours gave -4/);
 * ```
 */
export function checkFunction<A extends number[]>(
  learner: (...args: A) => number,
  reference: (...args: A) => number,
  { inputs, name = "f", tolerance = 1e-9, hint }: CheckFunctionOptions,
): Verdict {
  const context = `Cannot check ${name}`;
  requireFunction(context, "learner", learner);
  requireFunction(context, "reference", reference);
  if (!Array.isArray(inputs) || inputs.length === 0) {
    throw new RangeError(`${context}: inputs must be a non-empty array, got ${describe(inputs)}`);
  }
  requireNonNegative(context, "tolerance", tolerance);
  const tip = hint ? ` *Hint:* ${hint}` : "";
  for (const input of inputs) {
    const args = (typeof input === "number" ? [input] : [...input]) as A;
    const call = `${name}(${args.join(", ")})`;
    const expected = reference(...args);
    let actual: number;
    try {
      actual = learner(...args);
    } catch (error) {
      const notWritten = `… \`${name}\` is not written yet: replace \`todo()\` with your code.`;
      if (error instanceof TodoError) return new Verdict(false, notWritten, false);
      return new Verdict(false, `✗ \`${call}\` threw ${String(error)}.${tip}`);
    }
    if (typeof actual !== "number" || !Number.isFinite(actual) || !close(actual, expected, tolerance)) {
      return new Verdict(false, `✗ \`${call}\` should be ${expected}, yours gave ${String(actual)}.${tip}`);
    }
  }
  return new Verdict(true, `✓ \`${name}\` agrees with the reference on ${inputs.length} inputs.`);
}

/** Options of {@linkcode checkValue}: `name` ("your answer"), `tolerance` (relative, 1e-9), `hint`. */
export interface CheckValueOptions {
  name?: string;
  tolerance?: number;
  hint?: string;
}

/**
 * Checks the learner's number, or a function computing it (so `todo()` can stand in), against `expected`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkValue } from "./exercise.ts";
 * assert.equal(checkValue(1.5, -3 / 2, { hint: "Mind the sign." }).ok, false);
 * ```
 */
export function checkValue(
  learner: number | (() => number),
  expected: number,
  { name = "your answer", tolerance = 1e-9, hint }: CheckValueOptions = {},
): Verdict {
  if (!Number.isFinite(expected)) throw new RangeError(`Cannot check ${name}: expected value is ${expected}`);
  const tip = hint ? ` *Hint:* ${hint}` : "";
  const answer = answerOf(learner, name, tip);
  if (answer instanceof Verdict) return answer;
  const { value } = answer;
  if (typeof value !== "number" || !Number.isFinite(value) || !close(value, expected, tolerance)) {
    return new Verdict(false, `✗ ${name} is ${String(value)}, which is not right.${tip}`);
  }
  return new Verdict(true, `✓ ${name}: ${value} is right.`);
}

/**
 * Checks a multiple-choice answer (or a function returning it) against `expected`, the right choice or every
 * choice that counts as right; an answer outside `choices` is reported as such.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkChoice } from "./exercise.ts";
 * assert.equal(checkChoice("c", ["a", "c"], ["a", "b", "c"]).ok, true);
 * ```
 */
export function checkChoice<T extends string>(
  learner: T | string | (() => T | string),
  expected: T | readonly T[],
  choices: readonly T[],
  { name = "your answer", hint }: { name?: string; hint?: string } = {},
): Verdict {
  const right: readonly T[] = typeof expected === "string" ? [expected] : expected;
  if (right.length === 0) throw new RangeError(`Cannot check ${name}: expected no choice at all`);
  for (const choice of right) {
    if (!choices.includes(choice)) {
      throw new RangeError(`Cannot check ${name}: expected "${choice}" is not one of ${choices.join(", ")}`);
    }
  }
  const tip = hint ? ` *Hint:* ${hint}` : "";
  const answer = answerOf(learner, name, tip);
  if (answer instanceof Verdict) return answer;
  const { value } = answer;
  if (!(choices as readonly string[]).includes(value)) {
    return new Verdict(false, `✗ ${name} "${value}" is not one of ${choices.join(", ")}.`);
  }
  return (right as readonly string[]).includes(value)
    ? new Verdict(true, `✓ ${name}: "${value}" is right.`)
    : new Verdict(false, `✗ ${name}: "${value}" is not right.${tip}`);
}

/** The learner's answer, or the verdict when there is none yet (`todo()`) or computing it threw. */
function answerOf<V>(learner: V | (() => V), name: string, tip: string): { value: V } | Verdict {
  try {
    return { value: typeof learner === "function" ? (learner as () => V)() : learner };
  } catch (error) {
    if (error instanceof TodoError) return new Verdict(false, `… ${name} is not given yet.`, false);
    return new Verdict(false, `✗ computing ${name} threw ${String(error)}.${tip}`);
  }
}

function close(actual: number, expected: number, tolerance: number): boolean {
  return Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));
}
