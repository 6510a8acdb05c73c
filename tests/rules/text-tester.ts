/**
 * A small table-driven tester for text rules (number-coverage, number-format, quote-marks,
 * quote-confusable, claim-anchor, …), in the shape of ESLint's RuleTester: each case is a text
 * (and, for rules about claims, the claims quoting it), checked with `check()`; `valid` cases
 * report nothing from the rule; `invalid` cases name every finding of the rule, in order, with its
 * message and `line:col-line:col` location and, where given, its claims, expected/actual values,
 * message id and data. For a text-only rule (one with `checkText`) and a case without claims,
 * `checkText` on the raw text must give the same findings as `check()`.
 */
import { describe, expect, it } from "vitest";
import { check, type CheckOptions } from "../../src/check/check.js";
import type { ReportedFinding } from "../../src/report/report.js";
import type { ClaimInput } from "../../src/input/schema.js";
import type { Rule, TextRule } from "../../src/rules/rule.js";

/** A text, and the claims that quote it (none for a rule that reads only the text). */
export interface TextCase {
  /** What the case shows; the test's name. */
  readonly name: string;
  readonly text: string;
  readonly claims?: Readonly<Record<string, ClaimInput>>;
  readonly options?: CheckOptions;
}

/** One finding an invalid case must report. */
interface ExpectedTextFinding {
  readonly message: string;
  /** `line:col-line:col`; absent means the finding has no location. */
  readonly location?: string;
  /** Compared when given. */
  readonly claims?: readonly string[];
  readonly expected?: string;
  readonly actual?: string;
  readonly messageId?: string;
  /** Fields the finding's data must have (others are not compared). */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** A case that reports findings. */
export interface InvalidTextCase extends TextCase {
  /** Every finding of the rule, in the order reported. */
  readonly findings: readonly ExpectedTextFinding[];
}

function where(f: ReportedFinding): string | undefined {
  const l = f.location;
  return l ? `${l.line}:${l.column}-${l.endLine}:${l.endColumn}` : undefined;
}

/** Runs `check()` on a case (its text as the document `doc`) and keeps the findings of one rule. */
function findingsOf(ruleId: string, c: TextCase): ReportedFinding[] {
  const r = check({ document: { id: "doc", text: c.text }, claims: c.claims ?? {} }, c.options);
  expect(r.errors).toEqual([]);
  return r.findings.filter((f) => f.ruleId === ruleId);
}

function isTextRule(rule: Rule | string): rule is TextRule {
  return typeof rule !== "string" && typeof (rule as Partial<TextRule>).checkText === "function";
}

/**
 * Runs the cases of one rule, given as the rule (a text-only rule's `checkText` is then compared
 * with `check()`) or as its id.
 *
 * @example
 * ```ts
 * textRuleTester(quoteMarksRule, { valid: [{ name: "a curly pair", text: "“yes”" }], invalid: [] });
 * textRuleTester("number-format", { valid: [{ name: "one style", text: "24,160 and 1,169" }], invalid: [] });
 * ```
 */
export function textRuleTester(rule: Rule | string, cases: { valid: readonly TextCase[]; invalid: readonly InvalidTextCase[] }): void {
  const id = typeof rule === "string" ? rule : rule.meta.id;
  describe(`${id}: valid`, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      expect(findingsOf(id, c).map((f) => `${where(f) ?? ""} ${f.message}`)).toEqual([]);
      if (isTextRule(rule) && !c.claims) expect(rule.checkText(c.text, { ...(c.options ?? {}) })).toEqual([]);
    });
  });
  describe(`${id}: invalid`, () => {
    it.each(cases.invalid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      const got = findingsOf(id, c);
      expect(got.map((f) => ({ message: f.message, location: where(f) }))).toEqual(
        c.findings.map((f) => ({ message: f.message, location: f.location })),
      );
      c.findings.forEach((want, i) => {
        const f = got[i]!;
        if (want.claims !== undefined) expect(f.claims).toEqual(want.claims);
        if (want.expected !== undefined) expect(f.expected).toBe(want.expected);
        if (want.actual !== undefined) expect(f.actual).toBe(want.actual);
        if (want.messageId !== undefined) expect(f.data.messageId).toBe(want.messageId);
        if (want.data !== undefined) expect(f.data).toMatchObject(want.data);
      });
      if (isTextRule(rule) && !c.claims) {
        const direct = rule.checkText(c.text, { document: "doc", ...(c.options ?? {}) });
        expect(direct.map((f) => ({ data: f.data, span: f.span }))).toEqual(
          got.map((f) => ({ data: f.data, span: f.location ? { start: f.location.start, end: f.location.end } : undefined })),
        );
      }
    });
  });
}
