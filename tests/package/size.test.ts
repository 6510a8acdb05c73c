/**
 * The size budget of the core in a browser: `check` + `scanText` bundled from dist/index.js for
 * the browser, minified, gzipped (scripts/size.mjs, which CI runs too). `check()` validates with
 * the schema written without zod (src/input/validate.ts), so zod stays out of the bundle (the zod
 * schema, for the JSON Schema and `ClaimsFileSchema`, is built only where it is used), and the
 * confusion dictionary's examples stay out of the published code.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

interface Figures {
  minified: number;
  gzip: number;
  budget: number;
  target: number;
  byPackage: Record<string, number>;
}

describe("the browser bundle of check + scanText", () => {
  const r = spawnSync(process.execPath, ["scripts/size.mjs", "--json"], { encoding: "utf8" });

  it("stays within its budget", () => {
    expect(r.status, r.stderr).toBe(0);
    const f = JSON.parse(r.stdout) as Figures;
    expect(f.gzip).toBeLessThanOrEqual(f.budget);
    expect(f.budget).toBeLessThanOrEqual(108_000);
    expect(f.target).toBe(60_000);
  });

  it("takes no zod and no test data", () => {
    const f = JSON.parse(r.stdout) as Figures;
    expect(Object.keys(f.byPackage)).toEqual(["claimcheck"]);
    // The dictionary's patterns ship; its examples (test data) do not.
    const built = readdirSync("dist").filter((n) => n.endsWith(".js")).map((n) => readFileSync(`dist/${n}`, "utf8")).join("\n");
    expect(built).toContain("[accessed] to be @eval");
    expect(built).not.toContain("Hackers accessed the files to be sold later.");
  });
});

describe("the desk page's files (dist/desk, built with the package)", () => {
  // Measured 2026-12-01: core.js 148,450 bytes gzip (437,500 minified), desk.js 6,590, desk.css
  // 1,823, index.html 1,599, worker.js 157: 158,619 in all, what the page loads before its first
  // check. The budget leaves about 4% for growth; the core's own budget above is the tighter one.
  const DESK_BUDGET = 165_000;
  it(`loads at most ${DESK_BUDGET.toLocaleString("en")} bytes gzip`, () => {
    const files = ["index.html", "desk.css", "desk.js", "core.js", "worker.js"];
    const sizes = files.map((n) => gzipSync(readFileSync(`dist/desk/${n}`), { level: 9 }).length);
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total, files.map((n, i) => `${n} ${sizes[i]}`).join(", ")).toBeLessThanOrEqual(DESK_BUDGET);
  });
});
