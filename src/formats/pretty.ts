import { coverageMessage } from "../messages/coverage.js";
import type { CheckResult } from "../check/check.js";
import type { ReportedFinding } from "../report/report.js";
import type { Severity } from "../base/severity.js";
import { describeInterval } from "../messages/words.js";
import { LOOSE_RANGE } from "../messages/arithmetic.js";
import { formatInputIssue } from "../base/input-issue.js";
import { Interval } from "../numbers/interval.js";
import { LineIndex } from "../base/lines.js";
import { joinChunks } from "./stream.js";

/** Options of the pretty formatter. */
export interface PrettyOptions {
  /** ANSI colours. Default false (the CLI turns them on for a terminal unless NO_COLOR). */
  readonly color?: boolean;
  /**
   * The columns a string takes on the terminal, for the carets under an excerpt (the CLI passes
   * one that counts CJK as two columns and combining marks as none). Default: code points.
   */
  readonly width?: (s: string) => number;
}

const STYLE = {
  red: ["\x1b[31m", "\x1b[39m"],
  yellow: ["\x1b[33m", "\x1b[39m"],
  blue: ["\x1b[34m", "\x1b[39m"],
  dim: ["\x1b[2m", "\x1b[22m"],
  bold: ["\x1b[1m", "\x1b[22m"],
  underline: ["\x1b[4m", "\x1b[24m"],
} as const;

const SEVERITY_COLOR: Record<Severity, keyof typeof STYLE> = { error: "red", warning: "yellow", info: "blue" };

/**
 * The one-line form of a finding: `line:col-line:col ruleId: message` (used in snapshots).
 *
 * @example
 * ```ts
 * findingLine({ ruleId: "part-of", severity: "error", message: "…", claims: [], data: { messageId: "x" },
 *   location: { document: "d", start: 0, end: 2, line: 1, column: 1, endLine: 1, endColumn: 3 } });
 * //=> "1:1-1:3 part-of: …"
 * ```
 */
export function findingLine(f: ReportedFinding): string {
  const l = f.location;
  const where = l ? `${l.line}:${l.column}-${l.endLine}:${l.endColumn} ` : "";
  return `${where}${f.ruleId}: ${f.message}`;
}

/**
 * A human report: per file, each finding with its line of text and the span marked, then the
 * derived values and a summary.
 *
 * @example
 * ```ts
 * import { check, formatPretty } from "claimcheck";
 * formatPretty([check({ claims: { a: 40, b: 37 }, relations: [{ kind: "part-of", part: "a", whole: "b" }] })]);
 * ```
 */
export function formatPretty(results: readonly CheckResult[], options: PrettyOptions = {}): string {
  return joinChunks(prettyChunks(results, options));
}

/**
 * `formatPretty` in chunks, a line each (the CLI writes them as they come). Linear in findings
 * plus text: one line index per text, however many findings point into it.
 *
 * @example
 * ```ts
 * import { check, formatPretty } from "claimcheck";
 * const results = [check({ claims: { a: 40, b: 37 }, relations: [{ kind: "part-of", part: "a", whole: "b" }] })];
 * [...prettyChunks(results)].join("") === formatPretty(results); //=> true
 * ```
 */
export function* prettyChunks(results: readonly CheckResult[], options: PrettyOptions = {}): Generator<string> {
  const paint = (style: keyof typeof STYLE, s: string) => (options.color ? STYLE[style][0] + s + STYLE[style][1] : s);
  const totals = { error: 0, warning: 0, info: 0 };
  let invalid = 0;
  for (const r of results) {
    if (r.verdict === "invalid") invalid++;
    yield paint("bold", r.path ?? "(claims)") + "  " + verdictWord(r.verdict, paint) + "\n";
    for (const e of r.errors) yield `  ${paint("red", "invalid")}  ${formatInputIssue(e)}\n`;
    for (const n of r.notes ?? []) yield `  ${paint("yellow", "note")}    ${n.message}\n`;
    const texts = new Map<string, LineIndex>();
    for (const d of r.set?.documents ?? []) if (d.text !== undefined && !texts.has(d.id)) texts.set(d.id, new LineIndex(d.text));
    for (const f of r.findings) {
      totals[f.severity]++;
      yield `  ${paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(7))} ${paint("dim", f.ruleId)}  ${f.message}\n`;
      const at = findingPlace(f);
      if (at !== undefined) yield `           ${paint("dim", `at ${at}`)}\n`;
      if (f.location) {
        const lines = texts.get(f.location.document);
        if (lines && lines.text) for (const l of excerpt(lines, f.location.start, f.location.end, paint, options.width)) yield l + "\n";
      }
      if (f.claims.length > 0) yield `           ${paint("dim", `claims: ${f.claims.join(", ")}`)}\n`;
    }
    for (const d of r.derived) {
      const i = r.analysis?.derived.get(d.claim) ?? Interval.ALL;
      const unit = d.unit;
      const loose = d.tight === false ? ` (${LOOSE_RANGE})` : "";
      yield `  ${paint("blue", "implied")} ${d.claim}${unit ? ` (${unit})` : ""} is ${d.words ?? describeInterval(i)}${loose}  ${paint("dim", d.interval)}\n`;
    }
    if (r.culprits.length > 0) yield `  ${paint("bold", "likeliest culprit")}: ${r.culprits.join(", ")} (in every conflict)\n`;
    yield "\n";
  }
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  yield `${plural(results.length, "claim set")} checked: ${plural(totals.error, "error")}, ${plural(totals.warning, "warning")}, ${plural(totals.info, "info")}` +
    (invalid > 0 ? `, ${invalid} invalid` : "") +
    "\n";
  // The report of a text ends with its coverage.
  for (const r of results) if (r.coverage) yield `${results.length > 1 ? `${r.path ?? "(text)"}  ` : ""}${coverageMessage(r.coverage)}\n`;
}

/**
 * Where a finding is, as editors and terminals open it (`path:line:column`): in its text file,
 * else where its claim is written in the claims file (a claim with no text, or a text given
 * inline), else the document id and the place in its text (claims checked from code).
 *
 * @example
 * ```ts
 * findingPlace({ ruleId: "sum", severity: "error", message: "…", claims: ["total"], data: { messageId: "x" },
 *   source: { file: "claims.yaml", path: "claims.total", line: 4, column: 3 } });
 * //=> "claims.yaml:4:3"
 * ```
 */
export function findingPlace(f: ReportedFinding): string | undefined {
  const l = f.location;
  if (l?.file !== undefined) return `${l.file}:${l.line}:${l.column}`;
  if (f.source) return `${f.source.file}:${f.source.line}:${f.source.column}`;
  return l ? `${l.document}:${l.line}:${l.column}` : undefined;
}

function verdictWord(v: CheckResult["verdict"], paint: (s: keyof typeof STYLE, t: string) => string): string {
  if (v === "consistent") return paint("blue", "consistent");
  if (v === "inconsistent") return paint("red", "inconsistent");
  if (v === "invalid") return paint("red", "invalid input");
  return paint("yellow", "undecidable");
}

/**
 * The line of text around a span with the span underlined by carets: at most 60 characters
 * before it and 40 after, read from the text around the span only (never the whole line).
 */
function excerpt(lines: LineIndex, start: number, end: number, paint: (s: keyof typeof STYLE, t: string) => string, width: (s: string) => number = (s) => [...s].length): string[] {
  const text = lines.text;
  const a = lines.at(start);
  const lineStart = start - (a.column - 1);
  let lineEnd = start;
  // The end of the line, looked for no further than the excerpt shows.
  const limit = Math.min(text.length, start + (end - start) + 41);
  while (lineEnd < limit && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
  const from = Math.max(lineStart, start - 60);
  const spanEnd = Math.min(lineEnd, end);
  const to = Math.min(lineEnd, spanEnd + 40);
  const prefix = from > lineStart ? "…" : "";
  const suffix = to < lineEnd || (lineEnd === limit && lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) ? "…" : "";
  const before = text.slice(from, start);
  const marked = text.slice(start, spanEnd);
  const after = text.slice(spanEnd, to);
  const pad = " ".repeat(prefix.length + width(before));
  return [
    `           ${paint("dim", "│")} ${prefix}${before}${paint("underline", marked)}${after}${suffix}`,
    `           ${paint("dim", "│")} ${pad}${paint("red", "^".repeat(Math.max(1, width(marked))))}`,
  ];
}
