/**
 * Locations people can click: the pretty report prints `path/to/text.txt:line:col` (or
 * `claims.yaml:line:col` where the claim is written, for claims with no text or an inline
 * text); the JSON report names the text file of each location (`location.file`) and where the
 * finding's claim is written (`source`); intervals are decimals in JSON, pretty and HTML, with
 * the exact fractions under `exact` (and `exactInterval` in `scan --format json`, which now has
 * a `version`).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { check, formatHtml, formatPretty, toJsonReport, type JsonReport } from "../../src/index.js";
import { checkFile } from "../../src/node.js";

async function cli(argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = "";
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: () => {}, env: {}, isTTY: false });
  return { code, stdout };
}

/** The text at a 1-based line and column of a file, `length` characters long. */
function at(file: string, line: number, column: number, length: number): string {
  return readFileSync(file, "utf8").split("\n")[line - 1]!.slice(column - 1, column - 1 + length);
}

const dir = mkdtempSync(join(tmpdir(), "claimcheck-locations-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("pretty: path:line:col", () => {
  it("points into the text file, relative to where claimcheck runs", async () => {
    const { stdout } = await cli(["check", "claims/seed"]);
    const places = [...stdout.matchAll(/^ {11}at (\S+)$/gm)].map((m) => m[1]);
    expect(places).toEqual(["claims/seed/article.txt:3:81", "claims/seed/article.txt:3:162", "claims/seed/article.txt:9:1", "claims/seed/article.txt:11:30", "claims/seed/article.txt:17:168"]);
    expect(stdout).not.toContain("coalition-civcas-2017-07:");
    // Each place is the start of the marked words: "July", "accessed", the straight quote, "March 14", "1169".
    expect(at("claims/seed/article.txt", 3, 81, 4)).toBe("July");
    expect(at("claims/seed/article.txt", 3, 162, 8)).toBe("accessed");
    expect(at("claims/seed/article.txt", 9, 1, 1)).toBe('"');
    expect(at("claims/seed/article.txt", 11, 30, 8)).toBe("March 14");
    expect(at("claims/seed/article.txt", 17, 168, 4)).toBe("1169");
  });

  it("follows a textFile beside the claims file (examples/ carries its own copy of the article)", async () => {
    const { stdout } = await cli(["check", "examples/seed-603.claims.yaml", "--disable", "date-resolution", "--disable", "quote-marks"]);
    expect(stdout).toContain('error   cumulative  603 (previous) + 61 (added) = 664, but the total is stated as "at least 685"\n           at examples/seed-article.txt:1:242\n');
    expect(at("examples/seed-article.txt", 1, 242, 12)).toBe("at least 685");
  });

  it("points at the claim in the claims file when its document has no text", async () => {
    const { stdout } = await cli(["check", "claims/cjtf-oir-2017"]);
    // June's breakdown: 121 + 7 stated as 132 completed reports; the total, `completed`, is on line 78.
    expect(stdout).toContain('error   sum  121 + 7 = 128, but the total is stated as "132"\n           at claims/cjtf-oir-2017/claims.yaml:78:7\n');
    expect(at("claims/cjtf-oir-2017/claims.yaml", 78, 7, 10)).toBe("completed:");
    // The cumulative credible reports: June's 151, on line 85.
    expect(stdout).toMatch(/states "151" \(a cumulative count rises by at least the increments stated\)\n {11}at claims\/cjtf-oir-2017\/claims\.yaml:85:7\n/);
    expect(at("claims/cjtf-oir-2017/claims.yaml", 85, 7, 15)).toBe("credible-total:");
  });

  it("points at the claim in the claims file when the text is inline, and keeps the excerpt", async () => {
    mkdirSync(join(dir, "inline"));
    const file = join(dir, "inline", "claims.yaml");
    writeFileSync(
      file,
      [
        "document:",
        "  id: note",
        "  text: |",
        "    The coalition investigated 37 reports.",
        "    Of these, 40 were credible.",
        "claims:",
        "  investigated: { value: 37, quote: investigated 37 reports }",
        "  credible: { value: 40, quote: 40 were credible }",
        "relations:",
        "  - { kind: part-of, part: credible, whole: investigated }",
        "",
      ].join("\n"),
    );
    const { stdout } = await cli(["check", file]);
    expect(stdout).toContain(`error   part-of  the part "40" cannot exceed the whole "37" (the whole must be at least 40)\n           at ${file}:7:3\n           │ The coalition investigated 37 reports.\n`);
    const json = JSON.parse((await cli(["check", file, "--format", "json"])).stdout) as JsonReport;
    const f = json.files[0]!.findings[0]!;
    expect(f.location).toEqual({ document: "note", start: 27, end: 29, line: 1, column: 28, endLine: 1, endColumn: 30 });
    expect(f.source).toEqual({ file, path: "claims.investigated", line: 7, column: 3 });
  });

  it("without a file, names the document (claims checked from code)", () => {
    const r = check({ document: { id: "d", text: "37 reports, 40 credible" }, claims: { a: { value: 37, quote: "37 reports" }, b: { value: 40, quote: "40 credible" } }, relations: [{ kind: "part-of", part: "b", whole: "a" }] });
    expect(formatPretty([r])).toContain("           at d:1:1\n");
  });
});

describe("JSON: the text file and the claims file of each location", () => {
  it("names the text file in location and related locations, and where the claim is written", async () => {
    const report = JSON.parse((await cli(["check", "examples/seed-603.claims.yaml", "--format", "json"])).stdout) as JsonReport;
    const f = report.files[0]!.findings.find((x) => x.ruleId === "cumulative")!;
    expect(f.location).toEqual({ document: "coalition-civcas-2017-07", file: "examples/seed-article.txt", start: 241, end: 253, line: 1, column: 242, endLine: 1, endColumn: 254 });
    expect(f.related?.[0]).toEqual({
      claim: "july-deaths",
      location: { document: "coalition-civcas-2017-07", file: "examples/seed-article.txt", start: 454, end: 456, line: 3, column: 199, endLine: 3, endColumn: 201 },
    });
    expect(f.source).toEqual({ file: "examples/seed-603.claims.yaml", path: "claims.total-deaths-lede", line: 17, column: 3 });
    expect(at("examples/seed-603.claims.yaml", 17, 3, 18)).toBe("total-deaths-lede:");
    // The offsets read the same words in the file named.
    expect(readFileSync("examples/seed-article.txt", "utf8").slice(241, 253)).toBe("at least 685");
    // Keys added, none renamed: the order of DESIGN §5, then the new ones.
    expect(Object.keys(f)).toEqual(["ruleId", "severity", "message", "claims", "location", "related", "source", "expected", "actual", "conflict"]);
    expect(Object.keys(report.files[0]!)).toEqual(["path", "verdict", "findings", "derived", "culprits", "errors", "notes"]);
  });

  it("checkFile keeps the claims file's positions for programs", async () => {
    const r = await checkFile("claims/seed/claims.yaml");
    expect(r.set?.positions?.get("claims.july-credible")).toEqual({ line: 14, column: 3 });
    expect(at("claims/seed/claims.yaml", 14, 3, 14)).toBe("july-credible:");
  });
});

describe("intervals in decimals, exact fractions beside them", () => {
  // "4.8%" is [4.75, 4.85]: exactly [19/4, 97/20].
  const set = { claims: { share: { unknown: true, unit: "%" }, stated: "4.8%" }, relations: [{ kind: "equal", claims: ["share", "stated"] }] };

  it("in the result and the JSON report", () => {
    const r = check(set);
    expect(r.derived).toEqual([{ claim: "share", min: 4.75, max: 4.85, interval: "[4.75, 4.85]", exact: "[19/4, 97/20]", unit: "%", words: "4.75% – 4.85%" }]);
    expect(toJsonReport([r]).files[0]!.derived).toEqual([{ claim: "share", min: 4.75, max: 4.85, interval: "[4.75, 4.85]", exact: "[19/4, 97/20]", unit: "%", words: "4.75% – 4.85%" }]);
  });

  it("in the pretty and HTML reports", () => {
    const r = check(set);
    expect(formatPretty([r])).toContain("  implied share (%) is 4.75% – 4.85%  [4.75, 4.85]\n");
    const page = formatHtml([r]);
    expect(page).toContain("<code>[4.75, 4.85]</code>");
    expect(page).not.toContain("19/4");
  });

  it("rounded and marked when the decimal does not end", () => {
    // 13 of 37 is 35.135135…%.
    const r = check({ claims: { part: 13, whole: 37, pct: { unknown: true, unit: "%" } }, relations: [{ kind: "percent-of", part: "part", whole: "whole", percent: "pct" }] });
    expect(r.derived[0]).toMatchObject({ interval: "{≈35.1351}", exact: "{1300/37}" });
  });

  it("in scan --format json, which has a version", async () => {
    const file = join(dir, "scan.txt");
    writeFileSync(file, "The rate was 4.8% in July.\n");
    const out = JSON.parse((await cli(["scan", file, "--format", "json"])).stdout) as { version: number; numbers: Array<Record<string, unknown>> };
    expect(out.version).toBe(1);
    expect(out.numbers.find((n) => n.text === "4.8%")).toMatchObject({ interval: "[4.75, 4.85]", exactInterval: "[19/4, 97/20]" });
  });
});
