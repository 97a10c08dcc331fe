import assert from "node:assert/strict";
import { assertBadInputs, type BadInput } from "./_assert_errors.ts";
import { assertSnapshot } from "./_assert_snapshot.ts";
import { f, gradientPath } from "./_fixtures.ts";
import { pathDomain } from "./_path.ts";
import { plotRuns } from "./mod.ts";

const threeRates = () => ({
  "α = 0.02": gradientPath(3, 0.02, 30),
  "α = 0.2": gradientPath(3, 0.2, 30),
  "α = 0.55": gradientPath(3, 0.55, 30),
});

Deno.test("plotRuns() snapshot: three learning rates side by side on 2x² − 3x + 4", async () => {
  const chart = plotRuns(f, threeRates(), { domain: [-3, 4] });
  assert.equal(chart.mime, "image/svg+xml");
  assert.match(chart.svg, /^<svg [^>]*height="300"/);
  await assertSnapshot(chart, "runs-three-rates");
});

Deno.test("plotRuns() draws one titled panel per run, in the order given, each with a start and an end", () => {
  const chart = plotRuns(f, threeRates(), { domain: [-3, 4] });
  const titles = /aria-label="fx-axis tick label">([^]*?)aria-label="y-grid"/.exec(chart.svg)?.[1] ?? "";
  assert.deepEqual([...titles.matchAll(/>(α = [\d.]+)</g)].map((m) => m[1]), [
    "α = 0.02",
    "α = 0.2",
    "α = 0.55",
  ]);
  const offsets = [...titles.matchAll(/<g transform="translate\(([\d.]+),0\)">/g)].map((m) => Number(m[1]));
  assert.deepEqual(offsets, [0, 193, 386], "three panels side by side");
  assert.equal((chart.svg.match(/>start</g) ?? []).length, 3);
  assert.equal((chart.svg.match(/>end</g) ?? []).length, 2);
  assert.equal((chart.svg.match(/>leaves the chart</g) ?? []).length, 1);
  assert.match(chart.ariaDescription, /α = 0\.55: 31 iterates from x = 3, leaving the chart after step \d+/);
  assert.match(
    chart.ariaDescription,
    /α = 0\.2: 31 iterates from x = 3, ending at x = 0\.75 after 30 steps\./,
  );
});

Deno.test("plotRuns() defaults the domain to all iterates plus 20% on each side", () => {
  // Iterates span [1, 3]; 20% of the width 2 on each side gives [0.6, 3.4].
  const [min, max] = pathDomain([[{ x: 1, y: 0, step: 0 }, { x: 2, y: 0, step: 1 }], [{
    x: 3,
    y: 0,
    step: 0,
  }]]);
  assert.ok(Math.abs(min - 0.6) < 1e-12 && Math.abs(max - 3.4) < 1e-12, `[${min}, ${max}]`);
  assert.deepEqual(pathDomain([[{ x: 2, y: 0, step: 0 }]]), [1, 3], "a single point gets ± 1");
  const chart = plotRuns(f, { a: [1, 2], b: [3] });
  assert.match(chart.ariaLabel, /^2 descent runs side by side on the curve of f\(x\): a, b$/);
});

Deno.test("plotRuns() rejects bad input, naming the value", () => {
  const table: BadInput[] = [
    ["f not a function", () => plotRuns(1 as never, { a: [1] }), TypeError, /f must be a function, got 1/],
    [
      "runs an array",
      () => plotRuns(f, [[1]] as never),
      TypeError,
      /runs must be an object of named paths, got \[\[…\]\]/,
    ],
    ["runs null", () => plotRuns(f, null as never), TypeError, /got null/],
    ["no runs", () => plotRuns(f, {}), RangeError, /at least one named path, got \{\}/],
    [
      "empty run",
      () => plotRuns(f, { a: [1], b: [] }),
      RangeError,
      /runs\["b"\] must not be empty, got \[\]/,
    ],
    [
      "run with a string",
      () => plotRuns(f, { a: ["1"] } as never),
      TypeError,
      /runs\["a"\]\[0\] must be a number, got "1"/,
    ],
    [
      "run starting at NaN",
      () => plotRuns(f, { a: [NaN] }),
      RangeError,
      /cannot be drawn from its start: x is NaN at step 0/,
    ],
    [
      "bad domain",
      () => plotRuns(f, { a: [1] }, { domain: [0, NaN] }),
      RangeError,
      /domain\[1\] must be a finite number, got NaN/,
    ],
  ];
  assertBadInputs("Cannot plot the runs: ", table);
});
