// A run that blows up (a learning rate too large) must still give readable charts: short tick labels that
// do not overlap, never "2.0000000000000002e+24", and the blow-up either cut where it leaves the chart or drawn
// on a log axis.
import assert from "node:assert/strict";
import { df, f } from "./_fixtures.ts";
import { type Figure, plotCost, plotCurve, plotDescent, plotRuns, render } from "./mod.ts";

// Lesson 01's function with learning rate 0.6 (> 2/L = 0.5): |x| grows 1.4-fold per step, f(x) to ~1e18.
const diverging = (steps: number) => {
  const path = [2];
  for (let i = 0; i < steps; i++) path.push(path[i] - 0.6 * df(path[i]));
  return path;
};

// The tick labels of one axis with their positions along it, in pixels.
function ticks(figure: Figure, axis: "x" | "y"): { text: string; at: number }[] {
  const group = new RegExp(`aria-label="${axis}-axis tick label"[^>]*>([^]*?)</g>`).exec(figure.svg)?.[1] ??
    "";
  return [...group.matchAll(/translate\(([-\d.]+),([-\d.]+)\)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({
    text: m[3],
    at: Number(axis === "x" ? m[1] : m[2]),
  }));
}

// Readable: short labels, no JavaScript float noise, and neighbours at least a label's width (x) or a line
// (y) apart, with labels ~0.6 em per character at 12 px.
function assertReadable(figure: Figure, name: string): void {
  for (const axis of ["x", "y"] as const) {
    const labels = ticks(figure, axis);
    assert.ok(labels.length >= 2, `${name}: ${axis} ticks ${JSON.stringify(labels)}`);
    for (const { text } of labels) {
      assert.doesNotMatch(text, /e\+|\d{7}|0000000/, `${name}: ${axis} label "${text}"`);
      assert.ok(text.length <= 8, `${name}: ${axis} label "${text}" is too long`);
    }
    for (let k = 1; k < labels.length; k++) {
      const gap = Math.abs(labels[k].at - labels[k - 1].at);
      const room = axis === "x" ? (labels[k].text.length + labels[k - 1].text.length) / 2 * 0.6 * 12 : 12;
      assert.ok(
        gap > room,
        `${name}: ${axis} labels "${labels[k - 1].text}" and "${labels[k].text}" overlap`,
      );
    }
  }
}

Deno.test("plotCost() cuts a diverging run 1.5-fold above its start on a linear axis, 10⁶-fold on a log one", () => {
  const costs = diverging(60).map(f);
  assert.ok(costs.at(-1)! > 1e17);
  const linear = plotCost(costs);
  assertReadable(linear, "linear cost");
  assert.doesNotMatch(linear.ariaDescription, /Log scale/);
  assert.match(linear.ariaDescription, /cost leaves the chart at iteration 2 \(14\.88\)\.$/);
  const log = plotCost(costs, { scale: "log" });
  assertReadable(log, "log cost");
  assert.match(log.ariaDescription, /cost leaves the chart at iteration \d+ \(.*\)\. Log scale\.$/);
  assert.ok(ticks(log, "y").map((t) => t.text).includes("10⁶"));
});

Deno.test("plotCost() keeps the linear axis and cuts the diverging run when another one stays readable", () => {
  const chart = plotCost({ wild: diverging(60).map(f), calm: [6, 4, 3, 2.5] });
  assertReadable(chart, "two runs");
  assert.doesNotMatch(chart.ariaDescription, /Log scale/);
  assert.match(chart.ariaDescription, /wild leaves the chart at iteration 2/);
});

Deno.test("plotCost() with an explicit top of 3e24 writes its ticks as 5e23, 1e24, …", () => {
  const chart = plotCost(diverging(80).map(f), { scale: "linear", yMax: 3e24 });
  assertReadable(chart, "yMax");
  assert.deepEqual(ticks(chart, "y").map((t) => t.text).slice(0, 3), ["0", "5e23", "1e24"]);
});

Deno.test("plotDescent() and plotRuns() cut a diverging path where its value passes 100 times the start", () => {
  const path = diverging(60);
  const chart = plotDescent(f, path);
  assertReadable(chart, "descent");
  assert.match(chart.svg, />leaves the chart</);
  // f(2) = 6: the path is cut before the first iterate whose value exceeds 6 + 600.
  const kept = path.findIndex((x) => f(x) - 6 > 600) - 1;
  assert.match(
    chart.ariaDescription,
    new RegExp(`leaves the chart after step ${kept}: f\\(x\\) = .* at step ${kept + 1}`),
  );
  const runs = plotRuns(f, { calm: [2, 1.5, 1, 0.8], wild: path });
  assertReadable(runs, "runs");
  assert.match(runs.ariaDescription, /wild: 61 iterates from x = 2, leaving the chart after step/);
  assert.match(runs.ariaDescription, /calm: 4 iterates from x = 2, ending at x = 0\.8 after 3 steps\./);
});

Deno.test("plotCurve() and render() write values from 10⁶ up in exponent form", () => {
  assertReadable(plotCurve(f, [-1e12, 1e12]), "curve");
  const huge = render({ ariaLabel: "Huge", x: { domain: [0, 1e9] }, y: { domain: [0, 2.2e24] }, marks: [] });
  assertReadable(huge, "render");
  assert.ok(ticks(huge, "y").some((t) => t.text === "2e24"));
});
