/**
 * The package as a user gets it: `npm pack`, install the tarball into a fresh project (its
 * dependencies from the npm cache, the registry only when missing there), then use it by
 * `import`, by `require`, through the bin, in a vitest suite through `claimcheck/vitest`, and
 * type-check a consumer with `moduleResolution: node16`. The same project then takes the
 * README's vitest setup as written (the code blocks of its "Testing claims with vitest"
 * section), type-checks it under `node16` and `bundler` and runs it, and runs a suite whose path
 * matchers are not awaited, which must fail. Needs `npm run build` (npm test builds first);
 * `npm pack --ignore-scripts` packs dist as it is.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(".");
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { name: string; version: string; dependencies: Record<string, string> };
const work = mkdtempSync(join(tmpdir(), "claimcheck-pack-"));
const app = join(work, "app");
let packedFiles: string[] = [];

function sh(cmd: string, args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" }, timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function shAsync(cmd: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist", "index.js"))) throw new Error("dist/index.js is missing: run `npm run build` first (npm test does)");
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { cwd: ROOT, encoding: "utf8" }),
  ) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packedFiles = packed[0]!.files.map((f) => f.path);
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }, null, 2));
  const install = sh("npm", ["install", join(work, packed[0]!.filename), "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], app);
  if (install.code !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`);
  // vitest is an optional peer dependency: the consumer brings its own; here, this repository's.
  symlinkSync(join(ROOT, "node_modules", "vitest"), join(app, "node_modules", "vitest"), "dir");
  cpSync(join(ROOT, "claims", "seed"), join(app, "claims", "seed"), { recursive: true });
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the packed package", () => {
  it("holds dist, package.json and the README, not the sources or tests", () => {
    expect(packedFiles).toContain("package.json");
    expect(packedFiles).toContain("LICENSE");
    for (const f of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/node.js", "dist/node.cjs", "dist/vitest.js", "dist/vitest.d.ts", "dist/cli.js"]) {
      expect(packedFiles).toContain(f);
    }
    expect(packedFiles.filter((f) => !f.startsWith("dist/") && f !== "package.json" && !/^(README|LICENSE)/i.test(f))).toEqual([]);
  });

  it("installs its dependencies into the consumer", () => {
    for (const dep of Object.keys(pkg.dependencies)) expect(existsSync(join(app, "node_modules", dep, "package.json")), dep).toBe(true);
  });

  it("works with import", () => {
    writeFileSync(
      join(app, "esm.mjs"),
      `import { check, formatHtml, formatSarif, ClaimcheckInputError } from "claimcheck";
import { checkFile, loadClaimSet } from "claimcheck/node";
const r = check({ claims: { a: 40, b: 37 }, relations: [{ kind: "part-of", part: "a", whole: "b" }] });
const seed = await checkFile("claims/seed/claims.yaml");
let sameClass = false;
try { await loadClaimSet("claims/missing.yaml"); } catch (e) { sameClass = e instanceof ClaimcheckInputError; }
console.log(JSON.stringify({ verdict: r.verdict, message: r.findings[0].message, seed: seed.verdict, sameClass,
  html: formatHtml([seed]).startsWith("<!doctype html>"), sarif: JSON.parse(formatSarif([r])).version }));
`,
    );
    const r = sh(process.execPath, ["esm.mjs"], app);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({
      verdict: "inconsistent",
      message: 'the part "40" cannot exceed the whole "37" (the whole must be at least 40)',
      seed: "consistent",
      sameClass: true,
      html: true,
      sarif: "2.1.0",
    });
  });

  it("works with require, and keeps claimcheck/vitest ESM only", () => {
    writeFileSync(
      join(app, "cjs.cjs"),
      `const { check, ClaimcheckInputError } = require("claimcheck");
const { loadClaimSet } = require("claimcheck/node");
const { version } = require("claimcheck/package.json");
let vitestEntry = "loaded";
try { require("claimcheck/vitest"); } catch (e) { vitestEntry = e.code; }
loadClaimSet("claims/missing.yaml").then(() => {}, (e) => {
  console.log(JSON.stringify({ verdict: check({ claims: { a: 1 } }).verdict, version, vitestEntry, sameClass: e instanceof ClaimcheckInputError }));
});
`,
    );
    const r = sh(process.execPath, ["cjs.cjs"], app);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ verdict: "consistent", version: pkg.version, vitestEntry: "ERR_PACKAGE_PATH_NOT_EXPORTED", sameClass: true });
  });

  it("runs the bin", () => {
    const bin = join(app, "node_modules", ".bin", "claimcheck");
    const version = sh(bin, ["--version"], app);
    expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
    const json = sh(bin, ["check", "claims", "--format", "json"], app);
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { files: Array<{ path: string; verdict: string }> }).files.map((f) => [f.path, f.verdict])).toEqual([
      ["claims/seed/claims.yaml", "consistent"],
    ]);
  });

  it("registers the matchers from setupFiles in a consumer's vitest suite", () => {
    writeFileSync(join(app, "vitest.config.mjs"), `export default { test: { include: ["*.test.mjs"], setupFiles: ["claimcheck/vitest"] } };\n`);
    writeFileSync(
      join(app, "claims.test.mjs"),
      `import { expect, test } from "vitest";
test("the seed is consistent", async () => {
  await expect("claims/seed/claims.yaml").toBeConsistent();
  await expect("claims/seed/claims.yaml").not.toHaveFinding("part-of");
});
test("a part larger than its whole is not", () => {
  const set = { claims: { a: 40, b: 37 }, relations: [{ kind: "part-of", part: "a", whole: "b" }] };
  expect(set).not.toBeConsistent();
  expect(set).toHaveFinding("part-of", { claims: ["a", "b"] });
});
`,
    );
    const r = sh(process.execPath, [join(app, "node_modules", "vitest", "vitest.mjs"), "run"], app);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Tests\s+2 passed \(2\)/);
  });

  it("type-checks a consumer under moduleResolution node16, ESM and CJS, with the matcher types", () => {
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "node16", moduleResolution: "node16", target: "es2022", strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ["use.mts", "use.cts"] }),
    );
    writeFileSync(
      join(app, "use.mts"),
      `import { check, type CheckResult } from "claimcheck";
import { checkFile } from "claimcheck/node";
import "claimcheck/vitest";
import { expect } from "vitest";
const r: CheckResult = check({ claims: { a: 1 } });
const p: Promise<CheckResult> = checkFile("claims/seed/claims.yaml");
const done: Promise<void> = expect("claims/seed/claims.yaml").toBeConsistent();
expect(r).toHaveFinding("part-of", { severity: "error" });
// @ts-expect-error: a misspelt matcher does not compile
expect(r).toBeConsistant();
export { p, done };
`,
    );
    writeFileSync(join(app, "use.cts"), `import claimcheck = require("claimcheck");\nconst v: "consistent" | "inconsistent" | "undecidable" | "invalid" = claimcheck.check({ claims: { a: 1 } }).verdict;\nexport = v;\n`);
    const r = sh(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], app);
    expect(r.stdout + r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  describe("the README's vitest setup, as written", () => {
    // A folder of the consumer with "type": "module" (vitest's config types need ESM under node16).
    const readme = join(app, "readme");
    const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
    const vitest = () => join(app, "node_modules", "vitest", "vitest.mjs");

    beforeAll(() => {
      mkdirSync(readme, { recursive: true });
      writeFileSync(join(readme, "package.json"), JSON.stringify({ name: "readme", private: true, type: "module" }));
      for (const [name, code] of readmeFiles()) writeFileSync(join(readme, name), code);
      cpSync(join(ROOT, "claims", "seed"), join(readme, "claims", "seed"), { recursive: true });
      cpSync(join(ROOT, "tests", "fixtures", "seed-inconsistent"), join(readme, "claims", "inconsistent"), { recursive: true });
      for (const resolution of ["node16", "bundler"]) {
        const module = resolution === "node16" ? "node16" : "esnext";
        writeFileSync(
          join(readme, `tsconfig.${resolution}.json`),
          JSON.stringify({ compilerOptions: { module, moduleResolution: resolution, target: "es2022", strict: true, noEmit: true, skipLibCheck: true }, include: ["*.ts"] }),
        );
      }
    });

    it("has a vitest.config.ts and a claims.test.ts", () => {
      expect(readmeFiles().map(([name]) => name)).toEqual(["vitest.config.ts", "claims.test.ts"]);
    });

    it("type-checks under moduleResolution node16 and bundler", async () => {
      // The two compilers run side by side (each takes seconds).
      const runs = await Promise.all(["node16", "bundler"].map((resolution) => shAsync(process.execPath, [tsc, "-p", `tsconfig.${resolution}.json`], readme)));
      for (const [i, r] of runs.entries()) {
        expect(r.stdout + r.stderr, ["node16", "bundler"][i]).toBe("");
        expect(r.code).toBe(0);
      }
    });

    it("runs and passes, while a suite whose path matchers are not awaited fails, at those tests", () => {
      writeFileSync(
        join(readme, "unawaited.test.ts"),
        `import { expect, test } from "vitest";
test("an inconsistent file, not awaited", () => {
  expect("claims/inconsistent/claims.yaml").toBeConsistent();
});
test("a missing file, not awaited", () => {
  expect("claims/missing.yaml").not.toHaveFinding("part-of");
});
test("a consistent file, awaited", async () => {
  await expect("claims/seed/claims.yaml").toBeConsistent();
});
`,
      );
      // One vitest run for both files (each start takes a second or two).
      const r = sh(process.execPath, [vitest(), "run"], readme);
      const out = r.stdout + r.stderr;
      expect(r.code, out).toBe(1);
      expect(out).toMatch(/✓ claims\.test\.ts \(2 tests\)/);
      expect(r.stdout).toMatch(/Tests\s+2 failed \| 3 passed \(5\)/);
      expect(out).toContain("FAIL  unawaited.test.ts > an inconsistent file, not awaited");
      expect(out).toContain(
        'expect("claims/inconsistent/claims.yaml").toBeConsistent() reads a claims file and returns a promise, but the test ended before it settled: expected `await expect("claims/inconsistent/claims.yaml").toBeConsistent()`, found no await',
      );
      expect(out).toContain("FAIL  unawaited.test.ts > a missing file, not awaited");
      expect(out).toContain('expect("claims/missing.yaml").not.toHaveFinding() reads a claims file');
      // The failure points at the assertion in the test file.
      expect(out).toMatch(/unawaited\.test\.ts:3:\d+/);
    });
  });
});

/** The files of the README's vitest section: each ```ts block that starts with `// <file name>`. */
function readmeFiles(): Array<[string, string]> {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const start = readme.indexOf("### Testing claims with vitest\n");
  const section = readme.slice(start, readme.indexOf("\n### ", start + 1));
  return [...section.matchAll(/```ts\n\/\/ (\S+)\n([\s\S]*?)```/g)].map((m) => [m[1]!, `// ${m[1]}\n${m[2]}`]);
}
