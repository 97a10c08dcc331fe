// Every bad input the stochastic functions are expected to reject, in one table: what was tried, the error
// class, and what the message must say.

import assert from "node:assert/strict";
import { fitMiniBatch } from "./mini_batch.ts";
import {
  constantSchedule,
  cosineSchedule,
  exponentialSchedule,
  linearSchedule,
  stepSchedule,
  warmup,
} from "./schedules.ts";

// deno-lint-ignore no-explicit-any
const loose = (value: unknown) => value as any;
const X3 = [[1], [2], [3]];
const y3 = [2, 4, 6];
const rate = cosineSchedule({ initial: 0.1, total: 10 });

const table: [string, () => unknown, ErrorConstructor, RegExp][] = [
  // ---- schedules ----
  [
    "constantSchedule() with initial 0",
    () => constantSchedule({ initial: 0 }),
    RangeError,
    /Cannot make a constant schedule: initial must be > 0, got 0/,
  ],
  [
    "constantSchedule() with a negative initial",
    () => constantSchedule({ initial: -0.1 }),
    RangeError,
    /got -0.1/,
  ],
  ["constantSchedule() with initial NaN", () => constantSchedule({ initial: NaN }), RangeError, /got NaN/],
  [
    "constantSchedule() with initial Infinity",
    () => constantSchedule({ initial: Infinity }),
    RangeError,
    /initial must be > 0, got Infinity/,
  ],
  [
    "constantSchedule() with a string initial",
    () => constantSchedule(loose({ initial: "0.1" })),
    TypeError,
    /initial must be a number, got "0.1"/,
  ],
  [
    "constantSchedule() without options",
    () => constantSchedule(loose(undefined)),
    TypeError,
    /initial must be a number, got undefined/,
  ],
  [
    "constantSchedule() with a misspelt option",
    () => constantSchedule(loose({ learningRate: 0.1 })),
    TypeError,
    /unknown option "learningRate" \(did you mean "initial"\? known: "initial"\)/,
  ],
  [
    "constantSchedule() with options that are a number",
    () => constantSchedule(loose(0.1)),
    TypeError,
    /options must be an object, got 0.1/,
  ],
  [
    "stepSchedule() with drop 0",
    () => stepSchedule({ initial: 0.1, drop: 0, every: 10 }),
    RangeError,
    /Cannot make a step schedule: drop must be in \(0, 1\], got 0/,
  ],
  [
    "stepSchedule() with drop above 1",
    () => stepSchedule({ initial: 0.1, drop: 1.5, every: 10 }),
    RangeError,
    /drop must be in \(0, 1\], got 1.5/,
  ],
  [
    "stepSchedule() with a string drop",
    () => stepSchedule(loose({ initial: 0.1, drop: "0.5", every: 10 })),
    TypeError,
    /drop must be a number, got "0.5"/,
  ],
  [
    "stepSchedule() with every 0",
    () => stepSchedule({ initial: 0.1, every: 0 }),
    RangeError,
    /every must be an integer >= 1, got 0/,
  ],
  [
    "stepSchedule() with a fractional every",
    () => stepSchedule({ initial: 0.1, every: 2.5 }),
    RangeError,
    /every must be an integer >= 1, got 2.5/,
  ],
  [
    "stepSchedule() without every",
    () => stepSchedule(loose({ initial: 0.1 })),
    TypeError,
    /every must be a number, got undefined/,
  ],
  [
    "exponentialSchedule() with decay 0",
    () => exponentialSchedule({ initial: 0.1, decay: 0 }),
    RangeError,
    /Cannot make an exponential schedule: decay must be in \(0, 1\], got 0/,
  ],
  [
    "exponentialSchedule() with decay above 1 (a growing rate)",
    () => exponentialSchedule({ initial: 0.1, decay: 1.01 }),
    RangeError,
    /decay must be in \(0, 1\], got 1.01/,
  ],
  [
    "exponentialSchedule() with decay NaN",
    () => exponentialSchedule({ initial: 0.1, decay: NaN }),
    RangeError,
    /decay must be in \(0, 1\], got NaN/,
  ],
  [
    "linearSchedule() with final above initial",
    () => linearSchedule({ initial: 0.1, final: 0.2, total: 10 }),
    RangeError,
    /Cannot make a linear schedule: final must be in \[0, 0.1\], got 0.2/,
  ],
  [
    "linearSchedule() with a negative final",
    () => linearSchedule({ initial: 0.1, final: -0.01, total: 10 }),
    RangeError,
    /final must be in \[0, 0.1\], got -0.01/,
  ],
  [
    "linearSchedule() with total 0",
    () => linearSchedule({ initial: 0.1, total: 0 }),
    RangeError,
    /total must be an integer >= 1, got 0/,
  ],
  [
    "cosineSchedule() with final NaN",
    () => cosineSchedule({ initial: 0.1, final: NaN, total: 10 }),
    RangeError,
    /Cannot make a cosine schedule: final must be in \[0, 0.1\], got NaN/,
  ],
  [
    "cosineSchedule() with a string final",
    () => cosineSchedule(loose({ initial: 0.1, final: "0", total: 10 })),
    TypeError,
    /final must be a number, got "0"/,
  ],
  [
    "cosineSchedule() with a fractional total",
    () => cosineSchedule({ initial: 0.1, total: 99.5 }),
    RangeError,
    /total must be an integer >= 1, got 99.5/,
  ],
  [
    "cosineSchedule() without total",
    () => cosineSchedule(loose({ initial: 0.1 })),
    TypeError,
    /total must be a number, got undefined/,
  ],
  [
    "warmup() of something that is not a schedule",
    () => warmup(loose(0.1), { steps: 5 }),
    TypeError,
    /Cannot add a warm-up: schedule must be a function, got 0.1/,
  ],
  [
    "warmup() with steps 0",
    () => warmup(rate, { steps: 0 }),
    RangeError,
    /steps must be an integer >= 1, got 0/,
  ],
  ["warmup() with fractional steps", () => warmup(rate, { steps: 1.5 }), RangeError, /got 1.5/],
  [
    "warmup() with a misspelt option",
    () => warmup(rate, loose({ step: 5 })),
    TypeError,
    /unknown option "step" \(did you mean "steps"\?/,
  ],
  [
    "a schedule asked for iteration -1",
    () => rate(-1),
    RangeError,
    /Cannot compute the learning rate: iteration must be an integer >= 0, got -1/,
  ],
  [
    "a schedule asked for iteration 1.5",
    () => rate(1.5),
    RangeError,
    /iteration must be an integer >= 0, got 1.5/,
  ],
  ["a schedule asked for iteration NaN", () => rate(NaN), RangeError, /got NaN/],
  ["a schedule asked for iteration Infinity", () => rate(Infinity), RangeError, /got Infinity/],
  [
    'a schedule asked for iteration "3"',
    () => rate(loose("3")),
    TypeError,
    /iteration must be a number, got "3"/,
  ],
  [
    "a warm-up schedule asked for iteration -2",
    () => warmup(rate, { steps: 3 })(-2),
    RangeError,
    /iteration must be an integer >= 0, got -2/,
  ],

  // ---- fitMiniBatch: data ----
  [
    "fitMiniBatch() with no rows",
    () => fitMiniBatch([], []),
    RangeError,
    /Cannot run mini-batch gradient descent: X must have at least one row, got 0 rows/,
  ],
  [
    "fitMiniBatch() with ragged rows",
    () => fitMiniBatch([[1, 2], [3]], [1, 2]),
    RangeError,
    /X is ragged: row 0 has 2 values but row 1 has 1/,
  ],
  [
    "fitMiniBatch() with NaN in X",
    () => fitMiniBatch([[1], [NaN]], [1, 2]),
    RangeError,
    /X\[1\]\[0\] must be a finite number, got NaN/,
  ],
  [
    "fitMiniBatch() with a Matrix holding Infinity",
    () => fitMiniBatch({ rows: 2, cols: 1, data: new Float64Array([1, Infinity]) }, [1, 2]),
    RangeError,
    /X\[1\]\[0\] must be a finite number, got Infinity/,
  ],
  [
    "fitMiniBatch() with more targets than rows",
    () => fitMiniBatch(X3, [1, 2, 3, 4]),
    RangeError,
    /X has 3 rows but y has 4 values/,
  ],
  [
    "fitMiniBatch() with NaN in y",
    () => fitMiniBatch(X3, [1, NaN, 3]),
    RangeError,
    /y\[1\] must be a finite number/,
  ],
  [
    "fitMiniBatch() with y not an array",
    () => fitMiniBatch(X3, loose("246")),
    TypeError,
    /y must be an array/,
  ],

  // ---- fitMiniBatch: options ----
  [
    "fitMiniBatch() with batchSize 0",
    () => fitMiniBatch(X3, y3, { batchSize: 0 }),
    RangeError,
    /batchSize must be an integer from 1 to 3, got 0/,
  ],
  [
    "fitMiniBatch() with batchSize above m",
    () => fitMiniBatch(X3, y3, { batchSize: 4 }),
    RangeError,
    /Cannot run mini-batch gradient descent: batchSize must be an integer from 1 to 3, got 4/,
  ],
  [
    "fitMiniBatch() with a fractional batchSize",
    () => fitMiniBatch(X3, y3, { batchSize: 1.5 }),
    RangeError,
    /batchSize must be an integer from 1 to 3, got 1.5/,
  ],
  [
    "fitMiniBatch() with batchSize NaN",
    () => fitMiniBatch(X3, y3, { batchSize: NaN }),
    RangeError,
    /batchSize must be an integer from 1 to 3, got NaN/,
  ],
  [
    "fitMiniBatch() with a string batchSize",
    () => fitMiniBatch(X3, y3, loose({ batchSize: "2" })),
    TypeError,
    /batchSize must be a number, got "2"/,
  ],
  [
    "fitMiniBatch() with 0 epochs",
    () => fitMiniBatch(X3, y3, { batchSize: 1, epochs: 0 }),
    RangeError,
    /epochs must be an integer >= 1, got 0/,
  ],
  [
    "fitMiniBatch() with fractional epochs",
    () => fitMiniBatch(X3, y3, { batchSize: 1, epochs: 2.5 }),
    RangeError,
    /epochs must be an integer >= 1, got 2.5/,
  ],
  [
    "fitMiniBatch() with learningRate 0",
    () => fitMiniBatch(X3, y3, { batchSize: 1, learningRate: 0 }),
    RangeError,
    /learningRate must be > 0, got 0/,
  ],
  [
    "fitMiniBatch() with a negative learningRate",
    () => fitMiniBatch(X3, y3, { batchSize: 1, learningRate: -0.1 }),
    RangeError,
    /Cannot run mini-batch gradient descent: learningRate must be > 0, got -0.1/,
  ],
  [
    "fitMiniBatch() with learningRate Infinity",
    () => fitMiniBatch(X3, y3, { batchSize: 1, learningRate: Infinity }),
    RangeError,
    /learningRate must be > 0, got Infinity/,
  ],
  [
    "fitMiniBatch() with both learningRate and schedule",
    () => fitMiniBatch(X3, y3, { batchSize: 1, learningRate: 0.1, schedule: rate }),
    TypeError,
    /give learningRate or schedule, not both \(got learningRate 0.1\)/,
  ],
  [
    "fitMiniBatch() with a schedule that is a number",
    () => fitMiniBatch(X3, y3, loose({ batchSize: 1, schedule: 0.1 })),
    TypeError,
    /schedule must be a function, got 0.1/,
  ],
  [
    "fitMiniBatch() with a schedule that returns a negative rate",
    () => fitMiniBatch(X3, y3, { batchSize: 1, schedule: (t) => (t < 3 ? 0.1 : -1) }),
    RangeError,
    /the rate schedule\(3\) must be >= 0, got -1/,
  ],
  [
    "fitMiniBatch() with a schedule that returns NaN at the start",
    () => fitMiniBatch(X3, y3, { batchSize: 1, schedule: () => NaN }),
    RangeError,
    /the rate schedule\(0\) must be >= 0, got NaN/,
  ],
  [
    "fitMiniBatch() with a schedule that returns a string",
    () => fitMiniBatch(X3, y3, { batchSize: 1, schedule: loose(() => "0.1") }),
    TypeError,
    /schedule\(0\) must be a number, got "0.1"/,
  ],
  [
    "fitMiniBatch() with a negative seed",
    () => fitMiniBatch(X3, y3, { batchSize: 1, seed: -1 }),
    RangeError,
    /seed must be an integer from 0 to 4294967295, got -1/,
  ],
  [
    "fitMiniBatch() with a fractional seed, even without shuffling",
    () => fitMiniBatch(X3, y3, { batchSize: 1, seed: 1.5, shuffle: false }),
    RangeError,
    /seed must be an integer from 0 to 4294967295, got 1.5/,
  ],
  [
    "fitMiniBatch() with a string seed",
    () => fitMiniBatch(X3, y3, loose({ batchSize: 1, seed: "7" })),
    TypeError,
    /seed must be a number, got "7"/,
  ],
  [
    'fitMiniBatch() with shuffle "yes"',
    () => fitMiniBatch(X3, y3, loose({ batchSize: 1, shuffle: "yes" })),
    TypeError,
    /shuffle must be true or false, got "yes"/,
  ],
  [
    'fitMiniBatch() with sampling "bootstrap"',
    () => fitMiniBatch(X3, y3, loose({ batchSize: 1, sampling: "bootstrap" })),
    RangeError,
    /sampling must be one of "reshuffle", "with replacement", got "bootstrap"/,
  ],
  [
    'fitMiniBatch() with sampling "with replacement" and shuffle false',
    () => fitMiniBatch(X3, y3, { batchSize: 1, sampling: "with replacement", shuffle: false }),
    TypeError,
    /sampling "with replacement" .* needs shuffle: true/,
  ],
  [
    "fitMiniBatch() with too many starting weights",
    () => fitMiniBatch(X3, y3, { batchSize: 1, w: [0, 0] }),
    RangeError,
    /X has 1 column but w has 2 values/,
  ],
  [
    "fitMiniBatch() with NaN in the starting weights",
    () => fitMiniBatch(X3, y3, { batchSize: 1, w: [NaN] }),
    RangeError,
    /w\[0\] must be a finite number, got NaN/,
  ],
  [
    "fitMiniBatch() with a starting bias of Infinity",
    () => fitMiniBatch(X3, y3, { batchSize: 1, b: Infinity }),
    RangeError,
    /b must be a finite number, got Infinity/,
  ],
  [
    "fitMiniBatch() with a string starting bias",
    () => fitMiniBatch(X3, y3, loose({ batchSize: 1, b: "0" })),
    TypeError,
    /b must be a number, got "0"/,
  ],
  [
    "fitMiniBatch() with onIteration not a function",
    () => fitMiniBatch(X3, y3, loose({ batchSize: 1, onIteration: true })),
    TypeError,
    /onIteration must be a function, got true/,
  ],
  [
    "fitMiniBatch() with recordEvery -1",
    () => fitMiniBatch(X3, y3, { batchSize: 1, recordEvery: -1 }),
    RangeError,
    /recordEvery must be an integer >= 0, got -1/,
  ],
  [
    "fitMiniBatch() with a misspelt option",
    () => fitMiniBatch(X3, y3, loose({ batchSize: 1, learningrate: 0.1 })),
    TypeError,
    /unknown option "learningrate"/,
  ],
  [
    "fitMiniBatch() with options null",
    () => fitMiniBatch(X3, y3, loose(null)),
    TypeError,
    /options must be an object, got null/,
  ],
];

for (const [what, run, errorClass, message] of table) {
  Deno.test(`${what} throws a ${errorClass.name} that names the bad value`, () => {
    assert.throws(run, (error: unknown) => {
      assert.ok(error instanceof errorClass, `expected a ${errorClass.name}, got ${error}`);
      assert.match((error as Error).message, message);
      return true;
    });
  });
}
