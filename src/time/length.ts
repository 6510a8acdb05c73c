/**
 * Stated lengths of periods ("36 months", "three years", "a year", "10 days") and the lengths a
 * period can be read as. The number is read by the one number grammar (`readNumeral`).
 */
import { readNumeral, wholeWordAt } from "../numbers/grammar.js";
import { daysInclusive, lastDay, parseIsoUnit, shiftDay, utcDate, type IsoDay } from "./calendar.js";
import { periodStart, type Period } from "./period.js";

/** A unit of length. */
export type LengthUnit = "day" | "week" | "month" | "year";

/** A length as stated: how many units, and the text. */
export interface StatedLength {
  readonly count: number;
  readonly unit: LengthUnit;
  readonly written: string;
}

/**
 * What `parseLength` expects, for input errors.
 *
 * @example
 * ```ts
 * LENGTH_EXPECTATION; //=> 'a length such as "36 months", "three years", "a year" or "10 days"'
 * ```
 */
export const LENGTH_EXPECTATION = 'a length such as "36 months", "three years", "a year" or "10 days"';

const UNITS: ReadonlyArray<readonly [string, LengthUnit]> = [
  ["months", "month"],
  ["month", "month"],
  ["years", "year"],
  ["year", "year"],
  ["weeks", "week"],
  ["week", "week"],
  ["days", "day"],
  ["day", "day"],
];

/**
 * Reads a stated length.
 *
 * @example
 * ```ts
 * parseLength("36 months"); //=> { count: 36, unit: "month", written: "36 months" }
 * parseLength("three years"); //=> { count: 3, unit: "year", written: "three years" }
 * parseLength("36-month"); //=> { count: 36, unit: "month", written: "36-month" }
 * parseLength("36 fortnights"); //=> undefined
 * ```
 */
export function parseLength(input: string): StatedLength | undefined {
  const written = input.trim();
  let i = 0;
  if (wholeWordAt(written, 0, "the")) i = 4;
  let count: number;
  if (wholeWordAt(written, i, "a") || wholeWordAt(written, i, "an")) {
    count = 1;
    i += written[i + 1] === "n" || written[i + 1] === "N" ? 2 : 1;
  } else {
    const n = readNumeral(written, i);
    if (!n || n.percent || n.multiplier || !n.value.isInteger || n.value.sign() <= 0) return undefined;
    count = n.value.toNumber();
    i = n.end;
  }
  if (written[i] === "-" || written[i] === " ") i++;
  else return undefined;
  while (written[i] === " ") i++;
  for (const [word, unit] of UNITS) {
    if (wholeWordAt(written, i, word) && i + word.length === written.length) return { count, unit, written };
  }
  return undefined;
}

/** The inclusive interval of whole units a span of days can be read as. */
export interface LengthRange {
  readonly min: number;
  readonly max: number;
}

// Whole months and years between two dates at midnight UTC, by the rules of date-fns
// (`differenceInMonths`, `differenceInYears`, `addMonths`), on UTC fields.

const copy = (d: Date) => new Date(d.getTime());
const sign = (a: Date, b: Date) => Math.sign(a.getTime() - b.getTime());
const isLastDayOfMonth = (d: Date) => utcDate(d.getUTCFullYear(), d.getUTCMonth() + 1, 0).getUTCDate() === d.getUTCDate();

/** Whole months from `earlier` to `later` (negative when `later` is earlier). */
function differenceInMonths(later: Date, earlier: Date): number {
  const s = sign(later, earlier);
  const difference = Math.abs((later.getUTCFullYear() - earlier.getUTCFullYear()) * 12 + later.getUTCMonth() - earlier.getUTCMonth());
  if (difference < 1) return 0;
  const working = copy(later);
  if (working.getUTCMonth() === 1 && working.getUTCDate() > 27) working.setUTCDate(30);
  working.setUTCMonth(working.getUTCMonth() - s * difference);
  let lastMonthNotFull = sign(working, earlier) === -s;
  if (isLastDayOfMonth(later) && difference === 1 && sign(later, earlier) === 1) lastMonthNotFull = false;
  const result = s * (difference - +lastMonthNotFull);
  return result === 0 ? 0 : result;
}

/** Whole years from `earlier` to `later`. */
function differenceInYears(later: Date, earlier: Date): number {
  const s = sign(later, earlier);
  const difference = Math.abs(later.getUTCFullYear() - earlier.getUTCFullYear());
  const l = copy(later);
  const e = copy(earlier);
  l.setUTCFullYear(1584);
  e.setUTCFullYear(1584);
  const partial = sign(l, e) === -s;
  const result = s * (difference - +partial);
  return result === 0 ? 0 : result;
}

/** `n` months after a date, on the last day of the month when the day does not exist there. */
function addMonths(date: Date, n: number): Date {
  if (!n) return date;
  const day = date.getUTCDate();
  const end = copy(date);
  end.setUTCMonth(date.getUTCMonth() + n + 1, 0);
  if (day >= end.getUTCDate()) return end;
  const d = copy(date);
  d.setUTCFullYear(end.getUTCFullYear(), end.getUTCMonth(), day);
  return d;
}

/** Whole months (or years) from `start` to the day after `end`, and one more when days are left over. */
function wholeUnits(start: IsoDay, end: IsoDay, unit: "month" | "year"): LengthRange {
  const a = utc(start);
  const after = shiftDay(end, 1);
  const b = utc(after);
  const whole = unit === "month" ? differenceInMonths(b, a) : differenceInYears(b, a);
  const reached = addMonths(a, unit === "month" ? whole : whole * 12);
  const exact = reached.getTime() === b.getTime();
  return { min: whole, max: exact ? whole : whole + 1 };
}

function utc(day: IsoDay): Date {
  const f = parseIsoUnit(day)!;
  return utcDate(f.year, f.month! - 1, f.day!);
}

/**
 * The lengths, in `unit`, that a period can be read as: exact for a period of whole units
 * (August 2014 to July 2017 is 36 months, 3 years, 1096 days), the two neighbours otherwise, and
 * a range for an open period (it ends somewhere between the end of the covered period and the
 * as-of date). Undefined for an open period with no date.
 *
 * @example
 * ```ts
 * periodLength({ from: "2014-08", to: "2017-07" }, "month"); //=> { min: 36, max: 36 }
 * periodLength({ from: "2014-08", to: "2017-07" }, "day"); //=> { min: 1096, max: 1096 }
 * periodLength({ from: "2014-08", to: "2017-07" }, "week"); //=> { min: 156, max: 157 }
 * ```
 */
export function periodLength(p: Period, unit: LengthUnit): LengthRange | undefined {
  const start = periodStart(p);
  const ends: readonly [IsoDay, IsoDay] | undefined = p.to !== undefined ? [lastDay(p.to), lastDay(p.to)] : p.openEnd;
  if (!ends) return undefined;
  const [early, late] = ends;
  if (unit === "day") return { min: daysInclusive(start, early), max: daysInclusive(start, late) };
  if (unit === "week") return { min: Math.floor(daysInclusive(start, early) / 7), max: Math.ceil(daysInclusive(start, late) / 7) };
  return { min: wholeUnits(start, early, unit).min, max: wholeUnits(start, late, unit).max };
}
