// The lessons in JupyterLab, as a learner opens them: every lesson run with Run All, its kernel Deno, no error,
// every chart drawn with an accessible name; every executed copy in build/ shows its charts without running
// (signed); a copy whose signature no longer matches shows them as PNG pictures (unsigned). Screenshots go to
// build/screenshots/.

const fs = require("node:fs");
const path = require("node:path");
const {
  BUILD,
  chartOutputsInFile,
  closeSession,
  cellState,
  expect,
  inspectOutputs,
  LESSONS,
  openInLab,
  openNotebook,
  outputsShown,
  ROOT,
  runAll,
  SHOTS,
  test,
} = require("./fixtures.cjs");

const PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)";
const SCRATCH = path.join(ROOT, ".tools", "browser", `scratch-${process.pid}`);

test.beforeAll(() => fs.mkdirSync(SHOTS, { recursive: true }));
test.afterAll(() => fs.rmSync(SCRATCH, { recursive: true, force: true }));

async function shoot(page, name) {
  await page.setViewportSize({ width: 1280, height: 1600 });
  const chart = page.locator(`${PANEL} .jp-OutputArea-output`).filter({ has: page.locator("img, svg") })
    .first();
  if (await chart.count()) {
    await chart.evaluate((el) => el.closest(".jp-Cell")?.scrollIntoView({ block: "start" }));
  }
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  await page.setViewportSize({ width: 1280, height: 1000 });
}

for (const file of LESSONS) {
  const name = file.replace(/\.ipynb$/, "");
  const notebook = `notebooks/${file}`;

  test(`${name}: Run All in JupyterLab runs every cell on Deno, no error, every chart named`, async ({ page, lab }) => {
    await openNotebook(page, lab, `lesson-${name}`, notebook);
    try {
      const done = await runAll(page, lab, notebook, 150_000);
      expect(done.kernel.name).toBe("deno");
      await expect(page.locator(`${PANEL} .jp-KernelName`).first()).toHaveText(/deno/i);
      const seen = await page.evaluate(inspectOutputs, PANEL);
      // Which cells did not run, and the errors shown, so that a failure says why.
      expect(
        done.numbered,
        `every code cell ran (Run All stops at an error); not run: ${
          JSON.stringify(done.unnumbered)
        }; errors: ${JSON.stringify(seen.errors)}`,
      ).toBe(done.nonEmpty);
      expect(seen.errors, "error or stderr outputs").toEqual([]);
      expect(seen.blocked).toBe(0);
      expect(outputsShown(seen.charts), "charts drawn with a non-zero size").toBeGreaterThan(0);
      expect(seen.charts.filter((c) => !c.name), "charts without an accessible name").toEqual([]);
      if (name.startsWith("06-")) {
        // The learning-rate explorer's slider moves with the arrow keys and shows a focus ring.
        const slider = page.locator(`${PANEL} .step-explorer input[type=range]`).first();
        await slider.scrollIntoViewIfNeeded();
        await slider.focus();
        const before = await slider.inputValue();
        const value = page.locator(`${PANEL} .step-explorer output`).first();
        const shown = await value.textContent();
        await page.keyboard.press("ArrowRight");
        await page.keyboard.press("ArrowRight");
        expect(Number(await slider.inputValue())).toBeGreaterThan(Number(before));
        await expect(value).not.toHaveText(shown ?? "");
        const ring = await slider.evaluate((el) =>
          getComputedStyle(el).outlineStyle + " " + getComputedStyle(el).outlineWidth
        );
        expect(ring).toMatch(/^solid [1-9]/);
        const box = await slider.boundingBox();
        await page.screenshot({
          path: path.join(SHOTS, "06-slider-focused.png"),
          clip: { x: box.x - 12, y: box.y - 40, width: box.width + 24, height: box.height + 56 },
        });
      }
      await shoot(page, name);
    } finally {
      await closeSession(lab, notebook);
    }
  });
}

for (const file of LESSONS) {
  const name = file.replace(/\.ipynb$/, "");
  const copy = path.join(BUILD, file);

  test(`build/${file} (signed) shows its charts without running, as inline named SVG`, async ({ labPage: page, lab }) => {
    expect(fs.existsSync(copy), `${copy} exists (run ./deno task build)`).toBe(true);
    const expected = chartOutputsInFile(copy);
    expect(expected).toBeGreaterThan(0);
    const close = await openInLab(page, lab, `build/${file}`);
    try {
      await expect.poll(async () => outputsShown((await page.evaluate(inspectOutputs, PANEL)).charts), {
        timeout: 60_000,
      }).toBe(expected);
      const seen = await page.evaluate(inspectOutputs, PANEL);
      expect(seen.blocked).toBe(0);
      expect(seen.charts.filter((c) => c.kind === "png"), "a trusted copy shows the SVG, not the picture")
        .toEqual([]);
      expect(seen.charts.filter((c) => !c.name)).toEqual([]);
      expect((await page.evaluate(cellState)).busy, "the copy is not run").toBe(0);
    } finally {
      await close();
    }
  });

  test(`an unsigned copy of build/${file} shows its charts as PNG pictures with alt text`, async ({ labPage: page, lab }) => {
    // As when a teacher mails the executed notebook: any change breaks the signature.
    const nb = JSON.parse(fs.readFileSync(copy, "utf8"));
    nb.metadata.browser_test = "an unsigned copy";
    fs.mkdirSync(SCRATCH, { recursive: true });
    const target = path.join(SCRATCH, `unsigned-${file}`);
    fs.writeFileSync(target, JSON.stringify(nb, null, 1));
    const withPicture = nb.cells.flatMap((c) => c.outputs ?? []).filter((o) => o.data?.["image/png"]).length;
    expect(withPicture, "chart outputs with an image/png in the copy").toBeGreaterThan(0);
    const relative = path.relative(ROOT, target);
    const close = await openInLab(page, lab, relative);
    try {
      await expect.poll(
        async () => outputsShown((await page.evaluate(inspectOutputs, PANEL)).charts, ["png"]),
        {
          timeout: 60_000,
        },
      ).toBe(withPicture);
      const seen = await page.evaluate(inspectOutputs, PANEL);
      expect(outputsShown(seen.charts, ["svg", "svg-img"]), "no SVG shown: the copy is not trusted").toBe(0);
      expect(seen.blocked, '"Cannot display an untrusted SVG"').toBe(0);
      expect(seen.charts.filter((c) => c.kind === "png" && !c.name), "pictures without alt text").toEqual([]);
      if (name.startsWith("01-") || name.startsWith("03-")) await shoot(page, `unsigned-${name}`);
    } finally {
      await close();
    }
  });
}
