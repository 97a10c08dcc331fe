import assert from "node:assert/strict";
import { Plot, render } from "./mod.ts";
import { $display } from "../notebook/verdict.ts";
import { plotPanels, sharedDomain } from "./panels.ts";

const chart = (label: string) =>
  render({ ariaLabel: label, width: 200, height: 150, marks: [Plot.dot([[0, 0], [1, 1]])] });

Deno.test("plotPanels lays the figures out in a grid, labels escaped, names kept", () => {
  const grid = plotPanels([{ label: "a < b", figure: chart("first") }, {
    label: "two",
    figure: chart("second"),
  }]);
  assert.match(grid.html, /grid-template-columns: repeat\(3, max-content\)/);
  assert.ok(grid.html.includes("a &lt; b") && !grid.html.includes("a < b"));
  assert.equal((grid.html.match(/<svg/g) ?? []).length, 2);
  const bundle = grid[$display]();
  assert.equal(bundle["text/plain"], "first; second");
  assert.equal(bundle["text/html"], grid.html);
});

Deno.test("plotPanels rejects an empty list, naming the value", () => {
  assert.throws(() => plotPanels([]), {
    name: "RangeError",
    message: /panels must be a non-empty array, got \[\]/,
  });
});

Deno.test("sharedDomain holds every path point and the centre, with margins, and ignores points beyond the clip", () => {
  const { x, y } = sharedDomain([[[-5, -2], [-1, 1]], [[2, 0.5], [1e9, -1e9]]], [0, 0]);
  // With 1e9 clipped to ±8 the points span x in [-5, 8] (13) and y in [-8, 1] (9); 10% margins on each side,
  // except above y = 1, where the centre's quarter span (0 + 2.25) reaches further than the margin (1.9).
  assert.deepEqual(x, [-5 - 1.3, 8 + 1.3]);
  assert.deepEqual(y, [-8 - 0.9, 0 + 0.25 * 9]);
  // The centre keeps a quarter of the span on each side, even when every point lies on one side of it.
  const oneSided = sharedDomain([[[1, 1], [2, 2]]], [1, 1]);
  assert.deepEqual(oneSided.x, [1 - 0.25, 2 + 0.1]);
  // A lone point still gets a range of width > 0.
  const lone = sharedDomain([], [3, 4]);
  assert.ok(lone.x[0] < 3 && lone.x[1] > 3 && lone.y[0] < 4 && lone.y[1] > 4);
});

Deno.test("sharedDomain rejects a non-finite centre", () => {
  assert.throws(() => sharedDomain([], [NaN, 0]), { name: "RangeError", message: /centre\[0\].*NaN/ });
});
