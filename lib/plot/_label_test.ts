import assert from "node:assert/strict";
import fc from "fast-check";
import { Plot } from "./mod.ts";
import { estimateFrame, niceDomain, overflow, placeLabel, textWidth } from "./_label.ts";

Deno.test("niceDomain() widens a domain exactly as Plot's `nice: true` does", () => {
  for (const [lo, hi] of [[-0.43, 72.3], [2.875, 69], [0, 1], [-1.2, 1.2], [1e-7, 3e-6], [-5e5, 3.3e6]]) {
    assert.deepEqual(
      niceDomain(lo, hi),
      Plot.scale({ y: { domain: [lo, hi], nice: true } }).domain,
      `${lo}..${hi}`,
    );
  }
  fc.assert(
    fc.property(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
      (lo, span) => {
        const hi = lo + span;
        fc.pre(hi > lo);
        assert.deepEqual(niceDomain(lo, hi), Plot.scale({ y: { domain: [lo, hi], nice: true } }).domain);
      },
    ),
    { seed: 42, numRuns: 300 },
  );
});

Deno.test("estimateFrame() subtracts the default margins from the chart's size", () => {
  assert.deepEqual(estimateFrame({}), { width: 640 - 56 - 28, height: 400 - 32 - 44, fontSize: 12 });
  assert.deepEqual(estimateFrame({ width: 300, height: 230, fontSize: 10 }), {
    width: 300 - 84,
    height: 230 - 76,
    fontSize: 10,
  });
});

Deno.test("textWidth() grows with the length, the font size and bold", () => {
  assert.equal(textWidth("slope 5", 12), 7 * 12 * 0.6);
  assert.ok(textWidth("slope 5", 12, true) > textWidth("slope 5", 12));
  assert.equal(textWidth("10⁻¹⁶", 10), 5 * 10 * 0.6, "counts characters, not UTF-16 units");
});

Deno.test("placeLabel() keeps the first placement that fits and otherwise the one that sticks out least", () => {
  const frame = { width: 500, height: 300, fontSize: 12 };
  const right = { right: true, dy: 14 };
  const left = { right: false, dy: 14 };
  const box = (fx: number, fy = 0.5) => ({ fx, fy, width: 80, dx: 10 });
  assert.equal(overflow(box(0.5), right, frame), 0);
  assert.equal(overflow(box(0.1), left, frame), 90 - 50, "40 px past the left edge");
  assert.deepEqual(placeLabel(box(0.5), [left, right], frame), left, "the first that fits");
  assert.deepEqual(placeLabel(box(0.1), [left, right], frame), right, "turns inwards at the left edge");
  assert.deepEqual(placeLabel(box(0.95), [right, left], frame), left, "turns inwards at the right edge");
  // A label below a point at the bottom edge sticks out; above fits.
  const above = { right: true, dy: -14 };
  assert.deepEqual(placeLabel(box(0.5, 0.99), [right, above], frame), above);
  // Too wide for either side: the side with more room.
  const wide = { fx: 0.3, fy: 0.5, width: 600, dx: 10 };
  assert.deepEqual(placeLabel(wide, [left, right], frame), right);
});
