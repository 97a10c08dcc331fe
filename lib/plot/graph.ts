import * as Plot from "@observablehq/plot";
import { traceGraph } from "../autodiff/graph.ts";
import { Value } from "../autodiff/value.ts";
import { describe } from "../_validate.ts";
import { type ChartOptions, chartOptions, COLORS } from "./_chart.ts";
import { formatNumber } from "./_format.ts";
import { DEFAULT_FONT_SIZE, DEFAULT_WIDTH, type Figure, render } from "./figure.ts";

const MARGIN = 16;
const ROW_HEIGHT = 70;
const BOX_HEIGHT = 50;
const MAX_BOX_WIDTH = 120;
const GAP = 14; // horizontal room for the arrows between columns
const MIN_FONT_SIZE = 8;
const DIGITS = 4; // significant digits of data and grad, fewer in a box when a line would not fit
const FILL = { input: "#e3f0e6", operation: "#f4f4f4", output: "#fde6e1" } as const;
/** Dark enough for text on the light boxes; the hue of the descent paths (the gradient's colour). */
const GRAD_COLOR = "#c2412b";
const STROKE = { input: COLORS.start, operation: "#777", output: COLORS.path } as const;

/**
 * The computation graph that produced a {@link Value}, inputs left, output right; each box shows the name or
 * operation, `data` and `grad` (4 significant digits). A value used twice sends two arrows (and sums two gradients).
 * Lesson 11.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Value } from "../autodiff/mod.ts";
 * import { plotGraph } from "./mod.ts";
 * const a = new Value(3, { label: "a" });
 * const y = a.mul(a).add(1);
 * y.backward();
 * const chart = plotGraph(y);
 * assert.match(chart.ariaDescription, /a: data 3, grad 6; ×: data 9, grad 1/);
 * ```
 */
export function plotGraph(output: Value, options: ChartOptions = {}): Figure {
  const context = "Cannot plot the graph";
  if (!(output instanceof Value)) {
    throw new TypeError(`${context}: output must be a Value, got ${describe(output)}`);
  }
  const traced = traceGraph(output);

  const width = options?.width ?? DEFAULT_WIDTH;
  const column = (width - 2 * MARGIN) / traced.columns;
  const boxWidth = Math.min(MAX_BOX_WIDTH, column - GAP);
  if (boxWidth < 40) {
    throw new RangeError(
      `${context}: ${traced.columns} columns leave ${formatNumber(boxWidth)} px per box at width ${width}; ` +
        `widen the chart to at least ${Math.ceil(traced.columns * (40 + GAP) + 2 * MARGIN)}`,
    );
  }
  const height = options?.height ?? 2 * MARGIN + traced.rows * ROW_HEIGHT;
  const xOf = (depth: number) => MARGIN + column * (depth + 0.5);
  // Each column is centred vertically.
  const yOf = (depth: number, row: number) =>
    height / 2 + ROW_HEIGHT * (row - (traced.columnSizes[depth] - 1) / 2);

  // Box text at 12 px if it fits, else down to 8 px, else down to 2 digits: ~0.55 em a character, 6 px padding.
  const textFor = (shown: number) => {
    const number = (v: number) => formatNumber(v, shown);
    return traced.nodes.map((n) => ({
      title: n.label && n.op ? `${n.label} = ${n.op}` : n.label || n.op || number(n.data),
      dataText: `data ${number(n.data)}`,
      gradText: `grad ${number(n.grad)}`,
    }));
  };
  let texts = textFor(DIGITS);
  let longest = 0;
  let fontSize = 0;
  for (let shown = DIGITS; shown >= 2; shown--) {
    texts = textFor(shown);
    longest = Math.max(...texts.map((t) => Math.max(t.title.length, t.dataText.length, t.gradText.length)));
    fontSize = Math.min(DEFAULT_FONT_SIZE, Math.floor((2 * (boxWidth - 6)) / (0.55 * longest)) / 2);
    if (fontSize >= MIN_FONT_SIZE) break;
  }
  if (fontSize < MIN_FONT_SIZE) {
    throw new RangeError(
      `${context}: a line of ${longest} characters does not fit a ${formatNumber(boxWidth)} px box at ` +
        `${MIN_FONT_SIZE} px; widen the chart or shorten the labels`,
    );
  }
  const boxes = traced.nodes.map((n, i) => {
    const [x, y] = [xOf(n.depth), yOf(n.depth, n.row)];
    const [x1, x2, y1, y2] = [x - boxWidth / 2, x + boxWidth / 2, y - BOX_HEIGHT / 2, y + BOX_HEIGHT / 2];
    return { ...n, ...texts[i], x, y, x1, x2, y1, y2, fill: FILL[n.kind], stroke: STROKE[n.kind] };
  });

  // Right side of a box to the left side of its user (spread by operand, first on top); a long arrow runs
  // level through each waypoint's free place as plain links, and only its last leg carries the head.
  type Segment = { x1: number; y1: number; x2: number; y2: number };
  const [links, arrows]: Segment[][] = [[], []];
  for (const e of traced.edges) {
    const to = boxes[e.to];
    let x = boxes[e.from].x2;
    let y = boxes[e.from].y;
    for (const w of e.waypoints) {
      const wx = xOf(w.depth);
      const wy = yOf(w.depth, w.row);
      const [left, right] = [wx - boxWidth / 2, wx + boxWidth / 2];
      links.push({ x1: x, y1: y, x2: left, y2: wy }, { x1: left, y1: wy, x2: right, y2: wy });
      x = wx + boxWidth / 2;
      y = wy;
    }
    const spread = (e.slot - (to.parents.length - 1) / 2) * 12;
    arrows.push({ x1: x, y1: y, x2: to.x1, y2: to.y + spread });
  }

  const ends = { x1: "x1", y1: "y1", x2: "x2", y2: "y2" };
  // The title (bold), data and grad lines of each box, centred on it.
  const lines = [["title", -1, "#1a1a1a"], ["dataText", 0, "#1a1a1a"], ["gradText", 1, GRAD_COLOR]] as const;
  // The description keeps every digit, whatever the boxes had room for.
  const values = textFor(DIGITS).map((t) => `${t.title}: ${t.dataText}, ${t.gradText}`);
  const ariaLabel = `Computation graph of ${traced.nodes.length} values`;
  const ariaDescription = `${traced.columns} columns, inputs on the left and the output on the right. ` +
    `${values.join("; ")}.`;
  return render({
    ...chartOptions(context, options, [], ariaLabel, ariaDescription),
    width,
    height,
    axis: null,
    x: { type: "identity" },
    y: { type: "identity" },
    marks: [
      Plot.link(links, { ...ends, stroke: "#555", strokeWidth: 1.3 }),
      Plot.arrow(arrows, { ...ends, stroke: "#555", strokeWidth: 1.3, headLength: 7, bend: false }),
      Plot.rect(boxes, { ...ends, rx: 6, fill: "fill", stroke: "stroke", strokeWidth: 1.5 }),
      ...lines.map(([text, line, fill]) => {
        const fontWeight = text === "title" ? "bold" : undefined;
        return Plot.text(boxes, {
          x: "x",
          y: "y",
          dy: line * (fontSize + 2),
          text,
          fontSize,
          fill,
          fontWeight,
        });
      }),
    ],
  });
}
