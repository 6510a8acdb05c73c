/**
 * Reading a date as a text writes it: "2017-09-01", "March 14", "14 March 2017", "July",
 * "August 2014", "Friday", "Friday, October 12, 2017", "the 14th of March". The result may lack
 * its year (or be only a weekday): `resolve.ts` reads it against the publication date.
 *
 * The reader splits the input into words and numbers in one forward pass (no regular
 * expression), so it runs in linear time on any input.
 */
import { MONTHS, WEEKDAYS, parseIsoUnit, type Weekday } from "./calendar.js";

/** A date as written, possibly partial. At least one field is present. */
export interface DateSpec {
  /** The text as written (trimmed). */
  readonly written: string;
  readonly year?: number;
  /** 1–12. */
  readonly month?: number;
  /** 1–31 (checked against the month and year once the year is known). */
  readonly day?: number;
  /** The weekday the text gives ("Friday"). */
  readonly weekday?: Weekday;
}

/**
 * What `parseDateText` expects, for input errors.
 *
 * @example
 * ```ts
 * DATE_EXPECTATION.startsWith("a date such as 2017-09-01"); //=> true
 * ```
 */
export const DATE_EXPECTATION =
  'a date such as 2017-09-01, 2017-07, 2017, "March 14", "14 March 2017", "July", "August 2014", "Friday" or "Friday, October 12, 2017"';

type Token = { readonly kind: "word"; readonly text: string } | { readonly kind: "number"; readonly value: number; readonly digits: number };

const MONTH_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  MONTHS.forEach((name, i) => {
    m.set(name.toLowerCase(), i + 1);
    m.set(name.slice(0, 3).toLowerCase(), i + 1);
  });
  m.set("sept", 9);
  return m;
})();

const WEEKDAY_WORDS: ReadonlyMap<string, Weekday> = (() => {
  const m = new Map<string, Weekday>();
  for (const name of WEEKDAYS) {
    m.set(name.toLowerCase(), name);
    m.set(name.slice(0, 3).toLowerCase(), name);
  }
  for (const [abbr, name] of [["tues", "Tuesday"], ["weds", "Wednesday"], ["thur", "Thursday"], ["thurs", "Thursday"]] as const) m.set(abbr, name);
  return m;
})();

const ORDINAL_SUFFIXES = new Set(["st", "nd", "rd", "th"]);
const FILLERS = new Set(["the", "of", "on"]);

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Words and numbers; spaces, commas and full stops separate them; anything else fails. */
function tokens(s: string): Token[] | undefined {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x2c || c === 0x2e || c === 0xa0 || c === 0x202f || c === 0x09) {
      i++;
      continue;
    }
    if (isAsciiLetter(c)) {
      let j = i;
      while (j < s.length && isAsciiLetter(s.charCodeAt(j))) j++;
      out.push({ kind: "word", text: s.slice(i, j).toLowerCase() });
      i = j;
      continue;
    }
    if (isAsciiDigit(c)) {
      let j = i;
      while (j < s.length && isAsciiDigit(s.charCodeAt(j))) j++;
      if (j - i > 4) return undefined;
      out.push({ kind: "number", value: Number(s.slice(i, j)), digits: j - i });
      // An ordinal suffix glued to the day: "14th".
      let k = j;
      while (k < s.length && isAsciiLetter(s.charCodeAt(k))) k++;
      if (k > j && !ORDINAL_SUFFIXES.has(s.slice(j, k).toLowerCase())) return undefined;
      i = k;
      continue;
    }
    return undefined;
  }
  return out;
}

/**
 * Reads a date as written. Undefined when the text is not a date this reader knows.
 *
 * @example
 * ```ts
 * parseDateText("March 14"); //=> { written: "March 14", month: 3, day: 14 }
 * parseDateText("Friday, October 12, 2017"); //=> { written: "Friday, October 12, 2017", year: 2017, month: 10, day: 12, weekday: "Friday" }
 * parseDateText("2017-07"); //=> { written: "2017-07", year: 2017, month: 7 }
 * parseDateText("Febtober 3"); //=> undefined
 * ```
 */
export function parseDateText(input: string): DateSpec | undefined {
  const written = input.trim();
  if (written.length === 0 || written.length > 100) return undefined;
  const iso = parseIsoUnit(written);
  if (iso) return { written, year: iso.year, ...(iso.month !== undefined ? { month: iso.month } : {}), ...(iso.day !== undefined ? { day: iso.day } : {}) };
  const toks = tokens(written);
  if (!toks) return undefined;
  let weekday: Weekday | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let year: number | undefined;
  for (const t of toks) {
    if (t.kind === "word") {
      if (FILLERS.has(t.text)) continue;
      const w = WEEKDAY_WORDS.get(t.text);
      if (w !== undefined) {
        if (weekday !== undefined || month !== undefined || day !== undefined || year !== undefined) return undefined;
        weekday = w;
        continue;
      }
      const m = MONTH_WORDS.get(t.text);
      if (m === undefined || month !== undefined || year !== undefined) return undefined;
      month = m;
      continue;
    }
    if (t.digits === 4) {
      if (year !== undefined) return undefined;
      year = t.value;
    } else if (t.digits <= 2 && t.value >= 1 && t.value <= 31) {
      if (day !== undefined || year !== undefined) return undefined;
      day = t.value;
    } else return undefined;
  }
  // A day needs its month; a weekday may stand alone; a year may stand alone.
  if (day !== undefined && month === undefined) return undefined;
  if (weekday === undefined && month === undefined && year === undefined) return undefined;
  if (weekday !== undefined && month === undefined && year !== undefined) return undefined;
  return {
    written,
    ...(year !== undefined ? { year } : {}),
    ...(month !== undefined ? { month } : {}),
    ...(day !== undefined ? { day } : {}),
    ...(weekday !== undefined ? { weekday } : {}),
  };
}

/**
 * Reads a weekday name ("Friday", "fri").
 *
 * @example
 * ```ts
 * parseWeekday("friday"); //=> "Friday"
 * parseWeekday("Fryday"); //=> undefined
 * ```
 */
export function parseWeekday(input: string): Weekday | undefined {
  return WEEKDAY_WORDS.get(input.trim().replace(/\.$/, "").toLowerCase());
}
