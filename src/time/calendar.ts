/**
 * Calendar dates without clocks or zones. A day, month or year is an ISO string ("2017-09-01",
 * "2017-07", "2017"), so it prints, sorts and compares as it reads and goes into findings as
 * plain data. The arithmetic goes through `Date`s at midnight UTC built from the calendar fields
 * and read only through their UTC fields: a date never passes through the machine's local time, so
 * no result depends on `TZ`.
 */

/** How fine a calendar unit is. */
export type Granularity = "day" | "month" | "year";

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

/** A calendar unit: a day (`2017-09-01`), a month (`2017-07`) or a year (`2017`). */
export type IsoUnit = string;

/**
 * The days of the week, Sunday first (the order of `Date.prototype.getDay`).
 *
 * @example
 * ```ts
 * WEEKDAYS[5]; //=> "Friday"
 * ```
 */
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** A day of the week. */
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * The months, January first.
 *
 * @example
 * ```ts
 * MONTHS[6]; //=> "July"
 * ```
 */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** The fields of a calendar unit: `month` and `day` are 1-based and present as the granularity requires. */
export interface UnitFields {
  readonly granularity: Granularity;
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/**
 * The number of days in a month of the proleptic Gregorian calendar (a leap year is divisible by
 * 4, except centuries not divisible by 400). Plain arithmetic: it runs for every document of a
 * large file, and never touches a `Date`.
 *
 * @example
 * ```ts
 * daysInMonth(2016, 2); //=> 29
 * daysInMonth(1900, 2); //=> 28
 * daysInMonth(2017, 9); //=> 30
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function isDigits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * Reads an ISO calendar unit: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a day that exists: no
 * 2017-02-29). Undefined for anything else.
 *
 * @example
 * ```ts
 * parseIsoUnit("2017-07"); //=> { granularity: "month", year: 2017, month: 7 }
 * parseIsoUnit("2016-02-29")?.granularity; //=> "day"
 * parseIsoUnit("2017-02-29"); //=> undefined
 * ```
 */
export function parseIsoUnit(s: string): UnitFields | undefined {
  if (s.length !== 4 && s.length !== 7 && s.length !== 10) return undefined;
  if (!isDigits(s, 0, 4)) return undefined;
  const year = Number(s.slice(0, 4));
  if (s.length === 4) return { granularity: "year", year };
  if (s[4] !== "-" || !isDigits(s, 5, 7)) return undefined;
  const month = Number(s.slice(5, 7));
  if (month < 1 || month > 12) return undefined;
  if (s.length === 7) return { granularity: "month", year, month };
  if (s[7] !== "-" || !isDigits(s, 8, 10)) return undefined;
  const day = Number(s.slice(8, 10));
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { granularity: "day", year, month, day };
}

/**
 * The ISO form of a unit's fields.
 *
 * @example
 * ```ts
 * isoOf({ granularity: "day", year: 2017, month: 9, day: 1 }); //=> "2017-09-01"
 * ```
 */
export function isoOf(u: UnitFields): IsoUnit {
  if (u.granularity === "year") return pad(u.year, 4);
  if (u.granularity === "month") return `${pad(u.year, 4)}-${pad(u.month!, 2)}`;
  return `${pad(u.year, 4)}-${pad(u.month!, 2)}-${pad(u.day!, 2)}`;
}

function fields(unit: IsoUnit): UnitFields {
  const f = parseIsoUnit(unit);
  if (!f) throw new RangeError(`not an ISO calendar unit: ${unit}`);
  return f;
}

/**
 * A `Date` at midnight UTC of year, month (0–11) and day, to be read through its UTC fields only.
 * Years 0 to 99 are those years: `Date.UTC` would read them as 1900 to 1999, so the year is set on
 * its own. Months and days out of range carry over, as with `Date`.
 *
 * @example
 * ```ts
 * utcDate(99, 11, 31).getUTCFullYear(); //=> 99
 * utcDate(2017, 1, 29).getUTCDate(); //=> 1
 * ```
 */
export function utcDate(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d;
}

/** A `Date` at midnight UTC of a calendar day. */
function utcDay(day: IsoDay): Date {
  const f = fields(day);
  return utcDate(f.year, (f.month ?? 1) - 1, f.day ?? 1);
}

function isoDayOf(d: Date): IsoDay {
  return isoOf({ granularity: "day", year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

const DAY_MS = 86_400_000;

/**
 * The granularity of a unit.
 *
 * @example
 * ```ts
 * granularityOf("2017-07"); //=> "month"
 * ```
 */
export function granularityOf(unit: IsoUnit): Granularity {
  return fields(unit).granularity;
}

/**
 * The first day of a unit.
 *
 * @example
 * ```ts
 * firstDay("2014-08"); //=> "2014-08-01"
 * firstDay("2017"); //=> "2017-01-01"
 * ```
 */
export function firstDay(unit: IsoUnit): IsoDay {
  const f = fields(unit);
  return isoOf({ granularity: "day", year: f.year, month: f.month ?? 1, day: f.day ?? 1 });
}

/**
 * The last day of a unit.
 *
 * @example
 * ```ts
 * lastDay("2016-02"); //=> "2016-02-29"
 * lastDay("2017"); //=> "2017-12-31"
 * lastDay("2017-09-01"); //=> "2017-09-01"
 * ```
 */
export function lastDay(unit: IsoUnit): IsoDay {
  const f = fields(unit);
  if (f.granularity === "day") return unit;
  const month = f.month ?? 12;
  return isoOf({ granularity: "day", year: f.year, month, day: daysInMonth(f.year, month) });
}

/**
 * The day of the week of a calendar day, the same under every `TZ`.
 *
 * @example
 * ```ts
 * weekdayOf("2017-09-01"); //=> "Friday"
 * weekdayOf("2017-10-12"); //=> "Thursday"
 * ```
 */
export function weekdayOf(day: IsoDay): Weekday {
  return WEEKDAYS[utcDay(day).getUTCDay()]!;
}

/**
 * The day `n` days after `day` (before it when `n` is negative).
 *
 * @example
 * ```ts
 * shiftDay("2017-07-31", 1); //=> "2017-08-01"
 * shiftDay("2016-03-01", -1); //=> "2016-02-29"
 * ```
 */
export function shiftDay(day: IsoDay, n: number): IsoDay {
  if (n === 1) {
    // The common case (does one period follow another?) without building a date.
    const f = fields(day);
    const [y, m, d] = [f.year, f.month!, f.day!];
    if (d < daysInMonth(y, m)) return isoOf({ granularity: "day", year: y, month: m, day: d + 1 });
    return m < 12 ? isoOf({ granularity: "day", year: y, month: m + 1, day: 1 }) : isoOf({ granularity: "day", year: y + 1, month: 1, day: 1 });
  }
  const d = utcDay(day);
  d.setUTCDate(d.getUTCDate() + n);
  return isoDayOf(d);
}

/**
 * The number of days from `from` to `to`, both included (0 or less when `to` is before `from`).
 *
 * @example
 * ```ts
 * daysInclusive("2014-08-01", "2017-07-31"); //=> 1096
 * daysInclusive("2017-09-01", "2017-09-01"); //=> 1
 * ```
 */
export function daysInclusive(from: IsoDay, to: IsoDay): number {
  return Math.round((utcDay(to).getTime() - utcDay(from).getTime()) / DAY_MS) + 1;
}

/**
 * The number of calendar months from the month of `from` to the month of `to`, both included.
 *
 * @example
 * ```ts
 * monthsInclusive("2014-08-01", "2017-07-31"); //=> 36
 * ```
 */
export function monthsInclusive(from: IsoDay, to: IsoDay): number {
  const a = fields(from);
  const b = fields(to);
  return (b.year - a.year) * 12 + ((b.month ?? 1) - (a.month ?? 1)) + 1;
}

/**
 * Compares two ISO days (or two units of the same granularity): negative, zero or positive.
 *
 * @example
 * ```ts
 * compareDays("2017-08-31", "2017-09-01") < 0; //=> true
 * ```
 */
export function compareDays(a: IsoDay, b: IsoDay): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * True when `day` lies in `unit` (both ends included).
 *
 * @example
 * ```ts
 * unitContains("2017-03", "2017-03-14"); //=> true
 * ```
 */
export function unitContains(unit: IsoUnit, day: IsoDay): boolean {
  return firstDay(unit) <= day && day <= lastDay(unit);
}
