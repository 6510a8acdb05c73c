/**
 * SARIF output: valid against the SARIF 2.1.0 JSON Schema, every rule id described, regions in
 * UTF-16 code units that match the JSON report, the text file as artifact, the other claims as
 * related locations, input problems as notifications.
 *
 * The schema (tests/fixtures/sarif-2.1.0.json) is `sarif-2.1.0-rtm.5.json` as shipped in the npm
 * package @microsoft/jest-sarif@1.0.0-beta.0 (lib/schemas/), the last release candidate, whose
 * content the OASIS 2.1.0 standard adopted; it is draft-04 JSON Schema, hence ajv-draft-04.
 */
import { readFileSync } from "node:fs";
import Ajv from "ajv-draft-04";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { check, type CheckResult } from "../../src/check/check.js";
import { formatSarif, toSarif, type SarifLog } from "../../src/formats/sarif.js";
import { toJsonReport } from "../../src/formats/json.js";
import { checkFile } from "../../src/node/load.js";
import { builtinRules } from "../../src/rules/registry.js";
import { relationSpecs } from "../../src/relations/registry.js";

const schema = JSON.parse(readFileSync(new URL("../fixtures/sarif-2.1.0.json", import.meta.url), "utf8")) as object;
// unicodeRegExp: false, because the schema's `language` pattern ("…{2}]?$") is not valid with the u flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
// The schema's three formats, checked rather than ignored.
ajv.addFormat("uri", (s: string) => URL.canParse(s));
ajv.addFormat("uri-reference", (s: string) => !/\s/.test(s) && URL.canParse(s, "https://base.invalid/dir/"));
ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
const validate = ajv.compile(schema);

function valid(log: unknown): void {
  const ok = validate(log);
  expect(ok ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
}

const BROKEN = "tests/fixtures/seed-inconsistent/claims.yaml";
let broken: CheckResult;
beforeAll(async () => {
  broken = await checkFile(BROKEN);
});

describe("toSarif", () => {
  it("is valid SARIF 2.1.0 for the inconsistent seed", () => {
    const log = toSarif([broken], { version: "0.1.0" });
    valid(log);
    valid(JSON.parse(formatSarif([broken])));
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0]!.columnKind).toBe("utf16CodeUnits");
  });

  it("describes every rule id that can appear, and the ones that do", () => {
    const log = toSarif([broken]);
    const ids = log.runs[0]!.tool.driver.rules.map((r) => r.id);
    for (const kind of Object.keys(relationSpecs)) expect(ids).toContain(kind);
    for (const r of builtinRules) expect(ids).toContain(r.meta.id);
    for (const f of broken.findings) expect(ids).toContain(f.ruleId);
    for (const r of log.runs[0]!.tool.driver.rules) {
      expect(r.shortDescription.text.length).toBeGreaterThan(0);
      expect(r.help.text.startsWith(r.shortDescription.text)).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
    // A rule the caller adds, and one only the results name, are described too.
    const custom = { meta: { id: "house-style", severity: "info" as const, description: "House style." }, check: () => [] };
    const withCustom = toSarif([broken], { rules: [custom] }).runs[0]!.tool.driver.rules.map((r) => r.id);
    expect(withCustom).toContain("house-style");
  });

  it("locates each finding in the text file, as the JSON report does", () => {
    const log = toSarif([broken]);
    const run0 = log.runs[0]!;
    const report = toJsonReport([broken]).files[0]!;
    expect(run0.results).toHaveLength(report.findings.length);
    const article = readFileSync("tests/fixtures/seed-inconsistent/article.txt", "utf8");
    run0.results.forEach((r, i) => {
      const f = report.findings[i]!;
      expect(r.ruleId).toBe(f.ruleId);
      expect(run0.tool.driver.rules[r.ruleIndex]!.id).toBe(f.ruleId);
      expect(r.level).toBe(f.severity === "info" ? "note" : f.severity);
      expect(r.message.text).toBe(f.message);
      const p = r.locations[0]!.physicalLocation;
      // The text file, relative to the claims file's directory, joined to the claims file's path.
      expect(p.artifactLocation.uri).toBe("tests/fixtures/seed-inconsistent/article.txt");
      expect(run0.artifacts[p.artifactLocation.index!]!.location.uri).toBe(p.artifactLocation.uri);
      const l = f.location!;
      expect(p.region).toEqual({
        startLine: l.line,
        startColumn: l.column,
        endLine: l.endLine,
        endColumn: l.endColumn,
        charOffset: l.start,
        charLength: l.end - l.start,
        snippet: { text: article.slice(l.start, l.end) },
      });
      expect(r.relatedLocations?.map((x) => x.message?.text)).toEqual(f.related?.map((x) => x.claim));
    });
    // By hand: "it had investigated 12 reports" is on line 3; "12" starts at column 107.
    const first = run0.results.find((r) => r.ruleId === "part-of")!;
    expect(first.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 107, endColumn: 109, charLength: 2, snippet: { text: "12" } });
    expect(first.relatedLocations?.[0]?.physicalLocation.region?.snippet?.text).toBe("13");
  });

  it("counts columns and offsets in UTF-16 code units", () => {
    // "😀" is two UTF-16 code units: "40" starts at offset 2 + 1 + "37 reports, ".length = 15,
    // column 16 (it would be 15 in code points).
    const r = check(
      {
        document: { id: "d", text: "😀 37 reports, 40 credible" },
        claims: { all: { value: 37, quote: "37 reports" }, credible: { value: 40, quote: "40 credible" } },
        relations: [{ kind: "part-of", part: "credible", whole: "all" }],
      },
      { file: "inline/claims.yaml" },
    );
    const log = toSarif([r]);
    valid(log);
    const result = log.runs[0]!.results[0]!;
    // The target of the conflict is the whole ("37"); the part ("40") is related.
    expect(result.locations[0]!.physicalLocation.region).toMatchObject({ startColumn: 4, charOffset: 3, charLength: 2 });
    expect(result.relatedLocations?.[0]?.physicalLocation.region).toMatchObject({ startColumn: 16, endColumn: 18, charOffset: 15, charLength: 2 });
    // An inline text is an artifact with its contents, named after the claims file and document.
    const artifact = log.runs[0]!.artifacts[0]!;
    expect(artifact.location.uri).toBe("inline/claims.yaml#d");
    expect(artifact.contents?.text).toBe("😀 37 reports, 40 credible");
  });

  it("reports invalid input as a notification and an unsuccessful run", () => {
    const invalid = check({ claims: { a: { vale: 3 } } }, { file: "bad dir/claims.yaml" });
    const log: SarifLog = toSarif([invalid, broken]);
    valid(log);
    const inv = log.runs[0]!.invocations[0]!;
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications[0]!.message.text).toContain("at claims.a");
    // A space in a path is percent-encoded in the URI.
    expect(inv.toolExecutionNotifications[0]!.locations?.[0]?.physicalLocation.artifactLocation.uri).toBe("bad%20dir/claims.yaml");
  });

  it("gives a finding with no place in a text the claims file as location", () => {
    const r = check({ claims: { a: 40, b: 37 }, relations: [{ kind: "part-of", part: "a", whole: "b" }] }, { file: "c/claims.yaml" });
    const log = toSarif([r]);
    valid(log);
    expect(log.runs[0]!.results[0]!.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: "c/claims.yaml" } } }]);
  });
});

describe("claimcheck check --format sarif", () => {
  it("prints the same log, with the tool version, and exits 1 on errors", async () => {
    let out = "";
    const code = await run(["check", BROKEN, "--format", "sarif"], { stdout: (s) => (out += s), stderr: () => {}, env: {}, isTTY: false });
    expect(code).toBe(1);
    const log = JSON.parse(out) as SarifLog;
    valid(log);
    const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;
    expect(log.runs[0]!.tool.driver.version).toBe(version);
    expect(out).toBe(formatSarif([broken], { version }));
  });
});
