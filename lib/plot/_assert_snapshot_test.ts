import assert from "node:assert/strict";
import { assertSnapshot, assertWellFormed, UPDATE } from "./_assert_snapshot.ts";
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
