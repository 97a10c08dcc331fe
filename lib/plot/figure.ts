/**
 * The render layer: Observable Plot without a browser, with notebook-friendly defaults, and a `Figure` that
 * the Deno Jupyter kernel displays and a test can inspect.
 * @module
 */
import * as Plot from "@observablehq/plot";
import { type DomElement, getDocument, SVG_NS } from "./_dom.ts";
import { normalizeMarkup } from "./_normalize.ts";
import { describe, requirePositive } from "./_validate.ts";

/** Width of a chart in pixels: a JupyterLab notebook column. */
export const DEFAULT_WIDTH = 640;
/** Height of a single chart in pixels. */
export const DEFAULT_HEIGHT = 400;
/** Font size in pixels for ticks, labels and annotations (Plot's own default is 10). */
export const DEFAULT_FONT_SIZE = 12;

/** The MIME type under which a figure is displayed. */
export type FigureMime = "image/svg+xml" | "text/html";

/** The key the Deno Jupyter kernel looks for to display an object. */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display") as never;

/** What a {@link Figure} is made of. */
export interface FigureParts {
  /** The complete markup: an `<svg>`, or a `<figure>` around the svg with titles and legends. */
  html: string;
  /** The chart's `<svg>` element on its own (equal to `html` when there is no figure). */
  svg: string;
  /** The accessible name of the chart. */
  ariaLabel: string;
  /** The accessible description of the chart. */
  ariaDescription: string;
  /** Width in pixels. */
  width: number;
  /** Height of the svg in pixels. */
  height: number;
}

/**
 * A rendered chart. Jupyter shows it (through `Symbol.for("Jupyter.display")`) as inline `text/html`, so its
 * accessible name reaches screen readers; `mime` says what the markup is: `image/svg+xml` for a bare `<svg>`,
 * `text/html` when Plot wrapped it in a `<figure>` for a title, subtitle, caption or legend. Outside the kernel
 * it is plain data: `html`, `svg`, `mime`, `toString()`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Plot, render } from "./mod.ts";
 * const figure = render({ ariaLabel: "Three points", marks: [Plot.dot([[0, 0], [1, 1], [2, 4]])] });
 * assert.equal(figure.mime, "image/svg+xml");
 * assert.equal(String(figure), figure.svg);
 * ```
 */
export class Figure {
  /** The complete markup: an `<svg>`, or a `<figure>` with the svg inside. */
  readonly html: string;
  /** The chart's `<svg>` element on its own. */
  readonly svg: string;
  /** `"image/svg+xml"` for a bare svg, `"text/html"` for a `<figure>`. */
  readonly mime: FigureMime;
  /** The accessible name, also the svg's `aria-label` and `<title>`. */
  readonly ariaLabel: string;
  /** The accessible description, also the svg's `aria-description` and `<desc>`. */
  readonly ariaDescription: string;
  /** Width in pixels. */
  readonly width: number;
  /** Height of the svg in pixels. */
  readonly height: number;

  /**
   * Wrap rendered markup. Charts are normally made with {@link render} or a `plot…` helper.
   * @param parts the markup and its accessible name
   */
  constructor(parts: FigureParts) {
    this.html = parts.html;
    this.svg = parts.svg;
    this.mime = parts.html.startsWith("<svg") ? "image/svg+xml" : "text/html";
    this.ariaLabel = parts.ariaLabel;
    this.ariaDescription = parts.ariaDescription;
    this.width = parts.width;
    this.height = parts.height;
  }

  /**
   * The markup, so a figure can be written to a file or interpolated into HTML.
   * @returns {@link Figure.html}
   */
  toString(): string {
    return this.html;
  }

  /**
   * The MIME bundle the Deno Jupyter kernel displays: the markup as `text/html`, and the accessible name and
   * description as `text/plain` for text-only front ends. Always HTML, even for a bare `<svg>`: JupyterLab shows
   * an `image/svg+xml` output as an `<img>` with no alt text, which hides the chart's name and description from
   * screen readers; inline SVG keeps its `role="img"`, `aria-label`, `<title>` and `<desc>`.
   * @returns the bundle
   */
  [JUPYTER_DISPLAY](): Record<string, string> {
    return { "text/html": this.html, "text/plain": `${this.ariaLabel}. ${this.ariaDescription}`.trim() };
  }
}

/** Options for {@link render}: Plot's own options, an accessible name that is required, and a font size. */
export interface RenderOptions extends Plot.PlotOptions {
  /** The chart's accessible name (required): what a screen reader announces, e.g. `"Cost per iteration"`. */
  ariaLabel: string;
  /** A longer accessible description; defaults to none. */
  ariaDescription?: string;
  /** Font size in pixels; defaults to {@link DEFAULT_FONT_SIZE} (12). */
  fontSize?: number;
}

/**
 * Default margins in pixels, which leave room for 12 px tick labels and axis labels; the left one grows with
 * the tick labels. (Internal: label placement estimates the frame from them.)
 */
export const FRAME_MARGINS = { top: 32, right: 28, bottom: 44, left: 56 } as const;

function childSvg(root: DomElement): DomElement {
  if (root.tagName.toLowerCase() === "svg") return root;
  for (const child of Array.from(root.children)) if (child.tagName.toLowerCase() === "svg") return child;
  throw new Error("Plot returned a figure without an svg");
}

// The left margin the y tick labels need: Plot 0.6.17 uses a fixed 40 px, which clips "1,000,000" at 12 px.
function neededMarginLeft(root: DomElement, fontSize: number): number {
  let longest = 0;
  for (const text of Array.from(root.querySelectorAll('g[aria-label="y-axis tick label"] text'))) {
    longest = Math.max(longest, (text.textContent ?? "").length);
  }
  return Math.ceil(longest * 0.62 * fontSize + 6 + 3 + 10);
}

function plotElement(options: Plot.PlotOptions): DomElement {
  return Plot.plot({ ...options, document: getDocument() } as Plot.PlotOptions) as unknown as DomElement;
}

/**
 * Render a Plot specification to a {@link Figure}, without a browser. Defaults: width 640 px, height 400 px,
 * 12 px text, margins that fit the axis labels (the left margin grows to fit long tick labels). Any Plot
 * option may be given; `document` is supplied. Every chart gets `role="img"`, `aria-label`, a `<title>` and,
 * when given, `aria-description` and `<desc>`.
 *
 * Avoid `Plot.raster` and continuous colour legends: they need a canvas, which a server-side DOM lacks.
 *
 * @param options Plot options plus a required `ariaLabel` and an optional `fontSize`
 * @returns the figure
 * @throws {TypeError} when `ariaLabel` is missing or empty
 * @throws {RangeError} when `width`, `height` or `fontSize` is not a finite number > 0
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Plot, render } from "./mod.ts";
 * const figure = render({
 *   ariaLabel: "Squares of 0 to 4",
 *   marks: [Plot.lineY([0, 1, 4, 9, 16])],
 * });
 * assert.match(figure.svg, /aria-label="Squares of 0 to 4"/);
 * assert.match(figure.svg, /<title>Squares of 0 to 4<\/title>/);
 * ```
 */
export function render(options: RenderOptions): Figure {
  const context = "Cannot render a chart";
  if (options === null || typeof options !== "object") {
    throw new TypeError(`${context}: options must be an object, got ${describe(options)}`);
  }
  const { ariaLabel, ariaDescription, fontSize = DEFAULT_FONT_SIZE, ...plotOptions } = options;
  if (typeof ariaLabel !== "string" || ariaLabel.trim() === "") {
    throw new TypeError(`${context}: ariaLabel must be a non-empty string, got ${describe(ariaLabel)}`);
  }
  if (ariaDescription !== undefined && typeof ariaDescription !== "string") {
    throw new TypeError(`${context}: ariaDescription must be a string, got ${describe(ariaDescription)}`);
  }
  requirePositive(context, "fontSize", fontSize);
  const width = requirePositive(context, "width", plotOptions.width ?? DEFAULT_WIDTH);
  if (plotOptions.height !== undefined) requirePositive(context, "height", plotOptions.height);

  const margin = plotOptions.margin;
  const chosen: Plot.PlotOptions = {
    height: DEFAULT_HEIGHT,
    marginTop: margin ?? FRAME_MARGINS.top,
    marginRight: margin ?? FRAME_MARGINS.right,
    marginBottom: margin ?? FRAME_MARGINS.bottom,
    marginLeft: margin ?? FRAME_MARGINS.left,
    ...plotOptions,
    width,
    ariaLabel,
    ariaDescription,
  };
  let root = plotElement(chosen);
  if (plotOptions.marginLeft === undefined && margin === undefined) {
    const needed = neededMarginLeft(root, fontSize);
    if (needed > (chosen.marginLeft as number)) root = plotElement({ ...chosen, marginLeft: needed });
  }

  const svg = childSvg(root);
  svg.setAttribute("font-size", String(fontSize));
  svg.setAttribute("role", "img");
  // Dark on white whatever the notebook theme (an svg shown as an image does not inherit its colours); a
  // caller's own style comes after, so it wins.
  const own = svg.getAttribute("style");
  svg.setAttribute("style", `background-color: white; color: #1a1a1a${own ? `; ${own}` : ""}`);
  const document = getDocument();
  const title = document.createElementNS(SVG_NS, "title");
  title.textContent = ariaLabel;
  svg.insertBefore(title, svg.firstChild);
  if (ariaDescription) {
    const desc = document.createElementNS(SVG_NS, "desc");
    desc.textContent = ariaDescription;
    svg.insertBefore(desc, svg.firstChild);
    svg.insertBefore(title, desc);
  }
  if (svg !== root) {
    // Titles and swatch legends: readable size and dark-on-white like the svg, whatever the notebook theme.
    root.setAttribute(
      "style",
      `max-width: ${width}px; background-color: white; color: #1a1a1a; padding: 4px 0`,
    );
    for (const swatches of Array.from(root.querySelectorAll("div"))) {
      if ((swatches.getAttribute("class") ?? "").includes("swatches")) {
        swatches.setAttribute("style", `font-size: ${fontSize}px`);
      }
    }
  }

  const html = normalizeMarkup(root);
  // The chart's svg is the one with role="img" (legend swatches are svgs too); it holds no nested svg.
  const start = html.lastIndexOf("<svg", html.indexOf(' role="img"'));
  return new Figure({
    html,
    svg: html.slice(start, html.indexOf("</svg>", start) + "</svg>".length),
    ariaLabel,
    ariaDescription: ariaDescription ?? "",
    width,
    height: Number(svg.getAttribute("height")),
  });
}
