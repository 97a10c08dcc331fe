import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { describe, requirePositive } from "../_validate.ts";
import { axisTicks } from "./_format.ts";

/** Chart width in pixels: a JupyterLab notebook column. */
export const DEFAULT_WIDTH = 640;
/** Chart height in pixels. */
export const DEFAULT_HEIGHT = 400;
/** Text size in pixels (Plot's own default is 10). */
export const DEFAULT_FONT_SIZE = 12;
/** Room for 12 px tick and axis labels; the left margin grows with the tick labels. */
const MARGINS = { top: 32, right: 28, bottom: 44, left: 56 } as const;

/** The few DOM members used here (Deno type-checks without the DOM library). */
interface DomElement {
  readonly tagName: string;
  readonly outerHTML: string;
  textContent: string | null;
  readonly firstChild: DomElement | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  insertBefore(node: DomElement, reference: DomElement | null): DomElement;
}
let document: { createElementNS(namespace: string, name: string): DomElement } | undefined;
const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * A rendered chart, which Jupyter shows as inline `text/html` so its accessible name reaches screen readers.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Plot, render } from "./mod.ts";
 * const figure = render({ ariaLabel: "Three points", marks: [Plot.dot([[0, 0], [1, 1], [2, 4]])] });
 * assert.equal(figure.mime, "image/svg+xml");
 * ```
 */
export class Figure {
  /** `"text/html"` when Plot wrapped the svg in a `<figure>` (title, subtitle, caption or legend). */
  readonly mime: "image/svg+xml" | "text/html";

  /** Wrap rendered markup; charts are made with {@link render}. */
  constructor(
    readonly html: string,
    readonly svg: string,
    readonly ariaLabel: string,
    readonly ariaDescription: string,
  ) {
    this.mime = html.startsWith("<svg") ? "image/svg+xml" : "text/html";
  }

  /** `text/html` (an svg `<img>` would hide the name from screen readers) and the text. */
  [Symbol.for("Jupyter.display")](): Record<string, string> {
    return { "text/html": this.html, "text/plain": `${this.ariaLabel}. ${this.ariaDescription}`.trim() };
  }
}

/** Plot's options, a required accessible name (`ariaLabel`) and a description (none). */
export interface RenderOptions extends Plot.PlotOptions {
  ariaLabel: string;
  ariaDescription?: string;
}

/**
 * Render a Plot specification to a {@link Figure} in one pass: 640 × 400 px, 12 px text, a left margin that
 * fits the y tick labels when they are known, `2e24` from 10⁸ up (10⁷ on x), `role="img"`, `<title>` and
 * `<desc>`. `Plot.raster` and continuous colour legends need a canvas, which a server-side DOM (linkedom) lacks.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Plot, render } from "./mod.ts";
 * const figure = render({ ariaLabel: "Squares of 0 to 4", marks: [Plot.lineY([0, 1, 4, 9, 16])] });
 * assert.match(figure.svg, /<title>Squares of 0 to 4<\/title>/);
 * ```
 */
export function render(options: RenderOptions): Figure {
  const context = "Cannot render a chart";
  if (options === null || typeof options !== "object") {
    throw new TypeError(`${context}: options must be an object, got ${describe(options)}`);
  }
  const { ariaLabel, ariaDescription = "", ...plot } = options;
  if (typeof ariaLabel !== "string" || ariaLabel.trim() === "") {
    throw new TypeError(`${context}: ariaLabel must be a non-empty string, got ${describe(ariaLabel)}`);
  }
  if (typeof ariaDescription !== "string") {
    throw new TypeError(`${context}: ariaDescription must be a string, got ${describe(ariaDescription)}`);
  }
  const width = requirePositive(context, "width", plot.width ?? DEFAULT_WIDTH);
  const height = requirePositive(context, "height", plot.height ?? DEFAULT_HEIGHT);
  const { margin } = plot;
  const top = plot.marginTop ?? margin ?? MARGINS.top;
  const bottom = plot.marginBottom ?? margin ?? MARGINS.bottom;
  const y = plot.y ?? {};
  // y ticks about 35 px apart, as Plot spaces them; the left margin fits their labels (~0.6 em a digit) + tick + gap.
  const ySpan = height - top - bottom - (y.insetTop ?? y.inset ?? 0) - (y.insetBottom ?? y.inset ?? 0);
  const yTicks = axisTicks(y, ySpan / 35, 1e8);
  let left = plot.marginLeft ?? margin;
  if (left === undefined) {
    const longest = Math.max(0, ...(yTicks?.labels ?? []).map((label) => label.length));
    left = Math.max(MARGINS.left, Math.ceil(longest * 0.62 * DEFAULT_FONT_SIZE + 19));
  }
  const right = plot.marginRight ?? margin ?? MARGINS.right;
  const xTicks = axisTicks(plot.x ?? {}, (width - left - right) / 80, 1e7);
  document ??= (parseHTML("<!DOCTYPE html><html><body></body></html>") as unknown as { document: never })
    .document;
  const root = Plot.plot({
    height,
    ...plot,
    width,
    marginTop: top,
    marginRight: right,
    marginBottom: bottom,
    marginLeft: left,
    ...(yTicks && { y: { ...y, ticks: yTicks.ticks, tickFormat: y.tickFormat ?? yTicks.format } }),
    ...(xTicks && { x: { ...plot.x, tickFormat: plot.x?.tickFormat ?? xTicks.format } }),
    ariaLabel,
    ariaDescription: ariaDescription || undefined,
    document,
  } as Plot.PlotOptions) as unknown as DomElement;

  const svg = root.tagName.toLowerCase() === "svg" ? root : root.querySelector("svg[aria-label]")!;
  svg.setAttribute("xmlns", SVG_NS);
  // linkedom escapes only quotes in attribute values; escape the rest so the svg is also valid XML.
  for (const [name, text] of [["aria-label", ariaLabel], ["aria-description", ariaDescription]]) {
    if (text) svg.setAttribute(name, text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
  }
  svg.setAttribute("font-size", String(DEFAULT_FONT_SIZE));
  svg.setAttribute("role", "img");
  // Dark on white whatever the notebook theme; a caller's own style comes after, so it wins.
  const own = svg.getAttribute("style");
  svg.setAttribute("style", `background-color: white; color: #1a1a1a${own ? `; ${own}` : ""}`);
  const title = document.createElementNS(SVG_NS, "title");
  title.textContent = ariaLabel;
  if (ariaDescription) {
    const desc = document.createElementNS(SVG_NS, "desc");
    desc.textContent = ariaDescription;
    svg.insertBefore(desc, svg.firstChild);
  }
  svg.insertBefore(title, svg.firstChild);
  if (svg !== root) {
    // Titles and swatch legends: readable size and dark on white like the svg.
    root.setAttribute(
      "style",
      `max-width: ${width}px; background-color: white; color: #1a1a1a; padding: 4px 0`,
    );
    for (const swatches of Array.from(root.querySelectorAll("div[class*=swatches]"))) {
      swatches.setAttribute("style", `font-size: ${DEFAULT_FONT_SIZE}px`);
    }
  }
  return new Figure(root.outerHTML, svg.outerHTML, ariaLabel, ariaDescription);
}
