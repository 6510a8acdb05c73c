/**
 * Finding a claim's quote in its text: exactly, or after folding quote marks, dashes and white
 * space, so that a quote typed with straight quotes still anchors in a text with curly ones; then
 * the claim's value inside the quote. `ClaimAnchors` (one per claim set, `anchorsOf`) is where
 * `check()` and the rules take every claim's location from.
 */
import { claimsByKey, type ClaimModel, type ClaimSet, type ClaimsByKey } from "./model.js";
import {
  digitAt,
  isLetterAt,
  isSpace,
  QUALIFIERS,
  readFractionWords,
  readCurrencyBefore,
  readInRatio,
  readNumeral,
  readQualifier,
  readSuffixUnit,
  readTrailingQualifier,
  type QualifierKind,
} from "../numbers/grammar.js";
import type { Quantity } from "../numbers/quantity.js";
import { isOverSpan, isUpToParticle } from "../text/scanner.js";
import { QuoteIndex } from "../text/occurrences.js";
import { Rational } from "../numbers/rational.js";
import type { Span } from "../base/span.js";
export type { Span };


/** Where a quote was found, and how many times it occurs. */
interface QuoteMatch {
  readonly span: Span;
  /** How many times the quote occurs in the text. */
  readonly occurrences: number;
  /** True when it matched only after folding quote marks or white space. */
  readonly normalised: boolean;
}

const FOLD: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
  "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
};

function isWhite(c: string): boolean {
  return c === " " || c === "\n" || c === "\r" || c === "\t" || c === "\u00a0" || c === "\u202f" || c === "\u2009";
}

/** Folds a text and keeps, for each folded character, its offset in the original. */
function fold(text: string): { folded: string; offsets: number[] } {
  let folded = "";
  const offsets: number[] = [];
  let lastWhite = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (isWhite(ch)) {
      if (lastWhite) continue;
      lastWhite = true;
      folded += " ";
      offsets.push(i);
      continue;
    }
    lastWhite = false;
    folded += FOLD[ch] ?? ch;
    offsets.push(i);
  }
  offsets.push(text.length);
  return { folded, offsets };
}

function allIndexes(haystack: string, needle: string): number[] {
  const out: number[] = [];
  let i = haystack.indexOf(needle);
  while (i >= 0) {
    out.push(i);
    i = haystack.indexOf(needle, i + 1);
  }
  return out;
}

/**
 * Finds `quote` in `text` (its `occurrence`-th match, 1-based; the first by default).
 */
function findQuote(text: string, quote: string, occurrence = 1, index?: QuoteIndex): QuoteMatch | undefined {
  const exact = index ? index.of(quote) : allIndexes(text, quote);
  if (exact.length > 0) {
    const at = exact[occurrence - 1];
    if (at === undefined) return undefined;
    return { span: { start: at, end: at + quote.length }, occurrences: exact.length, normalised: false };
  }
  const t = fold(text);
  const q = fold(quote.trim()).folded;
  if (q.length === 0) return undefined;
  const hits = allIndexes(t.folded, q);
  const at = hits[occurrence - 1];
  if (at === undefined) return undefined;
  return { span: { start: t.offsets[at]!, end: t.offsets[at + q.length - 1]! + 1 }, occurrences: hits.length, normalised: true };
}

/** A claim's value as found in its quote: the numeral and the qualifier the text puts around it. */
export interface ValueMatch {
  /** The numeral ("24,160", "sixty-one", "48%"). */
  readonly span: Span;
  /** The numeral with its qualifier, as the text writes it ("at least 685", "685 or more"). */
  readonly written: Span;
  /** The text's qualifier kind around the numeral; `exact` when there is none. */
  readonly qualifier: QualifierKind;
}

/**
 * The first numeral inside `span` that writes the value of `quantity` (digits in any script,
 * thousands separators, words such as "sixty-one", multipliers such as "1.2 million"), with the
 * qualifier the text puts before it ("at least 685") or after it ("685 or more"). A percentage
 * claim needs a percentage in the text. Undefined when no numeral in the span has the value.
 *
 * @example
 * ```ts
 * import { parseQuantity } from "claimcheck";
 * const text = "raising the total to at least 685.";
 * const q = parseQuantity("685");
 * q.ok && findValueIn(text, { start: 18, end: 33 }, q.quantity);
 * //=> { span: { start: 30, end: 33 }, written: { start: 21, end: 33 }, qualifier: "at-least" }
 * ```
 */
const HUNDRED = Rational.of(100n);

/**
 * Where a value written in a form other than one numeral occurs inside `span`: a fraction in
 * words ("two-thirds", "a third"), "N in M" ("Seven in 10", "nine out of 10") or basis points
 * ("60 basis points", "25bp"), compared by value (a share in percent, basis points in points).
 * Undefined when the form is another, or when the span holds no such figure of that value.
 *
 * @example
 * ```ts
 * import { parseQuantity } from "claimcheck";
 * const q = parseQuantity("two-thirds");
 * q.ok && findFormIn("Nearly two-thirds of voters", { start: 0, end: 27 }, q.quantity);
 * //=> { start: 7, end: 17 }
 * ```
 */
export function findFormIn(text: string, span: Span, quantity: Quantity): Span | undefined {
  const form = quantity.form;
  if (form !== "fraction" && form !== "in-ratio" && form !== "basis-points") return undefined;
  const want = quantity.nominal.sign() < 0 ? quantity.nominal.neg() : quantity.nominal;
  for (let i = span.start; i < span.end; i++) {
    // Only where a word or a figure starts.
    if (i > span.start && (isLetterAt(text, i - 1) || digitAt(text, i - 1) !== null)) continue;
    if (form === "fraction") {
      const f = readFractionWords(text, i);
      if (f && f.end <= span.end && Rational.of(BigInt(f.numerator) * 100n, BigInt(f.denominator)).equals(want)) return { start: i, end: f.end };
    } else if (form === "in-ratio") {
      const r = readInRatio(text, i);
      if (r && r.end <= span.end && r.numerator.value.mul(HUNDRED).div(r.denominator.value).equals(want)) return { start: i, end: r.end };
    } else {
      const n = digitAt(text, i) ? readNumeral(text, i) : null;
      const u = n && !n.percent ? readSuffixUnit(text, n.end) : null;
      if (n && u?.unit === "basis-points" && u.end <= span.end && n.value.div(HUNDRED).equals(want)) return { start: i, end: u.end };
    }
  }
  return undefined;
}

export function findValueIn(text: string, span: Span, quantity: Quantity, options: { percentUnit?: boolean } = {}): ValueMatch | undefined {
  // A measurement is kept in its base unit: the figure as written is nominal / scale ("30 feet").
  const written = quantity.scale !== undefined ? quantity.nominal.div(quantity.scale) : quantity.nominal;
  const want = written.sign() < 0 ? written.neg() : written;
  let i = span.start;
  while (i < span.end) {
    // Not inside a word or a name: "A4", "x2", and the hyphenated digits of "COVID-19", "F-35".
    const inWord =
      i > span.start && (isLetterAt(text, i - 1) || digitAt(text, i - 1) !== null || (text[i - 1] === "-" && i - 2 >= 0 && isLetterAt(text, i - 2)));
    const n = inWord ? null : readNumeral(text, i);
    if (n && n.end <= span.end) {
      const percentOk = n.percent === (quantity.kind === "percent") || (n.percent && options.percentUnit === true);
      if (n.value.equals(want) && percentOk) {
        const before = qualifierBefore(text, n.start);
        const after = before ? undefined : qualifierAfter(text, n.end);
        return {
          span: { start: n.start, end: n.end },
          written: { start: before?.start ?? n.start, end: after?.end ?? n.end },
          qualifier: before?.kind ?? after?.kind ?? "exact",
        };
      }
      i = n.end;
    } else i++;
  }
  return undefined;
}

/** The qualifier that ends right before `at` (one space between), looked up within a bounded window. */
function qualifierBefore(text: string, at: number): { start: number; kind: QualifierKind } | undefined {
  // A currency sign or code between the qualifier and the figure: "about $85 million", "over US$5m".
  const currency = readCurrencyBefore(text, at);
  if (currency && currency.start < at) {
    const q = qualifierBefore(text, currency.start);
    if (q) return q;
  }
  let end = at;
  if (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  else return undefined;
  for (const [phrase, kind] of QUALIFIERS) {
    const start = end - phrase.length;
    if (start < 0) continue;
    const q = readQualifier(text, start);
    // "edged up to 3.9%": the particle of a verb, not a bound (as the scanner reads it).
    // "6,000 vehicles over 5 years": a span of time, not a bound (as the scanner reads it).
    if (q && q.kind === kind && q.end === end && q.next === at && !(kind === "at-most" && text.startsWith("up", start) && isUpToParticle(text, start)) && !(kind === "more-than" && isOverSpan(text, start))) return { start, kind };
  }
  return undefined;
}

/** "or more", "or over", "or fewer", "or less", "or so" right after a numeral. */
function qualifierAfter(text: string, at: number): { end: number; kind: QualifierKind } | undefined {
  const q = readTrailingQualifier(text, at);
  return q ? { end: q.end, kind: q.kind } : undefined;
}

/** Where a claim stands in its document's text, and what went wrong when it does not anchor. */
export type ClaimAnchor =
  /** The quote occurs once (or at its stated occurrence). `value` is absent when the quote lacks the claim's value. */
  | { readonly status: "anchored"; readonly claim: string; readonly document: string; readonly quote: QuoteMatch; readonly value?: ValueMatch }
  /** The quote occurs several times and the claim names no occurrence: the first is used for locations. */
  | { readonly status: "ambiguous"; readonly claim: string; readonly document: string; readonly quote: QuoteMatch; readonly value?: ValueMatch }
  /** The quote is not in the text. `caseOnly`: it is, with other capital letters. */
  | { readonly status: "missing"; readonly claim: string; readonly document: string; readonly caseOnly: boolean }
  /** The stated occurrence is past the quote's last one. */
  | { readonly status: "occurrence"; readonly claim: string; readonly document: string; readonly occurrences: number };

/**
 * The anchors of a claim set's claims: each claim's quote found in its document's text, and the
 * claim's value found in the quote. `check()` and every rule take a claim's location from here
 * (`of`), so all findings about one claim point at the same words; the `claim-anchor` rule
 * reports what `anchor` finds wrong. One instance per claim set (`anchorsOf`); results are cached.
 *
 * @example
 * ```ts
 * import { parseClaims } from "claimcheck";
 * const set = parseClaims({ document: { id: "d", text: "it had investigated 37 reports" },
 *   claims: { inv: { value: 37, quote: "investigated 37 reports" } } });
 * anchorsOf(set).of("inv"); //=> { document: "d", span: { start: 20, end: 22 } }
 * ```
 */
export class ClaimAnchors {
  private readonly cache = new Map<string, ClaimAnchor | null>();
  private readonly claims: ClaimsByKey;
  private readonly texts: Map<string, string>;
  /** Per document, the starts of every claim's quote (made on first use). */
  private readonly indexes = new Map<string, QuoteIndex>();

  /** Every claim of the set, in order. */
  private readonly all: readonly ClaimModel[];

  constructor(set: ClaimSet) {
    this.claims = claimsByKey(set);
    this.all = set.claims;
    this.texts = new Map(set.documents.flatMap((d) => (d.text !== undefined ? [[d.id, d.text] as const] : [])));
  }

  /** The quote index of a document's text, made from the quotes of all its claims. */
  private indexOf(document: string, text: string): QuoteIndex {
    let index = this.indexes.get(document);
    if (!index) {
      const quotes: string[] = [];
      for (const c of this.all) if (c.document === document && c.quote !== undefined) quotes.push(c.quote);
      this.indexes.set(document, (index = new QuoteIndex(text, quotes)));
    }
    return index;
  }

  /**
   * Where findings about a claim point: the value inside its quote with its qualifier ("at least
   * 685", as the scanner spans numbers), else the quote. Undefined for
   * a claim without a quote, in a document without text, or whose quote is not found.
   */
  of(key: string): { document: string; span: Span } | undefined {
    const a = this.anchor(key);
    if (!a || (a.status !== "anchored" && a.status !== "ambiguous")) return undefined;
    return { document: a.document, span: a.value?.written ?? a.quote.span };
  }

  /** The claim's anchor with its status; undefined when it has no quote or its document no text. */
  anchor(key: string): ClaimAnchor | undefined {
    // With no document text there is nothing to anchor in (and nothing to cache per claim).
    if (this.texts.size === 0) return undefined;
    if (!this.cache.has(key)) this.cache.set(key, this.find(key));
    return this.cache.get(key) ?? undefined;
  }

  private find(key: string): ClaimAnchor | null {
    const claim = this.claims.get(key);
    if (!claim?.quote) return null;
    const text = this.texts.get(claim.document);
    if (text === undefined) return null;
    const base = { claim: key, document: claim.document };
    const index = this.indexOf(claim.document, text);
    const first = findQuote(text, claim.quote, 1, index);
    if (!first) return { ...base, status: "missing", caseOnly: findQuote(text.toLowerCase(), claim.quote.toLowerCase(), 1) !== undefined };
    const occurrence = claim.occurrence ?? 1;
    const m = occurrence === 1 ? first : findQuote(text, claim.quote, occurrence, index);
    if (!m) return { ...base, status: "occurrence", occurrences: first.occurrences };
    const percentUnit = claim.unit !== undefined && /percent|per cent|%/i.test(claim.unit);
    const value = claim.quantity ? findValueIn(text, m.span, claim.quantity, { percentUnit }) : undefined;
    const status = m.occurrences > 1 && claim.occurrence === undefined ? "ambiguous" : "anchored";
    return { ...base, status, quote: m, ...(value ? { value } : {}) };
  }
}

const anchorCache = new WeakMap<ClaimSet, ClaimAnchors>();

/**
 * The one `ClaimAnchors` of a claim set (made on first use and kept with the set).
 *
 * @example
 * ```ts
 * import { parseClaims } from "claimcheck";
 * const set = parseClaims({ claims: { a: 1 } });
 * anchorsOf(set) === anchorsOf(set); //=> true
 * ```
 */
export function anchorsOf(set: ClaimSet): ClaimAnchors {
  let a = anchorCache.get(set);
  if (!a) anchorCache.set(set, (a = new ClaimAnchors(set)));
  return a;
}

/**
 * The span of a claim's quote in its document (from the set's one `ClaimAnchors`), or undefined
 * when the claim has no quote, its document no text, or the quote is not found. Rules that need
 * the whole quote rather than the value inside it (coverage of numbers, time findings) use this.
 *
 * @example
 * ```ts
 * import { parseClaims } from "claimcheck";
 * const set = parseClaims({ document: { id: "d", text: "it had investigated 37 reports" },
 *   claims: { inv: { value: 37, quote: "investigated 37 reports" } } });
 * quoteSpanOf(set, "inv"); //=> { start: 7, end: 30 }
 * ```
 */
export function quoteSpanOf(set: ClaimSet, key: string): Span | undefined {
  const a = anchorsOf(set).anchor(key);
  return a && (a.status === "anchored" || a.status === "ambiguous") ? a.quote.span : undefined;
}
