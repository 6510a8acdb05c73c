/**
 * Finding a claim's quote in its text: exactly, or after folding quote marks, dashes and white
 * space, so that a quote typed with straight quotes still anchors in a text with curly ones.
 */
import { readNumeral } from "../numbers/grammar.js";
import type { Rational } from "../numbers/rational.js";

/** A span of a text, UTF-16 offsets, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where a quote was found, and how many times it occurs. */
export interface QuoteMatch {
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
 *
 * @example
 * ```ts
 * findQuote("He said “13 were accessed”.", '"13 were accessed"')?.span; //=> { start: 8, end: 26 }
 * ```
 */
export function findQuote(text: string, quote: string, occurrence = 1): QuoteMatch | undefined {
  const exact = allIndexes(text, quote);
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

/**
 * The span of the first numeral inside `span` whose value is `value` (or whose figure, before
 * its multiplier or percent, is). Undefined when the span has no such numeral.
 *
 * @example
 * ```ts
 * findValue("investigated 37 reports", { start: 0, end: 23 }, Rational.of(37)); //=> { start: 13, end: 15 }
 * ```
 */
export function findValue(text: string, span: Span, value: Rational): Span | undefined {
  let i = span.start;
  while (i < span.end) {
    const prevIsWordChar = i > span.start ? /[\p{L}\p{Nd}]/u.test(text[i - 1]!) : false;
    const n = prevIsWordChar ? null : readNumeral(text, i);
    if (n && n.end <= span.end) {
      if (n.value.equals(value) || n.mantissaValue.equals(value)) return { start: n.start, end: n.end };
      i = n.end;
    } else i++;
  }
  return undefined;
}
