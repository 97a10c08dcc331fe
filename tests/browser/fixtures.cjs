// Fixtures of the browser tests (Playwright Test): a JupyterLab of the project's .venv on 127.0.0.1 for the
// whole run, a static server for the book in build/, pages that reach nothing but those two servers, and the
// in-page probes the specs share. CommonJS, so that `require("@playwright/test")` finds the copy installed in
// .tools/browser (NODE_PATH, set by run.sh): there is no node_modules at the root, by design.
//
// It never saves a notebook: autosave is off and the server refuses every save (a refused save fails the run).

const { test: base, expect } = require("@playwright/test");
const { spawn } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const http = require("node:http");
const net = require("node:net");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "../..");
const BUILD = path.join(ROOT, "build");
const SHOTS = path.join(BUILD, "screenshots");
const LESSONS = fs.readdirSync(path.join(ROOT, "notebooks")).filter((f) => /^\d\d-.*\.ipynb$/.test(f)).sort();

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(probe, what, ms) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    last = await probe().catch((e) => ({ error: String(e) }));
    if (last && !last.error && last.done !== false) return last;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

/** Starts JupyterLab from .venv on a free port, in a temporary config, settings and runtime folder. */
async function startLab() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lessons-lab-"));
  const token = crypto.randomBytes(24).toString("hex");
  const port = await freePort();
  const saves = path.join(tmp, "save-attempts.txt");
  const settings = path.join(tmp, "settings");
  const write = (file, text) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
  // No autosave: Run All marks a notebook dirty, and the lessons must stay clean.
  write(
    path.join(settings, "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings"),
    JSON.stringify({ autosave: false }),
  );
  const py = JSON.stringify;
  write(
    path.join(tmp, "config", "jupyter_server_config.py"),
    [
      "from tornado import web",
      "c = get_config()  # noqa: F821",
      'c.ServerApp.ip = "127.0.0.1"',
      `c.ServerApp.port = ${port}`,
      "c.ServerApp.port_retries = 0",
      "c.ServerApp.open_browser = False",
      `c.ServerApp.root_dir = ${py(ROOT)}`,
      "c.ServerApp.terminals_enabled = False",
      "c.ServerApp.allow_root = True",
      `c.IdentityProvider.token = ${py(token)}`,
      "c.ContentsManager.allow_hidden = True  # the unsigned copies live under .tools/",
      `c.FileCheckpoints.checkpoint_dir = ${py(path.join(tmp, "checkpoints"))}`,
      "c.LanguageServerManager.autodetect = False",
      "def refuse_save(model=None, path=None, **kwargs):",
      `    with open(${py(saves)}, "a") as f:`,
      '        f.write(f"{path}\\n")',
      '    raise web.HTTPError(403, f"the browser test never saves notebooks ({path})")',
      "c.ContentsManager.pre_save_hook = refuse_save",
      "",
    ].join("\n"),
  );
  const log = fs.openSync(path.join(tmp, "jupyter.log"), "w");
  const child = spawn(
    path.join(ROOT, ".venv/bin/jupyter"),
    [
      "lab",
      `--LabApp.user_settings_dir=${settings}`,
      `--LabApp.workspaces_dir=${path.join(tmp, "workspaces")}`,
      "--LabApp.expose_app_in_browser=True", // window.jupyterapp: execution counts and outputs from the model
    ],
    {
      cwd: ROOT,
      detached: true, // its own process group: stopped with its kernels in teardown
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        JUPYTER_PATH: path.join(ROOT, ".venv/share/jupyter"),
        JUPYTER_CONFIG_DIR: path.join(tmp, "config"),
        JUPYTER_RUNTIME_DIR: path.join(tmp, "runtime"),
        NO_COLOR: "1",
      },
    },
  );
  fs.closeSync(log);
  const api = async (method, route, body) => {
    const response = await fetch(`http://127.0.0.1:${port}${route}`, {
      method,
      headers: { Authorization: `token ${token}`, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`${method} ${route}: HTTP ${response.status}`);
    const text = await response.text();
    return text ? JSON.parse(text) : null;
  };
  await waitFor(
    async () => {
      if (child.exitCode !== null) {
        throw new Error(
          `JupyterLab exited: ${fs.readFileSync(path.join(tmp, "jupyter.log"), "utf8").slice(-2000)}`,
        );
      }
      return await api("GET", "/api/status");
    },
    "JupyterLab to answer",
    90_000,
  );
  const stop = async () => {
    await api("POST", "/api/shutdown").catch(() => {});
    const exited = new Promise((r) => child.once("exit", r));
    const timer = new Promise((r) => setTimeout(r, 10_000));
    if (child.exitCode === null) await Promise.race([exited, timer]);
    try {
      process.kill(-child.pid, "SIGKILL"); // whatever is left of its process group
    } catch {
      // already gone
    }
    const refused = fs.existsSync(saves) ? fs.readFileSync(saves, "utf8").trim() : "";
    fs.rmSync(tmp, { recursive: true, force: true });
    return refused;
  };
  return {
    port,
    token,
    api,
    stop,
    url: (workspace, file) =>
      `http://127.0.0.1:${port}/lab/workspaces/${workspace}/tree/${
        file.split("/").map(encodeURIComponent).join("/")
      }?token=${token}`,
  };
}

/** A static server for build/ (the book), on 127.0.0.1. */
function serveBuild() {
  const types = { ".html": "text/html", ".css": "text/css", ".woff2": "font/woff2", ".png": "image/png" };
  return new Promise((resolve) => {
    const server = http.createServer((request, response) => {
      const file = path.join(
        BUILD,
        path.normalize(decodeURIComponent(new URL(request.url, "http://x").pathname)),
      );
      if (!file.startsWith(BUILD + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        response.writeHead(404).end("not found");
        return;
      }
      response.writeHead(200, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream" })
        .end(fs.readFileSync(file));
    });
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

const test = base.extend({
  // One JupyterLab for all the specs of a worker (the run uses one worker).
  // Playwright reads a fixture's dependencies from its first parameter: `{}` is "none".
  // deno-lint-ignore no-empty-pattern
  lab: [async ({}, use) => {
    const lab = await startLab();
    let refused = "";
    try {
      await use(lab);
    } finally {
      refused = await lab.stop();
    }
    if (refused) throw new Error(`JupyterLab tried to save notebooks (refused): ${refused}`);
  }, { scope: "worker", timeout: 120_000 }],
  // deno-lint-ignore no-empty-pattern
  book: [async ({}, use) => {
    const server = await serveBuild();
    await use(`http://127.0.0.1:${server.address().port}`);
    server.close();
  }, { scope: "worker" }],
  // Offline: only the test's own servers on 127.0.0.1 answer; anything else is blocked and counted.
  context: async ({ context }, use) => {
    context.blocked = await offline(context);
    await use(context);
  },
  // One JupyterLab page for the specs that only open notebooks (the executed copies): loading JupyterLab takes
  // seconds, opening a notebook in a loaded JupyterLab does not. Each test closes what it opened.
  labPage: [async ({ browser, lab }, use) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    await offline(context);
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${lab.port}/lab/workspaces/copies?token=${lab.token}`, {
      waitUntil: "domcontentloaded",
    });
    // Every plugin activated (docmanager:open registered), the layout restored.
    await waitFor(
      () => page.evaluate(() => globalThis.jupyterapp?.restored.then(() => true) ?? { done: false }),
      "JupyterLab to load",
      90_000,
    );
    await use(page);
    await context.close();
  }, { scope: "worker", timeout: 120_000 }],
});

async function offline(context) {
  const blocked = [];
  await context.route((url) => url.hostname !== "127.0.0.1", (route) => {
    blocked.push(route.request().url());
    return route.abort("blockedbyclient");
  });
  return blocked;
}

/** Opens a notebook in the already loaded JupyterLab of `page` and waits for its cells; returns a closer. */
async function openInLab(page, lab, file) {
  await page.evaluate((p) => globalThis.jupyterapp.commands.execute("docmanager:open", { path: p }), file);
  await expect.poll(
    () =>
      page.evaluate((p) => {
        const widget = globalThis.jupyterapp.shell.currentWidget;
        return widget?.context?.path === p && widget.content?.model?.cells.length > 0;
      }, file),
    { timeout: 60_000 },
  ).toBe(true);
  return async () => {
    await page.evaluate(() => globalThis.jupyterapp.commands.execute("application:close-all")).catch(
      () => {},
    );
    await closeSession(lab, file);
  };
}

// ---------------------------------------------------------------- in-page probes (run with page.evaluate)

/** The state of every code cell of the open notebook, from JupyterLab's model and DOM. */
function cellState() {
  const panel = document.querySelector(".jp-NotebookPanel:not(.lm-mod-hidden)");
  const model = globalThis.jupyterapp?.shell?.currentWidget?.content?.model;
  if (!panel || !model) return { cells: 0 };
  let busy = 0, numbered = 0, nonEmpty = 0;
  const unnumbered = []; // non-empty code cells without an execution count: "index: first line", for failure messages
  for (const [index, cell] of Array.from(model.cells).entries()) {
    if (cell.type !== "code") continue;
    const source = cell.sharedModel.getSource();
    if (source.trim() !== "") nonEmpty += 1;
    // Queued or running, from the model, not from "[*]" prompts in the page: a cell whose source is hidden (the
    // lessons' solution cells) has no prompt there, and counting prompts made Run All look finished one cell early.
    if (cell.executionState === "running") busy += 1;
    if (typeof cell.executionCount === "number") numbered += 1;
    else if (source.trim() !== "") unnumbered.push(`${index}: ${source.trim().split("\n")[0].slice(0, 80)}`);
  }
  const outputs = panel.querySelectorAll(".jp-OutputArea-output").length;
  const dialog = document.querySelector(".jp-Dialog")?.textContent?.trim().slice(0, 300) ?? "";
  return { cells: model.cells.length, nonEmpty, busy, numbered, unnumbered, outputs, dialog };
}

/**
 * Every chart under `scopeSelector`'s outputs: an <img> in an output, or an outermost <svg> that is not a
 * legend swatch; with its size, kind (svg, png, svg-img) and the name a screen reader gets; plus the error
 * outputs and "Cannot display an untrusted SVG" notices.
 */
async function inspectOutputs(scopeSelector) {
  const scope = document.querySelector(scopeSelector);
  const outputs = Array.from(scope?.querySelectorAll(".jp-OutputArea-output") ?? []);
  const charts = [];
  const errors = [];
  let blocked = 0;
  const nameOf = (svg) =>
    (svg.getAttribute("aria-label") ??
      Array.from(svg.children).find((c) => c.tagName.toLowerCase() === "title")?.textContent ?? "").trim();
  for (const [index, output] of outputs.entries()) {
    if (output.getAttribute("data-mime-type") === "application/vnd.jupyter.stderr") {
      errors.push(output.textContent.trim().slice(0, 300));
    }
    if (output.textContent.includes("Cannot display an untrusted SVG")) blocked += 1;
    const found = [
      ...output.querySelectorAll("img"),
      ...Array.from(output.querySelectorAll("svg")).filter((svg) =>
        !svg.parentElement.closest("svg") && !svg.closest("[class*='-swatch']")
      ),
    ];
    for (const element of found) {
      element.scrollIntoView({ block: "center" });
      let kind = "svg", name = "";
      if (element.tagName.toLowerCase() === "img") {
        await element.decode().catch(() => {});
        const src = element.getAttribute("src") ?? "";
        kind = src.startsWith("data:image/png")
          ? "png"
          : src.startsWith("data:image/svg")
          ? "svg-img"
          : "img";
        name = (element.getAttribute("alt") ?? "").trim();
        if (kind === "svg-img" && !name) {
          const m = /^data:image\/svg\+xml(;base64)?,(.*)$/s.exec(src);
          const text = m[1] ? atob(m[2]) : decodeURIComponent(m[2]);
          name = nameOf(new DOMParser().parseFromString(text, "image/svg+xml").documentElement);
        }
      } else {
        name = nameOf(element);
      }
      const box = element.getBoundingClientRect();
      charts.push({
        output: index,
        kind,
        name: name.slice(0, 80),
        width: Math.round(box.width),
        height: Math.round(box.height),
      });
    }
  }
  return { outputs: outputs.length, charts, errors, blocked };
}

/** Chart outputs of an executed notebook on disk: SVG, PNG, or HTML with an svg inside. */
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

/** Outputs that show at least one chart with a non-zero size. */
function outputsShown(charts, kinds = ["svg", "png", "svg-img", "img"]) {
  return new Set(
    charts.filter((c) => c.width > 0 && c.height > 0 && kinds.includes(c.kind)).map((c) => c.output),
  )
    .size;
}

/** Opens a notebook in JupyterLab and waits until its cells are on the page. */
async function openNotebook(page, lab, workspace, file) {
  await page.goto(lab.url(workspace, file), { waitUntil: "domcontentloaded" });
  await expect.poll(() => page.evaluate(cellState).then((s) => s.cells), { timeout: 60_000 }).toBeGreaterThan(
    0,
  );
}

async function closeSession(lab, file) {
  const sessions = await lab.api("GET", "/api/sessions").catch(() => []);
  for (const s of sessions.filter((s) => s.path === file)) {
    await lab.api("DELETE", `/api/sessions/${s.id}`).catch(() => {});
  }
}

/** Run → Run All Cells through the menus, as a learner does; resolves when every cell ran and outputs settled. */
async function runAll(page, lab, file, timeout) {
  const session = await waitFor(
    async () => (await lab.api("GET", "/api/sessions")).find((s) => s.path === file) ?? { done: false },
    `a session for ${file}`,
    60_000,
  );
  await waitFor(
    async () => {
      const k = await lab.api("GET", `/api/kernels/${session.kernel.id}`);
      return k.execution_state === "idle" ? k : { done: false };
    },
    "the kernel to start",
    60_000,
  );
  const before = (await lab.api("GET", `/api/kernels/${session.kernel.id}`)).last_activity;
  await page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook").first().click({
    position: { x: 5, y: 5 },
  });
  await page.locator("#jp-MainMenu .lm-MenuBar-item", { hasText: /^Run$/ }).click();
  await page.locator(".lm-Menu .lm-Menu-itemLabel", { hasText: /^Run All Cells$/ }).click();
  let previous = "";
  return await waitFor(
    async () => {
      const s = await page.evaluate(cellState);
      if (s.dialog) throw new Error(`a dialog opened: ${s.dialog}`);
      const k = await lab.api("GET", `/api/kernels/${session.kernel.id}`);
      const key = `${s.numbered}/${s.outputs}`;
      const settled = s.busy === 0 && s.numbered > 0 && k.execution_state === "idle" && key === previous &&
        k.last_activity !== before;
      previous = key;
      return settled ? { ...s, kernel: k } : { done: false };
    },
    `every cell of ${file} to run`,
    timeout,
  );
}

module.exports = {
  test,
  expect,
  ROOT,
  BUILD,
  SHOTS,
  LESSONS,
  cellState,
  inspectOutputs,
  chartOutputsInFile,
  outputsShown,
  openNotebook,
  openInLab,
  closeSession,
  runAll,
  waitFor,
};
