// Playwright Test configuration of `deno task test:browser` (tests/browser/run.sh runs it). Debian's Chromium
// (/usr/bin/chromium, or CHROMIUM_PATH), headless; one worker: the specs share one JupyterLab and the machine
// has two cores. Test results and traces go under .tools/browser/ (git-ignored); screenshots to build/screenshots/.
const path = require("node:path");
const { defineConfig } = require("@playwright/test");

module.exports = defineConfig({
  testDir: __dirname,
  testMatch: /.*\.spec\.cjs$/,
  outputDir: path.join(__dirname, "../../.tools/browser/test-results"),
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    headless: true,
    viewport: { width: 1280, height: 1000 },
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      // What works on these machines: no GPU, no sandbox for root, no network chatter.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
});
