/**
 * The calendar's own date arithmetic (src/time/calendar.ts, src/time/length.ts: `Date`s at
 * midnight UTC, read through their UTC fields) gives what date-fns gives on `UTCDate`s, which the
 * core used before: weekdays, shifted days, days and months inclusive, and the lengths of periods
 * in days, weeks, months and years, on random days of years 0 to 9999 (leap days, the ends of
 * months and years 0 to 99 included; fast-check, fixed seed). date-fns is a dev dependency, for
 * this test only.
 */
import { UTCDate } from "@date-fns/utc";
import { addDays, addMonths, addYears, differenceInCalendarDays, differenceInCalendarMonths, differenceInMonths, differenceInYears, getDay } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInclusive, daysInMonth, isoOf, monthsInclusive, parseIsoUnit, shiftDay, WEEKDAYS, weekdayOf, type IsoDay } from "../../src/time/calendar.js";
import { periodLength } from "../../src/time/length.js";

function utc(day: IsoDay): UTCDate {
  const f = parseIsoUnit(day)!;
  const d = new UTCDate(2000, f.month! - 1, f.day!);
  d.setFullYear(f.year, f.month! - 1, f.day!);
  return d;
}
const isoDayOf = (d: UTCDate): IsoDay => isoOf({ granularity: "day", year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });

/** Whole months (or years) from `start` to the day after `end`, as the core computed them with date-fns. */
function wholeUnits(start: IsoDay, end: IsoDay, unit: "month" | "year") {
  const a = utc(start);
  const b = utc(isoDayOf(addDays(utc(end), 1)));
  const whole = unit === "month" ? differenceInMonths(b, a) : differenceInYears(b, a);
  const reached = unit === "month" ? addMonths(a, whole) : addYears(a, whole);
  const exact = reached.getFullYear() === b.getFullYear() && reached.getMonth() === b.getMonth() && reached.getDate() === b.getDate();
  return { min: whole, max: exact ? whole : whole + 1 };
}

/** A day, often at the end of a month or on a leap day, in years 0 to 9998 (mostly near 2000; a period ending in 9999 has no day after it). */
const day = fc
  .tuple(fc.oneof(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 9998 })), fc.integer({ min: 1, max: 12 }), fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constant(31), fc.constant(29)))
  .map(([y, m, d]) => isoOf({ granularity: "day", year: y, month: m, day: Math.min(d, daysInMonth(y, m)) }));

const pair = fc.tuple(day, day).map(([a, b]) => (a <= b ? ([a, b] as const) : ([b, a] as const)));

describe("the calendar's date arithmetic", () => {
  it("gives date-fns' weekdays and shifted days", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), (d, n) => {
        expect(weekdayOf(d)).toBe(WEEKDAYS[getDay(utc(d))]);
        const shifted = addDays(utc(d), n);
        if (shifted.getFullYear() >= 0 && shifted.getFullYear() <= 9999) expect(shiftDay(d, n)).toBe(isoDayOf(shifted));
      }),
      { numRuns: 2000 },
    );
  });

  it("gives date-fns' days and months between two days", () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        // date-fns counts one day too many or too few from a leap day of the years 0 to 99 (it
        // reads their zone offset through Date.UTC, which takes them as 1900 to 1999).
        if ([a, b].some((d) => d < "0100" && d.endsWith("-02-29"))) return;
        expect(daysInclusive(a, b)).toBe(differenceInCalendarDays(utc(b), utc(a)) + 1);
        expect(monthsInclusive(a, b)).toBe(differenceInCalendarMonths(utc(b), utc(a)) + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives date-fns' lengths of periods in months and years", () => {
    fc.assert(
      fc.property(pair, ([from, to]) => {
        for (const unit of ["month", "year"] as const) {
          const own = periodLength({ from, to }, unit);
          const theirs = wholeUnits(from, to, unit);
          expect(own).toEqual({ min: theirs.min, max: theirs.max });
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("counts the days from a leap day of the first years", () => {
    expect(daysInclusive("0004-02-29", "0004-03-01")).toBe(2);
    expect(daysInclusive("0000-02-28", "0000-03-01")).toBe(3);
    expect(daysInclusive("0000-02-29", "0001-02-28")).toBe(366);
  });

  it("agrees on the ends of months, leap days and the first years", () => {
    const days = ["2016-02-29", "2017-02-28", "2017-01-31", "2017-03-31", "2016-01-30", "0099-12-31", "0000-02-29", "0004-02-29", "2000-02-29", "1900-02-28", "2017-07-31", "2014-08-01"];
    for (const a of days)
      for (const b of days) {
        if (a > b) continue;
        for (const unit of ["month", "year"] as const) expect(periodLength({ from: a, to: b }, unit), `${a} ${b} ${unit}`).toEqual(wholeUnits(a, b, unit));
      }
  });
});
