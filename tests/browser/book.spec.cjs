// The HTML book (build/index.html and a page per lesson) with the network off: maths typeset (no raw TeX left),
// every lesson reached by the next links and back by the previous ones, charts inline and named, readable at
// 360 px, navigation hidden in print. Screenshots to build/screenshots/.

const fs = require("node:fs");
const path = require("node:path");
const { BUILD, chartOutputsInFile, expect, inspectOutputs, LESSONS, outputsShown, SHOTS, test } = require(
  "./fixtures.cjs",
);

const STEMS = LESSONS.map((f) => f.replace(/\.ipynb$/, ""));

/** Whether the lesson's markdown holds LaTeX ($...$); lesson 14 has none. */
function hasMaths(stem) {
  const nb = JSON.parse(fs.readFileSync(path.join(BUILD, `${stem}.ipynb`), "utf8"));
  return nb.cells.some((c) => c.cell_type === "markdown" && /\$[^$]+\$/.test([].concat(c.source).join("")));
}

/** Text nodes a reader sees that hold raw TeX: `$$` or `\frac`. KaTeX keeps each formula's source in a MathML
 * <annotation> (never rendered, read by copy and paste); scripts and styles are not text either. */
function rawTeX() {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest("annotation, script, style")
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const found = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/\$\$|\\frac/.test(node.textContent)) found.push(node.textContent.trim().slice(0, 80));
  }
  return found;
}

test("the index lists every lesson in order, with a line of what it teaches and its executed notebook", async ({ page, book, context }) => {
  await page.goto(`${book}/index.html`);
  const items = page.locator("main ol > li");
  await expect(items).toHaveCount(STEMS.length);
  for (const [i, stem] of STEMS.entries()) {
    const item = items.nth(i);
    await expect(item.locator("a").first()).toHaveAttribute("href", `${stem}.html`);
    await expect(item.locator(`a[href="${stem}.ipynb"]`)).toHaveCount(1);
    expect((await item.locator(".summary").textContent()).trim().length).toBeGreaterThan(20);
  }
  expect(await page.evaluate(rawTeX)).toEqual([]);
  expect(context.blocked).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, "book-index.png"), fullPage: true });
});

test("next links walk all the lessons in order and previous links walk back; each page titled, maths typeset offline", async ({ page, book, context }) => {
  test.setTimeout(300_000);
  await page.goto(`${book}/${STEMS[0]}.html`);
  const visited = [];
  for (let i = 0; i < STEMS.length; i++) {
    await expect(page).toHaveURL(new RegExp(`/${STEMS[i]}\\.html$`));
    const heading = (await page.locator("main h1").first().textContent()).replace(/¶$/, "").trim();
    await expect(page).toHaveTitle(heading);
    expect(heading.startsWith(STEMS[i].slice(0, 2))).toBe(true);
    // Every lesson listed in the navigation, this one marked as the current page.
    await expect(page.locator(".book-nav ol > li")).toHaveCount(STEMS.length);
    await expect(page.locator('.book-nav a[aria-current="page"]')).toHaveAttribute(
      "href",
      `${STEMS[i]}.html`,
    );
    expect(await page.evaluate(rawTeX), `raw TeX on ${STEMS[i]}.html`).toEqual([]);
    if (hasMaths(STEMS[i])) {
      expect(await page.locator(".katex").count()).toBeGreaterThan(0);
      const loaded = await page.evaluate(() =>
        document.fonts.ready.then(() => document.fonts.check("16px KaTeX_Main"))
      );
      expect(loaded, "KaTeX's fonts load from build/katex/").toBe(true);
    }
    const seen = await page.evaluate(inspectOutputs, "body");
    const expected = chartOutputsInFile(path.join(BUILD, `${STEMS[i]}.ipynb`));
    expect(outputsShown(seen.charts, ["svg"]), "charts as inline SVG").toBe(expected);
    expect(seen.charts.filter((c) => !c.name), "charts without an accessible name").toEqual([]);
    visited.push(STEMS[i]);
    if (i + 1 < STEMS.length) await page.locator('a[rel="next"]').click();
  }
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
  for (let i = STEMS.length - 1; i > 0; i--) {
    await page.locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(new RegExp(`/${STEMS[i - 1]}\\.html$`));
  }
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
  expect(visited).toEqual(STEMS);
  expect(context.blocked, "requests that needed the network").toEqual([]);
});

test("lesson 01 reads at 360 px (nothing wider than the screen) and prints without the navigation", async ({ page, book }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(`${book}/${STEMS[0]}.html`);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide, "page width at 360 px").toBeLessThanOrEqual(360);
  await page.screenshot({ path: path.join(SHOTS, `book-${STEMS[0]}-360px.png`) });
  await page.locator(".jp-OutputArea-output svg").first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, `book-${STEMS[0]}-360px-chart.png`) });
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".book-nav")).toBeHidden();
  await expect(page.locator(".book-pager")).toBeHidden();
  fs.mkdirSync(SHOTS, { recursive: true });
});
