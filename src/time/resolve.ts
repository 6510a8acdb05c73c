/**
 * Reading a partial date against a reference date (the document's publication date): "July"
 * and "March 14" are the latest such month or day that starts on or before the reference;
 * "Friday" is the latest Friday on or before it.
 */
import { WEEKDAYS, daysInMonth, firstDay, isoOf, shiftDay, weekdayOf, type IsoDay, type IsoUnit, type Weekday } from "./calendar.js";
import type { DateSpec } from "./parse.js";

/** A date read from text: the calendar unit it names, and how it was read. */
export interface ResolvedDate {
  /** The unit: a day, month or year. */
  readonly unit: IsoUnit;
  /** The weekday the text states, if any. */
  readonly weekday?: Weekday;
  /** The text as written. */
  readonly written: string;
  /** The reference date it was read against, when the text lacks its year (or is a weekday). */
  readonly against?: IsoDay;
}

/** Why a date could not be read. */
export type ResolveFailure = "needs-reference" | "no-such-day";

/**
 * Reads a date spec as a calendar unit. A spec without its year needs `reference`: it becomes
 * the latest such unit whose first day is not after the reference.
 *
 * @example
 * ```ts
 * resolveDate({ written: "March 14", month: 3, day: 14 }, "2017-09-01"); //=> { ok: true, date: { unit: "2017-03-14", written: "March 14", against: "2017-09-01" } }
 * resolveDate({ written: "Friday", weekday: "Friday" }, "2017-09-03"); //=> { ok: true, date: { unit: "2017-09-01", weekday: "Friday", written: "Friday", against: "2017-09-03" } }
 * resolveDate({ written: "July", month: 7 }, undefined); //=> { ok: false, reason: "needs-reference" }
 * ```
 */
export function resolveDate(spec: DateSpec, reference: IsoDay | undefined): { ok: true; date: ResolvedDate } | { ok: false; reason: ResolveFailure } {
  const weekday = spec.weekday !== undefined ? { weekday: spec.weekday } : {};
  if (spec.year !== undefined) {
    if (spec.month === undefined) return { ok: true, date: { unit: isoOf({ granularity: "year", year: spec.year }), ...weekday, written: spec.written } };
    if (spec.day === undefined) {
      return { ok: true, date: { unit: isoOf({ granularity: "month", year: spec.year, month: spec.month }), ...weekday, written: spec.written } };
    }
    if (spec.day > daysInMonth(spec.year, spec.month)) return { ok: false, reason: "no-such-day" };
    return { ok: true, date: { unit: isoOf({ granularity: "day", year: spec.year, month: spec.month, day: spec.day }), ...weekday, written: spec.written } };
  }
  if (reference === undefined) return { ok: false, reason: "needs-reference" };
  const refYear = Number(reference.slice(0, 4));
  if (spec.month === undefined) {
    // A weekday alone: the latest such weekday on or before the reference.
    const back = (WEEKDAYS.indexOf(weekdayOf(reference)) - WEEKDAYS.indexOf(spec.weekday!) + 7) % 7;
    return { ok: true, date: { unit: shiftDay(reference, -back), ...weekday, written: spec.written, against: reference } };
  }
  // The latest year in which the unit starts on or before the reference (February 29 looks back
  // up to eight years, across a skipped leap year such as 1900).
  for (let year = refYear; year >= refYear - 8; year--) {
    if (spec.day !== undefined && spec.day > daysInMonth(year, spec.month)) continue;
    const unit =
      spec.day !== undefined
        ? isoOf({ granularity: "day", year, month: spec.month, day: spec.day })
        : isoOf({ granularity: "month", year, month: spec.month });
    if (firstDay(unit) <= reference) return { ok: true, date: { unit, ...weekday, written: spec.written, against: reference } };
  }
  return { ok: false, reason: "no-such-day" };
}
