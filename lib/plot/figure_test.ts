import assert from "node:assert/strict";
import { assertSnapshot, assertWellFormed, normalize } from "./_assert_snapshot.ts";
import { Figure, Plot, render } from "./mod.ts";

const JUPYTER_DISPLAY = Symbol.for("Jupyter.display");

const squares = [0, 1, 4, 9, 16];

Deno.test("render() draws a bare svg 640 px wide with 12 px text, shown as image/svg+xml", () => {
  const figure = render({ ariaLabel: "Squares", marks: [Plot.lineY(squares)] });
  assert.ok(figure instanceof Figure);
  assert.equal(figure.mime, "image/svg+xml");
  assert.ok(figure.html.startsWith("<svg "));
  assert.equal(figure.svg, figure.html);
  assert.match(figure.svg, /^<svg [^>]*width="640"/);
  assert.match(figure.svg, /^<svg [^>]*height="400"/);
  assert.match(figure.svg, /^<svg [^>]*font-size="12"/);
  assert.match(figure.svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assertWellFormed(figure.html);
});

Deno.test("render() wraps the svg in a <figure> shown as text/html when there is a title", () => {
  const figure = render({ ariaLabel: "Squares", title: "Squares of 0 to 4", marks: [Plot.lineY(squares)] });
  assert.equal(figure.mime, "text/html");
  assert.ok(figure.html.startsWith("<figure "));
  assert.match(figure.html, /<h2>Squares of 0 to 4<\/h2>/);
  assert.ok(figure.svg.startsWith("<svg ") && figure.svg.endsWith("</svg>"));
  assert.ok(figure.html.includes(figure.svg));
  assert.match(figure.svg, /role="img"/);
});

Deno.test("render() makes a <figure> for a subtitle, a caption or a swatch legend too", () => {
  const line = Plot.lineY(squares);
  assert.equal(render({ ariaLabel: "a", subtitle: "s", marks: [line] }).mime, "text/html");
  assert.equal(render({ ariaLabel: "a", caption: "c", marks: [line] }).mime, "text/html");
  const legend = render({
    ariaLabel: "a",
    color: { legend: true },
    marks: [Plot.lineY(squares, { stroke: () => "squares" })],
  });
  assert.equal(legend.mime, "text/html");
  assert.match(legend.html, /swatches/);
});

Deno.test("a figure's Jupyter display bundle holds its markup as inline HTML plus a text fallback", () => {
  const svg = render({ ariaLabel: "Squares", ariaDescription: "Five values.", marks: [Plot.lineY(squares)] });
  const bundle = (svg as unknown as Record<symbol, () => Record<string, string>>)
    [Symbol.for("Jupyter.display")]();
  // Inline HTML, never image/svg+xml: JupyterLab renders that as an <img> without alt text.
  assert.deepEqual(Object.keys(bundle).sort(), ["text/html", "text/plain"]);
  assert.equal(bundle["text/html"], svg.html);
  assert.match(svg.html, /^<svg [^>]*role="img"[^>]*aria-label="Squares"/);
  assert.equal(bundle["text/plain"], "Squares. Five values.");

  const html = render({ ariaLabel: "Squares", title: "T", marks: [Plot.lineY(squares)] });
  const display = (html as unknown as Record<symbol, () => Record<string, string>>)[JUPYTER_DISPLAY]();
  assert.deepEqual(Object.keys(display).sort(), ["text/html", "text/plain"]);
  assert.equal(display["text/html"], html.html);
});

Deno.test("render() gives the svg an accessible name and description: aria attributes, <title>, <desc>", () => {
  const figure = render({
    ariaLabel: "Squares",
    ariaDescription: "The squares of 0 to 4.",
    marks: [Plot.lineY(squares)],
  });
  assert.match(figure.svg, /^<svg [^>]*aria-label="Squares"/);
  assert.match(figure.svg, /^<svg [^>]*aria-description="The squares of 0 to 4\."/);
  assert.match(figure.svg, /^<svg [^>]*role="img"/);
  assert.match(figure.svg, /^<svg [^>]*><title>Squares<\/title><desc>The squares of 0 to 4\.<\/desc>/);
  assert.equal(figure.ariaLabel, "Squares");
  assert.equal(figure.ariaDescription, "The squares of 0 to 4.");
});

Deno.test("render() escapes & and < in the accessible name so the svg stays valid XML", () => {
  const figure = render({ ariaLabel: "x < 1 & y > 0", marks: [Plot.lineY(squares)] });
  assert.match(figure.svg, /aria-label="x &lt; 1 &amp; y &gt; 0"/);
  assert.match(figure.svg, /<title>x &lt; 1 &amp; y &gt; 0<\/title>/);
  assertWellFormed(figure.svg);
});

Deno.test("two charts in one process never share an id, and the same chart normalizes to the same markup", () => {
  const draw = () =>
    render({
      ariaLabel: "Clipped line with arrows",
      marks: [Plot.lineY(squares, { clip: true, marker: "arrow" }), Plot.lineY([1, 2, 3], { clip: true })],
    });
  const [first, second] = [draw(), draw()];
  const ids = (figure: Figure) => [...figure.html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(ids(first).length >= 3, `a clip path and markers: ${ids(first)}`);
  for (const id of ids(second)) assert.ok(!ids(first).includes(id), `${id} appears in both charts`);
  assert.equal(normalize(second.html), normalize(first.html));
});

Deno.test("render() widens the left margin to fit the y tick labels of a known domain, in one pass", () => {
  const frameLeft = (svg: string) =>
    Number(/aria-label="y-axis tick"[^]*?translate\(([\d.]+),/.exec(svg)![1]);
  const small = render({ ariaLabel: "Small", y: { domain: [1, 3] }, marks: [Plot.lineY([1, 2, 3])] });
  assert.equal(frameLeft(small.svg), 56);
  const large = render({ ariaLabel: "Large", y: { domain: [0, 5e5] }, marks: [Plot.lineY([0, 2e5, 5e5])] });
  // "500,000" at 12 px needs about 7 × 0.62 × 12 ≈ 52 px left of the ticks, plus the tick and its gap.
  assert.ok(frameLeft(large.svg) >= 52 + 9, `left margin ${frameLeft(large.svg)}`);
  assert.match(large.svg, />500,000</);
});

Deno.test("render() writes huge tick values as 2e24, never 2.0000000000000002e+24", () => {
  const figure = render({
    ariaLabel: "Huge",
    y: { domain: [0, 2.2e24] },
    marks: [Plot.lineY([0, 1e24, 2.2e24])],
  });
  const labels = [...figure.svg.matchAll(/>([^<>]+)<\/text>/g)].map((m) => m[1]);
  assert.ok(labels.includes("2e24") && labels.includes("1.2e24"), labels.join(" "));
  assert.ok(labels.every((label) => label.length <= 6), labels.join(" "));
});

Deno.test("render() keeps an explicit left margin", () => {
  const figure = render({ ariaLabel: "Large", marginLeft: 90, marks: [Plot.lineY([0, 5e5, 1e6])] });
  assert.match(figure.svg, /translate\(90,/);
});

Deno.test("render() snapshot: a line with a clip path and arrow markers", async () => {
  await assertSnapshot(
    render({
      ariaLabel: "Squares of 0 to 4 with arrow markers",
      ariaDescription: "A line through (0, 0), (1, 1), (2, 4), (3, 9), (4, 16).",
      marks: [Plot.lineY(squares, { clip: true, marker: "arrow" })],
    }),
    "render-markers",
  );
});

Deno.test("render() rejects a missing ariaLabel, a bad font size or size, naming the value", () => {
  const line = [Plot.lineY(squares)];
  const table: [string, () => unknown, ErrorConstructor, RegExp][] = [
    ["no options", () => render(undefined as never), TypeError, /options must be an object, got undefined/],
    [
      "no ariaLabel",
      () => render({ marks: line } as never),
      TypeError,
      /ariaLabel must be a non-empty string, got undefined/,
    ],
    ["empty ariaLabel", () => render({ ariaLabel: " ", marks: line }), TypeError, /ariaLabel .* got " "/],
    ["numeric ariaLabel", () => render({ ariaLabel: 3 as never, marks: line }), TypeError, /got 3/],
    [
      "bad description",
      () => render({ ariaLabel: "a", ariaDescription: 1 as never }),
      TypeError,
      /ariaDescription/,
    ],
    ["NaN width", () => render({ ariaLabel: "a", width: NaN, marks: line }), RangeError, /width .* got NaN/],
    [
      "negative height",
      () => render({ ariaLabel: "a", height: -5, marks: line }),
      RangeError,
      /height .* got -5/,
    ],
  ];
  for (const [what, call, type, message] of table) {
    assert.throws(call, (error: unknown) => {
      assert.ok(error instanceof type, `${what}: expected ${type.name}, got ${error}`);
      assert.match((error as Error).message, message, what);
      assert.match((error as Error).message, /^Cannot render a chart: /, what);
      return true;
    });
  }
});

Deno.test("render() keeps a caller's style after its own white background", () => {
  const figure = render({ ariaLabel: "Styled", style: { color: "navy" }, marks: [Plot.lineY(squares)] });
  assert.match(figure.svg, /style="background-color: white; color: #1a1a1a; color: ?navy;?"/);
});
