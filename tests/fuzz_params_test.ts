/**
 * The sampler of tools/fuzz_params.py stays inside each stated range: many draws for ranges of each kind (uniform,
 * log-uniform, integer, negative, a single point) land in [lo, hi], integers are integers, and a listed parameter
 * takes a listed or the shipped value. It only draws; it runs no lesson.
 */
import assert from "node:assert/strict";
import { PYTHON, ROOT } from "./_run.ts";

const parameters = [
  { name: "rate", value: 0.01, range: { lo: 0.001, hi: 0.6, integer: false } }, // log-uniform
  { name: "x0", value: 2, range: { lo: -5, hi: 5, integer: false } },
  { name: "steps", value: 250, range: { lo: 1, hi: 5000, integer: true } }, // log-uniform, integer
  { name: "k", value: 3, range: { lo: 2, hi: 9, integer: true } },
  { name: "point", value: 1, range: { lo: 1, hi: 1, integer: false } },
  { name: "start", value: [1, 1], try: [[0, 0], [-3, 2]] },
  { name: "method", value: "central", oneOf: ["forward", "central"] },
];

Deno.test("fuzz_params draws every value inside its range or list", async () => {
  const script = [
    "import json, random, sys",
    "sys.path.insert(0, 'tools')",
    "from fuzz_params import draw",
    "rng = random.Random(7)",
    "params = json.loads(sys.stdin.read())",
    "print(json.dumps([draw(rng, params) for _ in range(2000)]))",
  ].join("\n");
  const child = new Deno.Command(PYTHON, { args: ["-c", script], cwd: ROOT, stdin: "piped", stdout: "piped" })
    .spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(JSON.stringify(parameters)));
  await writer.close();
  const { code, stdout } = await child.output();
  assert.equal(code, 0);
  const samples: Record<string, unknown>[] = JSON.parse(new TextDecoder().decode(stdout));
  assert.equal(samples.length, 2000);
  for (const p of parameters) {
    const values = samples.map((s) => s[p.name]);
    if (p.range) {
      for (const v of values) {
        assert.ok(
          typeof v === "number" && v >= p.range.lo && v <= p.range.hi,
          `${p.name} = ${v} out of range`,
        );
        if (p.range.integer) assert.ok(Number.isInteger(v), `${p.name} = ${v} not an integer`);
      }
    } else {
      const allowed = [...(p.try ?? p.oneOf ?? []), p.value].map((v) => JSON.stringify(v));
      for (const v of values) {
        assert.ok(allowed.includes(JSON.stringify(v)), `${p.name} = ${JSON.stringify(v)}`);
      }
      assert.equal(
        new Set(values.map((v) => JSON.stringify(v))).size,
        new Set(allowed).size,
        `${p.name} misses a value`,
      );
    }
  }
  // log-uniform: about half the rates fall below the geometric middle √(0.001·0.6) ≈ 0.0245 (uniform would give ~4%)
  const low = samples.filter((s) => (s.rate as number) < Math.sqrt(0.001 * 0.6)).length / samples.length;
  assert.ok(low > 0.4 && low < 0.6, `share of rates below the geometric middle: ${low}`);
});
