import type { CheckNote, CheckResult } from "../check/check.js";
import { coverageMessage } from "../messages/coverage.js";
import type { Coverage } from "../propose/propose.js";
import type { ReportedFinding } from "../report/report.js";
import { isConflict } from "../rules/findings.js";
import { formatInputIssue, type InputIssue } from "../base/input-issue.js";
import { jsonChunks, joinChunks, LazyList, whole } from "./stream.js";

/** The JSON report of DESIGN §5, version 1. */
export interface JsonReport {
  readonly version: 1;
  readonly files: ReadonlyArray<{
    readonly path: string;
    readonly verdict: CheckResult["verdict"];
    readonly findings: readonly JsonFinding[];
    readonly derived: CheckResult["derived"];
    readonly culprits: readonly string[];
    readonly errors: ReadonlyArray<{ path: string; line?: number; column?: number; expected: string; found?: string; message: string }>;
    /** Conflicts the verdict leaves out: under a disabled rule, or reported below error. */
    readonly notes: readonly CheckNote[];
    /** For a raw text: how many numbers sit in a checked relation, how many in none, and why (with the line in words). */
    readonly coverage?: Coverage & { readonly message: string };
  }>;
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number; readonly invalid: number };
}

/** What a conflict is made of: its relations (position in the file, kind, id, key path) and the claims whose stated figures it uses. */
export interface JsonConflict {
  readonly relations: ReadonlyArray<{ readonly index: number; readonly kind: string; readonly id?: string; readonly path: string }>;
  readonly stated: readonly string[];
}

/** A finding in the JSON report: its words and location, and for a conflict what it is made of. */
export type JsonFinding = Omit<ReportedFinding, "data"> & { readonly conflict?: JsonConflict };

/**
 * A finding as the JSON report gives it (also `claimcheck scan --format json`): its words and
 * location, without the structured data.
 *
 * @example
 * ```ts
 * import { check } from "claimcheck";
 * toJsonFinding(check({ claims: { a: 40, b: 37 }, relations: [{ kind: "part-of", part: "a", whole: "b" }] }).findings[0]).ruleId;
 * //=> "part-of"
 * ```
 */
export function toJsonFinding(f: ReportedFinding): JsonFinding {
  const conflict = isConflict(f.data) ? f.data : undefined;
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    claims: f.claims,
    ...(f.location ? { location: f.location } : {}),
    ...(f.related ? { related: f.related } : {}),
    ...(f.source ? { source: f.source } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.actual !== undefined ? { actual: f.actual } : {}),
    ...(conflict
      ? {
          conflict: {
            relations: [conflict.relation, ...conflict.otherRelations]
              .filter((r) => r.index >= 0)
              .sort((a, b) => a.index - b.index)
              .map((r) => ({ index: r.index, kind: r.kind, ...(r.id !== undefined ? { id: r.id } : {}), path: r.path })),
            stated: conflict.stated,
          },
        }
      : {}),
  };
}

/**
 * One finding's JSON at a depth, exactly as `JSON.stringify(toJsonFinding(f), null, 2)` indented
 * there: one finding at a time (a report may hold millions of findings).
 *
 * @example
 * ```ts
 * import { check } from "claimcheck";
 * import { whole } from "./stream.js";
 * const [f] = check({ claims: { a: 40, b: 37 }, relations: [{ kind: "part-of", part: "a", whole: "b" }] }).findings;
 * findingJson(f, 3) === whole(toJsonFinding(f), 3); //=> true
 * ```
 */
export function findingJson(f: ReportedFinding, depth: number): string {
  return whole(toJsonFinding(f), depth);
}

/**
 * Builds the JSON report for several results: plain data, keys in a fixed order, so the same
 * input gives byte-identical output.
 *
 * @example
 * ```ts
 * import { check, toJsonReport } from "claimcheck";
 * const report = toJsonReport([check({ claims: { a: 1 } }, { file: "a.yaml" })]);
 * report.summary; //=> { errors: 0, warnings: 0, infos: 0, invalid: 0 }
 * ```
 */
export function toJsonReport(results: readonly CheckResult[]): JsonReport {
  return reportShape(results, (items, map) => items.map(map)) as JsonReport;
}

/** The report's shape, with each list built by `list` (mapped at once, or lazily for streaming). */
function reportShape(
  results: readonly CheckResult[],
  list: <T>(items: readonly T[], map: (item: T) => unknown, write?: (item: T, depth: number) => string) => unknown,
): unknown {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let invalid = 0;
  const files = results.map((r) => {
    if (r.verdict === "invalid") invalid++;
    for (const f of r.findings) {
      if (f.severity === "error") errors++;
      else if (f.severity === "warning") warnings++;
      else infos++;
    }
    return {
      path: r.path ?? "",
      verdict: r.verdict,
      findings: list(r.findings, toJsonFinding, findingJson),
      derived: list(r.derived, (d) => d),
      culprits: r.culprits,
      errors: list(r.errors, jsonError),
      notes: (r.notes ?? []).map((n) => ({ noteId: n.noteId, message: n.message, ruleIds: n.ruleIds, conflicts: n.conflicts, claims: n.claims })),
      ...(r.coverage ? { coverage: { ...r.coverage, message: coverageMessage(r.coverage) } } : {}),
    };
  });
  return { version: 1, files, summary: { errors, warnings, infos, invalid } };
}

/**
 * An input issue as the JSON report gives it: path, line and column when known, expected, found,
 * and the message the CLI prints.
 *
 * @example
 * ```ts
 * jsonError({ path: "claims.a", expected: "a number", found: "'x'" }).message; //=> "at claims.a: expected a number, found 'x'"
 * ```
 */
export function jsonError(e: InputIssue): JsonReport["files"][number]["errors"][number] {
  return {
    path: e.path,
    ...(e.line !== undefined ? { line: e.line, column: e.column ?? 1 } : {}),
    expected: e.expected,
    ...(e.found !== undefined ? { found: e.found } : {}),
    message: formatInputIssue(e),
  };
}

/**
 * The JSON report in chunks (the CLI writes them as they come): together, exactly `formatJson`.
 *
 * @example
 * ```ts
 * import { check, formatJson } from "claimcheck";
 * const results = [check({ claims: { a: 40, b: 37 }, relations: [{ kind: "part-of", part: "a", whole: "b" }] })];
 * [...jsonReportChunks(results)].join("") === formatJson(results); //=> true
 * ```
 */
export function* jsonReportChunks(results: readonly CheckResult[]): Generator<string> {
  yield* jsonChunks(reportShape(results, (items, map, write) => new LazyList(items, map, write)));
  yield "\n";
}

/**
 * The JSON report as text (two-space indent, trailing newline).
 *
 * @example
 * ```ts
 * import { check, formatJson } from "claimcheck";
 * formatJson([check({ claims: { a: 1 } })]).startsWith('{\n  "version": 1'); //=> true
 * ```
 */
export function formatJson(results: readonly CheckResult[]): string {
  return joinChunks(jsonReportChunks(results));
}
