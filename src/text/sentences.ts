/**
 * Paragraphs and sentences of a news text, as UTF-16 spans. One forward pass each, no regular
 * expression over the text; every look-back or look-ahead is bounded or moves the pass forward.
 *
 * Paragraphs are separated by blank lines; a text without any blank line (one paragraph a line,
 * as many feeds send it) has one paragraph a line. Sentences end at `.`, `!`, `?` or `…` (with any
 * closing quotation marks and brackets after it) followed by white space and a capital letter,
 * digit, opening quote or bracket, and always at a paragraph's end. A period after a title
 * ("Gen.", "Dr.", "No. 5"), an initial or initialism ("John F. Kennedy", "the U.S. Army") or a
 * decimal point ends nothing, unless the next word is one that starts sentences ("in the U.S. The
 * coalition…").
 */
import type { Span } from "../base/span.js";
import { isDigit, isLetter, isLineBreak, isLower, isUpper, isWhite } from "./chars.js";

/**
 * The paragraphs of a text: blank-line separated blocks, or lines when the text has no blank
 * line. Spans exclude surrounding white space; blank paragraphs are dropped.
 *
 * @example
 * ```ts
 * paragraphs("One.\n\nTwo\nstill two."); //=> [{ start: 0, end: 4 }, { start: 6, end: 20 }]
 * paragraphs("One.\nTwo."); //=> [{ start: 0, end: 4 }, { start: 5, end: 9 }]
 * ```
 */
export function paragraphs(text: string): Span[] {
  // Lines: [start, end) without the break; blank when only white space.
  const lines: Array<{ start: number; end: number; blank: boolean }> = [];
  let start = 0;
  let blank = true;
  let anyBlank = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c === -1 || isLineBreak(c)) {
      lines.push({ start, end: i, blank });
      // A blank line between two lines (not a trailing or leading one) separates paragraphs.
      if (blank && lines.length > 1 && c !== -1) anyBlank = true;
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
      blank = true;
    } else if (blank && !isWhite(text, i)) blank = false;
  }
  const out: Span[] = [];
  const push = (a: number, b: number) => {
    while (a < b && isWhite(text, a)) a++;
    while (b > a && isWhite(text, b - 1)) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  if (!anyBlank) {
    for (const l of lines) if (!l.blank) push(l.start, l.end);
    return out;
  }
  let open = -1;
  let last = -1;
  for (const l of lines) {
    if (l.blank) {
      if (open >= 0) push(open, last);
      open = -1;
    } else {
      if (open < 0) open = l.start;
      last = l.end;
    }
  }
  if (open >= 0) push(open, last);
  return out;
}

/** Titles and abbreviations that stand before a name or number and never end a sentence (capitalised as written). */
const NEVER_END = new Set([
  "Mr", "Mrs", "Ms", "Dr", "Gen", "Gens", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm", "Cmdr", "Cpl", "Pvt", "Brig",
  "Rep", "Reps", "Sen", "Sens", "Gov", "Pres", "Prof", "Rev", "Hon", "Fr", "Mt", "Ft", "No", "Nos", "Fig", "Vol",
  "Messrs", "Mme", "Mlle", "Sr", "Jr", "Supt", "Insp", "Det", "Cllr", "Amb",
]);

/** Abbreviations that may end a sentence: they end one only before a word that starts sentences. */
const MAY_END = new Set([
  "inc", "corp", "ltd", "co", "bros", "etc", "al", "approx", "est", "dept", "govt", "st", "ave", "rd", "vs", "v",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "pp", "p", "cf", "ca",
]);

/** Words that start sentences, so that an abbreviation before them may end one. */
const STARTERS = new Set([
  "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there",
  "in", "on", "at", "but", "and", "or", "so", "if", "when", "while", "after", "before", "as", "his", "her", "their",
  "our", "my", "some", "many", "most", "all", "no", "one", "two", "three", "officials", "however", "meanwhile",
  "also", "yet", "still", "then", "last", "according", "what", "who", "why", "how", "where", "since", "during",
  "for", "from", "with", "by", "both", "each", "such", "among", "despite", "although", "though", "because",
]);

const TERMINATORS = ".!?\u2026";
/** Closing marks that stay with the sentence they follow. */
const CLOSERS = "\"'\u201d\u2019)]}\u00bb\u203a";
/** Marks that may open the next sentence. */
const OPENERS = "\"'\u201c\u2018\u201e\u00ab\u2039([{";

/**
 * The sentences of a text, paragraph by paragraph, as spans without surrounding white space.
 *
 * @example
 * ```ts
 * const t = "Gen. Smith said 4.5% of U.S. troops left. “Why?” he asked. Then he left.";
 * sentences(t).map((s) => t.slice(s.start, s.end));
 * //=> ["Gen. Smith said 4.5% of U.S. troops left.", "“Why?” he asked.", "Then he left."]
 * ```
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs(text)) splitParagraph(text, p, out);
  return out;
}

function splitParagraph(text: string, p: Span, out: Span[]): void {
  let start = p.start;
  let i = p.start;
  while (i < p.end) {
    const ch = text[i]!;
    if (!TERMINATORS.includes(ch)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < p.end && TERMINATORS.includes(text[j]!)) j++;
    const single = j === i + 1 && ch === ".";
    while (j < p.end && CLOSERS.includes(text[j]!)) j++;
    let k = j;
    while (k < p.end && isWhite(text, k)) k++;
    if (k === j || k >= p.end) {
      // No white space after it ("4.3", "U.S.-led"), or the paragraph ends here anyway.
      i = j;
      continue;
    }
    if (!startsSentence(text, k) || (single && !periodEnds(text, i, k, p.end))) {
      i = k;
      continue;
    }
    out.push(trim(text, start, j));
    start = k;
    i = k;
  }
  if (start < p.end) out.push(trim(text, start, p.end));
}

function trim(text: string, a: number, b: number): Span {
  while (a < b && isWhite(text, a)) a++;
  while (b > a && isWhite(text, b - 1)) b--;
  return { start: a, end: b };
}

/** True when the character at k may begin a sentence: a capital, a digit, an opening mark. */
function startsSentence(text: string, k: number): boolean {
  if (OPENERS.includes(text[k]!)) return true;
  if (isDigit(text, k)) return true;
  if (isLower(text, k)) return false;
  return isUpper(text, k) || (isLetter(text, k) && !isLower(text, k));
}

/** Decides whether a single period at i (next word at k) ends a sentence. */
function periodEnds(text: string, i: number, k: number, end: number): boolean {
  // The word before the period, with inner periods ("U.S", "e.g"), at most 24 characters back.
  let a = i;
  while (a > 0 && i - a < 24 && (isLetter(text, a - 1) || (text[a - 1] === "." && a - 1 > 0 && isLetter(text, a - 2)))) a--;
  if (a === i) return true; // "4." or ")." — nothing to look up
  const word = text.slice(a, i);
  if (word.includes(".") || (word.length === 1 && !isDigit(text, a))) {
    // An initialism ("U.S", "p.m") or an initial ("F"): ends a sentence only before a starter.
    return nextIsStarter(text, k, end);
  }
  if (NEVER_END.has(word)) return false;
  if (MAY_END.has(word.toLowerCase())) return nextIsStarter(text, k, end);
  return true;
}

function nextIsStarter(text: string, k: number, end: number): boolean {
  let a = k;
  while (a < end && OPENERS.includes(text[a]!)) a++;
  let b = a;
  while (b < end && b - a < 16 && isLetter(text, b)) b++;
  return STARTERS.has(text.slice(a, b).toLowerCase());
}
