/**
 * The vitest matchers: `toBeConsistent()` and `toHaveFinding(ruleId, partial?)`. They take a
 * claim set (the content of a claims file, a `defineClaims` value or a parsed `ClaimSet`), a
 * claims file path (read with the Node loader; the matcher then returns a promise, and a test
 * that ends before that promise settles fails: it was not awaited), or a `CheckResult`. A
 * failure says what was expected and what was found, and prints the findings with the claims
 * behind them, their quotes and the arithmetic, never an object dump.
 */
import { onTestFinished, type MatcherState } from "vitest";
import { check, type CheckOptions, type CheckResult } from "../check/check.js";
import { type FindingLocation, type ReportedFinding } from "../report/report.js";
import { SEVERITY_RANK, type Severity } from "../base/severity.js";
import { describeInterval } from "../messages/words.js";
import { formatInputIssue } from "../base/input-issue.js";
import { findingPlace } from "../formats/pretty.js";
import { checkFile, type LoadOptions } from "../node/load.js";

/**
 * Options of `toBeConsistent`: the options of `check`, where a claims file may read its texts
 * (`root`, `maxFileSize`), and the severity that fails.
 */
export interface ConsistencyOptions extends CheckOptions, LoadOptions {
  /** The lowest severity of finding that makes the claims fail. Default `error`. */
  readonly failOn?: Severity;
}

/**
 * What `toHaveFinding` matches a finding against, as `toMatchObject` does: every key given must
 * match (objects recursively, arrays exactly); asymmetric matchers such as
 * `expect.stringContaining("685")` work anywhere.
 */
export interface FindingPattern {
  readonly severity?: Severity;
  readonly message?: string;
  readonly claims?: readonly string[];
  readonly location?: Partial<FindingLocation>;
  readonly related?: ReadonlyArray<{ readonly claim?: string; readonly location?: Partial<FindingLocation> }>;
  readonly expected?: string;
  readonly actual?: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

/**
 * The matchers' types. `claimcheck/vitest` adds them to vitest's `Matchers<T>`; on a path
 * (`T` a string) they return a promise, to be awaited.
 */
export interface ClaimcheckMatchers<T = unknown> {
  /**
   * Passes when the claims can all be true: the verdict is `consistent` and no finding is at or
   * above `failOn` (default `error`). Throws when the input is not a valid claims file.
   *
   * @example
   * ```ts
   * import { expect } from "vitest";
   * import { defineClaims } from "claimcheck";
   * import "claimcheck/vitest";
   * await expect("claims/seed/claims.yaml").toBeConsistent();
   * expect(defineClaims({ claims: { a: 40, b: 37 }, relations: [{ kind: "part-of", part: "a", whole: "b" }] }))
   *   .not.toBeConsistent();
   * ```
   */
  toBeConsistent(options?: ConsistencyOptions): T extends string ? Promise<void> : void;
  /**
   * Passes when some finding has this rule id and matches `partial` (as `toMatchObject`).
   *
   * @example
   * ```ts
   * import { expect } from "vitest";
   * import { check } from "claimcheck";
   * import "claimcheck/vitest";
   * const result = check({ claims: { a: 40, b: 37 }, relations: [{ kind: "part-of", part: "a", whole: "b" }] });
   * expect(result).toHaveFinding("part-of", { severity: "error", claims: ["a", "b"] });
   * await expect("claims/seed/claims.yaml").not.toHaveFinding("cumulative");
   * ```
   */
  toHaveFinding(ruleId: string, partial?: FindingPattern): T extends string ? Promise<void> : void;
}

/** A matcher's verdict, as vitest takes it. */
export interface MatcherOutcome {
  /** Whether the assertion holds (before `.not`). */
  readonly pass: boolean;
  /** The failure message, built only when vitest needs it. */
  readonly message: () => string;
}

/** Runs `judge` on the checked input: at once, or when a claims file has been read. */
function withResult(
  state: MatcherState,
  matcher: string,
  received: unknown,
  options: ConsistencyOptions,
  judge: (result: CheckResult, subject: string) => MatcherOutcome,
): MatcherOutcome | Promise<MatcherOutcome> {
  const { failOn: _failOn, root, maxFileSize, ...checkOptions } = options;
  if (typeof received === "string") {
    const load = { ...(root !== undefined ? { root } : {}), ...(maxFileSize !== undefined ? { maxFileSize } : {}) };
    const pending = checkFile(received, { ...checkOptions, ...load }).then((r) => judge(r, received));
    mustBeAwaited(state, pending, `expect(${JSON.stringify(received)}).${state.isNot ? "not." : ""}${matcher}()`);
    return pending;
  }
  if (isCheckResult(received)) return judge(received, received.path ?? "the claim set");
  if (typeof received !== "object" || received === null) {
    throw new TypeError(
      `claimcheck matchers take a claims file path, a claim set (the content of a claims file, defineClaims(), parseClaims()) or a check() result; received ${received === null ? "null" : typeof received}`,
    );
  }
  const result = check(received, checkOptions);
  return judge(result, result.path ?? "the claim set");
}

/**
 * A matcher on a path reads a file, so it returns a promise. Without `await` the test would end
 * first and pass whatever the file says (or blame another test for its failure): so when the
 * test ends with the promise still pending, the test fails, saying so.
 */
function mustBeAwaited(state: MatcherState, pending: Promise<unknown>, call: string): void {
  let settled = false;
  pending.then(
    () => (settled = true),
    () => (settled = true),
  );
  // Made here, so that its stack points at the assertion in the test.
  const error = new Error(`${call} reads a claims file and returns a promise, but the test ended before it settled: expected \`await ${call}\`, found no await`);
  const task = (state as MatcherState & { task?: { context?: { onTestFinished?: typeof onTestFinished } } }).task;
  const register = task?.context?.onTestFinished ?? onTestFinished;
  try {
    register(() => {
      if (!settled) throw error;
    });
  } catch {
    // Outside a test (a hook, or a script): nothing to guard.
  }
}

function isCheckResult(x: unknown): x is CheckResult {
  if (typeof x !== "object" || x === null) return false;
  const r = x as Partial<CheckResult>;
  return typeof r.verdict === "string" && Array.isArray(r.findings) && Array.isArray(r.errors) && Array.isArray(r.derived);
}

/** Invalid input is not a verdict either way: the matcher fails with the problems, even under `.not`. */
function assertValid(result: CheckResult, subject: string): void {
  if (result.verdict !== "invalid") return;
  const n = result.errors.length;
  throw new Error(
    `claimcheck could not check ${subject}: expected a valid claims file, found ${n} problem${n === 1 ? "" : "s"}:\n${result.errors.map((e) => `  ${formatInputIssue(e)}`).join("\n")}`,
  );
}

/**
 * The matchers, for `expect.extend` (importing `claimcheck/vitest` registers them already).
 *
 * @example
 * ```ts
 * import { expect } from "vitest";
 * import { matchers } from "claimcheck/vitest";
 * expect.extend(matchers);
 * ```
 */
export const matchers = {
  /** `expect(claims).toBeConsistent(options?)`: see {@link ClaimcheckMatchers.toBeConsistent}. */
  toBeConsistent(this: MatcherState, received: unknown, options: ConsistencyOptions = {}): MatcherOutcome | Promise<MatcherOutcome> {
    const { failOn = "error", ...checkOptions } = options;
    return withResult(this, "toBeConsistent", received, checkOptions, (result, subject) => {
      assertValid(result, subject);
      const blocking = result.findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
      const pass = result.verdict === "consistent" && blocking.length === 0;
      const hint = this.utils.matcherHint(".toBeConsistent", "claims", "", { isNot: this.isNot });
      const wanted = `consistent${failOn !== "error" ? `, with no finding at ${failOn} or above` : ""}`;
      return {
        pass,
        message: () =>
          pass
            ? `${hint}\n\nExpected ${subject} not to be ${wanted}, but it is: every claim can hold.${derivedLines(result)}`
            : `${hint}\n\nExpected ${subject} to be ${wanted}, but ${found(result, blocking)}${notesLines(result)}${blocking.length > 0 || result.findings.length > 0 ? `\n\n${explain(result, blocking.length > 0 ? blocking : result.findings)}` : ""}${culpritLine(result)}${derivedLines(result)}`,
      };
    });
  },

  /** `expect(claims).toHaveFinding(ruleId, partial?)`: see {@link ClaimcheckMatchers.toHaveFinding}. */
  toHaveFinding(this: MatcherState, received: unknown, ruleId: string, partial?: FindingPattern): MatcherOutcome | Promise<MatcherOutcome> {
    if (typeof ruleId !== "string" || ruleId === "") throw new TypeError("toHaveFinding(ruleId, partial?) needs a rule id, such as 'cumulative' or 'quote-confusable'");
    const testers = [...this.customTesters, this.utils.iterableEquality, this.utils.subsetEquality];
    return withResult(this, "toHaveFinding", received, {}, (result, subject) => {
      assertValid(result, subject);
      const sameRule = result.findings.filter((f) => f.ruleId === ruleId);
      const matching = partial === undefined ? sameRule : sameRule.filter((f) => this.equals(f, partial, testers));
      const pass = matching.length > 0;
      const wanted = `a '${ruleId}' finding${partial !== undefined ? ` matching ${this.utils.printExpected(partial)}` : ""}`;
      const hint = this.utils.matcherHint(".toHaveFinding", "claims", "ruleId", { isNot: this.isNot, ...(partial !== undefined ? { secondArgument: "partial" } : {}) });
      return {
        pass,
        message: () => {
          if (pass) return `${hint}\n\nExpected ${subject} to have no ${wanted.slice(2)}, but it has:\n\n${explain(result, matching)}`;
          if (sameRule.length > 0) return `${hint}\n\nExpected ${subject} to have ${wanted}, but its '${ruleId}' findings are:\n\n${explain(result, sameRule)}`;
          if (result.findings.length > 0) return `${hint}\n\nExpected ${subject} to have ${wanted}, but it has none; its findings are:\n\n${explain(result, result.findings)}`;
          return `${hint}\n\nExpected ${subject} to have ${wanted}, but it has no findings (verdict: ${result.verdict}).`;
        },
      };
    });
  },
};

/**
 * Findings in words, each with the claims behind it: their value as written, unit and quote,
 * or the value an unknown claim is implied to have.
 */
function explain(result: CheckResult, findings: readonly ReportedFinding[]): string {
  const claims = new Map((result.set?.claims ?? []).map((c) => [c.key, c]));
  const out: string[] = [];
  for (const f of findings) {
    out.push(`  ${f.severity} ${f.ruleId}: ${f.message}`);
    const place = findingPlace(f);
    if (place !== undefined) out.push(`    at ${place}`);
    if (f.expected !== undefined || f.actual !== undefined) {
      out.push(`    ${[f.expected !== undefined ? `expected ${f.expected}` : "", f.actual !== undefined ? `stated ${f.actual.trim()}` : ""].filter(Boolean).join(", ")}`);
    }
    const width = f.claims.reduce((w, k) => Math.max(w, k.length), 0);
    for (const key of f.claims) {
      const c = claims.get(key);
      const implied = result.analysis?.derived.get(key);
      const value = c?.quantity ? c.quantity.written.trim() : implied ? `unknown, implied ${describeInterval(implied)}` : "unknown";
      const unit = c?.unit !== undefined ? ` ${c.unit}` : "";
      const quote = c?.quote !== undefined ? `  \u201c${c.quote}\u201d` : "";
      out.push(`    ${key.padEnd(width)}  ${value}${unit}${quote}`);
    }
  }
  return out.join("\n");
}

/** What `toBeConsistent` found instead: the verdict, and the findings that block. */
function found(result: CheckResult, blocking: readonly ReportedFinding[]): string {
  const counts = (["error", "warning", "info"] as const)
    .map((s) => [s, blocking.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}${n === 1 ? "" : "s"}`)
    .join(", ");
  if (result.verdict === "inconsistent") return `it is inconsistent: ${counts}:`;
  if (result.verdict === "undecidable") {
    const why = result.notes?.length ? "no error is reported, but no values satisfy every relation either" : "no conflict was found, and no values that satisfy every relation either";
    return `it is undecidable: ${why}${counts ? `, and it has ${counts}` : ""}${result.findings.length > 0 ? ":" : "."}`;
  }
  return `it has ${counts}:`;
}

function notesLines(result: CheckResult): string {
  return (result.notes ?? []).map((n) => `\n  note: ${n.message}`).join("");
}

function culpritLine(result: CheckResult): string {
  return result.culprits.length > 0 ? `\n\n  likeliest culprit (in every conflict): ${result.culprits.join(", ")}` : "";
}

function derivedLines(result: CheckResult): string {
  if (result.derived.length === 0 || !result.analysis) return "";
  const lines = result.derived.map((d) => {
    const i = result.analysis!.derived.get(d.claim);
    return `  ${d.claim} is implied to be ${i ? describeInterval(i) : d.interval}`;
  });
  return `\n\n${lines.join("\n")}`;
}
