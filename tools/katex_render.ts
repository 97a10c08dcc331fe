/**
 * Typesets the book's maths at build time with KaTeX (tools/book.py calls it once per build): reads a JSON array
 * of `[tex, display]` pairs on stdin, writes `{ html: string[], css: string }` on stdout, where `css` is the path
 * of KaTeX's stylesheet in Deno's npm cache (its fonts sit beside it, in `fonts/`). A formula KaTeX cannot parse
 * is shown as its source in red (`throwOnError: false`) and listed on stderr, so the build names it.
 *
 * @module
 */

import katex from "katex";
import { createRequire } from "node:module";

const pairs: [string, boolean][] = JSON.parse(await new Response(Deno.stdin.readable).text());
const html = pairs.map(([tex, displayMode]) => {
  try {
    return katex.renderToString(tex, { displayMode, throwOnError: true, output: "htmlAndMathml" });
  } catch (error) {
    console.error(`book: KaTeX cannot typeset ${JSON.stringify(tex)}: ${(error as Error).message}`);
    return katex.renderToString(tex, { displayMode, throwOnError: false, output: "htmlAndMathml" });
  }
});
const css = createRequire(import.meta.url).resolve("katex/dist/katex.min.css");
console.log(JSON.stringify({ html, css }));
