import assert from "node:assert/strict";
import fc from "fast-check";
import { parseHTML } from "linkedom";
import { quadraticDescent, stepRegime, stepSizeExplorer } from "./mod.ts";

// The browser-side functions, cut out of the widget's shipped script and evaluated here as the browser would.
const script = stepSizeExplorer().html.split("<script>")[1].split("var settings")[0];
const core = new Function(`${script.replace("(function () {", "")}\nreturn { descentPath, regimeOf };`)() as {
  descentPath: (L: number, alpha: number, x0: number, steps: number) => number[];
  regimeOf: (L: number, alpha: number) => string;
};

Deno.test("the explorer's script computes the same iterates as quadraticDescent() and the same regime as stepRegime()", () => {
  fc.assert(
    fc.property(
      fc.double({ min: 0.01, max: 100, noNaN: true }),
      fc.double({ min: -100, max: 100, noNaN: true }).filter((x) => x !== 0),
      fc.double({ min: 0.001, max: 3, noNaN: true }),
      (L, x0, r) => {
        const alpha = r / L;
        assert.deepEqual(
          core.descentPath(L, alpha, x0, 30),
          quadraticDescent(L, x0, { learningRate: alpha, maxIterations: 30 }).iterates,
        );
        assert.equal(core.regimeOf(L, alpha), stepRegime(alpha, L));
      },
    ),
  );
  for (const alpha of [0.25, 0.5]) assert.equal(core.regimeOf(4, alpha), stepRegime(alpha, 4));
});

// The few DOM members the tests touch (Deno type-checks without the DOM library).
interface TestElement {
  textContent: string | null;
  value: string;
  readonly childNodes: ArrayLike<unknown>;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<unknown>;
  dispatchEvent(event: unknown): boolean;
}
interface TestWindow {
  document: { getElementById(id: string): TestElement | null };
  Event: new (type: string) => unknown;
}

// Renders the widget into a fresh linkedom document and runs its script there, as a browser would.
function mount(options: Parameters<typeof stepSizeExplorer>[0]) {
  const explorer = stepSizeExplorer(options);
  const window = parseHTML(
    `<!doctype html><html><body>${explorer.html}</body></html>`,
  ) as unknown as TestWindow;
  const document = window.document;
  const script = explorer.html.slice(
    explorer.html.indexOf("<script>") + 8,
    explorer.html.lastIndexOf("</script>"),
  );
  new Function("document", script)(document);
  const get = (suffix: string) => document.getElementById(`${explorer.id}${suffix}`)!;
  const move = (value: number) => {
    get("-rate").value = String(value);
    get("-rate").dispatchEvent(new window.Event("input"));
  };
  return { explorer, document, get, move };
}

Deno.test("the explorer draws on load and redraws when the slider moves", () => {
  const { get, move } = mount({ curvature: 4, start: 3, learningRate: 0.1, maxIterations: 20 });
  assert.match(get("-status").textContent!, /factor 1 − α·L = 0.6: monotone/);
  assert.match(get("-status").textContent!, /After 20 steps \|x\| = 1.10e-4/);
  assert.equal(get("-value").textContent, "0.1");
  const circles = () => get("-chart").getElementsByTagName("circle").length;
  assert.equal(circles(), 21 + 21); // the path on the parabola and |x_t| on the right, start included
  move(0.4);
  assert.match(
    get("-status").textContent!,
    /factor 1 − α·L = -0.6: oscillating — every step jumps over the minimum/,
  );
  move(0.5);
  assert.match(get("-status").textContent!, /bouncing — .*\|x\| never changes. After 20 steps \|x\| = 3\./);
  move(0.55);
  assert.match(get("-status").textContent!, /diverging/);
  assert.match(get("-chart").textContent!, /leaves the chart at step 3/); // |x₃| = 3·1.2³ ≈ 5.2 > 1.6·3
  assert.match(get("-chart").getAttribute("aria-label")!, /α = 0.55: diverging/);
  move(0.25);
  assert.match(get("-status").textContent!, /one-step — the first step lands exactly on the minimum/);
});

Deno.test("the explorer's script runs once per element even if it is executed twice", () => {
  const { explorer, document, get } = mount({});
  const script = explorer.html.slice(
    explorer.html.indexOf("<script>") + 8,
    explorer.html.lastIndexOf("</script>"),
  );
  const before = get("-chart").childNodes.length;
  new Function("document", script)(document);
  assert.equal(get("-chart").childNodes.length, before);
});

Deno.test("stepSizeExplorer() gives a fresh id on every call, and derives every element id from it", () => {
  const a = stepSizeExplorer();
  const b = stepSizeExplorer();
  assert.notEqual(a.id, b.id);
  assert.match(a.id, /^step-explorer-[0-9a-f]{8}$/);
  for (const suffix of ["-rate", "-value", "-chart", "-status", "-marks"]) {
    assert.ok(a.html.includes(`id="${a.id}${suffix}"`));
  }
  assert.ok(!a.html.includes(b.id));
});

Deno.test("stepSizeExplorer() is self-contained and displays as text/html with a text/plain fallback", () => {
  const explorer = stepSizeExplorer();
  assert.doesNotMatch(
    explorer.html.replaceAll("http://www.w3.org/2000/svg", "SVG_NS"),
    /(https?:)?\/\/[a-z]/i,
  );
  assert.doesNotMatch(explorer.html, /\bsrc=|\bhref=|import\(|fetch\(/);
  const bundle = explorer[Symbol.for("Jupyter.display")]();
  assert.equal(bundle["text/html"], explorer.html);
  assert.match(bundle["text/plain"], /needs a browser/);
  // Before the script runs, the text says what is missing.
  assert.match(explorer.html, /needs its script to run/);
});

Deno.test("stepSizeExplorer() slider steps hit 1/L and 2/L exactly", () => {
  const explorer = stepSizeExplorer({ curvature: 4 });
  const step = Number(explorer.html.match(/step="([^"]+)"/)![1]);
  assert.equal(step, 0.0025);
  assert.equal(Math.round(0.25 / step) * step, 0.25);
  assert.equal(Math.round(0.5 / step) * step, 0.5);
});

const badInputs: [string, () => unknown, ErrorConstructor, RegExp][] = [
  [
    "curvature is 0",
    () => stepSizeExplorer({ curvature: 0 }),
    RangeError,
    /Cannot build the step-size explorer: curvature must be > 0, got 0/,
  ],
  ["start is 0", () => stepSizeExplorer({ start: 0 }), RangeError, /start must not be 0/],
  [
    "start is NaN",
    () => stepSizeExplorer({ start: NaN }),
    RangeError,
    /start must be a finite number, got NaN/,
  ],
  [
    "learningRate is negative",
    () => stepSizeExplorer({ learningRate: -1 }),
    RangeError,
    /learningRate must be in \(0, 0.6\], got -1/,
  ],
  [
    "learningRate is above the slider",
    () => stepSizeExplorer({ curvature: 2, learningRate: 2 }),
    RangeError,
    /learningRate must be in \(0, 1.2\], got 2/,
  ],
  [
    "maxIterations is 0",
    () => stepSizeExplorer({ maxIterations: 0 }),
    RangeError,
    /maxIterations must be an integer from 1 to 500, got 0/,
  ],
  [
    "maxIterations is 501",
    () => stepSizeExplorer({ maxIterations: 501 }),
    RangeError,
    /maxIterations must be an integer from 1 to 500, got 501/,
  ],
  ["an option is unknown", () => stepSizeExplorer({ L: 4 } as never), TypeError, /unknown option "L"/],
];

for (const [what, call, kind, message] of badInputs) {
  Deno.test(`stepSizeExplorer() throws a ${kind.name} naming the value when ${what}`, () => {
    assert.throws(call, (error: unknown) => {
      assert.ok(error instanceof kind, `expected ${kind.name}, got ${error}`);
      assert.match((error as Error).message, message);
      return true;
    });
  });
}
