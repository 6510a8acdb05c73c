/**
 * A small table-driven tester for the arithmetic rules (one per relation kind), in the shape of
 * ESLint's RuleTester: `valid` cases report nothing; `invalid` cases name every finding they
 * report, with its rule id, severity, claims, expected/actual and message.
 */
import { describe, expect, it } from "vitest";
import { check, type CheckOptions, type CheckResult } from "../../src/check/check.js";
import type { Severity } from "../../src/base/severity.js";
import type { RelationKind } from "../../src/relations/registry.js";
import type { ClaimInput, RelationInput } from "../../src/input/schema.js";

/** A claim set to check: claims and relations as in a claims file. */
export interface RuleCase {
  /** What the case shows; the test's name. */
  readonly name: string;
  readonly claims: Readonly<Record<string, ClaimInput>>;
  readonly relations: readonly RelationInput[];
  /** A text the claims quote: findings then carry a location. */
  readonly text?: string;
  readonly options?: CheckOptions;
  /** Derived intervals of unknown claims, e.g. `{ prior: "[624, ∞)" }` (every unknown claim listed). */
  readonly derived?: Readonly<Record<string, string>>;
}

/** One finding an invalid case must report. */
interface ExpectedFinding {
  readonly ruleId: string;
  /** Default `error`. */
  readonly severity?: Severity;
  readonly claims: readonly string[];
  /** Absent means the finding has no expected value. */
  readonly expected?: string;
  readonly actual?: string;
  readonly message: string;
  /** `line:col-line:col` of the finding, for cases with a text. */
  readonly location?: string;
}

/** A case that reports findings (errors, or an info such as "holds only thanks to rounding"). */
export interface InvalidCase extends RuleCase {
  /** Every finding, in the order reported. */
  readonly findings: readonly ExpectedFinding[];
  /** Default: `inconsistent` when an error is expected, else `consistent`. */
  readonly verdict?: CheckResult["verdict"];
}

/** Checks a case's claim set (with its text as the document's, when it has one). */
function checkCase(c: RuleCase): CheckResult {
  const input = {
    ...(c.text !== undefined ? { document: { id: "doc", text: c.text } } : {}),
    claims: c.claims,
    relations: c.relations,
  };
  return check(input, c.options);
}

function derivedOf(r: CheckResult): Record<string, string> {
  return Object.fromEntries(r.derived.map((d) => [d.claim, d.interval]));
}

/**
 * Runs the cases of one relation kind.
 *
 * @example
 * ```ts
 * ruleTester("part-of", {
 *   valid: [{ name: "13 of 37", claims: { inv: 37, cred: 13 }, relations: [{ kind: "part-of", part: "cred", whole: "inv" }] }],
 *   invalid: [],
 * });
 * ```
 */
export function ruleTester(kind: RelationKind, cases: { valid: readonly RuleCase[]; invalid: readonly InvalidCase[] }): void {
  describe(`${kind}: valid`, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      expect(c.relations.some((r) => r.kind === kind)).toBe(true);
      const r = checkCase(c);
      expect(r.errors).toEqual([]);
      expect(r.findings.map((f) => `${f.severity} ${f.ruleId}: ${f.message}`)).toEqual([]);
      expect(r.verdict).toBe("consistent");
      expect(derivedOf(r)).toEqual(c.derived ?? {});
    });
  });
  describe(`${kind}: invalid`, () => {
    it.each(cases.invalid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      expect(c.relations.some((r) => r.kind === kind)).toBe(true);
      const r = checkCase(c);
      expect(r.errors).toEqual([]);
      const got = r.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        claims: f.claims,
        expected: f.expected,
        actual: f.actual,
        message: f.message,
        ...(c.text !== undefined && f.location
          ? { location: `${f.location.line}:${f.location.column}-${f.location.endLine}:${f.location.endColumn}` }
          : {}),
      }));
      const want = c.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity ?? "error",
        claims: f.claims,
        expected: f.expected,
        actual: f.actual,
        message: f.message,
        ...(f.location !== undefined ? { location: f.location } : {}),
      }));
      expect(got).toEqual(want);
      const verdict = c.verdict ?? (want.some((f) => f.severity === "error") ? "inconsistent" : "consistent");
      expect(r.verdict).toBe(verdict);
      if (c.derived) expect(derivedOf(r)).toEqual(c.derived);
    });
  });
}
