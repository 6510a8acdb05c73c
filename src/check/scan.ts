/**
 * `scanText()`: a zero-configuration run on a raw text, with no claims: every number the scanner
 * finds, with its line and column, and the findings of the text-only rules (`textOnlyRules`).
 * This is what `claimcheck scan` prints. Isomorphic: it takes the text, not a file.
 */
import { ClaimcheckInputError, ClaimcheckInternalError, describeFound } from "../base/input-issue.js";
import type { Severity } from "../base/severity.js";
import { reportFindings, type CustomFindings, type ReportedFinding } from "../report/report.js";
import type { CustomFindingData, Finding } from "../rules/findings.js";
import { textOnlyRules } from "../rules/registry.js";
import { withTextNumbers } from "../rules/text-numbers.js";
import type { CustomRule, TextRuleOptions } from "../rules/rule.js";
import { scanNumbers, type ScannedNumber, type ScanNumbersOptions } from "../text/scanner.js";
import { validateOptions } from "./options.js";

/** A text rule a caller adds to `scanText`: like a `CustomRule`, on a raw text. */
export interface CustomTextRule {
  readonly meta: CustomRule["meta"];
  /** The rule's findings on one raw text. */
  checkText(text: string, options: TextRuleOptions): ReadonlyArray<Finding<CustomFindingData>>;
}

/** The keys `scanText()` takes. */
const SCAN_OPTION_KEYS = ["document", "file", "rules", "disable", "severity", "ruleOptions", "rounding", "approximateTolerance"];

/** Options of `scanText`. */
export interface ScanTextOptions extends ScanNumbersOptions {
  /** The document id findings carry (default `"text"`; the CLI passes the file name). */
  readonly document?: string;
  /** The file the text was read from, named as `location.file` of each finding. */
  readonly file?: string;
  /** Extra text-only rules to run besides `textOnlyRules`. */
  readonly rules?: readonly CustomTextRule[];
  /** Rule ids to turn off. */
  readonly disable?: readonly string[];
  /** Severity overrides by rule id. */
  readonly severity?: Readonly<Record<string, Severity>>;
  /** Options of individual rules, by rule id. */
  readonly ruleOptions?: Readonly<Record<string, unknown>>;
}

/** A scanned number with its 1-based line and column (UTF-16 code units): every scanned number has them. */
export type LocatedNumber = ScannedNumber;

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
  const extraRules = Array.isArray(options?.rules) ? options.rules.map((r) => r.meta) : [];
  const issues = validateOptions(options, { keys: SCAN_OPTION_KEYS, extraRules });
  if (typeof text !== "string") issues.unshift({ path: "text", expected: "a string (the text to scan)", found: describeFound(text) });
  if (issues.length > 0) throw new ClaimcheckInputError(issues);
  try {
    return scan(text, options);
  } catch (e) {
    throw new ClaimcheckInternalError(e);
  }
}

function scan(text: string, options: ScanTextOptions): ScanTextResult {
  const document = options.document ?? "text";
  const numbers = scanNumbers(text, options);
  // The rules read the same numbers when they were scanned with the default options.
  const known = options.rounding === undefined && options.approximateTolerance === undefined ? [[text, numbers] as const] : [];
  return withTextNumbers(() => scanRules(text, document, numbers, options), known);
}

function scanRules(text: string, document: string, numbers: readonly ScannedNumber[], options: ScanTextOptions): ScanTextResult {
  const disabled = new Set(options.disable ?? []);
  const ruleOptions = { document, ...(options.ruleOptions ? { ruleOptions: options.ruleOptions } : {}) };
  const found: Finding[] = [];
  for (const rule of textOnlyRules) if (!disabled.has(rule.meta.id)) for (const f of rule.checkText(text, ruleOptions)) found.push(f);
  const custom: CustomFindings[] = (options.rules ?? [])
    .filter((rule) => !disabled.has(rule.meta.id))
    .map((rule) => ({ findings: rule.checkText(text, ruleOptions), ...(rule.meta.messages ? { messages: rule.meta.messages } : {}) }));
  const findings = reportFindings(found, custom, {
    texts: [[document, text]],
    ...(typeof options.file === "string" ? { files: new Map([[document, options.file]]) } : {}),
    ...(options.disable ? { disable: options.disable } : {}),
    ...(options.severity ? { severity: options.severity } : {}),
  });
  return { document, numbers, findings };
}
