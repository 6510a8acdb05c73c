/**
 * The one number grammar of claimcheck. Claim values ("at least 685", "24,160", "sixty-one",
 * "1.2 million", "48%") and the text scanner both read numbers through `readNumeral` and
 * `readQualifier`, so a number means the same thing wherever it is written.
 *
 * Every reader here walks forward over characters and never backtracks more than a fixed number
 * of characters, so reading is linear in the input.
 */
import { Rational } from "./rational.js";

/** First code point (the zero) of every block of ten Unicode decimal digits (\p{Nd}). */
const DIGIT_ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20,
  0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900,
  0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x10d40, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0,
  0x11450, 0x114d0, 0x11650, 0x116c0, 0x116d0, 0x116da, 0x11730, 0x118e0, 0x11950, 0x11bf0, 0x11c50, 0x11d50, 0x11da0,
  0x11de0, 0x11f50, 0x16130, 0x16a60, 0x16ac0, 0x16b50, 0x16d70, 0x1ccf0, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6,
  0x1e140, 0x1e2f0, 0x1e4f0, 0x1e5f1, 0x1e950, 0x1fbf0,
];

/**
 * The value 0–9 of a Unicode decimal digit code point, or -1.
 */
function digitValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x660) return -1;
  let lo = 0;
  let hi = DIGIT_ZEROS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (DIGIT_ZEROS[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  const off = cp - DIGIT_ZEROS[lo]!;
  return off >= 0 && off <= 9 ? off : -1;
}

/**
 * The digit at UTF-16 index `i` of `s` (any \p{Nd} script) and the number of code units it takes,
 * or null.
 *
 * @example
 * ```ts
 * digitAt("a٦", 1); //=> { d: 6, w: 1 }
 * digitAt("ab", 0); //=> null
 * ```
 */
export function digitAt(s: string, i: number): { d: number; w: number } | null {
  const c = s.charCodeAt(i);
  if (c >= 0x30 && c <= 0x39) return { d: c - 0x30, w: 1 };
  if (c < 0x660 || Number.isNaN(c)) return null;
  const cp = s.codePointAt(i)!;
  const d = digitValue(cp);
  return d < 0 ? null : { d, w: cp > 0xffff ? 2 : 1 };
}

/**
 * The index just after the run of digits (any \p{Nd} script) starting at `i`; `i` when there is
 * no digit there. Allocates nothing, so the scanner can measure a run before reading it.
 *
 * @example
 * ```ts
 * digitRunEnd("2017-09", 0); //=> 4
 * ```
 */
export function digitRunEnd(s: string, i: number): number {
  let j = i;
  for (;;) {
    const c = s.charCodeAt(j);
    if (c >= 0x30 && c <= 0x39) {
      j++;
      continue;
    }
    if (!(c >= 0x660)) return j;
    const d = digitAt(s, j);
    if (!d) return j;
    j += d.w;
  }
}

function asciiDigitsEnd(s: string, i: number): number {
  let j = i;
  for (let c = s.charCodeAt(j); c >= 0x30 && c <= 0x39; c = s.charCodeAt(++j));
  return j;
}

/** How a numeral groups its thousands: used by the `number-format` rule (`point` under a decimal comma: "1.234,5"). */
export type SeparatorStyle = "none" | "comma" | "space" | "arabic" | "point";

/** A multiplier word or suffix: "million", "bn", "m", "thousand", "k". */
interface Multiplier {
  readonly word: string;
  readonly factor: Rational;
}

/** A numeral read from text: the digits or words, and what they mean. */
export interface Numeral {
  /** UTF-16 offset of the first character. */
  readonly start: number;
  /** UTF-16 offset just after the last character (multiplier and percent sign included). */
  readonly end: number;
  /** The mantissa as written, digits normalised to ASCII, separators removed ("24160", "1.2"). */
  readonly mantissa: string;
  /** Digits after the decimal point, as written ("5.00" has 2). */
  readonly decimals: number;
  /** The value of the mantissa alone. */
  readonly mantissaValue: Rational;
  /** The multiplier, if any ("million" in "1.2 million"). */
  readonly multiplier?: Multiplier;
  /** True for "48%", "48 percent", "48 per cent". */
  readonly percent: boolean;
  /** True when spelled in words ("sixty-one", "a dozen"). */
  readonly words: boolean;
  /** How thousands were grouped. */
  readonly separator: SeparatorStyle;
  /** The exact value: mantissa × multiplier (a percent keeps its percentage value: 48 for "48%"). */
  readonly value: Rational;
}

const MULTIPLIERS: ReadonlyArray<[string, Rational, boolean]> = [
  // word, factor, only when glued to the digits ("3.5m", not "3.5 m", which may be metres)
  ["trillion", Rational.of(10n ** 12n), false],
  ["billion", Rational.of(10n ** 9n), false],
  ["million", Rational.of(10n ** 6n), false],
  ["thousand", Rational.of(1000n), false],
  ["crore", Rational.of(10n ** 7n), false],
  ["lakh", Rational.of(10n ** 5n), false],
  ["bn", Rational.of(10n ** 9n), false],
  ["tn", Rational.of(10n ** 12n), false],
  ["mn", Rational.of(10n ** 6n), false],
  ["m", Rational.of(10n ** 6n), true],
  ["k", Rational.of(1000n), true],
];

/** First letters (lower case) of the multipliers: a quick test before trying each. */
const MULTIPLIER_INITIALS = new Set(MULTIPLIERS.map(([w]) => w.charCodeAt(0)));

/** True for an ASCII or Unicode letter at index i (so "m" in "3.5mm" is not a multiplier). */
export function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return true;
  if (c < 0x80) return false;
  return /\p{L}/u.test(String.fromCodePoint(s.codePointAt(i)!));
}

function lowerAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

/** True when `word` (lower-case ASCII) is at `i`, case-insensitively. */
export function wordAt(s: string, i: number, word: string): boolean {
  if (i + word.length > s.length) return false;
  for (let k = 0; k < word.length; k++) if (lowerAt(s, i + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** True when `word` stands at `i` as a whole word (no letter right after it). */
export function wholeWordAt(s: string, i: number, word: string): boolean {
  return wordAt(s, i, word) && !isLetterAt(s, i + word.length);
}

/**
 * True for the spaces the grammar accepts between words: space, tab, no-break, narrow no-break
 * and thin space.
 *
 * @example
 * ```ts
 * isSpace(0xa0); //=> true
 * isSpace(0x0a); //=> false  // (a line break ends a phrase)
 * ```
 */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x09;
}

/** Index after spaces starting at i (at most `max` of them). */
function skipSpaces(s: string, i: number, max = 3): number {
  let j = i;
  while (j < s.length && j - i < max && isSpace(s.charCodeAt(j))) j++;
  return j;
}

/**
 * How a text writes its decimals: `decimal-point` ("1,234.5", the default) or `decimal-comma`
 * ("1.234,5", "1 234,5"). `asciiSpaceGroups` also accepts a plain space between groups of three
 * ("3 620"): claim values only, never running text, where "in 2017 345" are two numbers.
 */
export interface NumberFormat {
  readonly decimal: "point" | "comma";
  readonly asciiSpaceGroups?: boolean;
}

const DECIMAL_POINT: NumberFormat = { decimal: "point" };

/** The style of a group separator under a number format, or undefined when it is none. */
function groupSeparator(c: number, format: NumberFormat): SeparatorStyle | undefined {
  if (c === 0xa0 || c === 0x202f || c === 0x2009) return "space";
  if (c === 0x66c) return "arabic";
  if (c === 0x20) return format.asciiSpaceGroups ? "space" : undefined;
  if (format.decimal === "point") return c === 0x2c ? "comma" : undefined;
  return c === 0x2e ? "point" : undefined;
}

/** Reads ASCII or Unicode digits with optional thousands groups and a decimal part. */
function readDigits(s: string, i: number, format: NumberFormat = DECIMAL_POINT): { end: number; mantissa: string; decimals: number; separator: SeparatorStyle } | null {
  let j = i;
  let digits = "";
  const c0 = s.charCodeAt(i);
  if (!(c0 >= 0x30 && c0 <= 0x39) && !(c0 >= 0x660 && digitAt(s, i))) return null;
  let d: { d: number; w: number } | null;
  // ASCII digits are taken as they stand; other scripts are normalised digit by digit.
  j = asciiDigitsEnd(s, i);
  if (j > i) digits = s.slice(i, j);
  d = digitAt(s, j);
  while (d) {
    digits += d.d;
    j += d.w;
    d = digitAt(s, j);
  }
  let separator: SeparatorStyle = "none";
  // Thousands groups: a separator followed by exactly three digits and no fourth.
  if (digits.length <= 3) {
    for (;;) {
      const sep = groupSeparator(s.charCodeAt(j), format);
      if (!sep || (separator !== "none" && sep !== separator)) break;
      let k = j + 1;
      let group = "";
      for (let n = 0; n < 3; n++) {
        const g = digitAt(s, k);
        if (!g) break;
        group += g.d;
        k += g.w;
      }
      if (group.length !== 3 || digitAt(s, k)) break;
      digits += group;
      separator = sep;
      j = k;
    }
  }
  let decimals = 0;
  let mantissa = digits;
  const dot = s[j];
  if (dot === (format.decimal === "point" ? "." : ",") || dot === "\u066b") {
    let k = j + 1;
    let frac = "";
    let f = digitAt(s, k);
    while (f) {
      frac += f.d;
      k += f.w;
      f = digitAt(s, k);
    }
    if (frac.length > 0) {
      mantissa = digits + "." + frac;
      decimals = frac.length;
      j = k;
    }
  }
  return { end: j, mantissa, decimals, separator };
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, bigint> = { thousand: 1000n, million: 10n ** 6n, billion: 10n ** 9n, trillion: 10n ** 12n };

/** Reads one ASCII word (letters only) at i, lower-cased, or "" when none. */
function asciiWordAt(s: string, i: number): string {
  let j = i;
  while (j < s.length && j - i < 12) {
    const c = lowerAt(s, j);
    if (c < 0x61 || c > 0x7a) break;
    j++;
  }
  if (j - i >= 12 || isLetterAt(s, j)) return "";
  return s.slice(i, j).toLowerCase();
}

/**
 * Reads a number in words at i: "sixty-one", "Sixty one", "one hundred and twelve",
 * "two million", "a dozen", "two dozen", "a hundred", "a million". Returns the end and value, or null.
 */
function readWords(s: string, i: number): { end: number; value: bigint; scaled: boolean } | null {
  if (i > 0 && isLetterAt(s, i - 1)) return null;
  let total = 0n; // completed scale groups
  let group = -1n; // current group below a thousand, -1 when none started
  let end = -1;
  let j = i;
  let lastKind: "unit" | "ten" | "hundred" | "scale" | "dozen" | "" = "";
  let scaled = false;
  // "a dozen", "a hundred", "a thousand", "a million": "a" stands for one before these words only.
  if (wordAt(s, i, "a") && !isLetterAt(s, i + 1)) {
    const k = skipSpaces(s, i + 1, 1);
    if (k === i + 1) return null;
    const next = lowerAt(s, k);
    if (next !== 0x64 && next !== 0x68 && next !== 0x74 && next !== 0x6d && next !== 0x62) return null; // d, h, t, m, b
    const w = asciiWordAt(s, k);
    if (w !== "dozen" && w !== "hundred" && !(w in SCALES)) return null;
    group = 1n;
    lastKind = "unit";
    j = k;
  }
  for (let steps = 0; steps < 24; steps++) {
    const w = asciiWordAt(s, j);
    if (!w) break;
    let consumed = false;
    if (w in UNITS && (lastKind === "" || lastKind === "ten" || lastKind === "hundred" || lastKind === "scale")) {
      const u = BigInt(UNITS[w]!);
      if (lastKind === "ten" && u >= 10n) break;
      if (lastKind === "ten" && u === 0n) break;
      group = (group < 0n ? 0n : group) + u;
      lastKind = "unit";
      consumed = true;
    } else if (w in TENS && (lastKind === "" || lastKind === "hundred" || lastKind === "scale")) {
      group = (group < 0n ? 0n : group) + BigInt(TENS[w]!);
      lastKind = "ten";
      consumed = true;
    } else if (w === "hundred" && lastKind === "unit" && group > 0n && group < 10n) {
      group = group * 100n;
      lastKind = "hundred";
      consumed = true;
    } else if (w in SCALES && (lastKind === "unit" || lastKind === "ten" || lastKind === "hundred") && group > 0n) {
      total += group * SCALES[w]!;
      group = -1n;
      lastKind = "scale";
      scaled = true;
      consumed = true;
    } else if (w === "dozen" && lastKind === "unit" && group > 0n && group < 20n && total === 0n) {
      group = group * 12n;
      lastKind = "dozen";
      consumed = true;
    }
    if (!consumed) break;
    j += w.length;
    end = j;
    if (lastKind === "dozen") break;
    // Connector: hyphen (tens-units), space, or " and " after hundred/scale.
    const c = s.charCodeAt(j);
    if (c === 0x2d && lastKind === "ten") {
      j += 1;
      continue;
    }
    const k = skipSpaces(s, j, 1);
    if (k === j) break;
    if ((lastKind === "hundred" || lastKind === "scale") && wholeWordAt(s, k, "and")) {
      const k2 = skipSpaces(s, k + 3, 1);
      if (k2 === k + 3) break;
      j = k2;
      continue;
    }
    j = k;
  }
  if (end < 0) return null;
  return { end, value: total + (group < 0n ? 0n : group), scaled };
}

/**
 * Reads a numeral at index `i` of `s`: digits (any \p{Nd} script, thousands groups with comma,
 * no-break, narrow no-break or thin spaces, a decimal part), or number words; then an optional
 * multiplier ("million", "bn", "m") and an optional percent sign or word.
 *
 * @example
 * ```ts
 * readNumeral("24,160 strikes", 0)?.value.toString(); //=> "24160"
 * readNumeral("1.2 million", 0)?.value.toString(); //=> "1200000"
 * readNumeral("sixty-one deaths", 0)?.value.toString(); //=> "61"
 * readNumeral("(4.8%)", 1)?.end; //=> 5
 * ```
 */
export function readNumeral(s: string, i: number, format: NumberFormat = DECIMAL_POINT): Numeral | null {
  let end: number;
  let mantissa: string;
  let decimals = 0;
  let words = false;
  let separator: SeparatorStyle = "none";
  let mantissaValue: Rational;
  let multiplier: Multiplier | undefined;
  const dg = readDigits(s, i, format);
  if (dg) {
    ({ end, mantissa, decimals, separator } = dg);
    mantissaValue = decimals === 0 ? (mantissa.length <= 4 ? smallRational(mantissa) : Rational.of(BigInt(mantissa))) : Rational.parse(mantissa);
  } else {
    const w = readWords(s, i);
    if (!w) return null;
    end = w.end;
    words = true;
    mantissa = w.value.toString();
    mantissaValue = Rational.of(w.value);
  }
  // Multiplier: "1.2 million", "1.2million", "3.5m", "£2bn" (number words take their own scales).
  if (!words && (MULTIPLIER_INITIALS.has(lowerAt(s, end)) || MULTIPLIER_INITIALS.has(lowerAt(s, end + 1)))) {
    const k = skipSpaces(s, end, 1);
    for (const [word, factor, gluedOnly] of MULTIPLIERS) {
      const at = wholeWordAt(s, end, word) ? end : !gluedOnly && k > end && wholeWordAt(s, k, word) ? k : -1;
      if (at < 0) continue;
      multiplier = { word, factor };
      end = at + word.length;
      // "11.11 lakh crore": a lakh of crores, 10^12.
      if (word === "lakh" && isSpace(s.charCodeAt(end)) && wholeWordAt(s, end + 1, "crore")) {
        multiplier = { word: "lakh crore", factor: Rational.of(10n ** 12n) };
        end += 6;
      }
      break;
    }
  }
  let percent = false;
  if (s[end] === "%" || s[end] === "\u066a") {
    percent = true;
    end += 1;
  } else if ((s[end + 1] === "%" || s[end + 1] === "\u066a") && isSpace(s.charCodeAt(end))) {
    // "40,55 %", as French and German texts write it
    percent = true;
    end += 2;
  } else if (s[end] === "-" && wholeWordAt(s, end + 1, "percent")) {
    // "a 5.7-percent increase"
    percent = true;
    end += 8;
  } else if (lowerAt(s, end + 1) === 0x70) {
    // "percent", "per cent" after one space
    const k = skipSpaces(s, end, 1);
    if (k > end) {
      if (wholeWordAt(s, k, "percent")) {
        percent = true;
        end = k + 7;
      } else if (wordAt(s, k, "per cent") && !isLetterAt(s, k + 8)) {
        percent = true;
        end = k + 8;
      }
    }
  }
  const value = multiplier ? mantissaValue.mul(multiplier.factor) : mantissaValue;
  return { start: i, end, mantissa, decimals, mantissaValue, multiplier, percent, words, separator, value };
}

/** Whole numbers below 10,000, shared (a Rational is immutable): most figures in a text are small. */
const SMALL_RATIONALS: Rational[] = [];

function smallRational(digits: string): Rational {
  const k = Number(digits);
  return (SMALL_RATIONALS[k] ??= Rational.of(BigInt(k)));
}

/** How a qualifier bounds the number it precedes. */
export type QualifierKind =
  | "exact" // "a total of", "exactly"
  | "at-least" // [v, ∞)
  | "more-than" // (v, ∞)
  | "at-most" // [0, v]
  | "less-than" // [0, v)
  | "about" // v ± tolerance
  | "nearly"; // just below v

/** The qualifiers of DESIGN §3, longest first so "no more than" wins over "more than". */
export const QUALIFIERS: ReadonlyArray<readonly [string, QualifierKind]> = [
  ["approximately", "about"],
  ["as little as", "at-least"],
  ["as high as", "at-most"],
  ["as many as", "at-most"],
  ["as much as", "at-most"],
  ["as few as", "at-least"],
  ["as low as", "at-least"],
  ["just under", "less-than"],
  ["just over", "more-than"],
  ["close to", "about"],
  ["no fewer than", "at-least"],
  ["no more than", "at-most"],
  ["no less than", "at-least"],
  ["a total of", "exact"],
  ["fewer than", "less-than"],
  ["more than", "more-than"],
  ["less than", "less-than"],
  ["at least", "at-least"],
  ["at most", "at-most"],
  ["exactly", "exact"],
  ["roughly", "about"],
  ["around", "about"],
  ["nearly", "nearly"],
  ["almost", "nearly"],
  ["up to", "at-most"],
  ["about", "about"],
  ["under", "less-than"],
  ["some", "about"],
  ["over", "more-than"],
];

/** QUALIFIERS by their first letter's code, in the same order. */
const QUALIFIERS_BY_INITIAL = new Map<number, Array<readonly [string, QualifierKind]>>();
for (const q of QUALIFIERS) {
  const c = q[0].charCodeAt(0);
  const list = QUALIFIERS_BY_INITIAL.get(c);
  if (list) list.push(q);
  else QUALIFIERS_BY_INITIAL.set(c, [q]);
}

/** A qualifier read from text: its words, kind and span. */
export interface Qualifier {
  readonly text: string;
  readonly kind: QualifierKind;
  readonly start: number;
  readonly end: number;
}

/**
 * Reads a qualifier ("at least", "more than", …) at `i`, followed by at least one space.
 * Returns it with the index where the number should start, or null.
 *
 * @example
 * ```ts
 * readQualifier("at least 685", 0); //=> { text: "at least", kind: "at-least", start: 0, end: 8, next: 9 }
 * ```
 */
export function readQualifier(s: string, i: number): (Qualifier & { next: number }) | null {
  if (i > 0 && isLetterAt(s, i - 1)) return null;
  const c = lowerAt(s, i);
  if (c < 0x61 || c > 0x7a) return null;
  for (const [phrase, kind] of QUALIFIERS_BY_INITIAL.get(c) ?? []) {
    if (!qualifierWordsAt(s, i, phrase)) continue;
    const end = i + phrase.length;
    const next = skipSpaces(s, end, 1);
    if (next === end) continue;
    return { text: s.slice(i, end), kind, start: i, end, next };
  }
  return null;
}

/** The qualifiers written after a number ("61 or more"): the word after "or", and its kind. */
const TRAILING: ReadonlyArray<readonly [string, QualifierKind]> = [
  ["more", "at-least"],
  ["over", "at-least"],
  ["fewer", "at-most"],
  ["less", "at-most"],
  ["so", "about"],
  ["greater", "at-least"],
  ["older", "at-least"],
  ["younger", "at-most"],
  ["higher", "at-least"],
  ["larger", "at-least"],
];

/**
 * A qualifier written after a number, starting at `i` right after the numeral: spaces, "or",
 * spaces, and one of more, over, fewer, less, so, greater, higher, larger, older, younger ("61 or
 * more", "60 or so", "magnitude 2.5 or greater"). The one reading of trailing qualifiers, shared by
 * claim values, anchors and the scanner.
 *
 * @example
 * ```ts
 * readTrailingQualifier("61 or over", 2)?.kind; //=> "at-least"
 * readTrailingQualifier("61 or so", 2)?.text; //=> "or so"
 * readTrailingQualifier("61 orders", 2); //=> null
 * ```
 */
export function readTrailingQualifier(s: string, i: number): (Qualifier & { next: number }) | null {
  const start = skipSpaces(s, i);
  if (start === i || !wholeWordAt(s, start, "or")) return null;
  const k = skipSpaces(s, start + 2);
  if (k === start + 2) return null;
  for (const [word, kind] of TRAILING) {
    if (wholeWordAt(s, k, word)) return { text: s.slice(start, k + word.length), kind, start, end: k + word.length, next: k + word.length };
  }
  return null;
}

/** Matches a phrase whose inner spaces may be any single space character. */
function qualifierWordsAt(s: string, i: number, phrase: string): boolean {
  let j = i;
  for (let k = 0; k < phrase.length; k++, j++) {
    if (phrase[k] === " ") {
      if (!isSpace(s.charCodeAt(j))) return false;
    } else if (lowerAt(s, j) !== phrase.charCodeAt(k)) return false;
  }
  return !isLetterAt(s, j);
}

/**
 * Reads an English ordinal suffix ("st", "nd", "rd", "th") right after the digits of a numeral,
 * as a whole word: returns its end, or -1. "14th" → 4; "14thx" → -1.
 *
 * @example
 * ```ts
 * readOrdinalSuffix("the 14th strike", 6); //=> 8
 * ```
 */
export function readOrdinalSuffix(s: string, i: number): number {
  for (const suffix of ["st", "nd", "rd", "th"]) if (wholeWordAt(s, i, suffix)) return i + 2;
  return -1;
}

const MONTH_NAMES = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];
/** Abbreviations (with an optional full stop): "Jan", "Sept.", … ("May" is its own abbreviation). */
const MONTH_ABBREVIATIONS: ReadonlyArray<readonly [string, number]> = [
  ["sept", 9], ["jan", 1], ["feb", 2], ["mar", 3], ["apr", 4], ["jun", 6], ["jul", 7], ["aug", 8], ["sep", 9], ["oct", 10],
  ["nov", 11], ["dec", 12],
];

/**
 * Reads a capitalised month name or abbreviation at `i` ("March", "Sept.", "Aug"): its number
 * 1–12 and end, or null. Lower-case "may" and "march" are verbs, so a capital is required.
 *
 * @example
 * ```ts
 * readMonth("March 14", 0); //=> { month: 3, end: 5 }
 * readMonth("Sept. 1", 0); //=> { month: 9, end: 5 }
 * ```
 */
export function readMonth(s: string, i: number): { month: number; end: number } | null {
  const c = s.charCodeAt(i);
  if (c < 0x41 || c > 0x5a || (i > 0 && isLetterAt(s, i - 1))) return null;
  for (let m = 0; m < 12; m++) if (wholeWordAt(s, i, MONTH_NAMES[m]!)) return { month: m + 1, end: i + MONTH_NAMES[m]!.length };
  for (const [abbr, month] of MONTH_ABBREVIATIONS) {
    if (!wholeWordAt(s, i, abbr)) continue;
    const end = i + abbr.length;
    return { month, end: s[end] === "." ? end + 1 : end };
  }
  return null;
}

/** Currency signs, each with the ISO 4217 code it stands for when alone. */
const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  $: "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₺": "TRY", "₩": "KRW", "₪": "ILS", "₦": "NGN",
  "₴": "UAH", "₱": "PHP", "₫": "VND",
};
/** Letters written before "$" to name a dollar: "US$", "A$", "HK$". */
const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  US: "USD", A: "AUD", AU: "AUD", C: "CAD", CA: "CAD", NZ: "NZD", HK: "HKD", S: "SGD", SG: "SGD", R: "BRL", NT: "TWD", M: "MXN",
};
/** ISO 4217 codes recognised before or after a numeral ("USD 5", "5 EUR"); upper case only. */
const CURRENCY_CODES = new Set([
  "USD", "GBP", "EUR", "JPY", "CHF", "CNY", "RMB", "INR", "RUB", "AUD", "CAD", "NZD", "HKD", "SGD", "SEK", "NOK", "DKK",
  "PLN", "TRY", "BRL", "MXN", "ZAR", "KRW", "ILS", "NGN", "UAH", "SAR", "AED", "EGP", "IQD", "SYP", "IRR", "PKR",
  "PHP", "IDR", "THB", "MYR", "BDT", "LKR", "NPR", "KES", "GHS", "QAR", "KWD", "JOD", "CZK", "HUF", "TWD",
]);
/** Currency words after a numeral ("4.5 billion dollars"); "pounds" is left out (it is also a weight). */
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollars: "USD", dollar: "USD", euros: "EUR", euro: "EUR", pesos: "PHP", rupees: "INR", yen: "JPY", yuan: "CNY",
};

function isUpperAscii(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** True when `s[i..i+3)` is an upper-case currency code standing alone as a word. */
function codeAt(s: string, i: number): string | undefined {
  if (i < 0 || i + 3 > s.length || !isUpperAscii(s.charCodeAt(i)) || !isUpperAscii(s.charCodeAt(i + 1)) || !isUpperAscii(s.charCodeAt(i + 2))) return undefined;
  if ((i > 0 && isLetterAt(s, i - 1)) || isLetterAt(s, i + 3)) return undefined;
  const code = s.slice(i, i + 3);
  return CURRENCY_CODES.has(code) ? code : undefined;
}

/** Currency letters written glued before a figure (in claim values; in running text all but "P"): "P54.59 million" (pesos), "Rs 500", "Rp 2,000". */
const LETTER_CURRENCIES: ReadonlyArray<readonly [string, string]> = [["Rs.", "INR"], ["Rs", "INR"], ["Rp", "IDR"], ["P", "PHP"]];

/**
 * A currency marker written just before the numeral that starts at `i`: a sign ("$4.5bn",
 * "£2bn", "US$5"), or a code followed by at most one space ("USD 5"). Returns the ISO code and
 * where the marker starts, or null. Looks back a bounded number of characters.
 *
 * @example
 * ```ts
 * readCurrencyBefore("cost $4.5 billion", 6); //=> { code: "USD", start: 5 }
 * readCurrencyBefore("US$5", 3); //=> { code: "USD", start: 0 }
 * readCurrencyBefore("EUR 12", 4); //=> { code: "EUR", start: 0 }
 * ```
 */
export function readCurrencyBefore(s: string, i: number): { code: string; start: number } | null {
  if (i <= 0) return null;
  const sign = CURRENCY_SIGNS[s[i - 1]!];
  if (sign !== undefined) {
    if (s[i - 1] === "$") {
      // "US$", "HK$": letters glued before the sign (at most two, upper case).
      let k = i - 1;
      while (k > 0 && i - 1 - k < 3 && s.charCodeAt(k - 1) >= 0x41 && s.charCodeAt(k - 1) <= 0x5a) k--;
      const prefix = s.slice(k, i - 1);
      if (prefix.length > 0 && !(k > 0 && isLetterAt(s, k - 1))) {
        const code = DOLLAR_PREFIXES[prefix];
        if (code !== undefined) return { code, start: k };
        return null; // "XY$5": an unknown dollar, or not a currency at all
      }
    } else if (isLetterAt(s, i - 2)) return null;
    return { code: sign, start: i - 1 };
  }
  const sp = i - 1 >= 0 && isSpace(s.charCodeAt(i - 1)) ? i - 1 : i;
  // "Rs 500 crore", "Rs. 500", "Rs500" (read as Indian rupees), "Rp 2,000": the letters of
  // LETTER_CURRENCIES, except the lone "P" of pesos, which running text needs more context for.
  for (const [letters, iso] of LETTER_CURRENCIES) {
    const start = sp - letters.length;
    if (letters.length < 2 || start < 0 || !s.startsWith(letters, start) || (start > 0 && isLetterAt(s, start - 1))) continue;
    return { code: iso, start };
  }
  const code = codeAt(s, sp - 3);
  return code !== undefined ? { code, start: sp - 3 } : null;
}

/**
 * A currency written just after a numeral that ends at `i`: an ISO code ("5 EUR", "5EUR") or
 * "dollars"/"euros" after one space. Returns the code and the end, or null.
 *
 * @example
 * ```ts
 * readCurrencyAfter("4.5 billion dollars", 11); //=> { code: "USD", end: 19 }
 * ```
 */
export function readCurrencyAfter(s: string, i: number): { code: string; end: number } | null {
  const k = isSpace(s.charCodeAt(i)) ? i + 1 : i;
  const c = s.charCodeAt(k);
  if (c >= 0x41 && c <= 0x5a) {
    const code = codeAt(s, k);
    return code !== undefined ? { code, end: k + 3 } : null;
  }
  if (k === i || (c !== 0x64 && c !== 0x65 && c !== 0x70 && c !== 0x72 && c !== 0x79)) return null; // "dollars", "euros", "pesos", "rupees", "yen"
  for (const word in CURRENCY_WORDS) if (wholeWordAt(s, k, word)) return { code: CURRENCY_WORDS[word]!, end: k + word.length };
  return null;
}


/**
 * A currency written before a figure, read forward from `i`: a sign ("$", "£", "€"), letters and
 * a dollar sign ("US$", "A$"), an ISO code with at most one space ("USD 5", "EUR12"), or the
 * letters news writes before pesos, rupees and rupiahs ("P54.59 million", "Rs 500"). Returns the
 * ISO code and where the figure starts, or null when no digit follows.
 *
 * @example
 * ```ts
 * readCurrencyPrefix("US$5m", 0); //=> { code: "USD", next: 3 }
 * readCurrencyPrefix("£2bn", 0); //=> { code: "GBP", next: 1 }
 * readCurrencyPrefix("P54.59 million", 0); //=> { code: "PHP", next: 1 }
 * readCurrencyPrefix("Paris", 0); //=> null
 * ```
 */
export function readCurrencyPrefix(s: string, i: number): { code: string; next: number } | null {
  const digitOrSpaceDigit = (k: number): number => (digitAt(s, k) ? k : isSpace(s.charCodeAt(k)) && digitAt(s, k + 1) ? k + 1 : -1);
  for (let k = i; k < i + 4 && k < s.length; k++) {
    if (s[k] !== "$" && CURRENCY_SIGNS[s[k]!] === undefined) continue;
    const next = digitOrSpaceDigit(k + 1);
    if (next < 0) return null;
    if (k === i) return { code: CURRENCY_SIGNS[s[k]!]!, next };
    const b = readCurrencyBefore(s, k + 1);
    return b && b.start === i ? { code: b.code, next } : null;
  }
  const code = codeAt(s, i);
  if (code !== undefined) {
    const next = digitOrSpaceDigit(i + 3);
    return next < 0 ? null : { code, next };
  }
  for (const [letters, iso] of LETTER_CURRENCIES) {
    if (!s.startsWith(letters, i)) continue;
    const next = digitOrSpaceDigit(i + letters.length);
    if (next >= 0) return { code: iso, next };
  }
  return null;
}

/** What a suffix after a figure says it measures. */
export type SuffixUnit = "points" | "basis-points" | "times";

const SUFFIX_UNITS: ReadonlyArray<readonly [string, SuffixUnit]> = [
  ["percentage points", "points"],
  ["percentage point", "points"],
  ["basis points", "basis-points"],
  ["basis point", "basis-points"],
  ["points", "points"],
  ["point", "points"],
  ["bps", "basis-points"],
  ["bp", "basis-points"],
  ["ppt", "points"],
  ["pts", "points"],
  ["pp", "points"],
  ["times", "times"],
];

/**
 * A unit written right after a figure: percentage points ("1.5 percentage points", "10 points",
 * "2pp"), basis points ("60 basis points", "25bp") or a multiple ("three times", "2.5x", "×3"
 * before it is not read here). Returns the unit and its end, or null.
 *
 * @example
 * ```ts
 * readSuffixUnit("1.5 percentage points", 3); //=> { unit: "points", end: 21 }
 * readSuffixUnit("60 basis points", 2); //=> { unit: "basis-points", end: 15 }
 * readSuffixUnit("2.5x", 3); //=> { unit: "times", end: 4 }
 * ```
 */
export function readSuffixUnit(s: string, i: number): { unit: SuffixUnit; end: number } | null {
  if ((s[i] === "x" || s[i] === "\u00d7") && !isLetterAt(s, i + 1)) return { unit: "times", end: i + 1 };
  const k = skipSpaces(s, i, 1);
  for (const [word, unit] of SUFFIX_UNITS) {
    if (qualifierWordsAt(s, k, word)) return { unit, end: k + word.length };
  }
  if (s[k] === "-" || k > i) {
    const f = s[k] === "-" ? k + 1 : k;
    if (wholeWordAt(s, f, "fold")) return { unit: "times", end: f + 4 };
  }
  return null;
}

const FRACTION_DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6,
  sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};

/**
 * A fraction in words at `i`: "half", "a half", "a third", "one-third", "two-thirds", "three
 * quarters". Returns numerator, denominator and end, or null. The numerator is a word from one
 * to ten, or "a"/"an".
 *
 * @example
 * ```ts
 * readFractionWords("two-thirds of voters", 0); //=> { numerator: 2, denominator: 3, end: 10 }
 * readFractionWords("half", 0); //=> { numerator: 1, denominator: 2, end: 4 }
 * readFractionWords("a quarter", 0); //=> { numerator: 1, denominator: 4, end: 9 }
 * ```
 */
export function readFractionWords(s: string, i: number): { numerator: number; denominator: number; end: number } | null {
  if (i > 0 && isLetterAt(s, i - 1)) return null;
  const first = asciiWordAt(s, i);
  if (first === "half") return { numerator: 1, denominator: 2, end: i + 4 };
  let numerator: number;
  if (first === "a" || first === "an") numerator = 1;
  else if (first in UNITS && UNITS[first]! >= 1 && UNITS[first]! <= 10) numerator = UNITS[first]!;
  else return null;
  const sep = s[i + first.length];
  if (sep !== "-" && !isSpace(s.charCodeAt(i + first.length))) return null;
  const k = i + first.length + 1;
  const w = asciiWordAt(s, k);
  const denominator = FRACTION_DENOMINATORS[w];
  if (denominator === undefined || (sep === "-" && (first === "a" || first === "an"))) return null;
  // "one third", "a third", "two thirds": singular with one, plural above it.
  if ((numerator === 1) !== !w.endsWith("s") && w !== "halves") return null;
  if (w === "halves" && numerator === 1) return null;
  return { numerator, denominator, end: k + w.length };
}

/**
 * "N in M" or "N out of M" at `i` ("Seven in 10", "one in three", "nine out of 10"): both
 * numerals and the end, or null.
 *
 * @example
 * ```ts
 * readInRatio("Seven in 10 adults", 0)?.end; //=> 11
 * readInRatio("nine out of 10", 0)?.denominator.value.toString(); //=> "10"
 * ```
 */
export function readInRatio(s: string, i: number): { numerator: Numeral; denominator: Numeral; end: number } | null {
  const numerator = readNumeral(s, i);
  if (!numerator || numerator.percent || numerator.multiplier) return null;
  const k = skipSpaces(s, numerator.end, 1);
  if (k === numerator.end) return null;
  let m: number;
  if (wholeWordAt(s, k, "in")) m = k + 2;
  else if (qualifierWordsAt(s, k, "out of")) m = k + 6;
  else return null;
  const d = skipSpaces(s, m, 1);
  if (d === m) return null;
  const denominator = readNumeral(s, d);
  if (!denominator || denominator.percent || denominator.multiplier || denominator.value.sign() <= 0) return null;
  return { numerator, denominator, end: denominator.end };
}
