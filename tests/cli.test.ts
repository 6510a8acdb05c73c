/**
 * The CLI as a function: exit codes with --fail-on, byte-identical JSON, colour rules, schema.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "./cli/run-cli.js";
import { claimsJsonSchema } from "../src/input/schema.js";

const dir = mkdtempSync(join(tmpdir(), "claimcheck-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, source: string): string {
  const p = join(dir, name);
  mkdirSync(join(p, ".."), { recursive: true });
  writeFileSync(p, source);
  return p;
}

// No text: only the arithmetic rules can report anything.
const consistent = file("ok/claims.yaml", "claims:\n  investigated: 37\n  credible: 13\nrelations:\n  - { kind: part-of, part: credible, whole: investigated }\n");
// 13 / 37 = 35.14…%: "35%" holds only thanks to rounding, an info.
const infoOnly = file(
  "info/claims.yaml",
  'claims:\n  part: 13\n  whole: 37\n  pct: "35%"\nrelations:\n  - { kind: percent-of, part: part, whole: whole, percent: pct }\n',
);
// 40 credible of 37 investigated: an error.
const withError = file("error/claims.yaml", "claims:\n  investigated: 37\n  credible: 40\nrelations:\n  - { kind: part-of, part: credible, whole: investigated }\n");
const invalid = file("invalid/claims.yaml", "claims:\n  a: { vale: 1 }\n");



const ANSI = /\x1b\[/;

describe("exit codes", () => {
  it.each([
    ["a consistent set", consistent, [], 0],
    ["a consistent set, --fail-on info", consistent, ["--fail-on", "info"], 0],
    ["an info only", infoOnly, [], 0],
    ["an info only, --fail-on warning", infoOnly, ["--fail-on", "warning"], 0],
    ["an info only, --fail-on info", infoOnly, ["--fail-on", "info"], 1],
    ["an error", withError, [], 1],
    ["an error, --fail-on error", withError, ["--fail-on", "error"], 1],
    ["an error, --fail-on warning", withError, ["--fail-on", "warning"], 1],
    ["an error, --fail-on info", withError, ["--fail-on", "info"], 1],
    ["invalid input", invalid, [], 2],
    ["invalid input beside a consistent set", invalid, [consistent], 2],
    ["an error beside a consistent set", withError, [consistent], 1],
  ] as const)("%s → %d", async (_name, path, extra, want) => {
    expect((await cli(["check", path, ...extra])).code).toBe(want);
  });

  it.each([
    ["an unknown command", ["chek", consistent]],
    ["an unknown format", ["check", consistent, "--format", "xml"]],
    ["an unknown --fail-on", ["check", consistent, "--fail-on", "fatal"]],
    ["an unknown rounding method", ["check", consistent, "--rounding", "nearest"]],
    ["an unknown flag", ["check", consistent, "--strict"]],
    ["no command", []],
  ])("usage errors exit 2 with the usage on stderr: %s", async (_name, argv) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Usage:");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("--help prints the usage to stdout and exits 0", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("check [paths or globs...]");
  });

  it("checks every claims file under a directory", async () => {
    const r = await cli(["check", dir, "--format", "json"]);
    expect(r.code).toBe(2); // the invalid one is among them
    const report = JSON.parse(r.stdout) as { files: Array<{ path: string; verdict: string }> };
    expect(report.files.map((f) => [f.path.split(/[\\/]/).slice(-2, -1)[0], f.verdict])).toEqual([
      ["error", "inconsistent"],
      ["info", "consistent"],
      ["invalid", "invalid"],
      ["ok", "consistent"],
    ]);
  });
});

describe("--format json", () => {
  it("is byte-identical across two runs", async () => {
    const argv = ["check", "claims", withError, infoOnly, consistent, "--format", "json"];
    const a = await cli(argv);
    const b = await cli(argv);
    expect(a.stdout.length).toBeGreaterThan(0);
    expect(b.stdout).toBe(a.stdout);
    expect(a.code).toBe(1);
  });

  it("is the report of DESIGN §5, with no colour even on a terminal", async () => {
    const r = await cli(["check", withError, "--format", "json"], { isTTY: true, env: { FORCE_COLOR: "1" } });
    expect(r.stdout).not.toMatch(ANSI);
    const report = JSON.parse(r.stdout) as {
      version: number;
      files: Array<{ findings: Array<{ ruleId: string; severity: string; claims: string[]; expected?: string; actual?: string }> }>;
      summary: { errors: number; warnings: number; infos: number };
    };
    expect(report.version).toBe(1);
    expect(report.files[0]!.findings).toEqual([
      expect.objectContaining({ ruleId: "part-of", severity: "error", claims: ["investigated", "credible"], expected: "at least 40", actual: "37" }),
    ]);
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0, infos: 0 });
  });
});

describe("colour", () => {
  it("is on for a terminal by default (so the checks below can see it)", async () => {
    expect((await cli(["check", withError], { isTTY: true })).stdout).toMatch(ANSI);
  });

  it("is off when piped", async () => {
    expect((await cli(["check", withError])).stdout).not.toMatch(ANSI);
  });

  it.each(["1", "true", "yes"])("NO_COLOR=%s turns it off, even on a terminal with FORCE_COLOR", async (v) => {
    expect((await cli(["check", withError], { isTTY: true, env: { NO_COLOR: v, FORCE_COLOR: "1" } })).stdout).not.toMatch(ANSI);
  });

  it("--no-color turns it off on a terminal", async () => {
    expect((await cli(["check", withError, "--no-color"], { isTTY: true })).stdout).not.toMatch(ANSI);
  });

  it("--color turns it on when piped", async () => {
    expect((await cli(["check", withError, "--color"])).stdout).toMatch(ANSI);
  });
});

describe("schema", () => {
  it("prints the JSON Schema of the claims file", async () => {
    const r = await cli(["schema"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const schema = JSON.parse(r.stdout) as { $schema: string; title: string; type: string; properties: Record<string, unknown>; additionalProperties: unknown };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.title).toBe("claimcheck claims file");
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["document", "documents", "claims", "relations"]));
    expect(schema.additionalProperties).toBe(false); // unknown keys are errors
    expect(schema).toEqual(claimsJsonSchema());
  });

  it("rejects arguments it does not take", async () => {
    expect((await cli(["schema", "--format", "json"])).code).toBe(2);
  });
});
