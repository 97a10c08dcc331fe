import assert from "node:assert/strict";
import {
  assertSnapshot,
  assertWellFormed,
  breakLines,
  normalize,
  roundNumbers,
  UPDATE,
} from "./_assert_snapshot.ts";
import { Plot, render } from "./mod.ts";

Deno.test({
  name: "assertSnapshot() fails when the snapshot file is missing",
  ignore: UPDATE,
  fn: async () => {
    const figure = render({ ariaLabel: "No snapshot", marks: [Plot.lineY([1, 2])] });
    await assert.rejects(
      () => assertSnapshot(figure, "no-such-snapshot"),
      /Missing snapshot .*no-such-snapshot\.svg/,
    );
  },
});

Deno.test("assertWellFormed() accepts balanced markup with entities and rejects broken markup", () => {
  assertWellFormed('<svg a="1 &amp; 2"><g><path d="M0,0" /></g><text>x &lt; 1</text></svg>');
  assertWellFormed("<figure><style>a > b { }</style><h2>t</h2></figure>");
  const broken = [
    ["<svg><g></svg>", /closes <g>/],
    ["<svg><g>", /unclosed tags: svg, g/],
    ['<svg a="x < 1"></svg>', /raw "<" in an attribute/],
    ['<svg a="x & y"></svg>', /raw "&" in an attribute/],
    ["<svg><text>x & y</text></svg>", /raw "&" in text/],
  ] as const;
  for (const [markup, message] of broken) assert.throws(() => assertWellFormed(markup), message, markup);
});

Deno.test("roundNumbers() rounds decimals and exponents to 2 places and leaves integers alone", () => {
  assert.equal(roundNumbers("translate(40,358.7523629489603)"), "translate(40,358.75)");
  assert.equal(roundNumbers("M99.48717948717947,1e-7L-0.001,3"), "M99.49,0L0,3");
  assert.equal(roundNumbers("0 0 640 400"), "0 0 640 400");
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

Deno.test("normalize() renumbers ids with their references, rounds geometry, escapes attribute values", () => {
  const markup = '<svg><clipPath id="plot-clip-7"><rect x="0.123456"></rect></clipPath>' +
    '<g clip-path="url(#plot-clip-7)" aria-label="a < b"><text x="1.5">0.123456</text></g></svg>';
  assert.equal(
    normalize(markup),
    '<svg>\n<clipPath id="id-1">\n<rect x="0.12">\n</rect>\n</clipPath>\n' +
      '<g clip-path="url(#id-1)" aria-label="a &lt; b">\n<text x="1.5">0.123456</text>\n</g>\n</svg>',
  );
});
