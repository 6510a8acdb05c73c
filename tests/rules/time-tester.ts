/**
 * A table-driven tester for the time and series rules, in the shape of ESLint's RuleTester: a
 * case is a whole claims file (these rules look at documents, dates and series); `valid` cases
 * report nothing under the rule's id, `invalid` cases list every finding the rule reports, with
 * severity, claims, message and (for cases with a text) location.
 */
import { describe, expect, it } from "vitest";
import { check, type CheckOptions, type CheckResult } from "../../src/check/check.js";
import type { Severity } from "../../src/base/severity.js";
import type { ClaimsFileInput } from "../../src/input/schema.js";

/** A claims file to check. */
export interface TimeCase {
  readonly name: string;
  readonly input: ClaimsFileInput;
  readonly options?: CheckOptions;
}

/** One finding an invalid case must report. */
interface ExpectedTimeFinding {
  /** Default `error`. */
  readonly severity?: Severity;
  readonly claims: readonly string[];
  readonly message: string;
  /** `line:col-line:col`, when the finding points into a text. */
  readonly location?: string;
  readonly expected?: string;
  readonly actual?: string;
}

/** A case whose findings under the rule id are listed, in report order. */
export interface InvalidTimeCase extends TimeCase {
  readonly findings: readonly ExpectedTimeFinding[];
  /** Checked when given. */
  readonly verdict?: CheckResult["verdict"];
}

/** Checks a case and keeps the findings of one rule id. */
function timeFindings(ruleId: string, c: TimeCase): { result: CheckResult; findings: ExpectedTimeFinding[] } {
  const result = check(c.input, c.options);
  expect(result.errors).toEqual([]);
  const findings = result.findings
    .filter((f) => f.ruleId === ruleId)
    .map((f) => ({
      severity: f.severity,
      claims: f.claims,
      message: f.message,
      ...(f.location ? { location: `${f.location.line}:${f.location.column}-${f.location.endLine}:${f.location.endColumn}` } : {}),
      ...(f.expected !== undefined ? { expected: f.expected } : {}),
      ...(f.actual !== undefined ? { actual: f.actual } : {}),
    }));
  return { result, findings };
}

/**
 * Runs the valid and invalid cases of one rule id. An invalid case that names no `expected` or
 * `actual` does not check them.
 *
 * @example
 * ```ts
 * timeRuleTester("weekday", {
 *   valid: [{ name: "2017-09-01 was a Friday", input: { claims: { d: { weekday: "Friday", date: "2017-09-01" } } } }],
 *   invalid: [],
 * });
 * ```
 */
export function timeRuleTester(ruleId: string, cases: { valid: readonly TimeCase[]; invalid: readonly InvalidTimeCase[] }): void {
  describe(`${ruleId}: valid`, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      expect(timeFindings(ruleId, c).findings).toEqual([]);
    });
  });
  describe(`${ruleId}: invalid`, () => {
    it.each(cases.invalid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      const { result, findings } = timeFindings(ruleId, c);
      const got = findings.map((f, i) => {
        const want = c.findings[i];
        const { expected, actual, ...rest } = f;
        return {
          ...rest,
          ...(want?.expected !== undefined ? { expected } : {}),
          ...(want?.actual !== undefined ? { actual } : {}),
        };
      });
      expect(got).toEqual(c.findings.map((f) => ({ ...f, severity: f.severity ?? "error" })));
      if (c.verdict !== undefined) expect(result.verdict).toBe(c.verdict);
    });
  });
}
