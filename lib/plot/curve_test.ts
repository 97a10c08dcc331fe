import assert from "node:assert/strict";
import { assertBadInputs, type BadInput } from "./_assert_errors.ts";
import { assertSnapshot } from "./_assert_snapshot.ts";
import { f } from "./_fixtures.ts";
import { plotCurve } from "./mod.ts";

const lesson = () => plotCurve(f, [-5, 5], { step: 0.25, endpoint: false, highlight: [3] });

Deno.test("plotCurve() snapshot: f(x) = 2x² − 3x + 4 on [−5, 5) step 0.25 with f(3) = 13 marked", async () => {
  await assertSnapshot(lesson(), "curve-lesson-01");
});

Deno.test("plotCurve() names the chart and describes its key numbers", () => {
  const chart = lesson();
  assert.equal(chart.ariaLabel, "Curve of f(x) for x from −5 to 4.75");
  assert.equal(
    chart.ariaDescription,
    "Line through 40 points of f(x); it runs from 2.875 to 69 and is lowest (2.875) at x = 0.75. Marked: (3, 13).",
  );
  assert.match(chart.svg, /aria-label="Curve of f\(x\) for x from −5 to 4\.75"/);
  assert.equal(chart.mime, "image/svg+xml");
});

Deno.test("plotCurve() draws one line vertex per sample", () => {
  const chart = lesson();
  const line = /aria-label="line"[^]*?<path [^>]*d="(M[^"]+)"/.exec(chart.svg);
  assert.ok(line);
  assert.equal(line[1].split(/[ML]/).filter(Boolean).length, 40);
});

Deno.test("plotCurve() takes axis labels, a title and an accessible name from the options", () => {
  const chart = plotCurve(Math.sin, [0, 6], {
    xLabel: "t",
    yLabel: "sin t",
    title: "A sine",
    ariaLabel: "The sine from 0 to 6",
  });
  assert.equal(chart.mime, "text/html");
  assert.match(chart.svg, />↑ sin t</);
  assert.match(chart.svg, />t →</);
  assert.match(chart.svg, /aria-label="The sine from 0 to 6"/);
});

// The text of each label with its anchor and horizontal offset, read from the text marks.
function labels(svg: string): { text: string; anchor: string; dx: number; x: number }[] {
  const found: { text: string; anchor: string; dx: number; x: number }[] = [];
  for (
    const group of svg.matchAll(
      /<g transform="translate\(([-\d.]+),[-\d.]+\)"([^>]*)aria-label="text">([^]*?)<\/g>/g,
    )
  ) {
    const anchor = /text-anchor="(\w+)"/.exec(group[2])?.[1] ?? "start";
    for (const text of group[3].matchAll(/translate\(([\d.]+),[\d.]+\)"[^>]*>([^<]+)<\/text>/g)) {
      found.push({ text: text[2], anchor, dx: Number(group[1]), x: Number(text[1]) });
    }
  }
  return found;
}

Deno.test("plotCurve() turns a highlight label leftwards near the right edge so it stays in the frame", () => {
  const chart = plotCurve(f, [-5, 5], { highlight: [-5, 0.75, 4.9] });
  const found = labels(chart.svg);
  assert.deepEqual(found.map(({ text, anchor, dx }) => ({ text, anchor, dx })), [
    { text: "(−5, 69)", anchor: "start", dx: 8 },
    { text: "(0.75, 2.875)", anchor: "start", dx: 8 },
    { text: "(4.9, 37.32)", anchor: "end", dx: -8 },
  ]);
  // The frame's right edge is at 640 − 28 = 612 px; the label ends 8 px left of its dot, inside the frame.
  const right = found[2];
  assert.ok(right.x < 612);
});

Deno.test("plotCurve() snapshot: labels at both ends of sin on [0, 6], the right ones turned inwards", async () => {
  const chart = plotCurve(Math.sin, [0, 6], { highlight: [0, Math.PI / 2, 5.9, 6], width: 400 });
  const anchors = labels(chart.svg).map(({ text, anchor }) => `${text} ${anchor}`);
  assert.deepEqual(anchors, ["(0, 0) start", "(1.571, 1) start", "(5.9, −0.3739) end", "(6, −0.2794) end"]);
  await assertSnapshot(chart, "curve-edge-labels");
});

Deno.test("plotCurve() rejects bad input, naming the value", () => {
  const table: BadInput[] = [
    ["f not a function", () => plotCurve("2x" as never, [0, 1]), TypeError, /f must be a function, got "2x"/],
    [
      "no domain",
      () => plotCurve(f, undefined as never),
      TypeError,
      /domain must be \[low, high\], got undefined/,
    ],
    ["empty domain", () => plotCurve(f, [] as never), TypeError, /got \[\]/],
    [
      "non-finite domain",
      () => plotCurve(f, [-Infinity, 0]),
      RangeError,
      /domain\[0\] must be a finite number, got -Infinity/,
    ],
    ["min ≥ max", () => plotCurve(f, [2, 1]), RangeError, /low < high, got \[2, 1\]/],
    ["zero step", () => plotCurve(f, [0, 1], { step: 0 }), RangeError, /step .* got 0/],
    [
      "f is NaN somewhere",
      () => plotCurve(Math.sqrt, [-1, 1]),
      RangeError,
      /f\(-1\) must be a finite number, got NaN/,
    ],
    [
      "highlight not an array",
      () => plotCurve(f, [0, 1], { highlight: 3 as never }),
      TypeError,
      /highlight .* got 3/,
    ],
    [
      "highlight outside",
      () => plotCurve(f, [0, 1], { highlight: [2] }),
      RangeError,
      /highlight\[0\] must be in \[0, 1\], got 2/,
    ],
    [
      "highlight NaN",
      () => plotCurve(f, [0, 1], { highlight: [NaN] }),
      RangeError,
      /highlight\[0\] must be a finite number, got NaN/,
    ],
    [
      "empty ariaLabel",
      () => plotCurve(f, [0, 1], { ariaLabel: "" }),
      TypeError,
      /ariaLabel must not be empty/,
    ],
    [
      "numeric title",
      () => plotCurve(f, [0, 1], { title: 1 as never }),
      TypeError,
      /title must be a string, got 1/,
    ],
    [
      "zero width",
      () => plotCurve(f, [0, 1], { width: 0 }),
      RangeError,
      /width must be > 0, got 0/,
    ],
  ];
  assertBadInputs("Cannot plot the curve: ", table);
});
