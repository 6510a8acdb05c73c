/**
 * Formatters of `scanText` results (`claimcheck scan`): JSON with the numbers and findings, and a
 * table for people. Pure functions: they lay out what `scanText` found.
 */
import type { ReportedFinding } from "../report/report.js";
import type { Severity } from "../base/severity.js";
import type { ScanTextResult } from "../check/scan.js";
import type { LocatedNumber } from "../check/scan.js";
import type { Interval } from "../numbers/interval.js";
import { findingJson, toJsonFinding } from "./json.js";
import { jsonChunks, joinChunks, LazyList, whole } from "./stream.js";

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
  return { version: 1, numbers: result.numbers.map((n) => jsonNumber(n)), findings: result.findings.map(toJsonFinding) };
}

function jsonNumber(n: LocatedNumber, intervalText: (i: Interval) => string = (i) => i.toDecimalString(), exactText: (i: Interval) => string = (i) => i.toString()): JsonScannedNumber {
  return {
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
    ...(n.interval !== undefined && !n.interval.isPoint ? { interval: intervalText(n.interval), exactInterval: exactText(n.interval) } : {}),
    ...(n.date !== undefined ? { date: n.date } : {}),
  };
}

/**
 * One number's JSON at a depth, exactly as `JSON.stringify(jsonNumber(n), null, 2)` indented
 * there: written field by field (a scan may hold millions of numbers).
 */
function numberJson(n: LocatedNumber, depth: number, intervalText: (i: Interval) => string, exactText: (i: Interval) => string): string {
  const pad = `\n${"  ".repeat(depth + 1)}`;
  const q = JSON.stringify;
  let out = `{${pad}"text": ${q(n.text)},${pad}"value": ${q(n.value.toNumber())},${pad}"kind": ${q(n.kind)},${pad}"start": ${n.start},${pad}"end": ${n.end},${pad}"line": ${n.line},${pad}"column": ${n.column}`;
  if (!n.value.isInteger) out += `,${pad}"exact": ${q(n.value.toString())}`;
  if (n.valueTo !== undefined) out += `,${pad}"valueTo": ${q(n.valueTo.toNumber())}`;
  if (n.rangeOf !== undefined) out += `,${pad}"rangeOf": ${q(n.rangeOf)}`;
  if (n.numerator !== undefined) out += `,${pad}"numerator": ${q(n.numerator.toNumber())}`;
  if (n.denominator !== undefined) out += `,${pad}"denominator": ${q(n.denominator.toNumber())}`;
  if (n.currency !== undefined) out += `,${pad}"currency": ${q(n.currency)}`;
  if (n.qualifier !== undefined) out += `,${pad}"qualifier": ${q(n.qualifier.text)}`;
  if (n.interval !== undefined && !n.interval.isPoint) out += `,${pad}"interval": ${q(intervalText(n.interval))},${pad}"exactInterval": ${q(exactText(n.interval))}`;
  if (n.date !== undefined) out += `,${pad}"date": ${whole(n.date, depth + 1)}`;
  return `${out}\n${"  ".repeat(depth)}}`;
}

/**
 * The JSON of a scan in chunks (the CLI writes them as they come): together, exactly `formatScanJson`.
 *
 * @example
 * ```ts
 * import { scanText, formatScanJson } from "claimcheck";
 * const r = scanText("37 reports, 1169 in all, 24,160 strikes");
 * [...scanJsonChunks(r)].join("") === formatScanJson(r); //=> true
 * ```
 */
export function* scanJsonChunks(result: ScanTextResult): Generator<string> {
  // Small figures share their intervals: each is written out once.
  const texts = new Map<Interval, string>();
  const exacts = new Map<Interval, string>();
  const intervalText = (i: Interval): string => {
    let t = texts.get(i);
    if (t === undefined) texts.set(i, (t = i.toDecimalString()));
    return t;
  };
  const exactText = (i: Interval): string => {
    let t = exacts.get(i);
    if (t === undefined) exacts.set(i, (t = i.toString()));
    return t;
  };
  const write = (n: LocatedNumber, depth: number) => numberJson(n, depth, intervalText, exactText);
  yield* jsonChunks({ version: 1, numbers: new LazyList(result.numbers, (n) => jsonNumber(n, intervalText, exactText), write), findings: new LazyList(result.findings, toJsonFinding, findingJson) });
  yield "\n";
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
  return joinChunks(scanJsonChunks(result));
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
  return joinChunks(scanPrettyChunks(result, options));
}

/** The cells of a number's row in the table. */
function row(n: LocatedNumber): string[] {
  return [
    `${n.line}:${n.column}`,
    n.kind,
    JSON.stringify(n.text).slice(1, -1),
    n.valueTo !== undefined ? `${n.value.toDecimal(4)}–${n.valueTo.toDecimal(4)}` : n.value.toDecimal(4),
    n.currency ?? (n.interval && !n.interval.isPoint ? n.interval.toDecimalString() : ""),
  ];
}

/** Code points of a cell (its width in the table). */
function width(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) w++;
  }
  return w;
}

/**
 * `formatScanPretty` in chunks, one line each (the CLI writes them as they come). The column
 * widths come from a first pass over the numbers, so no row is kept.
 *
 * @example
 * ```ts
 * import { formatScanPretty, scanText } from "claimcheck";
 * const r = scanText("37 reports");
 * [...scanPrettyChunks(r)].join("") === formatScanPretty(r); //=> true
 * ```
 */
export function* scanPrettyChunks(result: ScanTextResult, options: ScanPrettyOptions = {}): Generator<string> {
  const paint = (code: string, s: string) => (options.color ? `${code}${s}\x1b[0m` : s);
  const header = ["place", "kind", "text", "value", "currency / interval"];
  const widths = header.map((h) => h.length);
  for (const n of result.numbers) {
    const cells = row(n);
    for (let k = 0; k < cells.length; k++) widths[k] = Math.max(widths[k]!, width(cells[k]!));
  }
  const line = (cells: string[]) =>
    ("  " + cells.map((c, k) => (k === cells.length - 1 ? c : c + " ".repeat(widths[k]! - width(c)))).join("  ")).trimEnd();
  yield paint("\x1b[1m", (options.title ? `${options.title}: ` : "") + `${plural(result.numbers.length, "number")}`) + "\n";
  if (result.numbers.length > 0) {
    yield paint("\x1b[2m", line(header)) + "\n";
    for (const n of result.numbers) yield line(row(n)) + "\n";
  }
  if (result.findings.length > 0) yield "\n";
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) {
    counts[f.severity]++;
    const where = f.location ? `${f.location.line}:${f.location.column}` : "";
    yield `  ${paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(7))} ${where.padEnd(7)} ${paint("\x1b[2m", f.ruleId)}  ${f.message}\n`;
  }
  yield "\n";
  yield `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "info")}\n`;
}

function plural(n: number, w: string): string {
  return `${n} ${w}${n === 1 ? "" : "s"}`;
}
