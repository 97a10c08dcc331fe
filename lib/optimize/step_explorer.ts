/**
 * Lesson 06's learning-rate slider over descent on `f(x) = L/2·x²`: self-contained HTML, script and SVG.
 * @module
 */
import { descentPath, regimeOf } from "./stability.ts";
import {
  requireFinite,
  requireInteger,
  requireInterval,
  requireOptions,
  requirePositive,
} from "../_validate.ts";

/** Options for {@linkcode stepSizeExplorer}. */
export interface StepExplorerOptions {
  /** The curvature `L` of `f(x) = L/2·x²`, a finite number > 0. Defaults to `4`. */
  curvature?: number;
  /** The starting point `x₀`, a finite number other than 0. Defaults to `3`. */
  start?: number;
  /** The slider's starting learning rate, in its range `(0, 1.2 × 2/L]`, past the limit. Defaults to `0.1`. */
  learningRate?: number;
  /** How many steps to draw, an integer from 1 to 500. Defaults to `20`. */
  maxIterations?: number;
}

/** What {@linkcode stepSizeExplorer} returns: the markup, and the display hook the Deno kernel calls. */
export interface StepExplorer {
  /** The id of the outer element, new on every call. */
  readonly id: string;
  /** The whole widget: a `<div>` (label, slider, SVG, live text) followed by its `<script>`. */
  readonly html: string;
  /** The Deno Jupyter kernel shows `text/html`; text-only front ends get a sentence. */
  [key: symbol]: () => Record<string, string>;
}

const CONTEXT = "Cannot build the step-size explorer";
const OPTIONS = ["curvature", "start", "learningRate", "maxIterations"];

/**
 * A slider for `α`, marked at `1/L` and `2/L`, over gradient descent on `f(x) = L/2·x²` (lesson 06), redrawn in the
 * browser as it moves: the path on the parabola, `|x_t|` on a log scale against `|1 − αL|ᵗ·|x₀|`, the regime named.
 * @returns A {@linkcode StepExplorer}; make it the last expression of a notebook cell to show it.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { stepSizeExplorer } from "./step_explorer.ts";
 *
 * const explorer = stepSizeExplorer();
 * assert.ok(explorer.html.includes(`<input id="${explorer.id}-rate" type="range"`));
 * ```
 */
export function stepSizeExplorer(options: StepExplorerOptions = {}): StepExplorer {
  requireOptions(CONTEXT, options, OPTIONS);
  const { curvature = 4, start = 3, learningRate = 0.1, maxIterations = 20 } = options;
  requirePositive(CONTEXT, "curvature", curvature);
  requireFinite(CONTEXT, "start", start);
  if (start === 0) throw new RangeError(`${CONTEXT}: start must not be 0 (the minimum itself), got 0`);
  const maxLearningRate = 1.2 * (2 / curvature);
  requireInterval(CONTEXT, "learningRate", learningRate, `(0, ${maxLearningRate}]`);
  requireInteger(CONTEXT, "maxIterations", maxIterations, 1, 500);
  // An element name, not data: it must differ between renders, so it is deliberately not seeded.
  const id = `step-explorer-${crypto.randomUUID().slice(0, 8)}`;

  // Steps of (2/L)/200, so the slider stops exactly on 1/L and 2/L.
  const step = 2 / curvature / 200;
  // The log panel reaches up to the largest |x_t| any slider position gives (at most 10¹²).
  const worstFactor = Math.abs(1 - maxLearningRate * curvature); // |1 − 2.4|, up to rounding
  const logHigh = Math.min(
    12,
    Math.max(1, Math.ceil(Math.log10(Math.abs(start)) + maxIterations * Math.log10(worstFactor))),
  );
  const settings = JSON.stringify({ L: curvature, x0: start, steps: maxIterations, logHigh });
  // data-lm-suppress-shortcuts: without it JupyterLab's command-mode shortcuts take the arrow keys from the
  // slider (they move between cells); the <style> gives the focused slider a ring JupyterLab's CSS does not.
  const html =
    `<div id="${id}" class="step-explorer" style="max-width: 640px; background: white; color: #1a1a1a; ` +
    `font: 13px system-ui, sans-serif; padding: 6px 0">
<label for="${id}-rate" style="display: block; font-weight: 600">Learning rate α = <output id="${id}-value" for="${id}-rate">${learningRate}</output>
 <span style="font-weight: normal; color: #555">(f(x) = ${curvature}/2·x², start x₀ = ${start}; ` +
    `marks at 1/L = ${1 / curvature} and 2/L = ${2 / curvature})</span></label>
<input id="${id}-rate" type="range" min="${step}" max="${maxLearningRate}" step="${step}" value="${learningRate}" ` +
    `list="${id}-marks" style="width: 100%" aria-describedby="${id}-status" data-lm-suppress-shortcuts="true">
<style>#${id}-rate:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 3px; }</style>
<datalist id="${id}-marks"><option value="${1 / curvature}" label="1/L"></option>` +
    `<option value="${2 / curvature}" label="2/L"></option></datalist>
<svg id="${id}-chart" width="640" height="300" viewBox="0 0 640 300" role="img" ` +
    `aria-label="Gradient descent on f(x) = ${curvature}/2·x² for the chosen learning rate" ` +
    `style="display: block; background: white; font: 12px system-ui, sans-serif"></svg>
<p id="${id}-status" aria-live="polite" style="margin: 4px 0">This explorer needs its script to run: open the ` +
    `notebook in JupyterLab or VS Code and trust it, or read the HTML book. The static chart below shows the same ` +
    `runs.</p>
</div>
<script>
(function () {
${descentPath}
${regimeOf}
var settings = ${settings};
var root = document.getElementById(${JSON.stringify(id)});
if (!root || root.getAttribute("data-ready")) return;
root.setAttribute("data-ready", "1");
var slider = document.getElementById(${JSON.stringify(id + "-rate")});
var shown = document.getElementById(${JSON.stringify(id + "-value")});
var svg = document.getElementById(${JSON.stringify(id + "-chart")});
var status = document.getElementById(${JSON.stringify(id + "-status")});
var NS = "http://www.w3.org/2000/svg";
var L = settings.L, x0 = settings.x0, steps = settings.steps;
var reach = 1.6 * Math.abs(x0);
var f = function (x) { return L / 2 * x * x; };
// Left panel: the parabola and the path. Right panel: log10 |x_t| against t.
var A = { left: 44, right: 372, top: 16, bottom: 262 };
var B = { left: 430, right: 628, top: 16, bottom: 262 };
var logLow = -8, logHigh = settings.logHigh;
function ax(x) { return A.left + (x + reach) / (2 * reach) * (A.right - A.left); }
function ay(y) { return A.bottom - y / (f(reach) * 1.04) * (A.bottom - A.top); }
function bx(t) { return B.left + t / steps * (B.right - B.left); }
function by(v) {
  var e = Math.log10(Math.max(v, 1e-300));
  e = Math.min(Math.max(e, logLow), logHigh);
  return B.bottom - (e - logLow) / (logHigh - logLow) * (B.bottom - B.top);
}
function add(name, attributes, text) {
  var node = document.createElementNS(NS, name);
  for (var key in attributes) node.setAttribute(key, String(attributes[key]));
  if (text !== undefined) node.textContent = text;
  svg.appendChild(node);
  return node;
}
function fmt(v) {
  if (v === 0) return "0";
  var a = Math.abs(v);
  return a >= 1e4 || a < 1e-3 ? v.toExponential(2) : String(Number(v.toPrecision(4)));
}
function draw() {
  var alpha = Number(slider.value);
  var xs = descentPath(L, alpha, x0, steps);
  var factor = 1 - alpha * L;
  var regime = regimeOf(L, alpha);
  shown.textContent = fmt(alpha);
  while (svg.firstChild) svg.removeChild(svg.firstChild);
  // Frames, axes and labels.
  add("rect", { x: A.left, y: A.top, width: A.right - A.left, height: A.bottom - A.top, fill: "none", stroke: "#ddd" });
  add("rect", { x: B.left, y: B.top, width: B.right - B.left, height: B.bottom - B.top, fill: "none", stroke: "#ddd" });
  add("line", { x1: ax(0), x2: ax(0), y1: A.top, y2: A.bottom, stroke: "#bbb" });
  var tick = Math.pow(10, Math.floor(Math.log10(reach)));
  for (var k = -Math.floor(reach / tick); k <= Math.floor(reach / tick); k++) {
    add("text", { x: ax(k * tick), y: A.bottom + 16, "text-anchor": "middle", fill: "#555" }, fmt(k * tick));
  }
  add("text", { x: (A.left + A.right) / 2, y: A.bottom + 32, "text-anchor": "middle" }, "x");
  add("text", { x: A.left + 4, y: A.top + 14, fill: "#555" }, "f(x) = " + L + "/2·x²");
  for (var e = logLow; e <= logHigh; e += 2) {
    add("line", { x1: B.left, x2: B.right, y1: by(Math.pow(10, e)), y2: by(Math.pow(10, e)), stroke: "#eee" });
    add("text", { x: B.left - 4, y: by(Math.pow(10, e)) + 4, "text-anchor": "end", fill: "#555" }, "1e" + e);
  }
  add("text", { x: (B.left + B.right) / 2, y: B.bottom + 32, "text-anchor": "middle" }, "step t (0 to " + steps + ")");
  add("text", { x: B.left + 4, y: B.top + 14, fill: "#555" }, "|x_t|, log scale");
  // The parabola.
  var curve = [];
  for (var i = 0; i <= 120; i++) {
    var cx = -reach + 2 * reach * i / 120;
    curve.push(ax(cx).toFixed(1) + "," + ay(f(cx)).toFixed(1));
  }
  add("polyline", { points: curve.join(" "), fill: "none", stroke: "#4269d0", "stroke-width": 2 });
  // The path, up to the first iterate that leaves the chart.
  var inside = [];
  for (var t = 0; t < xs.length && Math.abs(xs[t]) <= reach; t++) inside.push(xs[t]);
  add("polyline", {
    points: inside.map(function (x) { return ax(x).toFixed(1) + "," + ay(f(x)).toFixed(1); }).join(" "),
    fill: "none", stroke: "#ff725c", "stroke-width": 1.5,
  });
  inside.forEach(function (x, t) {
    add("circle", { cx: ax(x), cy: ay(f(x)), r: t === 0 ? 5 : 3, fill: t === 0 ? "#3ca951" : "#ff725c", stroke: "white" });
  });
  add("text", { x: ax(x0), y: ay(f(x0)) - 9, "text-anchor": "middle", fill: "#3ca951" }, "start");
  if (inside.length < xs.length) {
    add("text", { x: A.right - 6, y: A.top + 30, "text-anchor": "end", fill: "#c0392b" },
      "leaves the chart at step " + inside.length);
  }
  // Right panel: the distance to the minimum, and the line |1 − αL|^t·|x0| it follows.
  var line = [];
  for (var s = 0; s <= steps; s++) line.push(bx(s).toFixed(1) + "," + by(Math.pow(Math.abs(factor), s) * Math.abs(x0)).toFixed(1));
  add("polyline", { points: line.join(" "), fill: "none", stroke: "#999", "stroke-dasharray": "4 3" });
  xs.forEach(function (x, t) {
    if (isFinite(x)) add("circle", { cx: bx(t), cy: by(Math.abs(x)), r: 2.5, fill: "#ff725c" });
  });
  var last = xs[xs.length - 1];
  var what = {
    "monotone": "every step stays on the same side and covers " + fmt(100 * alpha * L) + "% of the remaining distance",
    "one-step": "the first step lands exactly on the minimum",
    "oscillating": "every step jumps over the minimum and lands " + fmt(Math.abs(factor)) + " times as far away",
    "bouncing": "every step jumps to the mirror point: |x| never changes",
    "diverging": "every step jumps over the minimum and lands " + fmt(Math.abs(factor)) + " times farther away",
  }[regime];
  status.textContent = "α·L = " + fmt(alpha * L) + ", factor 1 − α·L = " + fmt(factor) + ": " + regime + " — " +
    what + ". After " + steps + " steps |x| = " + fmt(Math.abs(last)) + ". Stable for α < 2/L = " + fmt(2 / L) + ".";
  svg.setAttribute("aria-label", "Gradient descent on f(x) = " + L + "/2·x² with α = " + fmt(alpha) + ": " + regime);
}
slider.addEventListener("input", draw);
draw();
})();
</script>`;

  const plain = `Interactive explorer of the learning rate on f(x) = ${curvature}/2·x² from x₀ = ${start} ` +
    `(needs a browser that runs the output's script).`;
  return { id, html, [Symbol.for("Jupyter.display")]: () => ({ "text/html": html, "text/plain": plain }) };
}
