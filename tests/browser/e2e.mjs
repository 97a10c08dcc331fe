// End-to-end test in a real browser: the lessons opened in JupyterLab as a learner opens them.
//
// Run it through `deno task test:browser` (tests/browser/run.sh installs Chromium, playwright-core and .venv
// first). Node runs this file; playwright-core comes from .tools/browser/node_modules and drives Debian's
// Chromium (/usr/bin/chromium), no browser download. Checks, each counted once in the last line:
//   - every lesson notebooks/NN-*.ipynb, opened in JupyterLab: its kernel is Deno (toolbar and session API),
//     Run → Run All Cells runs every code cell, no error or stderr output, at least one chart rendered with a
//     non-zero size, every chart named (aria-label or <title> on its svg); a screenshot goes to
//     build/screenshots/NAME.png and one per chart to build/screenshots/NAME/chart-NN.png;
//   - every executed copy build/NAME.ipynb, opened without running it: its charts are shown (the trust
//     signature works), and an unsigned copy of one of them is not (the check can fail);
//   - the HTML book: build/index.html, its link to the first lesson, that page's inline svg charts.
// Notes (printed, not counted): what a learner would find wrong although the checks pass: charts shown as <img>
// without alt text, outputs wider than their column, chart text cut off at the edge, code lines wider than the
// editor, printed lines that land under another cell than in the runner's copy, raw TeX in the HTML book.
// Usage: node tests/browser/e2e.mjs [NOTEBOOK...]   (default: every notebooks/NN-*.ipynb, in order)
// Environment: BROWSER_TEST_TIMEOUT seconds per notebook (default 120); CHROMIUM_PATH (default /usr/bin/chromium).
// JupyterLab (from .venv) and Chromium are always stopped, also on a failed check or an interrupt.
// It never saves a notebook: autosave is off and the test server refuses every save.

import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as http from "node:http";
import { createRequire } from "node:module";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import process from "node:process";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BUILD = path.join(ROOT, "build");
const SHOTS = path.join(BUILD, "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
// The arguments that work on these machines (no GPU, no sandbox for root, no network chatter).
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const NOTEBOOK_TIMEOUT = 1000 * Number(process.env.BROWSER_TEST_TIMEOUT || 120);
const STARTUP_TIMEOUT = 90_000;
const VIEWPORT = { width: 1280, height: 1000 };
const SCREENSHOT_VIEWPORT = { width: 1280, height: 2000 };
const UNTRUSTED_SVG = "Cannot display an untrusted SVG";

let chromium;
try {
  ({ chromium } = createRequire(path.join(ROOT, ".tools/browser/package.json"))("playwright-core"));
} catch (error) {
  console.log(
    `FAIL test:browser: playwright-core is not in .tools/browser (run tests/browser/run.sh): ${error}`,
  );
  console.log("0 passed, 1 failed");
  process.exit(1);
}

// ---------------------------------------------------------------- state that cleanup() must undo

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), "lessons-browser-"));
const RUNTIME = path.join(TMP, "runtime"); // kernel connection files: identifies our kernel processes
const PROFILE = path.join(TMP, "chromium-profile"); // a new, empty --user-data-dir
const SAVES = path.join(TMP, "save-attempts.txt");
// Notebooks the test itself makes (the unsigned copy) live under the root, which JupyterLab serves.
const SCRATCH = path.join(ROOT, ".tools", "browser", `scratch-${process.pid}`);
const TOKEN = randomBytes(24).toString("hex");
/** @type {import("node:child_process").ChildProcess | null} */
let jupyter = null;
let jupyterPort = 0;
/** @type {import("playwright-core").BrowserContext | null} */
let context = null;
/** @type {http.Server | null} */
let bookServer = null;
let cleaned = false;

function pidsWithArg(fragment) {
  const pids = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(fragment)) pids.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return pids;
}

function killQuietly(pid, signal) {
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false;
  }
}

function alive(child) {
  return child !== null && child.exitCode === null && child.signalCode === null;
}

/** Last resort, synchronous (runs in the "exit" handler too): kill what we started, remove temp folders. */
function cleanupSync() {
  if (alive(jupyter)) killQuietly(-jupyter.pid, "SIGKILL");
  // Kernels run in their own sessions; their argv names a connection file in our runtime folder.
  for (const pid of pidsWithArg(RUNTIME)) killQuietly(pid, "SIGKILL");
  for (const pid of pidsWithArg(PROFILE)) killQuietly(pid, "SIGKILL");
  fs.rmSync(SCRATCH, { recursive: true, force: true });
  fs.rmSync(TMP, { recursive: true, force: true });
}

/** Stop Chromium, shut JupyterLab down with its kernels (politely, then by signal), remove temp folders. */
async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  if (context) await withTimeout(context.close(), 10_000, "closing Chromium").catch(() => {});
  if (bookServer) bookServer.close();
  if (alive(jupyter)) {
    const exited = new Promise((resolve) => jupyter.once("exit", resolve));
    await withTimeout(api("POST", "/api/shutdown"), 5_000, "shutdown request").catch(() => {});
    await withTimeout(exited, 10_000, "JupyterLab exit").catch(() => {
      killQuietly(-jupyter.pid, "SIGTERM");
      return withTimeout(exited, 5_000, "JupyterLab exit after SIGTERM").catch(() => {});
    });
  }
  cleanupSync();
}

process.on("exit", cleanupSync);
/** The signal that interrupted the run: from then on the checks still running report nothing. */
let interrupted = "";
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]]) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = signal;
    console.log(`\ntest:browser: ${signal} received; stopping JupyterLab and Chromium`);
    cleanup().finally(() => {
      console.log(`${passed} passed, ${failed + 1} failed`);
      process.exit(code);
    });
  });
}

// ---------------------------------------------------------------- helpers

function withTimeout(promise, ms, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s: ${what}`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** Poll `probe` until it returns a truthy value; throws naming `what` (and the last value seen) at the deadline. */
async function until(probe, { deadline, what, every = 500 }) {
  let last;
  while (Date.now() < deadline) {
    last = await probe();
    if (last && last.done !== false) return last;
    await sleep(every);
  }
  throw new Error(`timed out waiting for ${what}${last ? ` (last seen: ${JSON.stringify(last)})` : ""}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function api(method, route, body) {
  const response = await fetch(`http://127.0.0.1:${jupyterPort}${route}`, {
    method,
    headers: { Authorization: `token ${TOKEN}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`${method} ${route}: HTTP ${response.status}`);
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

function labUrl(workspace, notebookPath) {
  const tree = notebookPath.split("/").map(encodeURIComponent).join("/");
  return `http://127.0.0.1:${jupyterPort}/lab/workspaces/${workspace}/tree/${tree}?token=${TOKEN}`;
}

function logTail(file, lines = 25) {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

function rel(p) {
  return path.relative(ROOT, p);
}

/** Outputs of an executed notebook that are charts: SVG, PNG, or HTML with an svg inside (a Plot <figure>). */
function chartOutputsInFile(file) {
  const nb = JSON.parse(fs.readFileSync(file, "utf8"));
  let charts = 0;
  for (const cell of nb.cells) {
    for (const output of cell.outputs ?? []) {
      const data = output.data ?? {};
      const html = [].concat(data["text/html"] ?? []).join("");
      if (data["image/svg+xml"] || data["image/png"] || /<svg[\s>]/.test(html)) charts += 1;
    }
  }
  return charts;
}

// ---------------------------------------------------------------- JupyterLab

async function startJupyter() {
  fs.mkdirSync(RUNTIME, { recursive: true });
  const config = path.join(TMP, "config");
  const settings = path.join(TMP, "settings");
  const writeSettings = (plugin, value) => {
    const file = path.join(settings, `${plugin}.jupyterlab-settings`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(value));
  };
  // Never write the lessons: no autosave (a run marks the notebook dirty), no news or update checks.
  writeSettings("@jupyterlab/docmanager-extension/plugin", { autosave: false });
  writeSettings("@jupyterlab/apputils-extension/notification", {
    fetchNews: "false",
    checkForUpdates: false,
  });
  fs.mkdirSync(config, { recursive: true });
  jupyterPort = await freePort();
  const py = (value) => JSON.stringify(value); // a JSON string literal is a valid Python string literal
  fs.writeFileSync(
    path.join(config, "jupyter_server_config.py"),
    [
      "from tornado import web",
      "c = get_config()  # noqa: F821",
      'c.ServerApp.ip = "127.0.0.1"',
      `c.ServerApp.port = ${jupyterPort}`,
      "c.ServerApp.port_retries = 0",
      "c.ServerApp.open_browser = False",
      `c.ServerApp.root_dir = ${py(ROOT)}`,
      "c.ServerApp.terminals_enabled = False",
      "c.ServerApp.allow_root = True  # these machines run the test as root",
      `c.IdentityProvider.token = ${py(TOKEN)}`,
      "c.ContentsManager.allow_hidden = True  # the unsigned copy lives under .tools/",
      `c.FileCheckpoints.checkpoint_dir = ${py(path.join(TMP, "checkpoints"))}`,
      "c.LanguageServerManager.autodetect = False",
      "",
      "def refuse_save(model=None, path=None, **kwargs):",
      `    with open(${py(SAVES)}, "a") as f:`,
      '        f.write(f"{path}\\n")',
      '    raise web.HTTPError(403, f"the browser test never saves notebooks ({path})")',
      "",
      "c.ContentsManager.pre_save_hook = refuse_save",
      "",
    ].join("\n"),
  );
  const log = fs.openSync(path.join(TMP, "jupyter.log"), "w");
  jupyter = spawn(
    path.join(ROOT, ".venv/bin/jupyter"),
    [
      "lab",
      `--LabApp.user_settings_dir=${settings}`,
      `--LabApp.workspaces_dir=${path.join(TMP, "workspaces")}`,
      "--LabApp.expose_app_in_browser=True", // window.jupyterapp: read execution counts from the model
    ],
    {
      cwd: ROOT,
      detached: true, // its own process group, so an interrupt reaches it only through cleanup()
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        JUPYTER_PATH: path.join(ROOT, ".venv/share/jupyter"),
        JUPYTER_CONFIG_DIR: config,
        JUPYTER_RUNTIME_DIR: RUNTIME,
        NO_COLOR: "1",
        PYTHONUNBUFFERED: "1",
      },
    },
  );
  fs.closeSync(log);
  const deadline = Date.now() + STARTUP_TIMEOUT;
  await until(async () => {
    if (!alive(jupyter)) {
      throw new Error(
        `JupyterLab exited (code ${jupyter.exitCode}):\n${logTail(path.join(TMP, "jupyter.log"))}`,
      );
    }
    return await api("GET", "/api/status").catch(() => null);
  }, { deadline, what: "JupyterLab to answer /api/status" });
  const specs = await api("GET", "/api/kernelspecs");
  if (!specs.kernelspecs.deno) {
    throw new Error(
      `JupyterLab does not see the "deno" kernelspec; it sees: ${Object.keys(specs.kernelspecs)}`,
    );
  }
}

async function sessionFor(notebookPath) {
  const sessions = await api("GET", "/api/sessions");
  return sessions.find((s) => s.path === notebookPath) ?? null;
}

async function closeSession(notebookPath) {
  const session = await sessionFor(notebookPath).catch(() => null);
  if (session) await api("DELETE", `/api/sessions/${session.id}`).catch(() => {});
}

// ---------------------------------------------------------------- in the page

/** Runs in the page: the state of every code cell of the open notebook. */
function cellState() {
  const panel = document.querySelector(".jp-NotebookPanel:not(.lm-mod-hidden)");
  if (!panel) return { cells: 0, done: false };
  const cells = Array.from(panel.querySelectorAll(".jp-CodeCell"));
  let busy = 0, numbered = 0, nonEmpty = 0;
  for (const cell of cells) {
    if ((cell.querySelector(".jp-InputArea-prompt")?.textContent ?? "").includes("[*]")) busy += 1;
  }
  // Execution counts and sources from the notebook's model (JupyterLab started with expose_app_in_browser):
  // the DOM has no prompt and no editor for a cell whose source is hidden (the lessons' solution cells).
  const model = globalThis.jupyterapp?.shell?.currentWidget?.content?.model;
  if (!model) return { cells: cells.length, done: false, why: "no notebook model" };
  for (const cell of model.cells) {
    if (cell.type !== "code") continue;
    if (cell.sharedModel.getSource().trim() !== "") nonEmpty += 1;
    if (typeof cell.executionCount === "number") numbered += 1;
  }
  const status = panel.querySelector(".jp-Notebook-ExecutionIndicator")?.getAttribute("data-status") ?? "";
  const outputs = panel.querySelectorAll(".jp-OutputArea-output").length;
  const dialog = document.querySelector(".jp-Dialog")?.textContent?.trim().slice(0, 300) ?? "";
  return { cells: cells.length, nonEmpty, busy, numbered, status, outputs, dialog };
}

/**
 * Runs in the page: every chart in the outputs of `scope` (the open notebook panel, or the document of an
 * HTML page) scrolled into view and measured; error and stderr outputs; geometry problems a learner would see.
 * A chart is an <img> in an output, or an outermost <svg> that is not a legend swatch.
 */
async function inspectOutputs(scopeSelector) {
  const scope = document.querySelector(scopeSelector);
  if (!scope) return { error: `no element ${scopeSelector}` };
  const outputs = Array.from(scope.querySelectorAll(".jp-OutputArea-output"));
  const errors = [];
  const charts = [];
  const parser = new DOMParser();
  const hasName = (svg) =>
    Boolean(svg?.getAttribute("aria-label")?.trim()) ||
    Array.from(svg?.children ?? []).some((c) => c.tagName.toLowerCase() === "title" && c.textContent.trim());
  for (const [index, output] of outputs.entries()) {
    const mime = output.getAttribute("data-mime-type") ?? "";
    // The prompt the learner sees next to the cell, e.g. "[8]" ("In [8]" in the HTML pages).
    const cellPrompt = output.closest(".jp-Cell")?.querySelector(".jp-InputPrompt")?.textContent ?? "";
    const cell = /\[\s*\d*\s*\]/.exec(cellPrompt)?.[0].replace(/\s/g, "") || `output ${index + 1}`;
    // JupyterLab shows both stderr streams and error outputs (tracebacks) under this MIME type.
    if (mime === "application/vnd.jupyter.stderr") {
      errors.push({ output: index, cell, mime, text: output.textContent.trim().slice(0, 400) });
    }
    if (output.textContent.includes("Cannot display an untrusted SVG")) {
      charts.push({
        output: index,
        cell,
        tag: "blocked",
        width: 0,
        height: 0,
        named: false,
        exposedName: "",
      });
    }
    const found = [
      ...output.querySelectorAll("img"),
      ...Array.from(output.querySelectorAll("svg")).filter((svg) =>
        !svg.parentElement.closest("svg") && !svg.closest("[class*='-swatch']")
      ),
    ];
    // Wider than the column: the learner gets a horizontal scrollbar and a cut-off chart.
    const overflow = found.length > 0 ? Math.max(0, output.scrollWidth - output.clientWidth) : 0;
    for (const element of found) {
      element.scrollIntoView({ block: "center", inline: "nearest" });
      let svg = element;
      let exposedName = "";
      if (element.tagName.toLowerCase() === "img") {
        try {
          await element.decode();
        } catch {
          // measured as zero below
        }
        const src = element.getAttribute("src") ?? "";
        const match = /^data:image\/svg\+xml(;base64)?,(.*)$/s.exec(src);
        svg = null;
        if (match) {
          const text = match[1] ? atob(match[2]) : decodeURIComponent(match[2]);
          svg = parser.parseFromString(text, "image/svg+xml").documentElement;
        }
        exposedName = (element.getAttribute("alt") ?? element.getAttribute("aria-label") ?? "").trim();
      } else {
        const title = Array.from(element.children).find((c) => c.tagName.toLowerCase() === "title");
        exposedName = (element.getAttribute("aria-label") ?? title?.textContent ?? "").trim();
      }
      const box = element.getBoundingClientRect();
      // Text that spills outside the chart's own box is cut off (an svg clips what lies outside it).
      let clippedText = [];
      if (svg && svg.tagName.toLowerCase() === "svg") {
        const probe = document.createElement("div");
        probe.style.cssText = "position:absolute;left:0;top:0;visibility:hidden";
        const copy = element.tagName.toLowerCase() === "img" ? document.importNode(svg, true) : null;
        if (copy) {
          probe.appendChild(copy);
          document.body.appendChild(probe);
        }
        const live = copy ?? element;
        const frame = live.getBoundingClientRect();
        clippedText = Array.from(live.querySelectorAll("text"))
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return r.width > 0 &&
              (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 ||
                r.bottom > frame.bottom + 1);
          })
          .map((t) => t.textContent.trim().slice(0, 40));
        probe.remove();
      }
      charts.push({
        output: index,
        cell,
        mime,
        tag: element.tagName.toLowerCase(),
        width: Math.round(box.width),
        height: Math.round(box.height),
        named: hasName(svg),
        label: (svg?.getAttribute("aria-label") ?? "").slice(0, 80),
        exposedName: exposedName.slice(0, 80),
        overflow: element === found[0] ? overflow : 0,
        clippedText,
      });
    }
  }
  for (const output of outputs) output.scrollLeft = 0; // as the learner first sees it
  return { outputs: outputs.length, errors, charts };
}

/** Runs in the page: how many characters fit on a line of the code editor, and the cells with longer lines. */
function codeWidth() {
  const content = document.querySelector(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .cm-content");
  const model = globalThis.jupyterapp?.shell?.currentWidget?.content?.model;
  if (!content || !model) return { columns: 0, wide: [] };
  const line = content.querySelector(".cm-line") ?? content;
  const probe = document.createElement("span");
  probe.textContent = "0".repeat(100);
  probe.style.cssText = "position:absolute;visibility:hidden;white-space:pre";
  line.appendChild(probe);
  const charWidth = probe.getBoundingClientRect().width / 100;
  probe.remove();
  const style = getComputedStyle(line);
  const room = content.getBoundingClientRect().width - parseFloat(style.paddingLeft) -
    parseFloat(style.paddingRight);
  const columns = Math.floor(room / charWidth);
  const wide = [];
  for (const cell of model.cells) {
    if (cell.type !== "code") continue;
    const longest = Math.max(0, ...cell.sharedModel.getSource().split("\n").map((l) => l.length));
    if (longest > columns) wide.push({ count: cell.executionCount, longest });
  }
  return { columns, wide };
}

/** Runs in the page: the printed (stream) text of every code cell, from the notebook's model. */
function modelStreams() {
  const model = globalThis.jupyterapp?.shell?.currentWidget?.content?.model;
  const cells = [];
  for (const cell of model?.cells ?? []) {
    if (cell.type !== "code") continue;
    let text = "";
    for (let i = 0; i < cell.outputs.length; i++) {
      const output = cell.outputs.get(i).toJSON();
      if (output.output_type === "stream") text += [].concat(output.text).join("");
    }
    cells.push({ id: cell.id, count: cell.executionCount, source: cell.sharedModel.getSource(), text });
  }
  return cells;
}

const printedLines = (text) => text.split("\n").map((line) => line.trimEnd()).filter(Boolean);
// The same line up to its numbers (timings and other figures that vary from run to run).
const shape = (line) => line.replace(/\d+/g, "#").replace(/\s+/g, " ");

/**
 * Compare what JupyterLab printed under each cell with the runner's executed copy. The Deno kernel sometimes
 * publishes a cell's console output after the cell has finished, under the next cell's request: then a line
 * appears under the wrong cell (in JupyterLab, or in the runner's copy) or, in JupyterLab, not at all.
 * Returns notes: lines under a different cell than in the copy, lines of the copy JupyterLab does not show.
 */
function outputPlacement(seen, copyFile) {
  if (!fs.existsSync(copyFile)) return [];
  const nb = JSON.parse(fs.readFileSync(copyFile, "utf8"));
  const reference = new Map();
  for (const cell of nb.cells) {
    if (cell.cell_type !== "code") continue;
    const text = (cell.outputs ?? []).filter((o) => o.output_type === "stream")
      .map((o) => [].concat(o.text).join("")).join("");
    reference.set(cell.id, { source: [].concat(cell.source).join(""), lines: printedLines(text) });
  }
  // Only cells whose source is the same as in the copy (a lesson may have changed since the build).
  const same = seen.filter((cell) => reference.get(cell.id)?.source === cell.source);
  const notes = [];
  for (const cell of same) {
    const own = reference.get(cell.id).lines;
    const ownShapes = new Set(own.map(shape));
    const extra = printedLines(cell.text).filter((line) =>
      !own.includes(line) && !ownShapes.has(shape(line))
    );
    const moved = extra.map((line) => ({
      line,
      owner: same.find((o) => o !== cell && reference.get(o.id).lines.includes(line)),
    }))
      .filter((m) => m.owner);
    if (moved.length > 0) {
      notes.push(
        `${moved.length} printed line(s) under [${cell.count}] here are under [${
          moved[0].owner.count
        }] in the ` +
          `runner's copy, e.g. "${moved[0].line.slice(0, 70)}"`,
      );
    }
  }
  const shownShapes = new Set(same.flatMap((cell) => printedLines(cell.text).map(shape)));
  const lost = same.flatMap((cell) => reference.get(cell.id).lines).filter((line) =>
    !shownShapes.has(shape(line))
  );
  if (lost.length) {
    notes.push(
      `${lost.length} printed line(s) of the runner's copy are not shown here (lost, or printed differently: a timing?), e.g. "${
        lost[0].slice(0, 70)
      }"`,
    );
  }
  return notes;
}

// ---------------------------------------------------------------- the checks

let passed = 0, failed = 0;

function report(ok, line, problems = [], notes = []) {
  if (interrupted) return;
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? "PASS" : "FAIL"} ${line}`);
  for (const problem of problems) console.log(`     - ${problem}`);
  for (const note of notes) console.log(`     note: ${note}`);
}

async function openNotebook(page, workspace, notebookPath, deadline) {
  await page.goto(labUrl(workspace, notebookPath), { waitUntil: "domcontentloaded", timeout: 60_000 });
  await until(() => page.evaluate(cellState).then((s) => s.cells > 0 ? s : null), {
    deadline,
    what: `${notebookPath} to open in JupyterLab`,
  });
}

async function kernelIsDeno(page, notebookPath, deadline) {
  const session = await until(() => sessionFor(notebookPath), {
    deadline,
    what: `a session for ${notebookPath}`,
  });
  const kernel = await until(async () => {
    const k = await api("GET", `/api/kernels/${session.kernel.id}`);
    return k.execution_state === "idle" ? k : { done: false, state: k.execution_state };
  }, { deadline, what: `the kernel of ${notebookPath} to start` });
  const toolbar = await page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-KernelName").first()
    .textContent({ timeout: 10_000 }).catch(() => "");
  return { name: kernel.name, toolbar: (toolbar ?? "").trim(), id: kernel.id };
}

async function screenshots(page, name, found) {
  fs.mkdirSync(path.join(SHOTS, name), { recursive: true });
  for (const old of fs.readdirSync(path.join(SHOTS, name))) fs.rmSync(path.join(SHOTS, name, old));
  // One picture per chart: the output area as the learner sees it.
  const charts = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output")
    .filter({ has: page.locator("img, svg") });
  const count = await charts.count();
  for (let i = 0; i < count; i++) {
    const file = path.join(SHOTS, name, `chart-${String(i + 1).padStart(2, "0")}.png`);
    const chart = charts.nth(i);
    // Cells above render when they come into view (content-visibility) and shift the page: wait for the
    // chart's box to stay put before taking its picture.
    await chart.evaluate((el) => {
      el.scrollIntoView({ block: "center" });
      for (let node = el; node && !node.classList.contains("jp-Notebook"); node = node.parentElement) {
        node.scrollLeft = 0; // a chart wider than its column: show it as the learner first sees it
      }
    }).catch(() => {});
    let before = null;
    for (let tries = 0; tries < 20; tries++) {
      await sleep(150);
      const box = await chart.boundingBox().catch(() => null);
      if (box && before && box.x === before.x && box.y === before.y && box.height === before.height) break;
      before = box;
    }
    await chart.screenshot({ path: file, timeout: 10_000 }).catch(() => {});
  }
  // The notebook area, scrolled to the first chart, in a tall window: a few charts with their text.
  await page.setViewportSize(SCREENSHOT_VIEWPORT);
  if (found > 0) {
    await charts.first().evaluate((el) => el.closest(".jp-Cell")?.scrollIntoView({ block: "start" }));
  }
  await sleep(500);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), timeout: 20_000 });
  await page.setViewportSize(VIEWPORT);
}

async function testLesson(file, index) {
  const name = path.basename(file, ".ipynb");
  const notebookPath = rel(file).split(path.sep).join("/");
  const started = Date.now();
  const deadline = started + NOTEBOOK_TIMEOUT;
  const problems = [];
  const notes = [];
  const result = { cells: 0, expected: 0, charts: [] };
  const page = await context.newPage();
  const consoleErrors = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text().slice(0, 200)));
  try {
    await openNotebook(page, `lesson-${index}`, notebookPath, deadline);
    const kernel = await kernelIsDeno(page, notebookPath, deadline);
    if (kernel.name !== "deno") problems.push(`the session's kernel is "${kernel.name}", not "deno"`);
    if (!/deno/i.test(kernel.toolbar)) {
      problems.push(`the toolbar shows the kernel "${kernel.toolbar}", not Deno`);
    }

    // Run → Run All Cells, with the menus, as a learner does.
    const before = (await api("GET", `/api/kernels/${kernel.id}`)).last_activity;
    await page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook").first().click({
      position: { x: 5, y: 5 },
    });
    await page.locator("#jp-MainMenu .lm-MenuBar-item", { hasText: /^Run$/ }).click();
    await page.locator(".lm-Menu .lm-Menu-itemLabel", { hasText: /^Run All Cells$/ }).click();

    // Done: no [*] prompt, the kernel idle, and nothing new shown for two polls in a row (late outputs).
    let previous = "";
    const final = await until(async () => {
      const s = await page.evaluate(cellState);
      if (s.dialog) throw new Error(`a dialog opened: ${s.dialog}`);
      const k = await api("GET", `/api/kernels/${kernel.id}`);
      const key = `${s.numbered}/${s.outputs}`;
      const settled = s.busy === 0 && s.numbered > 0 && k.execution_state === "idle" && key === previous &&
        k.last_activity !== before; // the kernel has heard of the run
      previous = key;
      return settled ? s : { done: false, ...s, kernel: k.execution_state };
    }, { deadline, what: `every cell of ${name} to run`, every: 1000 });
    result.cells = final.numbered;
    result.expected = final.nonEmpty;
    if (final.numbered < final.nonEmpty) {
      problems.push(`only ${final.numbered} of ${final.nonEmpty} code cells ran (Run All stops at an error)`);
    }

    const seen = await page.evaluate(inspectOutputs, ".jp-NotebookPanel:not(.lm-mod-hidden)");
    if (seen.error) throw new Error(seen.error);
    result.charts = seen.charts;
    for (const e of seen.errors) {
      problems.push(`error output in ${e.cell}: ${e.text.split("\n")[0]}`);
    }
    checkCharts(seen.charts, problems, notes);
    notes.push(...outputPlacement(await page.evaluate(modelStreams), path.join(BUILD, `${name}.ipynb`)));
    const code = await page.evaluate(codeWidth);
    if (code.wide.length > 0) {
      notes.push(
        `${code.wide.length} code cells have lines longer than the ${code.columns} characters the editor shows ` +
          `in a ${VIEWPORT.width} px window with the file browser open (cut off at the right): ` +
          code.wide.slice(0, 8).map((c) => `[${c.count}] ${c.longest}`).join(", ") +
          (code.wide.length > 8 ? ", ..." : ""),
      );
    }
    await screenshots(page, name, seen.charts.length);
  } catch (error) {
    problems.push(String(error.message ?? error).split("\n").slice(0, 6).join("\n       "));
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`) }).catch(() => {});
  } finally {
    await closeSession(notebookPath);
    await page.close().catch(() => {});
  }
  if (consoleErrors.length) notes.push(`browser console errors: ${consoleErrors.slice(0, 3).join(" | ")}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const named = result.charts.filter((c) => c.named).length;
  report(
    problems.length === 0,
    `${name}: ${result.cells}/${result.expected} cells run, ${result.charts.length} charts ` +
      `(${named} named), ${seconds} s`,
    problems,
    notes,
  );
  return result;
}

/** How many outputs show at least one chart with a non-zero size (an output may hold a grid of charts). */
function outputsShown(charts) {
  return new Set(
    charts.filter((c) => c.width > 0 && c.height > 0 && c.tag !== "blocked").map((c) => c.output),
  )
    .size;
}

/** Chart checks shared by the lessons, the executed copies and the HTML book. */
function checkCharts(charts, problems, notes) {
  const shown = charts.filter((c) => c.width > 0 && c.height > 0);
  if (shown.length === 0) problems.push("no chart rendered with a non-zero size");
  for (const c of charts) {
    const where = `chart in ${c.cell}${c.label ? ` ("${c.label}")` : ""}`;
    if (c.tag === "blocked") problems.push(`${c.cell}: "${UNTRUSTED_SVG}"`);
    else if (!(c.width > 0 && c.height > 0)) {
      problems.push(`${where} has a zero size (${c.width}×${c.height})`);
    } else if (!c.named) {
      problems.push(`${where} has no accessible name (no aria-label or <title> on its svg)`);
    }
    if (c.overflow > 0) {
      notes.push(
        `${where}: the output is ${c.overflow} px wider than its column (cut off, scrolls sideways)`,
      );
    }
    if (c.clippedText?.length) {
      notes.push(`${where}: text outside the chart, cut off: ${c.clippedText.join(" | ")}`);
    }
  }
  const hidden = charts.filter((c) => c.tag === "img" && c.named && !c.exposedName).length;
  if (hidden > 0) {
    notes.push(
      `${hidden} of ${charts.length} charts are SVG outputs that JupyterLab shows as <img> without alt text: ` +
        "their aria-label/<title> does not reach a screen reader",
    );
  }
}

async function testExecutedCopy(file, index, { expectTrusted, label }) {
  const notebookPath = rel(file).split(path.sep).join("/");
  const started = Date.now();
  const deadline = started + NOTEBOOK_TIMEOUT;
  const expected = chartOutputsInFile(file);
  const problems = [];
  const notes = [];
  let charts = [];
  const page = await context.newPage();
  try {
    await openNotebook(page, `${expectTrusted ? "built" : "unsigned"}-${index}`, notebookPath, deadline);
    // Wait until every chart output of the file is on the page (trusted), or until the outputs shown stop
    // changing (unsigned: its charts never come), then measure.
    let previous = -1;
    await until(async () => {
      const seen = await page.evaluate(inspectOutputs, ".jp-NotebookPanel:not(.lm-mod-hidden)");
      charts = seen.charts ?? [];
      const prompts = await page.evaluate(cellState);
      if (prompts.busy > 0) throw new Error("a cell is running: the test must not run the executed copy");
      const settled = seen.outputs > 0 && seen.outputs === previous;
      previous = seen.outputs;
      return expectTrusted ? outputsShown(charts) >= expected : settled;
    }, { deadline, what: `the ${expected} chart outputs of ${notebookPath}`, every: 1000 });
    const shown = outputsShown(charts);
    if (expectTrusted) {
      if (expected === 0) problems.push(`${notebookPath} holds no chart output (did its build fail?)`);
      if (shown !== expected) problems.push(`${shown} of the ${expected} chart outputs are shown`);
      checkCharts(charts, problems, notes);
    } else if (shown > 0) {
      problems.push(
        `${shown} of ${expected} charts are shown although the copy is not signed: trust is not checked`,
      );
    }
  } catch (error) {
    problems.push(String(error.message ?? error).split("\n").slice(0, 6).join("\n       "));
  } finally {
    await closeSession(notebookPath);
    await page.close().catch(() => {});
  }
  const blocked = charts.filter((c) => c.tag === "blocked").length;
  const shown = outputsShown(charts);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  report(
    problems.length === 0,
    `${label}: ${shown} of ${expected} chart outputs shown without running${
      blocked ? `, ${blocked} blocked` : ""
    }` +
      `, ${seconds} s`,
    problems,
    notes,
  );
}

const TYPES = { ".html": "text/html", ".css": "text/css", ".js": "text/javascript", ".png": "image/png" };

/** A static file server for build/ on 127.0.0.1 (a random port), for the HTML book. */
function serveBuild() {
  return new Promise((resolve) => {
    bookServer = http.createServer((request, response) => {
      const url = new URL(request.url, "http://localhost");
      const file = path.join(BUILD, path.normalize(decodeURIComponent(url.pathname)));
      if (!file.startsWith(BUILD + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        response.writeHead(404).end("not found");
        return;
      }
      const type = TYPES[path.extname(file)] ?? "application/octet-stream";
      response.writeHead(200, { "Content-Type": type }).end(fs.readFileSync(file));
    });
    bookServer.listen(0, "127.0.0.1", () => resolve(bookServer.address().port));
  });
}

async function testBook(firstLesson) {
  const stem = path.basename(firstLesson, ".ipynb");
  const started = Date.now();
  const problems = [];
  const notes = [];
  let charts = [];
  const expected = fs.existsSync(path.join(BUILD, `${stem}.ipynb`))
    ? chartOutputsInFile(path.join(BUILD, `${stem}.ipynb`))
    : 0;
  const page = await context.newPage();
  try {
    if (!fs.existsSync(path.join(BUILD, "index.html"))) throw new Error("build/index.html does not exist");
    const port = await serveBuild();
    await page.goto(`http://127.0.0.1:${port}/index.html`, { waitUntil: "load", timeout: 30_000 });
    const link = page.locator(`a[href="${stem}.html"]`);
    if ((await link.count()) === 0) throw new Error(`build/index.html has no link to ${stem}.html`);
    await Promise.all([
      page.waitForURL(new RegExp(`/${stem}\\.html$`), { timeout: 30_000 }),
      link.first().click(),
    ]);
    await page.waitForLoadState("load", { timeout: 30_000 });
    const seen = await page.evaluate(inspectOutputs, "body");
    charts = seen.charts ?? [];
    if (charts.some((c) => c.tag === "img" && c.named)) {
      problems.push(
        "charts are <img> data URIs, not inline <svg> (the runner inlines them for screen readers)",
      );
    }
    const inline = outputsShown(charts.filter((c) => c.tag === "svg"));
    if (inline !== expected) {
      problems.push(
        `${inline} outputs with inline svg charts on the page, ${expected} chart outputs in the notebook`,
      );
    }
    checkCharts(charts, problems, notes);
    const tex = await page.evaluate(() => (document.body.innerText.match(/\$\$/g) ?? []).length / 2);
    if (tex > 0) {
      notes.push(
        `${tex} display formulas are raw TeX ($$...$$): the page loads MathJax from a CDN, which this test ` +
          "blocks, as a reader without network would",
      );
    }
    await page.setViewportSize(SCREENSHOT_VIEWPORT);
    const first = page.locator(".jp-OutputArea-output svg").first();
    if (await first.count()) await first.scrollIntoViewIfNeeded({ timeout: 5_000 });
    await page.screenshot({ path: path.join(SHOTS, `book-${stem}.png`), timeout: 20_000 });
  } catch (error) {
    problems.push(String(error.message ?? error).split("\n").slice(0, 6).join("\n       "));
  } finally {
    await page.close().catch(() => {});
  }
  const named = charts.filter((c) => c.named).length;
  report(
    problems.length === 0,
    `HTML book: index.html → ${stem}.html, ${charts.length} charts (${named} named), ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
    problems,
    notes,
  );
}

// ---------------------------------------------------------------- main

async function main() {
  const started = Date.now();
  const args = process.argv.slice(2);
  const base = process.env.INIT_CWD || process.cwd();
  const lessons = args.length > 0
    ? args.map((a) => path.resolve(base, a))
    : fs.readdirSync(path.join(ROOT, "notebooks")).filter((f) => /^\d\d-.*\.ipynb$/.test(f)).sort()
      .map((f) => path.join(ROOT, "notebooks", f));
  if (lessons.length === 0) throw new Error("no lesson notebooks (notebooks/NN-*.ipynb)");
  for (const file of lessons) {
    if (!fs.existsSync(file)) throw new Error(`no such notebook: ${file}`);
    if (!file.startsWith(ROOT + path.sep)) {
      throw new Error(`${file} is outside the repository JupyterLab serves`);
    }
  }
  fs.rmSync(SHOTS, { recursive: true, force: true }); // only this run's pictures
  fs.mkdirSync(SHOTS, { recursive: true });
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} does not exist (run tests/browser/run.sh)`);

  for (let attempt = 1;; attempt++) {
    try {
      await startJupyter();
      break;
    } catch (error) {
      // The free port was taken between choosing it and JupyterLab binding it: choose another.
      if (attempt >= 3 || !/already in use|no available port/i.test(String(error.message))) throw error;
    }
  }
  console.log(
    `JupyterLab on 127.0.0.1:${jupyterPort} (root ${ROOT}), ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  context = await chromium.launchPersistentContext(PROFILE, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    timeout: 60_000,
  });
  context.setDefaultTimeout(30_000);
  // Deterministic and offline: only the test's own servers on 127.0.0.1 are reachable.
  await context.route((url) => url.hostname !== "127.0.0.1", (route) => route.abort("blockedbyclient"));
  for (const page of context.pages()) await page.close();
  console.log(`Chromium ${context.browser()?.version() ?? ""} (${CHROMIUM}), headless`);

  const totals = [];
  for (const [i, file] of lessons.entries()) totals.push(await testLesson(file, i + 1));

  const copies = lessons.map((f) => path.join(BUILD, path.basename(f))).filter((f) => fs.existsSync(f));
  for (const file of lessons.map((f) => path.join(BUILD, path.basename(f)))) {
    if (!fs.existsSync(file)) report(false, `executed copy ${rel(file)}: missing (run ./deno task build)`);
  }
  for (const [i, file] of copies.entries()) {
    await testExecutedCopy(file, i + 1, { expectTrusted: true, label: `signed copy ${rel(file)}` });
  }
  if (copies.length > 0) {
    // The negative control: a notebook with its signature broken must not show its charts. Preferably one
    // with both kinds of chart output (image/svg+xml and an HTML <figure>), which JupyterLab guards apart.
    const both = (f) => {
      const text = fs.readFileSync(f, "utf8");
      return text.includes('"image/svg+xml"') && /"text\/html": \[?\s*"<figure/.test(text);
    };
    const source = copies.find(both) ?? copies[0];
    fs.mkdirSync(SCRATCH, { recursive: true });
    const nb = JSON.parse(fs.readFileSync(source, "utf8"));
    nb.metadata.browser_test = "an unsigned copy: its outputs must not be trusted";
    const unsigned = path.join(SCRATCH, `unsigned-${path.basename(source)}`);
    fs.writeFileSync(unsigned, JSON.stringify(nb, null, 1));
    await testExecutedCopy(unsigned, 1, { expectTrusted: false, label: `unsigned copy of ${rel(source)}` });
  }
  await testBook(lessons[0]);

  const saves = fs.existsSync(SAVES) ? fs.readFileSync(SAVES, "utf8").trim() : "";
  if (saves) report(false, `JupyterLab tried to save notebooks (refused): ${saves.split("\n").join(", ")}`);
  const cells = totals.reduce((n, t) => n + t.cells, 0);
  const charts = totals.reduce((n, t) => n + t.charts.length, 0);
  const named = totals.reduce((n, t) => n + t.charts.filter((c) => c.named).length, 0);
  console.log(
    `${lessons.length} lessons, ${cells} cells run, ${charts} charts (${named} with an accessible name), ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${rel(SHOTS)}/`,
  );
}

try {
  await main();
} catch (error) {
  report(false, `test:browser: ${String(error.message ?? error)}`);
} finally {
  await cleanup();
}
if (!interrupted) { // else the signal handler ends the process once cleanup() is done
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}
