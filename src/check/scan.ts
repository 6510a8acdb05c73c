/**
 * `scanText()`: a zero-configuration run on a raw text, with no claims: every number the scanner
 * finds, with its line and column, and the findings of the text-only rules (`textOnlyRules`).
 * This is what `claimcheck scan` prints. Isomorphic: it takes the text, not a file.
 */
import { SEVERITY_RANK, type Finding, type ReportedFinding, type Severity } from "../rules/findings.js";
import { expectedActual, messageOf } from "../messages/messages.js";
import { textOnlyRules } from "../rules/registry.js";
import type { TextRule } from "../rules/rule.js";
import { LineIndex } from "../base/lines.js";
import { scanNumbers, type ScannedNumber, type ScanNumbersOptions } from "../text/scanner.js";

/** Options of `scanText`. */
export interface ScanTextOptions extends ScanNumbersOptions {
  /** The document id findings carry (default `"text"`; the CLI passes the file name). */
  readonly document?: string;
  /** Extra text-only rules to run besides `textOnlyRules`. */
  readonly rules?: readonly TextRule[];
  /** Rule ids to turn off. */
  readonly disable?: readonly string[];
  /** Severity overrides by rule id. */
  readonly severity?: Readonly<Record<string, Severity>>;
  /** Options of individual rules, by rule id. */
  readonly ruleOptions?: Readonly<Record<string, unknown>>;
}

/** A scanned number with its 1-based line and column (UTF-16 code units). */
export interface LocatedNumber extends ScannedNumber {
  readonly line: number;
  readonly column: number;
}

/** What `scanText` returns. */
export interface ScanTextResult {
  /** The document id the findings carry. */
  readonly document: string;
  readonly numbers: readonly LocatedNumber[];
  /** Findings of the text-only rules, sorted by position, then severity and rule id. */
  readonly findings: readonly ReportedFinding[];
}

/**
 * Scans a raw text: its numbers and the findings of the text-only rules.
 *
 * @example
 * ```ts
 * import { scanText } from "claimcheck";
 * const r = scanText("A total of 24,160 strikes.\nThe total was 1169.");
 * r.numbers.map((n) => [n.text, n.line, n.column]); //=> [["A total of 24,160", 1, 1], ["1169", 2, 15]]
 * r.findings[0].ruleId; //=> "number-format"
 * ```
 */
export function scanText(text: string, options: ScanTextOptions = {}): ScanTextResult {
  const document = options.document ?? "text";
  const lines = new LineIndex(text);
  const numbers = scanNumbers(text, options).map((n): LocatedNumber => {
    const at = lines.at(n.start);
    return { ...n, line: at.line, column: at.column };
  });
  const disabled = new Set(options.disable ?? []);
  const found: Finding[] = [];
  for (const rule of [...textOnlyRules, ...(options.rules ?? [])]) {
    if (disabled.has(rule.meta.id)) continue;
    found.push(...rule.checkText(text, { document, ...(options.ruleOptions ? { ruleOptions: options.ruleOptions } : {}) }));
  }
  const findings = found
    .filter((f) => !disabled.has(f.ruleId))
    .map((f): ReportedFinding => {
      const span = f.span;
      const a = span ? lines.at(span.start) : undefined;
      const b = span ? lines.at(span.end) : undefined;
      return {
        ruleId: f.ruleId,
        severity: options.severity?.[f.ruleId] ?? f.severity,
        message: messageOf(f),
        claims: f.claims,
        ...(span && a && b
          ? { location: { document, start: span.start, end: span.end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column } }
          : {}),
        ...expectedActual(f),
        data: f.data,
      };
    });
  findings.sort(
    (x, y) =>
      (x.location?.start ?? -1) - (y.location?.start ?? -1) ||
      SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] ||
      (x.ruleId < y.ruleId ? -1 : x.ruleId > y.ruleId ? 1 : 0) ||
      (x.message < y.message ? -1 : x.message > y.message ? 1 : 0),
  );
  return { document, numbers, findings };
}
