/**
 * Formatters of `scanText` results (`claimcheck scan`): JSON with the numbers and findings, and a
 * table for people. Pure functions: they lay out what `scanText` found.
 */
import type { ReportedFinding } from "../report/report.js";
import type { Severity } from "../base/severity.js";
import type { ScanTextResult } from "../check/scan.js";
import { toJsonFinding } from "./json.js";

/** One number in the JSON output of `claimcheck scan`. */
export interface JsonScannedNumber {
  readonly text: string;
  /** The value as a JSON number (for display; `exact` holds fractions such as `"1/3"` exactly). */
  readonly value: number;
  readonly kind: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  /** The exact value when it is not a whole number: `"25/2"`. */
  readonly exact?: string;
  readonly valueTo?: number;
  readonly rangeOf?: string;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly currency?: string;
  readonly qualifier?: string;
  /** Every value the written figure allows, in decimals: `"[685, ∞)"`, `"[4.75, 4.85]"`. */
  readonly interval?: string;
  /** The same interval exact, its ends as fractions: `"[19/4, 97/20]"`. */
  readonly exactInterval?: string;
  readonly date?: { readonly year?: number; readonly month?: number; readonly day?: number };
}

/** The JSON output of `claimcheck scan`. */
export interface JsonScan {
  /** The version of this shape (as in the JSON report of `claimcheck check`). */
  readonly version: 1;
  readonly numbers: readonly JsonScannedNumber[];
  readonly findings: ReadonlyArray<Omit<ReportedFinding, "data">>;
}

/**
 * The JSON form of a scan: `{ version: 1, numbers: [{ text, value, kind, start, end, line, column, … }],
 * findings }`, keys in a fixed order; intervals in decimals, with the exact fractions beside them.
 *
 * @example
 * ```ts
 * import { scanText, toScanJson } from "claimcheck";
 * toScanJson(scanText("at least 685")).numbers[0];
 * //=> { text: "at least 685", value: 685, kind: "count", start: 0, end: 12, line: 1, column: 1, qualifier: "at least", interval: "[685, ∞)", exactInterval: "[685, ∞)" }
 * ```
 */
export function toScanJson(result: ScanTextResult): JsonScan {
  return {
    version: 1,
    numbers: result.numbers.map((n) => ({
      text: n.text,
      value: n.value.toNumber(),
      kind: n.kind,
      start: n.start,
      end: n.end,
      line: n.line,
      column: n.column,
      ...(n.value.isInteger ? {} : { exact: n.value.toString() }),
      ...(n.valueTo !== undefined ? { valueTo: n.valueTo.toNumber() } : {}),
      ...(n.rangeOf !== undefined ? { rangeOf: n.rangeOf } : {}),
      ...(n.numerator !== undefined ? { numerator: n.numerator.toNumber() } : {}),
      ...(n.denominator !== undefined ? { denominator: n.denominator.toNumber() } : {}),
      ...(n.currency !== undefined ? { currency: n.currency } : {}),
      ...(n.qualifier !== undefined ? { qualifier: n.qualifier.text } : {}),
      ...(n.interval !== undefined && !n.interval.isPoint ? { interval: n.interval.toDecimalString(), exactInterval: n.interval.toString() } : {}),
      ...(n.date !== undefined ? { date: n.date } : {}),
    })),
    findings: result.findings.map(toJsonFinding),
  };
}

/**
 * `toScanJson` as text (two-space indent, trailing newline).
 *
 * @example
 * ```ts
 * import { formatScanJson, scanText } from "claimcheck";
 * formatScanJson(scanText("37 reports")).startsWith('{\n  "version": 1,\n  "numbers"'); //=> true
 * ```
 */
export function formatScanJson(result: ScanTextResult): string {
  return JSON.stringify(toScanJson(result), null, 2) + "\n";
}

/** Options of `formatScanPretty`. */
export interface ScanPrettyOptions {
  /** ANSI colours (default false). */
  readonly color?: boolean;
  /** A heading: the file name. */
  readonly title?: string;
}

const SEVERITY_COLOR: Record<Severity, string> = { error: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[34m" };

/**
 * A table of the numbers (place, kind, text, value) and the findings under it.
 *
 * @example
 * ```ts
 * import { formatScanPretty, scanText } from "claimcheck";
 * formatScanPretty(scanText("37 reports")).split("\n")[2]; //=> "  1:1    count  37    37"
 * ```
 */
export function formatScanPretty(result: ScanTextResult, options: ScanPrettyOptions = {}): string {
  const paint = (code: string, s: string) => (options.color ? `${code}${s}\x1b[0m` : s);
  const out: string[] = [];
  const rows = result.numbers.map((n) => [
    `${n.line}:${n.column}`,
    n.kind,
    JSON.stringify(n.text).slice(1, -1),
    n.valueTo !== undefined ? `${n.value.toDecimal(4)}–${n.valueTo.toDecimal(4)}` : n.value.toDecimal(4),
    n.currency ?? (n.interval && !n.interval.isPoint ? n.interval.toDecimalString() : ""),
  ]);
  const header = ["place", "kind", "text", "value", "currency / interval"];
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => [...r[k]!].length)));
  const line = (cells: string[]) =>
    ("  " + cells.map((c, k) => (k === cells.length - 1 ? c : c + " ".repeat(widths[k]! - [...c].length))).join("  ")).trimEnd();
  out.push(paint("\x1b[1m", (options.title ? `${options.title}: ` : "") + `${plural(result.numbers.length, "number")}`));
  if (rows.length > 0) {
    out.push(paint("\x1b[2m", line(header)));
    for (const r of rows) out.push(line(r));
  }
  if (result.findings.length > 0) out.push("");
  for (const f of result.findings) {
    const where = f.location ? `${f.location.line}:${f.location.column}` : "";
    out.push(`  ${paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(7))} ${where.padEnd(7)} ${paint("\x1b[2m", f.ruleId)}  ${f.message}`);
  }
  const count = (s: Severity) => result.findings.filter((f) => f.severity === s).length;
  out.push("");
  out.push(`${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${plural(count("info"), "info")}`);
  return out.join("\n") + "\n";
}

function plural(n: number, w: string): string {
  return `${n} ${w}${n === 1 ? "" : "s"}`;
}
