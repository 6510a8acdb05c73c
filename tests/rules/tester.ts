/**
 * The one table-driven tester of every rule test under tests/rules/, in the shape of ESLint's
 * RuleTester: `ruleTester(rule, { valid, invalid })`, the rule given as a `Rule` or by its id.
 * `valid` cases report nothing; `invalid` cases list their findings in report order. A case gives
 * its input in one of three ways, and the way decides what is checked:
 *
 * - **claims and relations** (`claims`, `relations`, optional `text` as the document `doc`): the
 *   arithmetic rules, one per relation kind. Every finding of the check is compared, whatever its
 *   rule: rule id, severity (default `error`), claims, expected and actual exactly (absent means
 *   none); the verdict (default `inconsistent` when an error is expected, else `consistent`; a
 *   valid case must be `consistent`); the derived intervals of unknown claims (`derived`, every
 *   unknown claim listed; a valid case without `derived` derives nothing).
 * - **a text** (`text`, optional `claims` quoting it, as the document `doc`): the text rules.
 *   The findings of the rule are compared; severity, claims, expected and actual when the case
 *   gives them; the verdict when given. For a text-only rule (one with `checkText`, given as the
 *   rule) and a case without claims, `checkText` on the raw text must give the same findings as
 *   `check()`.
 * - **a whole claims file** (`input`): the time and series rules. The findings of the rule are
 *   compared; severity (default `error`) and claims always, expected and actual when given; the
 *   verdict when given.
 *
 * For every finding of every kind of case the tester asserts its message id (`messageId`, which
 * every expected finding states), the data fields the case lists (`data`, compared with
 * `toMatchObject`), and its one-line form: `findingLine()` of the reported finding must be the
 * line made of the case's `location`, rule id (default: the tested rule's) and `message`, i.e.
 * `1:17-1:19 part-of: the part "40" cannot exceed …`, or `part-of: …` without a location. Every
 * check must be valid input (no input errors).
 *
 * @example
 * ```ts
 * ruleTester("part-of", {
 *   valid: [{ name: "13 of 37", claims: { inv: 37, cred: 13 }, relations: [{ kind: "part-of", part: "cred", whole: "inv" }] }],
 *   invalid: [
 *     {
 *       name: "40 of 37",
 *       claims: { inv: 37, cred: 40 },
 *       relations: [{ kind: "part-of", part: "cred", whole: "inv" }],
 *       findings: [
 *         {
 *           ruleId: "part-of",
 *           messageId: "conflict",
 *           claims: ["inv", "cred"],
 *           expected: "at least 40",
 *           actual: "37",
 *           message: 'the part "40" cannot exceed the whole "37" (the whole must be at least 40)',
 *         },
 *       ],
 *     },
 *   ],
 * });
 * ruleTester(quoteMarksRule, {
 *   valid: [{ name: "a curly pair", text: "“yes”" }],
 *   invalid: [{ name: "a stray mark", text: 'He said " no.', findings: [{ messageId: "quote-stray", message: "…", location: "1:9-1:10" }] }],
 * });
 * ruleTester("weekday", {
 *   valid: [{ name: "2017-09-01 was a Friday", input: { claims: { d: { weekday: "Friday", date: "2017-09-01" } } } }],
 *   invalid: [],
 * });
 * ```
 */
import { describe, expect, it } from "vitest";
import type { Severity } from "../../src/base/severity.js";
import { check, type CheckOptions, type CheckResult } from "../../src/check/check.js";
import { findingLine } from "../../src/formats/pretty.js";
import type { ClaimInput, ClaimsFileInput, RelationInput } from "../../src/input/schema.js";
import { isRelationKind } from "../../src/relations/registry.js";
import type { ReportedFinding } from "../../src/report/report.js";
import type { FindingDataMap, MessageId } from "../../src/rules/findings.js";
import type { Rule, TextRule } from "../../src/rules/rule.js";

interface CaseBase {
  /** What the case shows; the test's name. */
  readonly name: string;
  readonly options?: CheckOptions;
}

/** Claims and relations as in a claims file, with an optional text they quote. */
interface RelationCase extends CaseBase {
  readonly claims: Readonly<Record<string, ClaimInput>>;
  readonly relations: readonly RelationInput[];
  /** A text the claims quote (the document `doc`): findings then carry a location. */
  readonly text?: string;
  /** Derived intervals of unknown claims, e.g. `{ prior: "[624, ∞)" }` (every unknown claim listed). */
  readonly derived?: Readonly<Record<string, string>>;
  readonly input?: never;
}

/** A text (the document `doc`), and the claims that quote it (none for a rule that reads only the text). */
interface TextCase extends CaseBase {
  readonly text: string;
  readonly claims?: Readonly<Record<string, ClaimInput>>;
  readonly relations?: never;
  readonly derived?: never;
  readonly input?: never;
}

/** A whole claims file. */
interface FileCase extends CaseBase {
  readonly input: ClaimsFileInput;
  readonly claims?: never;
  readonly relations?: never;
  readonly text?: never;
  readonly derived?: never;
}

/** The message id of an expected finding, and data fields its finding must have (others are not compared). */
type ExpectedData = { [K in MessageId]: { readonly messageId: K; readonly data?: Partial<FindingDataMap[K]> } }[MessageId];

/** One finding an invalid case must report. */
type ExpectedFinding = ExpectedData & {
  /** Default: the tested rule's id. */
  readonly ruleId?: string;
  /** Default `error` for relation and file cases; compared when given for text cases. */
  readonly severity?: Severity;
  readonly claims?: readonly string[];
  /** Relation cases: absent means the finding has none. Text and file cases: compared when given. */
  readonly expected?: string;
  readonly actual?: string;
  readonly message: string;
  /** `line:col-line:col` of the finding; absent means it has no location. */
  readonly location?: string;
};

interface Reported<F> {
  /** Every finding, in the order reported. */
  readonly findings: readonly F[];
  /** Relation cases: default `inconsistent` when an error is expected, else `consistent`. Others: compared when given. */
  readonly verdict?: CheckResult["verdict"];
}

type ValidCase = RelationCase | TextCase | FileCase;

type InvalidCase =
  | (RelationCase & Reported<ExpectedFinding & { readonly ruleId: string; readonly claims: readonly string[] }>)
  | (TextCase & Reported<ExpectedFinding>)
  | (FileCase & Reported<ExpectedFinding & { readonly claims: readonly string[] }>);

type Kind = "relation" | "text" | "file";

function kindOf(c: ValidCase): Kind {
  return c.input !== undefined ? "file" : c.relations !== undefined ? "relation" : "text";
}

function isTextRule(rule: Rule | string): rule is TextRule {
  return typeof rule !== "string" && typeof (rule as Partial<TextRule>).checkText === "function";
}

/** Checks a case's input; it must be valid. */
function run(c: ValidCase): CheckResult {
  let r: CheckResult;
  if (c.input !== undefined) r = check(c.input, c.options);
  else if (c.relations !== undefined) {
    const document = c.text !== undefined ? { document: { id: "doc", text: c.text } } : {};
    r = check({ ...document, claims: c.claims, relations: c.relations }, c.options);
  } else r = check({ document: { id: "doc", text: c.text }, claims: c.claims ?? {} }, c.options);
  expect(r.errors).toEqual([]);
  return r;
}

function derivedOf(r: CheckResult): Record<string, string> {
  return Object.fromEntries(r.derived.map((d) => [d.claim, d.exact]));
}

/** The one-line form an expected finding must have. */
function lineOf(ruleId: string, f: ExpectedFinding): string {
  return `${f.location !== undefined ? `${f.location} ` : ""}${f.ruleId ?? ruleId}: ${f.message}`;
}

/** What is compared of one finding, for a case of this kind (`want` says which optional fields it gives). */
function compared(kind: Kind, f: ReportedFinding, want: ExpectedFinding | undefined): Record<string, unknown> {
  const given = (key: "severity" | "claims" | "expected" | "actual") => (want?.[key] !== undefined ? { [key]: f[key] } : {});
  const common = { line: findingLine(f), messageId: f.data.messageId };
  if (kind === "relation") return { ...common, severity: f.severity, claims: f.claims, expected: f.expected, actual: f.actual };
  if (kind === "file") return { ...common, severity: f.severity, claims: f.claims, ...given("expected"), ...given("actual") };
  return { ...common, ...given("severity"), ...given("claims"), ...given("expected"), ...given("actual") };
}

/** What a case expects of one finding, in the shape of `compared`. */
function expectedOf(kind: Kind, ruleId: string, f: ExpectedFinding): Record<string, unknown> {
  const given = (key: "severity" | "claims" | "expected" | "actual") => (f[key] !== undefined ? { [key]: f[key] } : {});
  const common = { line: lineOf(ruleId, f), messageId: f.messageId };
  if (kind === "relation") return { ...common, severity: f.severity ?? "error", claims: f.claims, expected: f.expected, actual: f.actual };
  if (kind === "file") return { ...common, severity: f.severity ?? "error", claims: f.claims, ...given("expected"), ...given("actual") };
  return { ...common, ...given("severity"), ...given("claims"), ...given("expected"), ...given("actual") };
}

/**
 * Runs the valid and invalid cases of one rule, given as the rule (a text-only rule's `checkText`
 * is then compared with `check()`) or by its id (a relation kind for the arithmetic rules).
 */
export function ruleTester(rule: Rule | string, cases: { readonly valid: readonly ValidCase[]; readonly invalid: readonly InvalidCase[] }): void {
  const id = typeof rule === "string" ? rule : rule.meta.id;
  const ofRule = (r: CheckResult) => r.findings.filter((f) => f.ruleId === id);
  const hasRelation = (c: ValidCase) => {
    if (c.relations !== undefined && isRelationKind(id)) expect(c.relations.some((x) => x.kind === id)).toBe(true);
  };

  describe(`${id}: valid`, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      hasRelation(c);
      const kind = kindOf(c);
      const r = run(c);
      const kept = kind === "relation" ? r.findings : ofRule(r);
      expect(kept.map((f) => `${f.severity} ${findingLine(f)}`)).toEqual([]);
      if (kind === "relation") {
        expect(r.verdict).toBe("consistent");
        expect(derivedOf(r)).toEqual(c.derived ?? {});
      }
      if (kind === "text" && isTextRule(rule) && c.claims === undefined) expect(rule.checkText(c.text!, { ...(c.options ?? {}) })).toEqual([]);
    });
  });

  describe(`${id}: invalid`, () => {
    it.each(cases.invalid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      hasRelation(c);
      const kind = kindOf(c);
      const r = run(c);
      const want: readonly ExpectedFinding[] = c.findings;
      const got = kind === "relation" ? r.findings : ofRule(r);
      expect(got.map((f, i) => compared(kind, f, want[i]))).toEqual(want.map((f) => expectedOf(kind, id, f)));
      want.forEach((w, i) => {
        if (w.data !== undefined) expect(got[i]!.data).toMatchObject(w.data);
      });
      if (kind === "relation") {
        expect(r.verdict).toBe(c.verdict ?? (want.some((f) => (f.severity ?? "error") === "error") ? "inconsistent" : "consistent"));
        if (c.derived) expect(derivedOf(r)).toEqual(c.derived);
      } else if (c.verdict !== undefined) expect(r.verdict).toBe(c.verdict);
      if (kind === "text" && isTextRule(rule) && c.claims === undefined) {
        const direct = rule.checkText(c.text!, { document: "doc", ...(c.options ?? {}) });
        expect(direct.map((f) => ({ data: f.data, span: f.span }))).toEqual(
          got.map((f) => ({ data: f.data, span: f.location ? { start: f.location.start, end: f.location.end } : undefined })),
        );
      }
    });
  });
}
