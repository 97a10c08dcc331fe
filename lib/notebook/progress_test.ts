import assert from "node:assert/strict";
import { progressBar } from "./progress.ts";

Deno.test("progressBar() redraws a bounded number of times and ends full", () => {
  const lines: string[] = [];
  const bar = progressBar({ total: 1000, label: "descent", write: (l) => lines.push(l) });
  for (let i = 1; i <= 1000; i++) bar.update(i, `w = ${i}`);
  bar.done("finished");
  assert.ok(lines.length >= 20 && lines.length <= 22, `${lines.length} redraws`);
  assert.match(lines[0], /^descent █{2}░{28} 50\/1000 {2}w = 50/);
  assert.match(bar.line, /^descent █{30} 1000\/1000 {2}finished/);
});

Deno.test("progressBar() is silent outside the kernel without a writer", () => {
  // Capture every way a line could reach the terminal while the bar runs.
  const written: string[] = [];
  const saved = { ...console };
  const { writeSync } = Deno.stdout;
  const { writeSync: errSync } = Deno.stderr;
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    console[method] = (...args: unknown[]) => void written.push(`console.${method}: ${args.join(" ")}`);
  }
  const capture = (stream: string) => (bytes: Uint8Array) => {
    written.push(`${stream}: ${new TextDecoder().decode(bytes)}`);
    return bytes.length;
  };
  Deno.stdout.writeSync = capture("stdout");
  Deno.stderr.writeSync = capture("stderr");
  let bar;
  try {
    bar = progressBar({ total: 3 });
    for (let i = 1; i <= 3; i++) bar.update(i, `step ${i}`);
    bar.done("finished");
  } finally {
    Object.assign(console, saved);
    Deno.stdout.writeSync = writeSync;
    Deno.stderr.writeSync = errSync;
  }
  assert.deepEqual(written, []);
  assert.match(bar.line, /3\/3 {2}finished/, "the bar still kept its last line");
});

for (
  const [options, message] of [
    [{ total: 0 }, /total must be an integer >= 1, got 0/],
    [{ total: 2.5 }, /total must be an integer >= 1, got 2.5/],
  ] as [{ total: number }, RegExp][]
) {
  Deno.test(`progressBar() rejects ${JSON.stringify(options)}`, () => {
    assert.throws(() => progressBar(options), message);
  });
}

Deno.test("progressBar().done() can stop at the step a run really reached", () => {
  const bar = progressBar({ total: 1000 });
  bar.update(617);
  bar.done("diverged", 617);
  assert.match(bar.line, /617\/1000 {2}diverged/);
  assert.throws(() => bar.done("x", 1001), /step must be an integer from 0 to 1000, got 1001/);
});
