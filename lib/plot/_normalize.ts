/**
 * Turn a rendered Plot element into stable markup: the same chart gives the same text in any process, so
 * it can be compared with a committed snapshot and shown more than once on a page.
 *
 * - numbers in geometric attributes are rounded to 2 decimals (1/100 px; invisible, but stable);
 * - Plot's generated ids (`plot-clip-7`, a process-wide counter) are renumbered per chart and prefixed with
 *   a hash of the chart, so two different charts on one notebook page never share an id, and every
 *   `url(#…)` / `href="#…"` reference follows;
 * - every `<svg>` gets the SVG namespace and attribute values are XML-escaped, so the markup is a valid
 *   standalone `.svg` file;
 * - a line break goes between elements (never inside `<text>`), so snapshot diffs are readable.
 * @module
 */
import { type DomElement, SVG_NS } from "./_dom.ts";

/** Attributes whose values are text, colours or references, never rounded. */
const TEXT_ATTRIBUTES = new Set([
  "class",
  "id",
  "href",
  "xlink:href",
  "style",
  "fill",
  "stroke",
  "color",
  "stop-color",
  "clip-path",
  "marker-start",
  "marker-mid",
  "marker-end",
  "mask",
  "font-family",
  "font-variant",
  "font-weight",
  "text-anchor",
  "paint-order",
  "xmlns",
  "role",
]);

const NUMBER = /-?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?/g;

/**
 * Round every decimal or exponent-notation number in an attribute value to 2 decimals.
 * @param value an attribute value such as `"translate(40,358.7523629489603)"`
 * @returns the value with short numbers, e.g. `"translate(40,358.75)"`
 */
export function roundNumbers(value: string): string {
  return value.replace(NUMBER, (text) => {
    if (!/[.eE]/.test(text)) return text;
    const rounded = Math.round(Number(text) * 100) / 100;
    return Object.is(rounded, -0) ? "0" : String(rounded);
  });
}

/**
 * FNV-1a hash of a string, as 8 hex digits.
 * @param text the string
 * @returns its hash
 */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

function descendants(root: DomElement): DomElement[] {
  return [root, ...Array.from(root.querySelectorAll("*"))];
}

function isAria(name: string): boolean {
  return name.startsWith("aria-");
}

/**
 * Insert a line break between adjacent tags, except inside `<text>` (SVG text keeps white space, so a break
 * there would move the words) and inside `<title>` / `<desc>`. Tags are scanned with quotes respected.
 * @param markup serialized markup
 * @returns the same markup, one element per line
 */
export function breakLines(markup: string): string {
  let out = "";
  let insideText = 0;
  let i = 0;
  while (i < markup.length) {
    if (markup[i] !== "<") {
      const next = markup.indexOf("<", i);
      const end = next === -1 ? markup.length : next;
      out += markup.slice(i, end);
      i = end;
      continue;
    }
    let j = i + 1;
    let quote = "";
    while (j < markup.length) {
      const c = markup[j];
      if (quote) {
        if (c === quote) quote = "";
      } else if (c === '"' || c === "'") quote = c;
      else if (c === ">") break;
      j++;
    }
    const tag = markup.slice(i, j + 1);
    const name = /^<\/?([a-zA-Z][\w:-]*)/.exec(tag)?.[1]?.toLowerCase() ?? "";
    const closing = tag.startsWith("</");
    const selfClosing = tag.endsWith("/>");
    const keepsSpace = name === "text" || name === "title" || name === "desc";
    if (keepsSpace && !closing && !selfClosing) insideText++;
    if (keepsSpace && closing) insideText--;
    out += tag;
    i = j + 1;
    if (insideText === 0 && markup[i] === "<") out += "\n";
  }
  return out;
}

/**
 * Normalize a rendered chart in place and serialize it.
 * @param root the `<svg>` or `<figure>` Plot returned
 * @returns the stable markup
 */
export function normalizeMarkup(root: DomElement): string {
  const elements = descendants(root);

  // Plot's ids come from process-wide counters; renumber them in document order.
  const renamed = new Map<string, string>();
  for (const element of elements) {
    const id = element.getAttribute("id");
    if (id !== null && !renamed.has(id)) renamed.set(id, `plot-id-${renamed.size + 1}`);
  }

  for (const element of elements) {
    if (element.tagName.toLowerCase() === "svg") element.setAttribute("xmlns", SVG_NS);
    for (const { name, value } of Array.from(element.attributes)) {
      let next = value;
      if (name === "id") next = renamed.get(value) ?? value;
      else if (!TEXT_ATTRIBUTES.has(name) && !isAria(name)) next = roundNumbers(value);
      if (renamed.size > 0 && value.includes("#")) {
        next = next.replace(/#([\w-]+)/g, (whole, id: string) => {
          const to = renamed.get(id);
          return to === undefined ? whole : `#${to}`;
        });
      }
      // linkedom's HTML serializer escapes only quotes in attribute values; XML (a standalone .svg) also
      // forbids a raw "<" or "&" there, so escape them here and let the serializer copy the text as is.
      next = next.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
      if (next !== value) element.setAttribute(name, next);
    }
  }

  const markup = breakLines(root.outerHTML);
  if (renamed.size === 0) return markup;
  // A prefix from the chart's own content: stable across runs, different for different charts.
  const prefix = `plot-${hash(markup)}`;
  return markup.replace(
    /(id="|#)plot-id-(\d+)(?=[")])/g,
    (_, lead: string, n: string) => `${lead}${prefix}-${n}`,
  );
}
