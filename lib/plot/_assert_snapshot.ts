/**
 * SVG snapshot testing the way Observable Plot does it: render with fixed data, normalize the markup (ids
 * renumbered, numbers rounded, one element per line), and compare with a committed file a person can open.
 * `.svg` for a bare chart, `.html` for a `<figure>`. Normalizing happens here, in tests only: charts in the
 * lessons are Plot's own markup.
 *
 * Update the snapshots with
 * `./deno test --allow-read=lib/plot --allow-write=lib/plot lib/plot -- --update`
 * (or `UPDATE_SNAPSHOTS=1` with `--allow-env=UPDATE_SNAPSHOTS` in place of `-- --update`).
 * A missing snapshot fails unless updating.
 * @module
 */
import assert from "node:assert/strict";
import type { Figure } from "./figure.ts";

/** deno fmt formats .html files; this first line keeps it off the snapshots (and is not compared). */
const HTML_HEADER = "<!-- deno-fmt-ignore-file -->\n";

function updateRequested(): boolean {
  if (Deno.args.includes("--update")) return true;
  const env = Deno.permissions.querySync({ name: "env", variable: "UPDATE_SNAPSHOTS" });
  return env.state === "granted" && Deno.env.get("UPDATE_SNAPSHOTS") === "1";
}

/** Attributes whose values are text, colours or references, never rounded. */
const TEXT_ATTRIBUTES = new Set([
  "class",
  "id",
  "href",
  "style",
  "fill",
  "stroke",
  "clip-path",
  "font-family",
  "font-variant",
  "font-weight",
  "text-anchor",
  "paint-order",
  "xmlns",
  "role",
]);

/**
 * Round every decimal or exponent-notation number in an attribute value to 2 decimals.
 * @param value an attribute value such as `"translate(40,358.7523629489603)"`
 * @returns the value with short numbers, e.g. `"translate(40,358.75)"`
 */
export function roundNumbers(value: string): string {
  return value.replace(/-?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?/g, (text) => {
    if (!/[.eE]/.test(text)) return text;
    const rounded = Math.round(Number(text) * 100) / 100;
    return Object.is(rounded, -0) ? "0" : String(rounded);
  });
}

/**
 * Insert a line break between adjacent tags, except inside `<text>`, `<title>` and `<desc>` (SVG text keeps
 * white space, so a break there would move the words). Quotes in tags are respected.
 * @param markup serialized markup
 * @returns the same markup, one element per line
 */
export function breakLines(markup: string): string {
  let out = "";
  let insideText = 0;
  for (const [token] of markup.matchAll(/<(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+/g)) {
    const name = /^<\/?(text|title|desc)\b/i.exec(token);
    if (name && !token.startsWith("</") && !token.endsWith("/>")) insideText++;
    if (name && token.startsWith("</")) insideText--;
    out += token;
    if (insideText === 0 && token.startsWith("<")) out += "\n";
  }
  return out.replace(/\n(?=[^<])/g, "").trimEnd();
}

/**
 * Stable markup for a snapshot: Plot's ids (process-wide counters) renumbered in document order with every
 * `#…` reference following, numbers in geometric attributes rounded to 1/100 px, `<` `>` `&` escaped in
 * attribute values (a standalone .svg is XML), and one element per line so diffs are readable.
 * @param markup the figure's markup
 * @returns the normalized markup
 */
export function normalize(markup: string): string {
  const ids = new Map<string, string>();
  for (const [, id] of markup.matchAll(/\sid="([^"]+)"/g)) {
    if (!ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
  }
  const tags = markup.replace(
    /<[^>]+>/g,
    (tag) =>
      tag.replace(/\s([\w:-]+)="([^"]*)"/g, (_, name: string, value: string) => {
        let next = TEXT_ATTRIBUTES.has(name) || name.startsWith("aria-") ? value : roundNumbers(value);
        next = name === "id"
          ? ids.get(value)!
          : next.replace(/#([\w-]+)/g, (whole, id) => ids.has(id) ? `#${ids.get(id)}` : whole);
        next = next.replace(/&(?![a-z]+;|#\d+;)/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
        return ` ${name}="${next}"`;
      }),
  );
  return breakLines(tags);
}

/** Whether this test run rewrites snapshots instead of comparing. */
export const UPDATE = updateRequested();

/**
 * The snapshot file for a figure.
 * @param name the snapshot's name, e.g. `"curve-lesson-01"`
 * @param figure the figure
 * @returns its URL beside this module
 */
export function snapshotUrl(name: string, figure: Figure): URL {
  const extension = figure.mime === "text/html" ? "html" : "svg";
  return new URL(`./__snapshots__/${name}.${extension}`, import.meta.url);
}

/**
 * Compare a figure's markup with its committed snapshot, or write the snapshot when updating.
 * @param figure the rendered figure
 * @param name the snapshot's name
 */
export async function assertSnapshot(figure: Figure, name: string): Promise<void> {
  const markup = normalize(figure.html);
  assertWellFormed(markup);
  const url = snapshotUrl(name, figure);
  const header = figure.mime === "text/html" ? HTML_HEADER : "";
  if (UPDATE) {
    await Deno.writeTextFile(url, header + markup + "\n");
    return;
  }
  let stored: string;
  try {
    stored = await Deno.readTextFile(url);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new Error(`Missing snapshot ${url.pathname}; run the tests with -- --update to create it`);
    }
    throw error;
  }
  const expected = stored.startsWith(HTML_HEADER) ? stored.slice(HTML_HEADER.length) : stored;
  const actual = markup + "\n";
  if (actual === expected) return;
  const a = actual.split("\n");
  const e = expected.split("\n");
  let line = 0;
  while (line < a.length && a[line] === e[line]) line++;
  assert.fail(
    `Snapshot ${url.pathname} differs at line ${line + 1}:\n  expected: ${e[line]?.slice(0, 300)}\n` +
      `  actual:   ${a[line]?.slice(0, 300)}\nIf the change is intended, run the tests with -- --update.`,
  );
}

/**
 * Check that markup is well-formed XML: tags balance, attribute values and text hold no raw `<` and only
 * entity `&`s. (A standalone `.svg` must be XML; an image viewer rejects it otherwise.)
 * @param markup the markup
 */
export function assertWellFormed(markup: string): void {
  const stack: string[] = [];
  const entity = /&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);/y;
  let i = 0;
  const checkAmpersands = (text: string, where: string) => {
    for (let k = text.indexOf("&"); k !== -1; k = text.indexOf("&", k + 1)) {
      entity.lastIndex = k;
      if (!entity.test(text)) assert.fail(`raw "&" in ${where}: ${text.slice(k, k + 30)}`);
    }
  };
  while (i < markup.length) {
    if (markup[i] !== "<") {
      const next = markup.indexOf("<", i);
      const end = next === -1 ? markup.length : next;
      if (stack.at(-1) !== "style") checkAmpersands(markup.slice(i, end), "text");
      i = end;
      continue;
    }
    if (markup.startsWith("<!--", i)) {
      i = markup.indexOf("-->", i) + 3;
      continue;
    }
    let j = i + 1;
    let quote = "";
    while (j < markup.length && (quote || markup[j] !== ">")) {
      if (quote) {
        if (markup[j] === quote) quote = "";
        else if (markup[j] === "<") {
          assert.fail(`raw "<" in an attribute value near: ${markup.slice(i, i + 80)}`);
        }
      } else if (markup[j] === '"' || markup[j] === "'") quote = markup[j];
      j++;
    }
    const tag = markup.slice(i, j + 1);
    checkAmpersands(tag, "an attribute value");
    const name = /^<\/?([a-zA-Z][\w:-]*)/.exec(tag)?.[1];
    if (name === undefined) assert.fail(`malformed tag: ${tag.slice(0, 80)}`);
    if (tag.startsWith("</")) {
      const open = stack.pop();
      if (open !== name) assert.fail(`</${name}> closes <${open}>`);
    } else if (!tag.endsWith("/>")) stack.push(name);
    i = j + 1;
  }
  assert.deepEqual(stack, [], `unclosed tags: ${stack.join(", ")}`);
}
