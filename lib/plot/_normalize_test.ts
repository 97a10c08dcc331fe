import assert from "node:assert/strict";
import { breakLines, hash, roundNumbers } from "./_normalize.ts";

Deno.test("roundNumbers() rounds decimals and exponents to 2 places and leaves integers alone", () => {
  assert.equal(roundNumbers("translate(40,358.7523629489603)"), "translate(40,358.75)");
  assert.equal(roundNumbers("M99.48717948717947,1e-7L-0.001,3"), "M99.49,0L0,3");
  assert.equal(roundNumbers("0 0 640 400"), "0 0 640 400");
  assert.equal(roundNumbers("0.71em"), "0.71em");
  assert.equal(roundNumbers("1.005"), "1");
  assert.equal(roundNumbers("-2.5e3"), "-2500");
});

Deno.test("breakLines() puts one element per line but never breaks inside <text>", () => {
  assert.equal(breakLines("<svg><g><path /></g></svg>"), "<svg>\n<g>\n<path />\n</g>\n</svg>");
  assert.equal(
    breakLines("<g><text><tspan>a</tspan><tspan>b</tspan></text></g>"),
    "<g>\n<text><tspan>a</tspan><tspan>b</tspan></text>\n</g>",
  );
  assert.equal(breakLines('<g a="x><y"><title>t</title></g>'), '<g a="x><y">\n<title>t</title>\n</g>');
});

Deno.test("hash() is a stable 8-hex-digit FNV-1a hash that tells strings apart", () => {
  assert.equal(hash(""), "811c9dc5");
  assert.equal(hash("a"), "e40c292c");
  assert.notEqual(hash("<svg>1</svg>"), hash("<svg>2</svg>"));
});
