/**
 * The step rules of {@linkcode gradientDescent}, component by component, with `g` the gradient and `α` the
 * learning rate; `"sign"` is lesson 01's (seed 000), `"standard"` lesson 02's, the optimizers lesson 08's:
 * - `"standard"`: `x ← x − α·g`; `"sign"`: `x ← x − α·sign(g)`;
 * - `"momentum"` (Polyak's heavy ball): `v ← β·v + g`, `x ← x − α·v`;
 * - `"nesterov"` (momentum that looks ahead, PyTorch's form): `v ← β·v + g`, `x ← x − α·(g + β·v)`;
 * - `"adagrad"`: `s ← s + g²`, `x ← x − α·g / (√s + ε)`;
 * - `"rmsprop"`: `s ← β₂·s + (1 − β₂)·g²`, the same step (AdaGrad with a fading memory);
 * - `"adam"`: `m ← β₁·m + (1 − β₁)·g`, `s` as RMSProp, both divided by `1 − βᵗ` to undo their start at zero,
 *   `x ← x − α·m̂ / (√ŝ + ε)`.
 * @module
 */
import { describe, requireInterval, requirePositive } from "../_validate.ts";

/** The optimizers' own options (each defaults as its authors suggest). */
export interface OptimizerOptions {
  /** `β` of momentum and Nesterov, in `[0, 1)`. Defaults to `0.9`; `0` gives plain gradient descent. */
  momentum?: number;
  /** `β₁` of Adam, in `[0, 1)`. Defaults to `0.9`. */
  beta1?: number;
  /** `β₂` of RMSProp and Adam, in `[0, 1)`. Defaults to `0.9` (RMSProp) and `0.999` (Adam). */
  beta2?: number;
  /** `ε` of AdaGrad, RMSProp and Adam, > 0: keeps a zero gradient from giving 0/0. Defaults to `1e-8`. */
  epsilon?: number;
}

/** The names of {@linkcode OptimizerOptions}. */
export const OPTIMIZER_OPTIONS = ["momentum", "beta1", "beta2", "epsilon"] as const;

const USES: Record<string, readonly string[]> = {
  standard: [],
  sign: [],
  momentum: ["momentum"],
  nesterov: ["momentum"],
  adagrad: ["epsilon"],
  rmsprop: ["beta2", "epsilon"],
  adam: ["beta1", "beta2", "epsilon"],
};

/** The step rule of `rule`, with its memory (`v`, `m`, `s`: one number per component, from zero). */
export function optimizerStep(
  context: string,
  rule: string,
  learningRate: number,
  n: number,
  options: OptimizerOptions,
): (x: number[], g: number[], t: number) => number[] {
  for (const name of OPTIMIZER_OPTIONS) {
    if (name in options && !USES[rule].includes(name)) {
      const uses = USES[rule].join(", ") || "none of them";
      throw new TypeError(
        `${context}: option ${name} does not apply to rule ${describe(rule)} (it uses ${uses})`,
      );
    }
  }
  const { momentum = 0.9, beta1 = 0.9, beta2 = rule === "adam" ? 0.999 : 0.9, epsilon = 1e-8 } = options;
  requireInterval(context, "momentum", momentum, "[0, 1)");
  requireInterval(context, "beta1", beta1, "[0, 1)");
  requireInterval(context, "beta2", beta2, "[0, 1)");
  requirePositive(context, "epsilon", epsilon);
  const v = new Array<number>(n).fill(0);
  const m = new Array<number>(n).fill(0);
  const s = new Array<number>(n).fill(0);
  return (x, g, t) =>
    x.map((xi, i) => {
      switch (rule) {
        case "standard":
          return xi - learningRate * g[i];
        case "sign":
          return xi - learningRate * Math.sign(g[i]);
        case "momentum":
          v[i] = momentum * v[i] + g[i];
          return xi - learningRate * v[i];
        case "nesterov":
          v[i] = momentum * v[i] + g[i];
          return xi - learningRate * (g[i] + momentum * v[i]);
        case "adagrad":
          s[i] += g[i] * g[i];
          return xi - learningRate * g[i] / (Math.sqrt(s[i]) + epsilon);
        case "rmsprop":
          s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i];
          return xi - learningRate * g[i] / (Math.sqrt(s[i]) + epsilon);
        default: // adam
          m[i] = beta1 * m[i] + (1 - beta1) * g[i];
          s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i];
          return xi -
            learningRate * (m[i] / (1 - beta1 ** t)) / (Math.sqrt(s[i] / (1 - beta2 ** t)) + epsilon);
      }
    });
}
