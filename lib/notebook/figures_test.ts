import assert from "node:assert/strict";
import { checkSourceFigure } from "./figures.ts";
import { $display } from "./verdict.ts";

Deno.test("checkSourceFigure() passes an identical double and throws on the last digit", () => {
  assert.equal(checkSourceFigure("x", 0.7599999999999989, 0.7599999999999989).ok, true);
  assert.throws(
    () => checkSourceFigure("x", 0.7599999999999988, 0.7599999999999989),
    /x is 0.7599999999999988/,
  );
});

Deno.test("checkSourceFigure() only shows the value when the parameters were edited", () => {
  const verdict = checkSourceFigure("x", 0.5, 0.7599999999999989, false);
  assert.equal(verdict.ok, true);
  assert.match(verdict.toString(), /parameters edited: not compared/);
  assert.deepEqual(Object.keys(verdict[$display]()), ["text/markdown", "text/plain"]);
});
