/**
 * Quoted passages of a text: straight and curly marks, low-9 and guillemet marks, single quotes
 * nested in double ones (and the other way round), editorial insertions in square brackets, and
 * quotations that run over several paragraphs (each paragraph reopens the quote, only the last
 * closes it). One forward pass with a small stack; nothing is guessed silently: a quotation that
 * never closes, a closing mark without an opening one and a quotation whose marks do not match
 * ("…” opened by a straight ") come back as problems.
 *
 * Apostrophes are told apart from single quotes by their neighbours: a mark between two letters
 * or digits ("coalition’s", "don't") is an apostrophe, and so is a closing single mark when no
 * single quotation is open ("soldiers’ families"), and an opening one before a digit ("’90s").
 * A straight single mark that opens and never closes is taken as an apostrophe ("'em"), not
 * reported: straight apostrophes are far more common than unclosed straight single quotes.
 */
import type { Span } from "../base/span.js";
import { isDigit, isWhite, isWordChar } from "./chars.js";
import { paragraphs } from "./sentences.js";

/** Double or single quotation. */
type QuoteKind = "double" | "single";

/** A quoted passage. */
export interface QuotedPassage {
  /** From the opening mark to the closing mark, both included (to the paragraph's end when it does not close there). */
  readonly span: Span;
  /** The quoted words, without the marks. */
  readonly inner: Span;
  readonly kind: QuoteKind;
  /** The opening mark as written. */
  readonly open: string;
  /** The closing mark as written, when it closes. */
  readonly close?: string;
  /** 0 for an outermost quotation, 1 for a quotation inside it, … */
  readonly depth: number;
  /** True when the quotation goes on in the next paragraph (which reopens it). */
  readonly continued: boolean;
  /** Editorial insertions in square brackets inside the quotation ("[of these]"). */
  readonly insertions: readonly Span[];
}

/** A problem with the quotation marks of a text. */
export interface QuoteProblem {
  /** unclosed: opens and never closes; unopened: a closing mark with nothing open; mixed: opens and closes with marks that are not a pair; stray: a mark between spaces. */
  readonly kind: "unclosed" | "unopened" | "mixed" | "stray";
  /** unclosed, unopened, stray: the mark; mixed: the whole quotation. */
  readonly span: Span;
  /** The mark the span points at (for mixed: the closing mark). */
  readonly mark: string;
  readonly open?: string;
  readonly close?: string;
}

/** What `scanQuotes` finds. */
export interface QuoteScan {
  /** Every quoted passage, in order of their opening marks. */
  readonly passages: readonly QuotedPassage[];
  readonly problems: readonly QuoteProblem[];
}

/** Shared by every passage without insertions (most of them), so that none allocates a list. */
const NO_SPANS: readonly Span[] = Object.freeze([]);

/** The deepest nesting tracked (see `open`). */
const MAX_DEPTH = 8;

const SQ = "'"; // straight single
const DQ = '"'; // straight double

/** Opening mark → closing marks that make a pair with it. */
const PAIRS: Readonly<Record<string, string>> = {
  [DQ]: DQ,
  "\u201c": "\u201d", // “ ”
  "\u201e": "\u201c\u201d", // „ “ and „ ”
  "\u00ab": "\u00bb", // « »
  "\u00bb": "\u00ab", // » « (Danish)
  [SQ]: SQ,
  "\u2018": "\u2019", // ‘ ’
  "\u201a": "\u2018\u2019", // ‚ ‘ and ‚ ’
  "\u2039": "\u203a", // ‹ ›
  "\u203a": "\u2039",
};

const DOUBLE_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb';
const SINGLE_MARKS = "'\u2018\u2019\u201a\u2039\u203a";
/** Marks that open a quotation when they open a paragraph. */
const PARAGRAPH_OPENERS = '"\u201c\u201e\u00ab\'\u2018\u201a\u2039';

interface Open {
  readonly kind: QuoteKind;
  readonly mark: string;
  readonly at: number;
  /** A straight single mark that may be an apostrophe: dropped silently when it never closes. */
  readonly tentative: boolean;
  bracket: number;
  insertions: Span[] | null;
  readonly slot: number;
}

/**
 * Finds the quoted passages of a text and the problems with its quotation marks.
 *
 * @example
 * ```ts
 * const t = 'He said “[of these] 13 were ‘credible’” and "more,” she said.';
 * const { passages, problems } = scanQuotes(t);
 * passages.map((p) => t.slice(p.inner.start, p.inner.end));
 * //=> ["[of these] 13 were ‘credible’", "credible", "more,"]
 * passages[0].insertions; //=> [{ start: 9, end: 19 }]
 * problems; //=> [{ kind: "mixed", span: { start: 44, end: 51 }, mark: "”", open: '"', close: "”" }]
 * ```
 */
export function scanQuotes(text: string): QuoteScan {
  const passages: Array<QuotedPassage | null> = [];
  const problems: QuoteProblem[] = [];
  const paras = paragraphs(text);
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p]!;
    const next = paras[p + 1];
    const stack: Open[] = [];

    const finish = (o: Open, closeAt: number, close: string | undefined, continued: boolean, depth = stack.length) => {
      const end = close !== undefined ? closeAt + 1 : para.end;
      const span = { start: o.at, end };
      const inner = { start: o.at + 1, end: close !== undefined ? closeAt : para.end };
      const insertions = o.insertions ?? NO_SPANS;
      passages[o.slot] =
        close !== undefined
          ? { span, inner, kind: o.kind, open: o.mark, close, depth, continued, insertions }
          : { span, inner, kind: o.kind, open: o.mark, depth, continued, insertions };
      if (close !== undefined && !(PAIRS[o.mark] ?? "").includes(close)) {
        problems.push({ kind: "mixed", span, mark: close, open: o.mark, close });
      }
    };
    /** Pops entries above index `to` as unclosed (tentative ones vanish). */
    const abandon = (to: number) => {
      while (stack.length > to) {
        const o = stack.pop()!;
        if (o.tentative) {
          passages[o.slot] = null;
          continue;
        }
        finish(o, -1, undefined, false);
        problems.push({ kind: "unclosed", span: { start: o.at, end: o.at + 1 }, mark: o.mark, open: o.mark });
      }
    };
    const open = (kind: QuoteKind, mark: string, at: number, tentative = false) => {
      if (stack.length >= MAX_DEPTH) {
        // Quotations nest two or three deep; past MAX_DEPTH the outermost surely never closed.
        // Keeping the stack bounded keeps every step O(1), so hostile input stays linear.
        const o = stack.shift()!;
        if (o.tentative) passages[o.slot] = null;
        else {
          finish(o, -1, undefined, false, 0);
          problems.push({ kind: "unclosed", span: { start: o.at, end: o.at + 1 }, mark: o.mark, open: o.mark });
        }
      }
      stack.push({ kind, mark, at, tentative, bracket: -1, insertions: null, slot: passages.length });
      passages.push(null);
    };
    const innermost = (kind: QuoteKind) => {
      for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.kind === kind) return k;
      return -1;
    };
    const close = (k: number, at: number, mark: string) => {
      abandon(k + 1);
      const o = stack.pop()!;
      finish(o, at, mark, false);
    };

    for (let i = para.start; i < para.end; i++) {
      const ch = text[i]!;
      if (ch === "[" || ch === "]") {
        const top = stack[stack.length - 1];
        if (!top) continue;
        if (ch === "[" && top.bracket < 0) top.bracket = i;
        else if (ch === "]" && top.bracket >= 0) {
          (top.insertions ??= []).push({ start: top.bracket, end: i + 1 });
          top.bracket = -1;
        }
        continue;
      }
      const isDouble = DOUBLE_MARKS.includes(ch);
      if (!isDouble && !SINGLE_MARKS.includes(ch)) continue;
      const before = i > para.start ? i - 1 : -1;
      const spaceBefore = before < 0 || isWhite(text, before) || OPEN_CONTEXT.includes(text[before]!);
      const spaceAfter = i + 1 >= para.end || isWhite(text, i + 1) || !isWordOrOpen(text, i + 1);
      const canOpen = spaceBefore && !(i + 1 >= para.end || isWhite(text, i + 1));
      const canClose = !(before < 0 || isWhite(text, before)) && spaceAfter;
      if (isDouble) {
        const k = innermost("double");
        const top = k >= 0 ? stack[k]! : undefined;
        switch (ch) {
          case DQ:
            if (top && !canOpen) close(k, i, ch);
            else if (top && canOpen && !canClose) {
              // A second opening mark while one is open: the first never closed.
              abandon(k);
              open("double", ch, i);
            } else if (top) close(k, i, ch);
            else if (canOpen) open("double", ch, i);
            else if (before >= 0 && isDigit(text, before)) continue; // 12" — inches, not a quote
            else problems.push({ kind: spaceBefore ? "stray" : "unopened", span: { start: i, end: i + 1 }, mark: ch });
            break;
          case "\u201c": // “ opens; closes a „ quotation; closes anything when it cannot open
            if (top && (top.mark === "\u201e" || (canClose && !canOpen))) close(k, i, ch);
            else {
              if (top && top.mark !== "\u00ab" && top.mark !== "\u00bb") abandon(k);
              open("double", ch, i);
            }
            break;
          case "\u201e":
            open("double", ch, i);
            break;
          case "\u201d": // ” closes
            if (top) close(k, i, ch);
            else problems.push({ kind: "unopened", span: { start: i, end: i + 1 }, mark: ch });
            break;
          case "\u00ab":
          case "\u00bb": {
            const partner = ch === "\u00ab" ? "\u00bb" : "\u00ab";
            if (top && top.mark === partner && canClose) close(k, i, ch);
            else if (canOpen) open("double", ch, i);
            else if (top) close(k, i, ch);
            else problems.push({ kind: "unopened", span: { start: i, end: i + 1 }, mark: ch });
            break;
          }
        }
        continue;
      }
      // Single marks. Between two letters or digits: an apostrophe.
      if (before >= 0 && isWordChar(text, before) && isWordChar(text, i + 1)) continue;
      const k = innermost("single");
      const closable = k >= 0 && k === stack.length - 1;
      switch (ch) {
        case SQ:
          if (closable && canClose) close(k, i, ch);
          else if (canOpen && !isDigit(text, i + 1)) open("single", ch, i, true);
          break;
        case "\u2018":
          if (closable && stack[k]!.mark === "\u201a" && canClose) close(k, i, ch);
          else if (canOpen && !isDigit(text, i + 1)) open("single", ch, i);
          break;
        case "\u201a":
          if (canOpen) open("single", ch, i);
          break;
        case "\u2019":
          if (closable && canClose) close(k, i, ch);
          break;
        case "\u2039":
        case "\u203a": {
          const partner = ch === "\u2039" ? "\u203a" : "\u2039";
          if (closable && stack[k]!.mark === partner && canClose) close(k, i, ch);
          else if (canOpen) open("single", ch, i);
          break;
        }
      }
    }
    // The paragraph ends. A quotation still open goes on when the next paragraph reopens it.
    const reopens = next !== undefined && PARAGRAPH_OPENERS.includes(text[next.start]!);
    const firstReal = stack.findIndex((o) => !o.tentative);
    if (reopens && firstReal >= 0) {
      const kind = DOUBLE_MARKS.includes(text[next!.start]!) ? "double" : "single";
      const outer = stack[firstReal]!;
      if (outer.kind === kind) {
        abandon(firstReal + 1);
        stack.pop();
        finish(outer, -1, undefined, true);
      }
    }
    abandon(0);
  }
  let sorted = true;
  for (let k = 1; k < problems.length && sorted; k++) sorted = problems[k - 1]!.span.start <= problems[k]!.span.start;
  if (!sorted) problems.sort((a, b) => a.span.start - b.span.start);
  return { passages: passages.filter((x): x is QuotedPassage => x !== null), problems };
}

/** Characters after which a mark opens: brackets, dashes, slashes and other opening marks. */
const OPEN_CONTEXT = "([{\u2014\u2013-/\u201c\u2018\u201e\u201a\u00ab\u2039\"':";

function isWordOrOpen(text: string, i: number): boolean {
  return isWordChar(text, i) || "([{".includes(text[i] ?? "");
}

/**
 * Answers "is this offset quoted?" for one scan: inside the words of a quotation (at any depth),
 * and not inside an editorial insertion. Each question is a binary search.
 *
 * @example
 * ```ts
 * const t = "“[of these] 13 were accessed”";
 * const quotes = new QuoteIndex(scanQuotes(t).passages);
 * quotes.at(t.indexOf("accessed"))?.open; //=> "“"
 * quotes.at(t.indexOf("these")); //=> undefined // (an editorial insertion)
 * ```
 */
export class QuoteIndex {
  private readonly outer: QuotedPassage[];
  private readonly insertions: Span[];

  constructor(passages: readonly QuotedPassage[]) {
    this.outer = passages.filter((p) => p.depth === 0);
    this.insertions = passages.flatMap((p) => p.insertions).sort((a, b) => a.start - b.start);
  }

  /** The outermost quotation whose words contain the offset, or undefined. */
  at(offset: number): QuotedPassage | undefined {
    const p = lastStartingAtOrBefore(this.outer, offset, (x) => x.inner.start);
    if (!p || offset >= p.inner.end) return undefined;
    const ins = lastStartingAtOrBefore(this.insertions, offset, (x) => x.start);
    if (ins && offset < ins.end) return undefined;
    return p;
  }
}

function lastStartingAtOrBefore<T>(xs: readonly T[], offset: number, startOf: (x: T) => number): T | undefined {
  let lo = 0;
  let hi = xs.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(xs[mid]!) <= offset) {
      found = xs[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
