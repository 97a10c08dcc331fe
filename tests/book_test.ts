/**
 * Tests of the HTML book and the shareable copies (tools/book.py, run by `deno task build`), on executed
 * notebooks made here: no kernel needed.
 */
import assert from "node:assert/strict";
import { type Notebook, PYTHON, readNotebook, runTool, text } from "./_run.ts";

const CHART = '<figure class="plot-x-figure"><h2>Cost per step</h2>' +
  '<div class="plot-x-swatches"><span class="plot-x-swatch"><svg xmlns="http://www.w3.org/2000/svg" ' +
  'fill="#4269d0" height="15" width="15"><rect height="100%" width="100%"></rect></svg>plain</span></div>' +
  '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Cost against iteration" width="200" ' +
  'height="100" viewBox="0 0 200 100"><title>Cost against iteration</title><path d="M0,0L200,100" ' +
  'stroke="red"></path><text x="20" y="50">iteration</text></svg></figure>';

function lesson(n: number, title: string, first: string): Notebook {
  const markdown = (source: string) => ({
    cell_type: "markdown",
    id: crypto.randomUUID(),
    metadata: {},
    source,
  });
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: "deno", display_name: "Deno", language: "typescript" } },
    cells: [
      markdown(`# ${title}\n\n${first}\n\n- second block`),
      markdown("## Maths\n\nThe slope $$f'(x) = \\frac{1}{2}$$ and inline $\\alpha < 2/L$ here."),
      markdown("<details><summary>Hint 1</summary> try $x^2$ </details>"),
      {
        cell_type: "code",
        id: crypto.randomUUID(),
        execution_count: 1,
        metadata: {},
        source: "chart",
        outputs: [{
          output_type: "display_data",
          metadata: {},
          data: { "text/html": CHART, "text/plain": "x" },
        }],
      },
      {
        cell_type: "code",
        id: crypto.randomUUID(),
        execution_count: 2,
        metadata: { tags: ["check"], jupyter: { source_hidden: true } },
        source: `assert.ok(${n})`,
        outputs: [{ output_type: "stream", name: "stdout", text: "✓ checked\n" }],
      },
      {
        cell_type: "code",
        id: crypto.randomUUID(),
        execution_count: 3,
        metadata: { jupyter: { source_hidden: true } },
        source: "hiddenChart()",
        outputs: [
          { output_type: "stream", name: "stdout", text: "drawn below\n" },
          {
            output_type: "display_data",
            metadata: {},
            data: {
              "text/html": CHART.replaceAll("Cost against iteration", "Hidden chart"),
              "text/plain": "x",
            },
          },
        ],
      },
    ],
  };
}

async function makeBuild(): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "book-" });
  const lessons = [
    ["01-first", "01 · The first", "In this lesson you will:\n\n- estimate a `slope` by nudging"],
    ["02-second", "02 · The second", "Why does $x$ move? Because of the slope. More text."],
    ["03-third", "03 · The third", "The last one."],
  ];
  for (const [i, [stem, title, first]] of lessons.entries()) {
    const nb = lesson(i + 1, title, first);
    nb.cells[0].source = `# ${title}\n\n${first}`;
    await Deno.writeTextFile(`${dir}/${stem}.ipynb`, JSON.stringify(nb));
  }
  return dir;
}

/** The page's text as a reader sees it: no tags, no KaTeX's hidden TeX annotation, no scripts or styles. */
function visibleText(page: string): string {
  return page.replace(/<annotation[\s\S]*?<\/annotation>/g, "").replace(
    /<(script|style)\b[\s\S]*?<\/\1>/g,
    "",
  )
    .replace(/<[^>]+>/g, "");
}

Deno.test("the book has a page per lesson, titled, with typeset maths, every lesson listed and prev/next links", async () => {
  const dir = await makeBuild();
  const run = await runTool("book", [dir]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /book: 3 pages, \d+ formulas, 6 new chart pictures/);
  const page = await Deno.readTextFile(`${dir}/02-second.html`);
  assert.match(page, /<title>02 · The second<\/title>/);
  assert.ok(!/\$\$|\\frac/.test(visibleText(page)), "no raw TeX left in the text");
  assert.ok(!/\$x\^2\$/.test(visibleText(page)), "maths in a one-line <details> hint is typeset too");
  assert.match(page, /class="katex-display"/);
  assert.match(page, /<link rel="stylesheet" href="katex\/katex\.min\.css">/);
  assert.ok(!/<script[^>]+src=|https?:\/\/cdn/i.test(page), "nothing loaded from the network");
  for (const stem of ["01-first", "02-second", "03-third"]) {
    assert.match(page, new RegExp(`href="${stem}\\.html"`));
  }
  assert.match(page, /<a rel="prev" href="01-first\.html">/);
  assert.match(page, /<a rel="next" href="03-third\.html">/);
  const first = await Deno.readTextFile(`${dir}/01-first.html`);
  assert.ok(!first.includes('rel="prev"') && first.includes('rel="next"'));
  assert.match(page, /<details><summary>Show the check<\/summary>/);
  // A hidden cell's source folds; its chart stays in view after the fold, once, and its text output inside it.
  const fold = page.indexOf("<summary>Show the hidden cell</summary>");
  const hiddenChart = page.indexOf('aria-label="Hidden chart"');
  assert.ok(
    fold > 0 && hiddenChart > page.indexOf("</details>", fold),
    "the hidden cell's chart is after its fold",
  );
  assert.equal(page.split('aria-label="Hidden chart"').length, 2, "drawn once");
  assert.ok(page.slice(fold, page.indexOf("</details>", fold)).includes("drawn below"));
  assert.ok(!page.includes(">hiddenChart()<"), "the hidden cell's source is not shown outside its fold");
  // The chart stays an inline, named SVG in the book (not the PNG).
  assert.match(
    page,
    /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" role="img" aria-label="Cost against iteration"/,
  );
  assert.ok(!page.includes("chart-fallback") && !/<img src="data:image\/png/.test(page));
  assert.ok((await Deno.stat(`${dir}/katex/katex.min.css`)).isFile);
  assert.ok([...Deno.readDirSync(`${dir}/katex/fonts`)].some((f) => f.name.endsWith(".woff2")));
  await Deno.remove(dir, { recursive: true });
});

Deno.test("the index says what each lesson teaches, from the lesson's first paragraph, and links its notebook", async () => {
  const dir = await makeBuild();
  assert.equal((await runTool("book", [dir])).code, 0);
  const index = await Deno.readTextFile(`${dir}/index.html`);
  assert.match(index, /In this lesson you will: estimate a <code>slope<\/code> by nudging\./);
  assert.match(index, /Why does <span class="katex">/);
  assert.ok(!index.includes("More text"), "one sentence only");
  assert.ok(index.indexOf('href="01-first.html"') < index.indexOf('href="02-second.html"'));
  assert.match(index, /href="03-third\.ipynb">executed notebook/);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("executed copies get a PNG beside each chart, stay signed, and a second build adds none", async () => {
  const dir = await makeBuild();
  assert.equal((await runTool("book", [dir])).code, 0);
  const nb = await readNotebook(`${dir}/01-first.ipynb`);
  const data = nb.cells[3].outputs![0].data!;
  const png = Uint8Array.from(atob(text(data["image/png"])), (c) => c.charCodeAt(0));
  assert.deepEqual([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join(""), "PNG");
  const html = text(data["text/html"]);
  // Untrusted viewers keep the <img>; a trusted one runs the script that swaps the original figure back in.
  assert.match(
    html,
    /^<div class="chart-fallback"><img src="data:image\/png;base64,[^"]+" alt="Cost against iteration"/,
  );
  assert.ok(html.includes(`<script type="text/html">${CHART}</script>`));
  const check = await new Deno.Command(PYTHON, {
    args: [
      "-c",
      "import sys, nbformat; from nbformat.sign import NotebookNotary as N; " +
      "print(N().check_signature(nbformat.read(sys.argv[1], 4)))",
      `${dir}/01-first.ipynb`,
    ],
    stdout: "piped",
  }).output();
  assert.equal(new TextDecoder().decode(check.stdout).trim(), "True");
  const again = await runTool("book", [dir]);
  assert.match(again.stdout, /0 new chart pictures/);
  assert.equal(
    text((await readNotebook(`${dir}/01-first.ipynb`)).cells[3].outputs![0].data!["text/html"]),
    html,
  );
  // The book still shows the original figure, not the wrapper.
  assert.ok(!(await Deno.readTextFile(`${dir}/01-first.html`)).includes("chart-fallback"));
  await Deno.remove(dir, { recursive: true });
});

Deno.test("a grid of labelled small multiples becomes one picture with its columns and labels", async () => {
  const dir = await Deno.makeTempDir({ prefix: "book-grid-" });
  const panel = (label: string) =>
    `<div><div style="font: 600 13px system-ui">${label}</div><svg xmlns="http://www.w3.org/2000/svg" ` +
    `role="img" aria-label="${label} path" width="200" height="100"><path d="M0,0L200,100" stroke="red"></path></svg></div>`;
  const grid = `<div style="display: grid; grid-template-columns: repeat(2, max-content)">${
    ["momentum", "adam", "rmsprop"].map(panel).join("")
  }</div>`;
  const nb = lesson(1, "01 · Grid", "One grid.");
  nb.cells[3].outputs![0].data = { "text/html": grid, "text/plain": "grid" };
  await Deno.writeTextFile(`${dir}/01-grid.ipynb`, JSON.stringify(nb));
  assert.equal((await runTool("book", [dir])).code, 0);
  const data = (await readNotebook(`${dir}/01-grid.ipynb`)).cells[3].outputs![0].data!;
  const png = Uint8Array.from(atob(text(data["image/png"])), (c) => c.charCodeAt(0));
  const view = new DataView(png.buffer);
  // IHDR: width and height at bytes 16 and 20. Two columns of 200 px with a 10 px gap; two rows of 100 px
  // charts under 18 px labels, 6 px apart.
  assert.equal(view.getUint32(16), 410);
  assert.equal(view.getUint32(20), 2 * (100 + 18 + 6));
  assert.match(text(data["text/html"]), /alt="momentum path; adam path; rmsprop path"/);
  await Deno.remove(dir, { recursive: true });
});
