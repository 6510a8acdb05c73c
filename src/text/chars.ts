/**
 * Character classes for the text readers (quotes, sentences, words). Each test looks at one
 * code point; ASCII takes a fast path and only other characters reach a Unicode property test.
 */

const LETTER = /[\p{L}\p{M}]/u;

/** Latin-1 letters (U+0080–U+00FF): ª µ º and À–ÿ but × and ÷. */
function latin1Letter(c: number): boolean {
  return c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);
}

/** General Punctuation (U+2000–U+206F): quotation marks, dashes, spaces; no letter and no digit. */
function generalPunctuation(c: number): boolean {
  return c >= 0x2000 && c <= 0x206f;
}
const DIGIT = /\p{Nd}/u;
const SPACE = /[\p{Zs}\p{Zl}\p{Zp}]/u;

/**
 * True for a letter (or combining mark) at UTF-16 index i.
 *
 * @example
 * ```ts
 * isLetter("é1", 0); //=> true
 * isLetter("é1", 1); //=> false
 * ```
 */
export function isLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c < 0x100) return latin1Letter(c);
  if (generalPunctuation(c)) return false;
  return LETTER.test(String.fromCodePoint(s.codePointAt(i)!));
}

/**
 * True for a decimal digit of any script (\p{Nd}) at UTF-16 index i.
 *
 * @example
 * ```ts
 * isDigit("٦٨٥", 0); //=> true
 * ```
 */
export function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 0x80) return c >= 0x30 && c <= 0x39;
  if (c < 0x660 || generalPunctuation(c)) return false;
  return DIGIT.test(String.fromCodePoint(s.codePointAt(i)!));
}

/**
 * True for a letter or a digit at i.
 *
 * @example
 * ```ts
 * isWordChar("a-1", 1); //=> false
 * ```
 */
export function isWordChar(s: string, i: number): boolean {
  return isLetter(s, i) || isDigit(s, i);
}

/**
 * True for white space at i (space, tab, line breaks, no-break and other Unicode spaces).
 * False past either end of the text.
 *
 * @example
 * ```ts
 * isWhite("a\u00a0b", 1); //=> true
 * ```
 */
export function isWhite(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x100) return c === 0x85 || c === 0xa0;
  if (generalPunctuation(c)) return c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
  return SPACE.test(s[i]!);
}

/**
 * True for an upper-case letter at i ("É" counts; letters without case do not).
 *
 * @example
 * ```ts
 * isUpper("Éa", 0); //=> true
 * ```
 */
export function isUpper(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (!isLetter(s, i)) return false;
  const ch = String.fromCodePoint(s.codePointAt(i)!);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * True for a lower-case letter at i.
 *
 * @example
 * ```ts
 * isLower("Éa", 1); //=> true
 * ```
 */
export function isLower(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  if (!isLetter(s, i)) return false;
  const ch = String.fromCodePoint(s.codePointAt(i)!);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * True for a line break character (\n, \r, NEL, LS, PS), given as a UTF-16 code unit.
 *
 * @example
 * ```ts
 * isLineBreak(0x2028); //=> true
 * ```
 */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
}
