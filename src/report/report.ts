/**
 * The one road from findings to reported findings, taken by `check()` and `scanText()` alike:
 * drop disabled rules, apply severity overrides, locate each span in its text (line and column),
 * put the message and expected/actual words on it, and sort deterministically.
 */
import { LineIndex } from "../base/lines.js";
import { SEVERITY_RANK, type Severity } from "../base/severity.js";
import type { Span } from "../base/span.js";
import { customExpectedActual, customMessageOf, expectedActual, messageOf } from "../messages/messages.js";
import type { CustomFindingData, Finding, FindingData } from "../rules/findings.js";

/** A place in a document's text. */
export interface FindingLocation {
  readonly document: string;
  /**
   * The text file the document's text was read from (`claims/seed/article.txt`: its `textFile`,
   * relative to the claims file's folder), absent for a text given inline.
   */
  readonly file?: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A finding as reported: with its message, location and expected/actual values in words. */
export interface ReportedFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly claims: readonly string[];
  readonly location?: FindingLocation;
  readonly related?: ReadonlyArray<{ readonly claim: string; readonly location: FindingLocation }>;
  /**
   * Where the finding's claim (or relation, or document) is written in the claims file, when
   * the claims came from a file whose positions are known (YAML and JSON files).
   */
  readonly source?: SourceLocation;
  readonly expected?: string;
  readonly actual?: string;
  /** The structured data the message was made from. */
  readonly data: FindingData | CustomFindingData;
}

/** A place in the claims file: the file, the key path there, and its 1-based line and column. */
export interface SourceLocation {
  readonly file: string;
  readonly path: string;
  readonly line: number;
  readonly column: number;
}

/** Findings of a rule the caller added, with the templates of its messages. */
export interface CustomFindings {
  readonly findings: ReadonlyArray<Finding<CustomFindingData>>;
  readonly messages?: Readonly<Record<string, string>>;
}

/** How findings are reported. */
export interface ReportOptions {
  /** The texts of the documents, by id, in the order the documents come (findings sort by it). */
  readonly texts: ReadonlyArray<readonly [document: string, text: string | undefined]>;
  /** Rule ids whose findings are dropped. */
  readonly disable?: readonly string[];
  /** Severity overrides by rule id. */
  readonly severity?: Readonly<Record<string, Severity>>;
  /** The text file of each document whose text was read from one, by document id. */
  readonly files?: ReadonlyMap<string, string>;
  /** Where a finding's claim, relation or document is written in the claims file. */
  readonly source?: (f: Finding<FindingData | CustomFindingData>) => SourceLocation | undefined;
}

/**
 * Turns findings into reported findings, sorted by document, position, severity (highest first),
 * rule id, claims and message.
 *
 * @example
 * ```ts
 * const [f] = reportFindings(
 *   [{ ruleId: "quote-marks", severity: "info", claims: [], data: { messageId: "quote-stray", mark: '"' }, document: "t", span: { start: 3, end: 4 } }],
 *   [],
 *   { texts: [["t", 'ab " cd']] },
 * );
 * [f.location?.line, f.location?.column, f.message]; //=> [1, 4, 'the quotation mark " stands between spaces and opens or closes nothing']
 * ```
 */
export function reportFindings(builtin: readonly Finding[], custom: readonly CustomFindings[], options: ReportOptions): ReportedFinding[] {
  const disabled = new Set(options.disable ?? []);
  const docOrder = new Map<string, number>();
  const texts = new Map<string, string>();
  options.texts.forEach(([id, text], i) => {
    if (!docOrder.has(id)) docOrder.set(id, i);
    if (text !== undefined && !texts.has(id)) texts.set(id, text);
  });
  const lineIndexes = new Map<string, LineIndex>();
  const locate = (document: string, span: Span): FindingLocation | undefined => {
    const text = texts.get(document);
    if (text === undefined) return undefined;
    let idx = lineIndexes.get(document);
    if (!idx) lineIndexes.set(document, (idx = new LineIndex(text)));
    const a = idx.at(span.start);
    const b = idx.at(span.end);
    const file = options.files?.get(document);
    return { document, ...(file !== undefined ? { file } : {}), start: span.start, end: span.end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  // Runs once per finding (millions, on a text of quotation marks): no spreads or empty lists.
  const report = <D extends FindingData | CustomFindingData>(f: Finding<D>, message: string, words: { expected?: string; actual?: string }): ReportedFinding => {
    const location = f.document !== undefined && f.span ? locate(f.document, f.span) : undefined;
    let related: Array<{ claim: string; location: FindingLocation }> | undefined;
    for (const r of f.related ?? NONE) {
      const l = locate(r.document, r.span);
      if (l) (related ??= []).push({ claim: r.claim, location: l });
    }
    const source = options.source?.(f);
    // A suggested relation's findings stay info whatever the overrides say: a guess is never an error.
    const severity = isSuggested(f.data) ? f.severity : (options.severity?.[f.ruleId] ?? f.severity);
    const out = { ruleId: f.ruleId, severity, message, claims: f.claims } as Mutable<ReportedFinding>;
    if (location) out.location = location;
    if (related) out.related = related;
    if (source) out.source = source;
    if (words.expected !== undefined) out.expected = words.expected;
    if (words.actual !== undefined) out.actual = words.actual;
    out.data = f.data;
    return out;
  };
  const out: ReportedFinding[] = [];
  for (const f of builtin) if (!disabled.has(f.ruleId)) out.push(report(f, messageOf(f), expectedActual(f)));
  for (const group of custom) {
    for (const f of group.findings) if (!disabled.has(f.ruleId)) out.push(report(f, customMessageOf(f.data, group.messages), customExpectedActual(f.data)));
  }
  sortFindings(out, docOrder);
  return out;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const NONE: readonly never[] = [];

function sortFindings(findings: ReportedFinding[], docOrder: ReadonlyMap<string, number>): void {
  findings.sort((a, b) => {
    const da = a.location ? docOrder.get(a.location.document) ?? 0 : -1;
    const db = b.location ? docOrder.get(b.location.document) ?? 0 : -1;
    if (da !== db) return da - db;
    const sa = a.location?.start ?? -1;
    const sb = b.location?.start ?? -1;
    if (sa !== sb) return sa - sb;
    if (a.severity !== b.severity) return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
    if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
    const ca = a.claims.join(",");
    const cb = b.claims.join(",");
    if (ca !== cb) return ca < cb ? -1 : 1;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
  });
}

/** Whether a finding is about a relation proposed from a text as only `suggested`. */
function isSuggested(data: unknown): boolean {
  const d = data as { relation?: { standing?: unknown }; otherRelations?: unknown } | undefined;
  const suggested = (r: unknown) => typeof r === "object" && r !== null && (r as { standing?: unknown }).standing === "suggested";
  return suggested(d?.relation) || (Array.isArray(d?.otherRelations) && d.otherRelations.some(suggested));
}
