/**
 * SVG snapshot testing the way Observable Plot does it: render with fixed data, normalize (done by `render`),
 * and compare with a committed file a person can open. `.svg` for a bare chart, `.html` for a `<figure>`.
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
  assertWellFormed(figure.html);
  const url = snapshotUrl(name, figure);
  const header = figure.mime === "text/html" ? HTML_HEADER : "";
  if (UPDATE) {
    await Deno.writeTextFile(url, header + figure.html + "\n");
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
  const actual = figure.html + "\n";
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
