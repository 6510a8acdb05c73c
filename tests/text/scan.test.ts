/**
 * `scanText()` and `claimcheck scan <file | ->`: the numbers of a raw text and the findings of the
 * text-only rules, as JSON and as a table, with the exit codes of `check`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { run, type CliIO } from "../../src/cli/run.js";
import { formatScanPretty, toScanJson } from "../../src/formats/scan.js";
import { scanText } from "../../src/check/scan.js";

const dir = mkdtempSync(join(tmpdir(), "claimcheck-scan-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = fileURLToPath(new URL("../../claims/seed/article.txt", import.meta.url));
const clean = join(dir, "clean.txt");
writeFileSync(clean, "The coalition investigated 37 reports.\nIt conducted 24,160 strikes since 2014.\n");

async function cli(argv: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    env: {},
    isTTY: false,
    ...(stdin !== undefined ? { readStdin: async () => stdin } : {}),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

describe("scanText", () => {
  it("gives each number its line and column, and runs the text-only rules", () => {
    const r = scanText("A total of 24,160 strikes.\nThe total was 1169.");
    expect(r.numbers.map((n) => [n.kind, n.text, n.line, n.column])).toEqual([
      ["count", "A total of 24,160", 1, 1],
      ["count", "1169", 2, 15], // "The total was " is 14 characters
    ]);
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.location?.line, f.location?.column, f.expected, f.actual])).toEqual([
      ["number-format", "info", 2, 15, "1,169", "1169"],
    ]);
    expect(r.findings[0]!.location?.document).toBe("text");
  });

  it("takes a document name, disabled rules and severity overrides", () => {
    const text = "24,160 and 1169";
    expect(scanText(text, { document: "a.txt" }).findings[0]!.location?.document).toBe("a.txt");
    expect(scanText(text, { disable: ["number-format"] }).findings).toEqual([]);
    expect(scanText(text, { severity: { "number-format": "warning" } }).findings[0]!.severity).toBe("warning");
  });

  it("is deterministic", () => {
    const text = readFileSync(article, "utf8");
    expect(JSON.stringify(toScanJson(scanText(text)))).toBe(JSON.stringify(toScanJson(scanText(text))));
  });

  it("prints JSON numbers with exact extras where a float would not say it all", () => {
    const j = toScanJson(scanText("one in three, at least 685, 12.5%, $4.5bn, 2014-2017, March 14"));
    expect(j.numbers).toEqual([
      { text: "one in three", value: 1 / 3, kind: "ratio", start: 0, end: 12, line: 1, column: 1, exact: "1/3", numerator: 1, denominator: 3 },
      { text: "at least 685", value: 685, kind: "count", start: 14, end: 26, line: 1, column: 15, qualifier: "at least", interval: "[685, ∞)", exactInterval: "[685, ∞)" },
      { text: "12.5%", value: 12.5, kind: "percent", start: 28, end: 33, line: 1, column: 29, exact: "25/2", interval: "[12.45, 12.55]", exactInterval: "[249/20, 251/20]" },
      { text: "$4.5bn", value: 4.5e9, kind: "money", start: 35, end: 41, line: 1, column: 36, currency: "USD", interval: "[4450000000, 4550000000]", exactInterval: "[4450000000, 4550000000]" },
      { text: "2014-2017", value: 2014, kind: "range", start: 43, end: 52, line: 1, column: 44, valueTo: 2017, rangeOf: "year" },
      { text: "March 14", value: 14, kind: "date", start: 54, end: 62, line: 1, column: 55, date: { month: 3, day: 14 } },
    ]);
  });

  it("prints a table", () => {
    expect(formatScanPretty(scanText("37 reports, at least 685 deaths"), { title: "a.txt" })).toBe(
      [
        "a.txt: 2 numbers",
        "  place  kind   text          value  currency / interval",
        "  1:1    count  37            37",
        "  1:13   count  at least 685  685    [685, ∞)",
        "",
        "0 errors, 0 warnings, 0 infos",
        "",
      ].join("\n"),
    );
  });
});

describe("claimcheck scan", () => {
  it("prints the numbers and findings of the seed article as JSON, exit 0 (infos are below --fail-on error)", async () => {
    const r = await cli(["scan", article, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { version: number; numbers: Array<Record<string, unknown>>; findings: Array<Record<string, unknown>> };
    expect(Object.keys(out)).toEqual(["version", "numbers", "findings"]);
    expect(out.version).toBe(1);
    expect(out.numbers).toHaveLength(17);
    expect(Object.keys(out.numbers[0]!).slice(0, 7)).toEqual(["text", "value", "kind", "start", "end", "line", "column"]);
    expect(out.numbers.find((n) => n.text === "1169")).toMatchObject({ value: 1169, kind: "count", line: 17, column: 168 });
    const format = out.findings.filter((f) => f.ruleId === "number-format");
    expect(format).toEqual([
      {
        ruleId: "number-format",
        severity: "info",
        message: '"1169" has no thousands separator, but this text groups thousands with commas, as in "24,160": "1,169" in that style',
        claims: [],
        location: { document: article, file: article, start: 2139, end: 2143, line: 17, column: 168, endLine: 17, endColumn: 172 },
        expected: "1,169",
        actual: "1169",
      },
    ]);
    // The offsets are the text's own: the span reads "1169".
    expect(readFileSync(article, "utf8").slice(2139, 2143)).toBe("1169");
  });

  it("reads standard input for -", async () => {
    const r = await cli(["scan", "-", "--format", "json"], "24,160 strikes and 1169 reports");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { numbers: unknown[]; findings: Array<{ location: { document: string } }> };
    expect(out.numbers).toHaveLength(2);
    expect(out.findings[0]!.location.document).toBe("<stdin>");
  });

  it("exits 1 when a finding is at or above --fail-on", async () => {
    expect((await cli(["scan", article, "--fail-on", "info"])).code).toBe(1);
    expect((await cli(["scan", clean, "--fail-on", "info"])).code).toBe(0);
    expect((await cli(["scan", article, "--fail-on", "info", "--disable", "number-format", "--disable", "quote-marks", "--disable", "quote-confusable"])).code).toBe(0);
  });

  it("prints a table by default, without colour when NO_COLOR or not a terminal", async () => {
    const r = await cli(["scan", clean]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        `${clean}: 3 numbers`,
        "  place  kind   text    value   currency / interval",
        "  1:28   count  37      37",
        "  2:14   count  24,160  24,160",
        "  2:35   year   2014    2014",
        "",
        "0 errors, 0 warnings, 0 infos",
        "",
      ].join("\n"),
    );
    expect(r.stdout).not.toContain("\x1b[");
  });

  it.each([
    [["scan"], /scan needs a text file/],
    [["scan", "a.txt", "b.txt"], /scan takes one text file/],
    [["scan", "a.txt", "--format", "sarif"], /--format must be one of pretty, json/],
    [["scan", "a.txt", "--bogus"], /unknown option '--bogus' for scan/],
  ])("exits 2 on a usage error: %j", async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });

  it("exits 2 with the file named when it cannot be read", async () => {
    const missing = join(dir, "missing.txt");
    const r = await cli(["scan", missing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`claimcheck: ${missing}: expected a readable text file, found nothing at that path\n`);
    const d = await cli(["scan", dir]);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain("found a directory");
  });

  it("exits 2 for - when there is no standard input to read", async () => {
    const r = await cli(["scan", "-"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("expected a text on standard input");
  });
});
