/**
 * The built core (dist/index.js, dist/index.cjs and every chunk they load) imports no Node
 * module, with or without the `node:` prefix (tsup drops the prefix, so both are looked for),
 * and only the package's declared dependencies. The entries share one core: an error thrown by
 * `claimcheck/node` is an instance of the class exported by `claimcheck`. Needs `npm run build`
 * (npm test builds first).
 */
import { existsSync, readFileSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const DIST = resolve("dist");
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** The module specifiers a built file imports or requires (static, dynamic and re-exports). */
function specifiers(source: string): string[] {
  // Comment lines (JSDoc kept in the bundle) may show imports as examples: skip them.
  const code = source
    .split("\n")
    .filter((l) => !/^\s*(\*|\/\*|\/\/)/.test(l))
    .join("\n");
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^;]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const p of patterns) for (const m of code.matchAll(p)) out.push(m[1]!);
  return out;
}

/** Every file an entry loads, following relative imports. */
function closure(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const code = readFileSync(file, "utf8");
    const specs = specifiers(code);
    seen.set(file, specs);
    // A require() of anything but a string literal could hide a Node module.
    expect(code.match(/\brequire\s*\(\s*(?!["'])/g) ?? [], `non-literal require in ${file}`).toEqual([]);
    for (const s of specs) if (s.startsWith(".")) visit(join(dirname(file), s));
  };
  visit(entry);
  return seen;
}

describe("the built core", () => {
  beforeAll(() => {
    if (!existsSync(join(DIST, "index.js"))) throw new Error("dist/index.js is missing: run `npm run build` first (npm test does)");
  });

  for (const entry of ["index.js", "index.cjs"]) {
    it(`${entry} and its chunks import no Node module, only declared dependencies`, () => {
      const files = closure(join(DIST, entry));
      expect(files.size).toBeGreaterThan(1); // the entry and its shared chunk(s)
      for (const [file, specs] of files) {
        for (const s of specs) {
          if (s.startsWith(".")) continue;
          expect(builtins.has(s) || builtins.has(s.split("/")[0]!), `${file} imports ${s}`).toBe(false);
          const name = s.startsWith("@") ? s.split("/").slice(0, 2).join("/") : s.split("/")[0]!;
          expect(Object.keys(pkg.dependencies), `${file} imports ${s}`).toContain(name);
        }
      }
    });
  }

  it("the Node loader's errors are the core's ClaimcheckInputError, in ESM and in CJS", async () => {
    const bad = resolve("tests/fixtures/no-such-claims.yaml");
    const esmCore = (await import(pathToFileURL(join(DIST, "index.js")).href)) as typeof import("../../src/index.js");
    const esmNode = (await import(pathToFileURL(join(DIST, "node.js")).href)) as typeof import("../../src/node.js");
    await expect(esmNode.loadClaimSet(bad)).rejects.toBeInstanceOf(esmCore.ClaimcheckInputError);
    const require = createRequire(import.meta.url);
    const cjsCore = require(join(DIST, "index.cjs")) as typeof import("../../src/index.js");
    const cjsNode = require(join(DIST, "node.cjs")) as typeof import("../../src/node.js");
    await expect(cjsNode.loadClaimSet(bad)).rejects.toBeInstanceOf(cjsCore.ClaimcheckInputError);
  });
});
