/**
 * `npm start` on an installed tree checks claims/ without rebuilding: the build records a hash
 * of what it was built from (scripts/build.mjs), and `--if-stale` builds only when a source,
 * config or build script changed, or dist/ lost a file. `prepare` (run by `npm ci`) builds once.
 * Needs a built tree (npm test builds first).
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const RECORD = join("node_modules", ".cache", "claimcheck", "build.json");
const work = mkdtempSync(join(tmpdir(), "claimcheck-build-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function check(root: string): number {
  return spawnSync(process.execPath, [join(root, "scripts", "build.mjs"), "--check"], { cwd: root }).status ?? -1;
}

describe("the build record", () => {
  it("is fresh after the build, and npm start uses dist/ as it is", () => {
    expect(check("."), "dist/ is stale: run `npm run build` (npm test does)").toBe(0);
    const before = statSync("dist/cli.js").mtimeMs;
    const started = performance.now();
    const r = spawnSync("npm", ["start", "--silent"], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    const ms = performance.now() - started;
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("3 claim sets checked");
    expect(statSync("dist/cli.js").mtimeMs).toBe(before);
    // Measured at 0.6 s on the development machine; generous here, as CI machines are shared.
    expect(ms).toBeLessThan(10_000);
  });

  it("goes stale when a source changes or dist/ loses a file", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.prepare).toBe("node scripts/build.mjs --if-stale");
    expect(pkg.scripts.start).toMatch(/^node scripts\/build\.mjs --if-stale /);
    expect(pkg.scripts.test).toMatch(/^node scripts\/build\.mjs --if-stale /);

    // A copy of what the build reads, with dist/ and the record as the real build left them.
    const root = join(work, "tree");
    for (const f of ["src", "tsup.config.ts", "tsconfig.json", "package.json", "package-lock.json", "scripts", "claims/seed/article.txt"]) cpSync(f, join(root, f), { recursive: true });
    const saved = JSON.parse(readFileSync(RECORD, "utf8")) as { files: string[] };
    mkdirSync(join(root, "dist"));
    for (const f of saved.files) writeFileSync(join(root, "dist", f), "");
    mkdirSync(join(root, "node_modules", ".cache", "claimcheck"), { recursive: true });
    cpSync(RECORD, join(root, RECORD));
    expect(check(root)).toBe(0);

    const source = join(root, "src", "base", "span.ts");
    const text = readFileSync(source, "utf8");
    appendFileSync(source, "// edited\n");
    expect(check(root)).toBe(1);
    writeFileSync(source, text);
    expect(check(root)).toBe(0);

    rmSync(join(root, "dist", "cli.js"));
    expect(check(root)).toBe(1);
  });
});
