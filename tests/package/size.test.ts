/**
 * The size budget of the core in a browser: `check` + `scanText` bundled from dist/index.js for
 * the browser, minified, gzipped (scripts/size.mjs, which CI runs too). The schema uses zod's
 * mini build (the full build alone is 454 KB minified), and the confusion dictionary's examples
 * stay out of the published code.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
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
    expect(f.budget).toBeLessThanOrEqual(104_000);
    expect(f.target).toBe(60_000);
  });

  it("takes zod's mini build, not the full one, and no test data", () => {
    const f = JSON.parse(r.stdout) as Figures;
    // The full build alone was 454 KB minified; the mini build's parts in use are about 30 KB.
    expect(f.byPackage.zod).toBeLessThan(40_000);
    expect(Object.keys(f.byPackage).sort()).toEqual(["@date-fns/utc", "claimcheck", "date-fns", "zod"]);
    // The dictionary's patterns ship; its examples (test data) do not.
    const built = readdirSync("dist").filter((n) => n.endsWith(".js")).map((n) => readFileSync(`dist/${n}`, "utf8")).join("\n");
    expect(built).toContain("[accessed] to be @eval");
    expect(built).not.toContain("Hackers accessed the files to be sold later.");
  });
});
