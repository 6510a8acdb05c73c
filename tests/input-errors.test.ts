/**
 * Bad claims files: each gives a clear error naming the file, the key path (with line and
 * column for YAML and JSON) and what was expected; the CLI exits 2 and prints no stack trace.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../src/cli/run.js";
import type { InputIssue } from "../src/base/input-issue.js";
import { checkFile } from "../src/node/load.js";

const dir = mkdtempSync(join(tmpdir(), "claimcheck-bad-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface BadCase {
  readonly name: string;
  readonly file: string;
  readonly source: string;
  /** The issue that must be reported (other issues may come with it). */
  readonly issue: { path: string; line: number; column: number; expected: RegExp; found?: RegExp };
}

const VALUE = /^a number as written, such as 37, "24,160", "at least 685"/;

const cases: BadCase[] = [
  {
    name: "an unknown top-level key, with a suggestion",
    file: "top.claims.yaml",
    source: "claims:\n  a: 1\nrelation: []\n",
    issue: { path: "relation", line: 3, column: 11, expected: /^one of the keys document, documents, claims, relations, series \(did you mean 'relations'\?\)$/, found: /unknown key 'relation'/ },
  },
  {
    name: "an unknown key in a claim",
    file: "claim-key.claims.yaml",
    source: "claims:\n  investigated: { vale: 37 }\n",
    issue: { path: "claims.investigated.vale", line: 2, column: 25, expected: /^one of the keys value, unknown, .*\(did you mean 'value'\?\)$/, found: /unknown key 'vale'/ },
  },
  {
    name: "an unknown key in a document",
    file: "doc-key.claims.yaml",
    source: "document:\n  id: d\n  textfile: article.txt\nclaims:\n  a: 1\n",
    issue: { path: "document.textfile", line: 3, column: 13, expected: /^one of the keys id, title, .*\(did you mean 'textFile'\?\)$/, found: /unknown key 'textfile'/ },
  },
  {
    name: "an unknown key in a relation",
    file: "relation-key.claims.yaml",
    source: "claims:\n  a: 1\n  b: 2\nrelations:\n  - { kind: part-of, part: a, hole: b }\n",
    issue: { path: "relations[0].hole", line: 5, column: 37, expected: /^one of the keys kind, part, parts, whole, id, note, periods, cue, window, standing, readings \(did you mean 'whole'\?\)$/, found: /unknown key 'hole'/ },
  },
  {
    name: "a relation naming an unknown claim, with a suggestion",
    file: "unknown-claim.claims.yaml",
    source: "claims:\n  investigated: 37\n  credible: 13\nrelations:\n  - { kind: part-of, part: credible, whole: investgated }\n",
    issue: { path: "relations[0].whole", line: 5, column: 45, expected: /^the id of a claim in this file \(did you mean 'investigated'\?\)$/, found: /'investgated', which names no claim/ },
  },
  {
    name: "a cross-document relation naming a claim by its bare id",
    file: "bare-id.claims.yaml",
    source:
      "documents:\n  - id: june\n    claims: { total: 624 }\n  - id: july\n    claims: { added: 61, total: 685 }\n" +
      "relations:\n  - { kind: cumulative, previous: june/total, added: added, total: july/total }\n",
    issue: { path: "relations[0].added", line: 7, column: 54, expected: /^a claim named as document-id\/claim-id/, found: /'added'/ },
  },
  {
    name: "a claim id given twice (a YAML duplicate key)",
    file: "duplicate-key.claims.yaml",
    source: "claims:\n  a: 1\n  b: 2\n  a: 3\n",
    issue: { path: "claims.a", line: 4, column: 3, expected: /^each key once in its mapping/, found: /'a' given twice/ },
  },
  {
    name: "a document id given twice",
    file: "duplicate-doc.claims.yaml",
    source: "documents:\n  - id: june\n    claims: { total: 624 }\n  - id: june\n    claims: { total: 685 }\n",
    issue: { path: "documents[1].id", line: 4, column: 9, expected: /^a document id used once in the file$/, found: /'june' again/ },
  },
  {
    name: "a value that is not a number as written",
    file: "value.claims.yaml",
    source: "claims:\n  a: { value: lots }\n",
    issue: { path: "claims.a.value", line: 2, column: 15, expected: VALUE, found: /"lots"/ },
  },
  {
    name: "a shorthand value with trailing words",
    file: "value-words.claims.yaml",
    source: "claims:\n  b: 12 or thereabouts\n",
    issue: { path: "claims.b", line: 2, column: 6, expected: VALUE, found: /"12 or thereabouts"/ },
  },
  {
    name: "a claim with neither value nor unknown",
    file: "no-value.claims.yaml",
    source: "claims:\n  a: { unit: report }\n",
    issue: { path: "claims.a", line: 2, column: 6, expected: /^a `value:` \(the number as written\), `unknown: true`, or a time claim's `date:`, `weekday:` or `period:`$/ },
  },
  {
    name: "a relation of an unknown kind",
    file: "kind.claims.yaml",
    source: "claims:\n  a: 1\n  b: 2\nrelations:\n  - { kind: parts-of, part: a, whole: b }\n",
    issue: { path: "relations[0].kind", line: 5, column: 13, expected: /^a relation kind: equal, conversion, part-of, sum, cumulative, percent-of, change, compare, ratio, shares, average or rate$/, found: /"parts-of"/ },
  },
  {
    name: "both document and documents",
    file: "both.claims.yaml",
    source: "document: { id: d }\ndocuments:\n  - id: e\n    claims: { a: 1 }\n",
    issue: { path: "documents", line: 3, column: 3, expected: /^either `document:` or `documents:`, not both$/ },
  },
  {
    name: "a textFile that does not exist",
    file: "no-text.claims.yaml",
    source: "document: { id: d, textFile: missing.txt }\nclaims:\n  a: 1\n",
    issue: { path: "document.textFile", line: 1, column: 30, expected: /^the path of a readable text file, relative to the claims file$/, found: /^'missing.txt': nothing at that path$/ },
  },
  {
    name: "invalid YAML",
    file: "syntax.claims.yaml",
    source: "claims:\n  a: [1, 2\n  b: 3\n",
    issue: { path: "", line: 3, column: 3, expected: /^valid YAML$/, found: /^a line indented wrongly for its block \(is a bracket or a quote left open above\?\), at "b: 3"$/ },
  },
  {
    name: "invalid JSON",
    file: "syntax.claims.json",
    source: '{ "claims": { "a": 1 }\n',
    issue: { path: "", line: 2, column: 1, expected: /^valid JSON$/, found: /^the end of the file where a ',' or a '\}' that closes the object should be$/ },
  },
];

function write(c: BadCase): string {
  const p = join(dir, c.file);
  writeFileSync(p, c.source);
  return p;
}

function matching(issues: readonly InputIssue[], want: BadCase["issue"]): InputIssue | undefined {
  return issues.find((i) => i.path === want.path && want.expected.test(i.expected));
}

describe("bad claims files", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s: checkFile names file, key path, line, column and expectation", async (_n, c) => {
    const r = await checkFile(write(c));
    expect(r.verdict).toBe("invalid");
    expect(r.findings).toEqual([]);
    const issue = matching(r.errors, c.issue);
    expect(issue, JSON.stringify(r.errors, null, 2)).toBeDefined();
    expect(issue!.file!.endsWith(c.file)).toBe(true);
    expect([issue!.line, issue!.column]).toEqual([c.issue.line, c.issue.column]);
    if (c.issue.found) expect(issue!.found).toMatch(c.issue.found);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s: the CLI exits 2 with the error and no stack trace", async (_n, c) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(["check", write(c)], { stdout: (s) => out.push(s), stderr: (s) => err.push(s), env: {}, isTTY: false });
    expect(code).toBe(2);
    const all = out.join("") + err.join("");
    const where = `${c.file}:${c.issue.line}:${c.issue.column}: ${c.issue.path ? `at ${c.issue.path}: ` : ""}expected `;
    expect(all).toContain(where);
    expect(err.join("")).not.toMatch(/\n\s+at |Error:|TypeError|\.ts:\d+/);
    expect(all).not.toMatch(/\n\s+at \S+ \(/);
  });

  it("reports every issue of a file at once, not just the first", async () => {
    const p = join(dir, "many.claims.yaml");
    writeFileSync(p, "claims:\n  a: { vale: 1 }\n  b: lots\nrelations:\n  - { kind: part-of, part: a, whole: c }\n");
    const r = await checkFile(p);
    expect(r.errors.map((e) => e.path)).toEqual(expect.arrayContaining(["claims.a.vale", "claims.b"]));
  });

  it("the JSON report lists the errors with their positions, exit code 2", async () => {
    const c = cases[4]!;
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(["check", write(c), "--format", "json"], { stdout: (s) => out.push(s), stderr: (s) => err.push(s), env: {}, isTTY: false });
    expect(code).toBe(2);
    const report = JSON.parse(out.join("")) as { files: Array<{ verdict: string; errors: Array<{ path: string; line?: number; column?: number }> }>; summary: { invalid: number } };
    expect(report.summary.invalid).toBe(1);
    expect(report.files[0]!.verdict).toBe("invalid");
    expect(report.files[0]!.errors[0]).toMatchObject({ path: "relations[0].whole", line: 5, column: 45 });
    expect(err.join("")).toContain("did you mean 'investigated'?");
  });

  it("a path with nothing there exits 2 with a clear message", async () => {
    const err: string[] = [];
    const code = await run(["check", join(dir, "nothing-here.yaml")], { stdout: () => {}, stderr: (s) => err.push(s), env: {}, isTTY: false });
    expect(code).toBe(2);
    expect(err.join("")).toMatch(/nothing-here\.yaml: expected a claims file or a directory, found nothing at that path/);
  });
});
