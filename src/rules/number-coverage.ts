/**
 * `number-coverage` (info): a number in a document's text that no claim covers. A claim covers a
 * number when its quote, anchored in the text (the set's claim anchors), contains the number's figure (the
 * qualifier may lie outside the quote: a quote "685 civilians" covers "at least 685").
 *
 * Years, fiscal years (periods), dates, times of day, scores, decades, names ("COVID-19", "Resolution 2254") and ordinals are
 * skipped unless the rule's `include` option asks for them. Coverage is measured through quotes: a
 * document none of whose claims quotes its text is not checked (a claim set that does not anchor
 * its claims would otherwise get a finding for every number).
 *
 * Options (`ruleOptions: { "number-coverage": { include: ["year", "date"] } }`): `include`, the
 * kinds to check besides counts, decimals, percents, money, ranges and ratios.
 *
 * Finding data (`number-uncovered`): `written` (the number as in the text) and `kind`.
 */
import type { Finding } from "./findings.js";
import { quoteSpanOf, type Span } from "../claims/anchor.js";
import type { NumberKind, ScannedNumber } from "../text/scanner.js";
import type { ClaimModel, ClaimSet } from "../claims/model.js";
import { textNumbers } from "./text-numbers.js";
import type { OptionIssue, Rule } from "./rule.js";
import { didYouMean } from "../base/suggest.js";
import { formatPath } from "../base/input-issue.js";

/** Options of `number-coverage`. */
export interface NumberCoverageOptions {
  /** Kinds skipped by default that should be checked too. */
  readonly include?: readonly NumberKind[];
}

/** The kinds checked by default. */
const CHECKED: readonly NumberKind[] = ["count", "decimal", "percent", "points", "money", "range", "ratio"];
const ALL_KINDS: readonly NumberKind[] = [...CHECKED, "ordinal", "year", "period", "date", "time", "score", "decade", "name"];

/**
 * The span of a number's figure: without a qualifier before it ("at least ") or after it (" or more").
 *
 * @example
 * ```ts
 * import { scanNumbers } from "claimcheck";
 * figureSpan(scanNumbers("at least 685")[0]); //=> { start: 9, end: 12 }
 * ```
 */
export function figureSpan(n: ScannedNumber): Span {
  const q = n.qualifier;
  if (!q) return { start: n.start, end: n.end };
  if (q.start === n.start) return { start: Math.min(n.end, q.end + 1), end: n.end };
  if (q.end === n.end) return { start: n.start, end: Math.max(n.start, q.start - 1) };
  return { start: n.start, end: n.end };
}

/** The problems of a value given as the rule's options: `{ include: [kind, …] }`. */
function validateOptions(raw: unknown): OptionIssue[] {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return [{ path: "", expected: "an object such as { include: [\"year\"] }", found: JSON.stringify(raw) ?? String(raw) }];
  const issues: OptionIssue[] = [];
  for (const key of Object.keys(raw)) {
    if (key !== "include") issues.push({ path: formatPath([key]), expected: `one of the keys include${didYouMean(key, ["include"])}`, found: `unknown key '${key}'` });
  }
  const include: unknown = Reflect.get(raw, "include");
  if (include === undefined) return issues;
  if (!Array.isArray(include)) return [...issues, { path: "include", expected: `a list of number kinds (${ALL_KINDS.join(", ")})`, found: JSON.stringify(include) }];
  include.forEach((k: unknown, i) => {
    if (typeof k !== "string" || !(ALL_KINDS as readonly string[]).includes(k)) {
      issues.push({ path: formatPath(["include", i]), expected: `a number kind: ${ALL_KINDS.join(", ")}${typeof k === "string" ? didYouMean(k, ALL_KINDS) : ""}`, found: JSON.stringify(k) });
    }
  });
  return issues;
}

function checkedKinds(raw: unknown): ReadonlySet<NumberKind> {
  const include = typeof raw === "object" && raw !== null ? (raw as { include?: unknown }).include : undefined;
  const extra = Array.isArray(include) ? include.filter((k): k is NumberKind => ALL_KINDS.includes(k as NumberKind)) : [];
  return new Set([...CHECKED, ...extra]);
}

/**
 * The claims that quote their text, by document, in declaration order (one pass over the claims).
 *
 * @example
 * ```ts
 * import { parseClaims } from "claimcheck";
 * quotingClaims(parseClaims({ claims: { a: { value: 1, quote: "1 of" }, b: 2 } })).get("document")?.map((c) => c.key); //=> ["a"]
 * ```
 */
export function quotingClaims(set: ClaimSet): Map<string, ClaimModel[]> {
  const out = new Map<string, ClaimModel[]>();
  for (const c of set.claims) {
    if (c.quote === undefined) continue;
    const list = out.get(c.document);
    if (list) list.push(c);
    else out.set(c.document, [c]);
  }
  return out;
}

/**
 * Whether some span of `quotes` contains a given span: the quotes sorted by start, with the
 * largest end so far, and a binary search per question.
 */
function coverage(quotes: readonly Span[]): (span: Span) => boolean {
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const q of sorted) maxEnd.push(Math.max(maxEnd[maxEnd.length - 1] ?? -Infinity, q.end));
  return (span) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start <= span.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! >= span.end;
  };
}

/**
 * The `number-coverage` rule.
 *
 * @example
 * ```ts
 * import { check } from "claimcheck";
 * check({
 *   document: { id: "d", text: "37 reports, 13 credible" },
 *   claims: { investigated: { value: 37, quote: "37 reports" } },
 * }).findings.map((f) => f.message);
 * //=> ['"13" (a count) is not covered by any claim: no claim\'s quote contains it']
 * ```
 */
export const numberCoverageRule: Rule = {
  meta: {
    id: "number-coverage",
    severity: "info",
    description:
      "Every number in a document's text is covered by a claim whose quote contains it (years, periods, dates, times, scores, decades, names and ordinals are skipped unless asked).",
    validateOptions,
  },
  check({ set, options }) {
    const kinds = checkedKinds(options.ruleOptions?.["number-coverage"]);
    const out: Finding[] = [];
    const byDocument = quotingClaims(set);
    for (const doc of set.documents) {
      const text = doc.text;
      if (text === undefined) continue;
      const quoting = byDocument.get(doc.id);
      if (!quoting) continue;
      const quotes: Span[] = [];
      for (const c of quoting) {
        const span = quoteSpanOf(set, c.key);
        if (span) quotes.push(span);
      }
      const covered = coverage(quotes);
      for (const n of textNumbers(text)) {
        if (!kinds.has(n.kind)) continue;
        const f = figureSpan(n);
        if (covered(f)) continue;
        out.push({
          ruleId: "number-coverage",
          severity: "info",
          claims: [],
          data: { messageId: "number-uncovered", written: n.text, kind: n.kind },
          document: doc.id,
          span: { start: n.start, end: n.end },
        });
      }
    }
    return out;
  },
};
