// Timing of a descent chart with a long path: 10,000 iterates, the length of a long lesson run.
// Run with `./deno task bench` (all benches) or `./deno bench lib/plot/descent_bench.ts`.

import { thinPath } from "./_path.ts";
import { plotDescent } from "./mod.ts";

const f = (x: number) => 2 * x ** 2 - 3 * x + 4; // lesson 01's function, f'(x) = 4x − 3
const path = [4];
for (let i = 1; i < 10_000; i++) path.push(path[i - 1] - 0.001 * (4 * path[i - 1] - 3));
const points = path.map((x, step) => ({ x, y: f(x), step }));

Deno.bench("plotDescent(), 10,000 iterates, rendered to SVG", { group: "descent" }, () => {
  plotDescent(f, path);
});
Deno.bench("thinPath(), choosing the dots among 10,000 iterates", { group: "descent" }, () => {
  thinPath(points, 4, 30, 0.012, 200);
});
