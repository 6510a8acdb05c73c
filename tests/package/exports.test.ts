/**
 * The exports map is the one list of public entries: each subpath is built by tsup from one
 * source file, documented by TypeDoc from that same file under the subpath's name, and carries
 * types first (`.d.ts` for import, `.d.cts` for require). Only the matcher entry has side effects.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

interface Conditions {
  readonly types?: string;
  readonly default?: string;
}
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
  name: string;
  exports: Record<string, string | { import?: Conditions; require?: Conditions }>;
  sideEffects: string[];
  engines: { node: string };
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional: boolean }>;
};
const typedoc = JSON.parse(readFileSync("typedoc.json", "utf8")) as { entryPoints: string[] };
const tsupConfig = readFileSync("tsup.config.ts", "utf8");

/** tsup's entry names and sources, from `entry: { name: "src/…", … }`. */
const tsupEntries = new Map<string, string>();
for (const m of tsupConfig.matchAll(/\b(\w+): "(src\/[^"]+\.ts)"/g)) tsupEntries.set(m[1]!, m[2]!);

const subpaths = Object.keys(pkg.exports).filter((k) => k !== "./package.json");

describe("the exports map", () => {
  it("lists claimcheck, claimcheck/node, claimcheck/vitest and claimcheck/server, and package.json", () => {
    expect(Object.keys(pkg.exports)).toEqual([".", "./node", "./vitest", "./server", "./package.json"]);
    expect(pkg.exports["./package.json"]).toBe("./package.json");
  });

  it("puts types first, .d.ts for import and .d.cts for require; vitest and server are ESM only", () => {
    for (const key of subpaths) {
      const e = pkg.exports[key] as { import?: Conditions; require?: Conditions };
      expect(Object.keys(e.import!)).toEqual(["types", "default"]);
      expect(e.import!.types).toMatch(/\.d\.ts$/);
      expect(e.import!.default).toMatch(/\.js$/);
      if (key === "./vitest" || key === "./server") expect(e.require).toBeUndefined();
      else {
        expect(Object.keys(e.require!)).toEqual(["types", "default"]);
        expect(e.require!.types).toMatch(/\.d\.cts$/);
        expect(e.require!.default).toMatch(/\.cjs$/);
      }
    }
    expect(pkg.sideEffects).toEqual([(pkg.exports["./vitest"] as { import: Conditions }).import.default]);
    expect(pkg.engines.node).toBe(">=20.19");
    expect(pkg.peerDependenciesMeta.vitest).toEqual({ optional: true });
  });

  it("each entry is built from one source file, which TypeDoc documents under the entry's name", () => {
    const documented = new Map<string, string>();
    for (const file of typedoc.entryPoints) {
      const name = /@module (\S+)/.exec(readFileSync(file, "utf8"))?.[1];
      expect(name, `${file} names its module with @module`).toBeDefined();
      documented.set(name!, file);
    }
    expect([...documented.keys()].sort()).toEqual(subpaths.map((k) => (k === "." ? pkg.name : `${pkg.name}/${k.slice(2)}`)).sort());
    for (const key of subpaths) {
      const stem = /\.\/dist\/(\w+)\.js$/.exec((pkg.exports[key] as { import: Conditions }).import.default!)![1]!;
      const source = tsupEntries.get(stem);
      expect(source, `tsup builds dist/${stem}.js`).toBeDefined();
      expect(documented.get(key === "." ? pkg.name : `${pkg.name}/${key.slice(2)}`)).toBe(source);
    }
  });
});
