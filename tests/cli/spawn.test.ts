/**
 * The built bin, spawned: `--version` answered before the rest of the CLI is loaded, and `check -`
 * reading a claims file from a real standard input.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const repo = join(import.meta.dirname, "..", "..");
const bin = join(repo, "dist", "cli.js");
const node = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { cwd: repo, encoding: "utf8", ...(input !== undefined ? { input } : {}) });

/** The relative modules a built file imports statically (`import … from "./x.js"`), not `import()`. */
function staticImports(file: string): string[] {
  return [...readFileSync(join(repo, "dist", file), "utf8").matchAll(/^import\s[^;]*?from\s+"(\.\/[^"]+)"/gms)].map((m) => m[1]!.slice(2));
}

describe("the bin", () => {
  it("--version prints the version of package.json", () => {
    const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-v"]) {
      const r = node([flag]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`${pkg.version}\n`);
      expect(r.stderr).toBe("");
    }
  });

  it("loads only a few hundred bytes before it answers --version: the rest is imported lazily", () => {
    const first = staticImports("cli.js");
    const loaded = ["cli.js", ...first, ...first.flatMap(staticImports)];
    const bytes = loaded.reduce((sum, f) => sum + readFileSync(join(repo, "dist", f)).length, 0);
    expect(bytes).toBeLessThan(10_000);
    expect(readFileSync(join(repo, "dist", "cli.js"), "utf8")).toMatch(/await import\("\.\/run-[\w-]+\.js"\)/);
  });

  it("--version is quick (well under the time of a command that loads the core)", () => {
    const time = (args: string[]) => {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        node(args);
        times.push(performance.now() - t);
      }
      return times.sort((a, b) => a - b)[1]!;
    };
    expect(time(["--version"])).toBeLessThan(time(["schema"]));
  });

  it("check - reads a claims file from standard input, --stdin-filename names it", () => {
    const source = readFileSync(join(repo, "claims", "seed", "claims.yaml"), "utf8");
    const r = node(["check", "-", "--stdin-filename", "claims/seed/claims.yaml", "--format", "json"], source);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { files: Array<{ path: string; verdict: string; findings: Array<{ location?: { file?: string } }> }> };
    expect(report.files[0]!.path).toBe("claims/seed/claims.yaml");
    expect(report.files[0]!.verdict).toBe("consistent");
    expect(report.files[0]!.findings.some((f) => f.location?.file === "claims/seed/article.txt")).toBe(true);
  });

  it("check - with a broken YAML on stdin is an input error naming <stdin>, exit 2", () => {
    const r = node(["check", "-"], "claims: [\n");
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/<stdin>:\d+:\d+: expected valid YAML/);
  });
});
