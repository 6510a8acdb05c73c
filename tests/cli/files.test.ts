/**
 * Claims modules are code: loaded only with --allow-code (allowCode in the API); a folder search
 * without it does not import them. Strict JSON. And points the README claims of the reports:
 * `text.txt:line:col` in the pretty report, `location.file` in JSON, `version` in the scan JSON,
 * the exit code following the verdict when a rule is disabled.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";
import { checkFile, loadClaimsFile } from "../../src/node/load.js";

const root = mkdtempSync(join(tmpdir(), "claimcheck-cli-files-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
function folder(files: Record<string, string>): string {
  const dir = join(root, `f${n++}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, source] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(join(p, ".."), { recursive: true });
    writeFileSync(p, source);
  }
  return dir;
}


const SET = "{ claims: { investigated: 37, credible: 13 }, relations: [{ kind: 'part-of', part: 'credible', whole: 'investigated' }] }";
/** A module that leaves a file behind when it is imported: proof that its code ran. */
const marker = (dir: string, name: string) => `import { writeFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(join(dir, `${name}.ran`))}, "");\nexport default ${SET};\n`;

describe("claims modules run only with --allow-code", () => {
  it.each(["x.claims.js", "x.claims.mjs", "x.claims.cjs", "x.claims.ts", "x.claims.mts", "x.claims.cts"])("%s named without --allow-code: an error saying why; its code does not run", async (name) => {
    const dir = folder({ [`claims/${name}`]: marker(root, `${n}-${name}`), "package.json": '{ "type": "module" }' });
    const ran = join(root, `${n - 1}-${name}.ran`);
    const r = await cli(["check", `claims/${name}`], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`claims/${name} is code; claimcheck runs code only with --allow-code`);
    expect(existsSync(ran)).toBe(false);
  });

  it("a folder search without --allow-code does not import them, and says it skipped them", async () => {
    const dir = folder({ "claims/a/claims.yaml": "claims:\n  a: 1\n", "claims/b/x.claims.js": marker(root, "search"), "claims/b/y.claims.ts": "export default {};" });
    const r = await cli(["check", "claims", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { files: unknown[] }).files).toHaveLength(1);
    expect(existsSync(join(root, "search.ran"))).toBe(false);
    expect(r.stderr).toContain("skipped");
    expect(r.stderr).toContain("x.claims.js: it is code (a claims module); claimcheck runs code only with --allow-code");
    expect(r.stderr).toContain("y.claims.ts");
  });

  it("a glob without --allow-code skips modules the same way", async () => {
    const dir = folder({ "c/x.claims.js": marker(root, "glob") });
    const r = await cli(["check", "c/*"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("found only claims modules, which run only with --allow-code");
    expect(existsSync(join(root, "glob.ran"))).toBe(false);
  });

  it.each([
    ["x.claims.mjs", `export default ${SET};`],
    ["x.claims.js", `export default ${SET};`],
    ["x.claims.cjs", `module.exports = ${SET};`],
  ])("%s with --allow-code is loaded by import()", async (name, source) => {
    const dir = folder({ [name]: source, "package.json": '{ "type": "module" }' });
    const r = await cli(["check", name, "--allow-code", "--format", "json"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { files: Array<{ verdict: string }> }).files[0]!.verdict).toBe("consistent");
  });

  it("a folder search with --allow-code takes the modules too", async () => {
    const dir = folder({ "a/claims.yaml": "claims:\n  a: 1\n", "b/x.claims.mjs": marker(root, "allowed") });
    const r = await cli(["check", ".", "--allow-code", "--format", "json"], { cwd: dir });
    expect((JSON.parse(r.stdout) as { files: unknown[] }).files).toHaveLength(2);
    expect(existsSync(join(root, "allowed.ran"))).toBe(true);
  });

  it("the API takes the same option: allowCode", async () => {
    const dir = folder({ "x.claims.mjs": `export default ${SET};` });
    const file = join(dir, "x.claims.mjs");
    const refused = await checkFile(file);
    expect(refused.verdict).toBe("invalid");
    expect(refused.errors[0]!.expected).toContain("is code; claimcheck runs code only with --allow-code, or the allowCode option");
    expect((await checkFile(file, { allowCode: true })).verdict).toBe("consistent");
    await expect(loadClaimsFile(file)).rejects.toThrow("runs code only with --allow-code");
    expect((await loadClaimsFile(file, { allowCode: true })).input).toMatchObject({ claims: { investigated: 37 } });
    expect((await checkFile(file, { allowCode: "yes" as unknown as boolean })).errors[0]).toMatchObject({ path: "options.allowCode", expected: "true or false" });
  });
});

describe("TypeScript claims modules under Node without type stripping (the built CLI)", () => {
  const cliJs = join(import.meta.dirname, "..", "..", "dist", "cli.js");
  it.skipIf((process as { features?: { typescript?: unknown } }).features?.typescript)("--allow-code gives a clear error saying how to load it", () => {
    const dir = folder({ "x.claims.ts": `const set: unknown = ${SET};\nexport default set;\n` });
    const r = spawnSync(process.execPath, [cliJs, "check", "x.claims.ts", "--allow-code"], { cwd: dir, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toContain("cannot strip TypeScript types. Compile it to .js (tsc), or run claimcheck under a TypeScript loader (node --import tsx");
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("JSON claims files are strict JSON", () => {
  it.each([
    ['{ "claims": { "a": 1, } }', "1:23: expected valid JSON"],
    ['{ "claims": { a: 1 } }', "1:15: expected valid JSON"],
    ['// comment\n{ "claims": {} }', "1:1: expected valid JSON"],
  ])("%j → %s", async (source, words) => {
    const dir = folder({ "x.claims.json": source });
    const r = await cli(["check", "x.claims.json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`x.claims.json:${words}`);
  });
});

describe("what the reports say of locations", () => {
  const dir = folder({
    "story/article.txt": "The coalition investigated 37 reports; 40 were credible.\n",
    "story/claims.yaml": 'document: { id: s, textFile: article.txt }\nclaims:\n  inv: { value: 37, quote: "investigated 37 reports" }\n  cred: { value: 40, quote: "40 were credible" }\nrelations:\n  - { kind: part-of, part: cred, whole: inv }\n',
  });

  it("the pretty report prints path/to/text.txt:line:col", async () => {
    const r = await cli(["check", "story/claims.yaml"], { cwd: dir });
    expect(r.stdout).toMatch(/at .*story\/article\.txt:1:28\n/);
  });

  it("the JSON report names the text file of each location", async () => {
    const r = await cli(["check", "story/claims.yaml", "--format", "json"], { cwd: dir });
    const f = (JSON.parse(r.stdout) as { files: Array<{ findings: Array<{ location: { file: string; line: number; column: number } }> }> }).files[0]!.findings[0]!;
    expect(f.location.file.replace(/\\/g, "/")).toMatch(/story\/article\.txt$/);
    expect([f.location.line, f.location.column]).toEqual([1, 28]);
  });

  it("scan --format json has a version key", async () => {
    const r = await cli(["scan", "story/article.txt", "--format", "json"], { cwd: dir });
    expect(JSON.parse(r.stdout)).toHaveProperty("version", 1);
  });

  // A conflict under a disabled rule is not reported: the set is undecidable with a note (README,
  // "What the engine reports"), and exits 0 as its reported findings say.
  it.each([
    [[], "inconsistent", 1],
    [["--disable", "part-of"], "undecidable", 0],
    [["--disable", "part-of", "--fail-on", "info"], "undecidable", 0],
    [["--disable", "claim-anchor"], "inconsistent", 1],
  ] as const)("the exit code follows the verdict when a rule is disabled: %j", async (flags, verdict, code) => {
    const r = await cli(["check", "story/claims.yaml", "--format", "json", ...flags], { cwd: dir });
    const file = (JSON.parse(r.stdout) as { files: Array<{ verdict: string; notes: unknown[] }> }).files[0]!;
    expect(file.verdict).toBe(verdict);
    if (verdict === "undecidable") expect(file.notes).toHaveLength(1);
    expect(r.code).toBe(code);
  });
});

describe("TypeScript claims modules under a registered loader (the built CLI)", () => {
  const cliJs = join(import.meta.dirname, "..", "..", "dist", "cli.js");
  const register = join(import.meta.dirname, "..", "..", "node_modules", "jiti", "lib", "jiti-register.mjs");
  it.each(["x.claims.ts", "x.claims.mts"])("%s with --allow-code under node --import jiti/register is loaded", (name) => {
    const dir = folder({ [name]: `const set: { claims: Record<string, number> } = { claims: { investigated: 37, credible: 13 } };\nexport default set;\n` });
    const r = spawnSync(process.execPath, ["--import", register, cliJs, "check", name, "--allow-code", "--format", "json"], { cwd: dir, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { files: Array<{ verdict: string }> }).files[0]!.verdict).toBe("consistent");
  });
});
