/**
 * One verdict rule: the verdict follows the findings that are reported. A disabled rule cannot
 * make a set inconsistent; a conflict the engine found under a disabled rule (or reported below
 * error) is said in words, as a note on the result that the pretty, JSON and HTML reports show;
 * and the CLI's exit code follows the verdict.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { check, formatHtml, formatPretty, toJsonReport, type CheckOptions } from "../../src/index.js";

// 40 credible of 37 investigated (part-of), and 3 + 4 stated as 8 (sum): two conflicts.
const twoConflicts = {
  claims: { investigated: 37, credible: 40, a: 3, b: 4, total: 8 },
  relations: [
    { kind: "part-of", part: "credible", whole: "investigated" },
    { kind: "sum", parts: ["a", "b"], total: "total" },
  ],
};
const partOfOnly = { claims: { investigated: 37, credible: 40 }, relations: [{ kind: "part-of", part: "credible", whole: "investigated" }] };

describe("the verdict follows the reported findings", () => {
  it("a disabled rule cannot make a set inconsistent: its conflict becomes a note, the verdict undecidable", () => {
    const r = check(partOfOnly, { disable: ["part-of"] });
    expect(r.verdict).toBe("undecidable");
    expect(r.findings).toEqual([]);
    expect(r.notes).toEqual([
      {
        noteId: "conflicts-disabled",
        ruleIds: ["part-of"],
        conflicts: 1,
        claims: ["investigated", "credible"],
        message: "1 conflict under the disabled rule part-of is not reported: the stated values of investigated, credible cannot all be true together",
      },
    ]);
    // Without --disable the same set is inconsistent, with no note.
    const plain = check(partOfOnly);
    expect(plain.verdict).toBe("inconsistent");
    expect(plain.notes).toBeUndefined();
  });

  it("stays inconsistent while another conflict is reported, and notes the one set aside", () => {
    const r = check(twoConflicts, { disable: ["part-of"] });
    expect(r.verdict).toBe("inconsistent");
    expect(r.findings.map((f) => [f.severity, f.ruleId])).toEqual([["error", "sum"]]);
    expect(r.notes?.map((n) => [n.noteId, n.ruleIds, n.claims])).toEqual([["conflicts-disabled", ["part-of"], ["investigated", "credible"]]]);
    const both = check(twoConflicts, { disable: ["part-of", "sum"] });
    expect(both.verdict).toBe("undecidable");
    expect(both.notes?.[0]?.message).toBe(
      "2 conflicts under the disabled rules part-of, sum are not reported: the stated values of investigated, credible, a, b, total cannot all be true together",
    );
  });

  it("a conflict reported below error does not make the set inconsistent, and is noted", () => {
    const r = check(partOfOnly, { severity: { "part-of": "warning" } });
    expect(r.verdict).toBe("undecidable");
    expect(r.findings.map((f) => [f.severity, f.ruleId])).toEqual([["warning", "part-of"]]);
    expect(r.notes?.[0]?.message).toBe(
      "1 conflict under the rule part-of is reported below error and does not make the set inconsistent, but the stated values of investigated, credible cannot all be true together",
    );
  });

  it("the likeliest culprit is named only from the conflicts reported", () => {
    // 40 ≤ 37 fails (part-of) and 40 < 30 fails (compare): 'a' is in both conflicts.
    const set = { claims: { a: 40, b: 37, c: 30 }, relations: [{ kind: "part-of", part: "a", whole: "b" }, { kind: "compare", left: "a", op: "<", right: "c" }] };
    expect(check(set).culprits).toEqual(["a"]);
    const r = check(set, { disable: ["compare"] });
    expect(r.culprits).toEqual([]);
    expect(r.findings.map((f) => f.message)).toEqual(['the part "40" cannot exceed the whole "37" (the whole must be at least 40)']);
  });

  it("a disabled text rule's error does not count: a quote that is not in the text", () => {
    const set = {
      document: { id: "d", text: "It had investigated 37 reports; 13 were credible." },
      claims: { inv: { value: 37, quote: "investigated 37 reports" }, cred: { value: 13, quote: "14 were credible" } },
      relations: [{ kind: "part-of", part: "cred", whole: "inv" }],
    };
    expect(check(set).verdict).toBe("inconsistent");
    expect(check(set, { disable: ["claim-anchor"] }).verdict).toBe("consistent");
  });

  it.each<[string, CheckOptions]>([
    ["no options", {}],
    ["part-of off", { disable: ["part-of"] }],
    ["sum off", { disable: ["sum"] }],
    ["both off", { disable: ["part-of", "sum"] }],
    ["part-of a warning", { severity: { "part-of": "warning" } }],
    ["both below error", { severity: { "part-of": "warning", sum: "info" } }],
    ["sum raised, part-of off", { severity: { sum: "error" }, disable: ["part-of"] }],
  ])("inconsistent exactly when an error is reported (%s)", (_, options) => {
    const r = check(twoConflicts, options);
    expect(r.verdict === "inconsistent").toBe(r.findings.some((f) => f.severity === "error"));
    expect(r.verdict).not.toBe("consistent");
  });
});

describe("the reports show the note", () => {
  const r = check(partOfOnly, { disable: ["part-of"], file: "claims.yaml" });

  it("pretty, under the verdict", () => {
    expect(formatPretty([r]).split("\n").slice(0, 2)).toEqual([
      "claims.yaml  undecidable",
      "  note    1 conflict under the disabled rule part-of is not reported: the stated values of investigated, credible cannot all be true together",
    ]);
  });

  it("JSON, as a notes list on each file (empty when there is nothing to say)", () => {
    const report = toJsonReport([r, check(partOfOnly, { file: "other.yaml" })]);
    expect(report.files[0]?.notes).toEqual([
      { noteId: "conflicts-disabled", message: r.notes![0]!.message, ruleIds: ["part-of"], conflicts: 1, claims: ["investigated", "credible"] },
    ]);
    expect(report.files[1]?.notes).toEqual([]);
    expect(report.summary.errors).toBe(1); // the second file's part-of conflict
  });

  it("HTML, in the set's header", () => {
    const page = formatHtml([r]);
    expect(page).toContain('<p class="set-note">1 conflict under the disabled rule part-of is not reported: the stated values of investigated, credible cannot all be true together</p>');
    expect(page).toContain("No error is reported, but the claims are not shown consistent either: see the note.");
  });
});

describe("the CLI's exit code follows the verdict", () => {
  const dir = mkdtempSync(join(tmpdir(), "claimcheck-verdict-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "two"));
  const file = join(dir, "two", "claims.yaml");
  writeFileSync(
    file,
    "claims:\n  investigated: 37\n  credible: 40\n  a: 3\n  b: 4\n  total: 8\nrelations:\n  - { kind: part-of, part: credible, whole: investigated }\n  - { kind: sum, parts: [a, b], total: total }\n",
  );

  async function cli(argv: string[]): Promise<{ code: number; stdout: string }> {
    let stdout = "";
    const code = await run(argv, { stdout: (s) => (stdout += s), stderr: () => {}, env: {}, isTTY: false });
    return { code, stdout };
  }

  it.each([
    [[], "inconsistent", 1, "2 errors"],
    [["--disable", "part-of"], "inconsistent", 1, "1 error,"],
    [["--disable", "part-of", "--disable", "sum"], "undecidable", 0, "0 errors"],
  ])("check %j: %s, exit %i", async (flags, verdict, code, summary) => {
    const r = await cli(["check", file, ...flags]);
    expect(r.stdout.split("\n")[0]).toBe(`${file}  ${verdict}`);
    expect(r.stdout).toContain(`1 claim set checked: ${summary}`);
    expect(r.code).toBe(code);
  });

  it("the JSON report carries the note too", async () => {
    const r = await cli(["check", file, "--disable", "part-of", "--disable", "sum", "--format", "json"]);
    const report = JSON.parse(r.stdout) as ReturnType<typeof toJsonReport>;
    expect(report.files[0]?.verdict).toBe("undecidable");
    expect(report.files[0]?.notes.map((n) => n.noteId)).toEqual(["conflicts-disabled"]);
    expect(r.code).toBe(0);
  });
});
