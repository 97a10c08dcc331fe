import { requireFunction, requireOptions, requirePositive } from "../_validate.ts";

/** Refuses a step `h` so small that `x ± h` rounds to `x` (the quotient would be `0 / h`, a false flat). */
export function assertStepResolves(x: number, h: number, context: string): void {
  if (x + h === x || x - h === x) {
    throw new RangeError(
      `${context}: h = ${h} is too small for x = ${x} (x + h rounds to x in double precision); use a larger h`,
    );
  }
}

/** Checks known options, `f` a function and `h` > 0 (default `hDefault`); returns the options with `h` set. */
export function differenceOptions<O extends { h?: number }>(
  context: string,
  f: unknown,
  options: O | undefined,
  known: readonly string[],
  hDefault = 1e-4,
): O & { h: number } {
  const checked = requireOptions(context, options, known);
  requireFunction(context, "f", f);
  return { ...checked, h: requirePositive(context, "h", checked.h ?? hDefault) };
}
