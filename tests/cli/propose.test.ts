/** `claimcheck check article.txt` (a text with no claims file) and `claimcheck draft`. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cli } from "./run-cli.js";

const seed = readFileSync(new URL("../../claims/seed/article.txt", import.meta.url), "utf8");
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), "claimcheck-propose-"));
  writeFileSync(join(dir, "article.txt"), seed);
  writeFileSync(join(dir, "wrong.md"), "It investigated 37 reports. Of these, 40 were credible.\n");
  return dir;
};

describe("claimcheck check <text>", () => {
  it("checks the seed with no claims file: consistent, the warning, the coverage last", async () => {
    const r = await cli(["check", "article.txt", "--published", "2017-09-01"], { cwd: folder() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("article.txt  consistent");
    expect(r.stdout).toContain('"accessed" is likely a typo for "assessed"');
    expect(r.stdout).toContain("is at least 624  [624, ∞)");
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("coverage: 9 of 17 numbers in a checked relation; 8 in none (5 not a quantity, 2 no cue, 1 different nouns)");
  });

  it("exits 1 on a proposed relation that fails, naming its cue; JSON carries the coverage", async () => {
    const r = await cli(["check", "wrong.md", "--format", "json"], { cwd: folder() });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { files: Array<{ findings: Array<{ message: string; location: { line: number } }>; coverage: { numbers: number; message: string } }> };
    expect(report.files[0]!.findings[0]!.message).toContain('(proposed from the cue "Of these")');
    expect(report.files[0]!.findings[0]!.location.line).toBe(1);
    expect(report.files[0]!.coverage).toMatchObject({ numbers: 2, inRelation: 2, unbound: 0, message: "coverage: 2 of 2 numbers in a checked relation; 0 in none" });
  });

  it("reads a text on standard input with --stdin-filename x.txt, or any file with --input text", async () => {
    const dir = folder();
    const stdin = await cli(["check", "-", "--stdin-filename", "x.txt"], { cwd: dir, readStdin: async () => "It investigated 37 reports. Of these, 40 were credible." });
    expect(stdin.code).toBe(1);
    expect(stdin.stdout).toContain("x.txt  inconsistent");
    writeFileSync(join(dir, "story"), seed);
    const named = await cli(["check", "story", "--input", "text"], { cwd: dir });
    expect(named.code).toBe(0);
    expect(named.stdout).toContain("coverage: 9 of 17");
  });
});

describe("claimcheck draft <text>", () => {
  it("writes a claims file that checks as the text does", async () => {
    const dir = folder();
    const r = await cli(["draft", "article.txt", "--published", "2017-09-01", "-o", "article.claims.yaml"], { cwd: dir });
    expect(r.code).toBe(0);
    const yaml = readFileSync(join(dir, "article.claims.yaml"), "utf8");
    expect(parse(yaml)).toMatchObject({ document: { id: "text", textFile: "article.txt", published: "2017-09-01" } });
    const fromDraft = await cli(["check", "article.claims.yaml"], { cwd: dir });
    const fromText = await cli(["check", "article.txt", "--published", "2017-09-01"], { cwd: dir });
    const findings = (out: string) => out.split("\n").filter((l) => /^ {2}(error|warning|info)/.test(l));
    expect(findings(fromDraft.stdout)).toEqual(findings(fromText.stdout));
    expect(fromDraft.code).toBe(fromText.code);
  });

  it("writes to standard output, the text inline with --inline", async () => {
    const r = await cli(["draft", "wrong.md", "--inline"], { cwd: folder() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('text: "It investigated 37 reports. Of these, 40 were credible.\\n"');
    expect((await cli(["draft"], { cwd: folder() })).code).toBe(2);
  });
});
