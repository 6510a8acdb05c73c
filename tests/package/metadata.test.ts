/**
 * The package's metadata as a registry and a consumer see it: a LICENSE that matches the
 * `license` field, where the code and its issues live, keywords, and runtime dependencies as
 * caret ranges (so a consumer's tree can share one copy) while the lock file pins what CI runs.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

interface Manifest {
  license: string;
  repository: { type: string; url: string };
  homepage: string;
  bugs: { url: string };
  keywords: string[];
  files: string[];
  dependencies: Record<string, string>;
}
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as Manifest;
const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, { version?: string; dependencies?: Record<string, string> }> };

describe("package metadata", () => {
  it("ships an MIT LICENSE, as package.json says", () => {
    expect(pkg.license).toBe("MIT");
    const license = readFileSync("LICENSE", "utf8");
    expect(license.split("\n")[0]).toBe("MIT License");
    expect(license).toMatch(/^Copyright \(c\) \d{4} .+$/m);
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
    expect(pkg.files).toContain("LICENSE");
  });

  it("says where the code, the docs and the issues live, and what it is about", () => {
    expect(pkg.repository).toEqual({ type: "git", url: "git+https://github.com/claimcheck/claimcheck.git" });
    expect(pkg.homepage).toBe("https://github.com/claimcheck/claimcheck#readme");
    expect(pkg.bugs).toEqual({ url: "https://github.com/claimcheck/claimcheck/issues" });
    expect(pkg.keywords).toEqual(expect.arrayContaining(["fact-checking", "journalism", "claims"]));
  });

  it("takes its runtime dependencies as caret ranges, pinned by the lock file", () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["@hono/node-server", "hono", "ignore", "string-width", "tinyglobby", "yaml", "zod"]);
    for (const [name, range] of Object.entries(pkg.dependencies)) {
      const locked = lock.packages[`node_modules/${name}`]?.version;
      expect(range, name).toMatch(/^\^\d+\.\d+\.\d+$/);
      // The lock pins a version inside the range: the same major, not below the range's floor.
      const [major, minor, patch] = range.slice(1).split(".").map(Number) as [number, number, number];
      const [lm, ln, lp] = (locked ?? "").split(".").map(Number) as [number, number, number];
      expect(lm, `${name} ${locked}`).toBe(major);
      expect(ln * 1e6 + lp, `${name} ${locked}`).toBeGreaterThanOrEqual(minor * 1e6 + patch);
      expect(lock.packages[""]?.dependencies?.[name], name).toBe(range);
    }
  });
});
