/**
 * Words of a text for context patterns: one forward pass, each token with its span, its
 * lower-case form and its shape. Every punctuation mark, quotation marks and brackets included,
 * makes a token of its own, so a pattern never reads across a comma, a full stop, the edge of a
 * quotation or an editorial insertion ("its [the world's] middle" is not "its the").
 * Apostrophes and hyphens inside a word belong to it ("coalition’s", "US-led").
 */
import type { Span } from "../base/span.js";
import { isDigit, isLetter, isUpper, isWhite, isWordChar } from "./chars.js";

/** A token: a word, a number or one punctuation character. */
export interface Token extends Span {
  readonly kind: "word" | "number" | "punct";
  /** The token as written. */
  readonly text: string;
  /** Lower case, with ’ and ʼ read as ' ("coalition’s" → "coalition's"). */
  readonly norm: string;
  /** All capitals, two letters or more ("IS", "US", "ISIS"): names, not the words they spell. */
  readonly caps: boolean;
  /** First letter a capital, the rest not all capitals ("Affect", "Lead"). */
  readonly capitalised: boolean;
}

/** Characters that join two parts of one word: apostrophes and hyphens. */
const JOINERS = "'\u2019\u02bc-\u2010\u2011";

/**
 * The tokens of `text` between `from` and `to`.
 *
 * @example
 * ```ts
 * tokenize("“[of these] 13 were accessed,” it said").map((t) => t.norm);
 * //=> ["“", "[", "of", "these", "]", "13", "were", "accessed", ",", "”", "it", "said"]
 * ```
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return tokenizeSome(text, from, to, Infinity).tokens;
}

/**
 * At most `max` tokens of `text` from `from` (before `to`), and where reading stopped: for
 * reading a long text in bounded pieces.
 *
 * @example
 * ```ts
 * const { tokens, next } = tokenizeSome("a b c", 0, 5, 2);
 * tokens.map((t) => t.norm); //=> ["a", "b"]
 * next; //=> 3
 * ```
 */
export function tokenizeSome(text: string, from: number, to: number, max: number): { tokens: Token[]; next: number } {
  const out: Token[] = [];
  let i = from;
  while (i < to && out.length < max) {
    if (isWhite(text, i)) {
      i++;
      continue;
    }
    const start = i;
    if (isWordChar(text, i)) {
      const number = isDigit(text, i);
      i = afterWordChar(text, i);
      for (;;) {
        if (i < to && isWordChar(text, i)) i = afterWordChar(text, i);
        else if (i + 1 < to && JOINERS.includes(text[i]!) && isWordChar(text, i + 1)) i++;
        else if (number && i + 1 < to && (text[i] === "," || text[i] === ".") && isDigit(text, i + 1)) i++;
        else break;
      }
      const raw = text.slice(start, i);
      out.push(word(raw, start, i, number));
    } else {
      const w = text.codePointAt(i)! > 0xffff ? 2 : 1;
      i += w;
      const mark = text.slice(start, i);
      out.push({ start, end: i, kind: "punct", text: mark, norm: mark, caps: false, capitalised: false });
    }
  }
  return { tokens: out, next: i };
}

function afterWordChar(text: string, i: number): number {
  return i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
}

function word(raw: string, start: number, end: number, number: boolean): Token {
  let letters = 0;
  let upper = 0;
  for (let k = 0; k < raw.length; k++) {
    if (isLetter(raw, k)) {
      letters++;
      if (isUpper(raw, k)) upper++;
    }
  }
  const caps = letters >= 2 && upper === letters;
  const capitalised = !caps && letters > 0 && isUpper(raw, 0);
  let norm = raw.toLowerCase();
  if (norm.includes("\u2019") || norm.includes("\u02bc")) norm = norm.replace(/[\u2019\u02bc]/g, "'");
  return { start, end, kind: number ? "number" : "word", text: raw, norm, caps, capitalised };
}
