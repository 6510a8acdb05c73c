/**
 * Calendar arithmetic, checked by hand and against an independent count: days since 1970-01-01
 * (a Thursday) taken from `Date.UTC`, which never reads the local zone.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareDays,
  daysInclusive,
  daysInMonth,
  firstDay,
  granularityOf,
  lastDay,
  monthsInclusive,
  parseIsoUnit,
  shiftDay,
  unitContains,
  weekdayOf,
  WEEKDAYS,
} from "../../src/time/calendar.js";

/** Weekday from the days since 1970-01-01, a Thursday (index 4, Sunday first). */
function epochWeekday(y: number, m: number, d: number): string {
  const days = Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
  return WEEKDAYS[(((days + 4) % 7) + 7) % 7]!;
}

const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** Any existing calendar day from 1900 to 2100. */
const dayArb = fc
  .record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .filter(({ y, m, d }) => parseIsoUnit(iso(y, m, d)) !== undefined);

describe("ISO units", () => {
  it.each([
    ["2017", { granularity: "year", year: 2017 }],
    ["2017-07", { granularity: "month", year: 2017, month: 7 }],
    ["2017-09-01", { granularity: "day", year: 2017, month: 9, day: 1 }],
    ["2016-02-29", { granularity: "day", year: 2016, month: 2, day: 29 }],
  ])("reads %s", (s, want) => expect(parseIsoUnit(s)).toEqual(want));

  it.each(["2017-02-29", "1900-02-29", "2017-13", "2017-00", "2017-9-1", "17-09-01", "2017-09-01T00:00", "", "２０１７"])("rejects %j", (s) =>
    expect(parseIsoUnit(s)).toBeUndefined(),
  );

  it("first and last days (February has 29 days in 2016 and 2000, 28 in 2017 and 1900)", () => {
    expect([firstDay("2014-08"), lastDay("2014-08")]).toEqual(["2014-08-01", "2014-08-31"]);
    expect([lastDay("2016-02"), lastDay("2000-02"), lastDay("2017-02"), lastDay("1900-02")]).toEqual(["2016-02-29", "2000-02-29", "2017-02-28", "1900-02-28"]);
    expect([firstDay("2017"), lastDay("2017")]).toEqual(["2017-01-01", "2017-12-31"]);
    expect([firstDay("2017-09-01"), lastDay("2017-09-01")]).toEqual(["2017-09-01", "2017-09-01"]);
    expect(granularityOf("2017-07")).toBe("month");
  });
});

describe("days in a month", () => {
  it("agrees with the UTC calendar for every month from 1600 to 2400", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2400 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        // Day 0 of the next month is the last day of this one.
        return daysInMonth(y, m) === new Date(Date.UTC(y, m, 0)).getUTCDate();
      }),
    );
    expect([daysInMonth(2016, 2), daysInMonth(2000, 2), daysInMonth(1900, 2), daysInMonth(2017, 2)]).toEqual([29, 29, 28, 28]);
  });
});

describe("weekdays", () => {
  // By hand from 1 January 2017, a Sunday: see tests/rules/weekday.test.ts.
  it.each([
    ["2017-09-01", "Friday"],
    ["2017-10-12", "Thursday"],
    ["2017-03-14", "Tuesday"],
    ["2017-01-01", "Sunday"],
    ["2016-02-29", "Monday"],
    ["1970-01-01", "Thursday"],
  ])("%s was a %s", (day, weekday) => expect(weekdayOf(day)).toBe(weekday));

  it("agree with the count of days since 1970 for any day from 1900 to 2100", () => {
    fc.assert(fc.property(dayArb, ({ y, m, d }) => weekdayOf(iso(y, m, d)) === epochWeekday(y, m, d)));
  });
});

describe("day arithmetic", () => {
  it("shifts across months, years and leap days", () => {
    expect(shiftDay("2017-07-31", 1)).toBe("2017-08-01");
    expect(shiftDay("2016-03-01", -1)).toBe("2016-02-29");
    expect(shiftDay("2016-12-31", 1)).toBe("2017-01-01");
  });

  it("counts days and months with both ends included", () => {
    // 365 + 366 + 365: see tests/rules/period-length.test.ts.
    expect(daysInclusive("2014-08-01", "2017-07-31")).toBe(1096);
    expect(daysInclusive("2017-09-01", "2017-09-01")).toBe(1);
    expect(monthsInclusive("2014-08-01", "2017-07-31")).toBe(36);
    expect(monthsInclusive("2017-07-31", "2017-07-01")).toBe(1);
  });

  it("shifting by n days and counting back gives n + 1 days, both ends included", () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 5000 }), ({ y, m, d }, n) => {
        const a = iso(y, m, d);
        return daysInclusive(a, shiftDay(a, n)) === n + 1 && shiftDay(shiftDay(a, n), -n) === a;
      }),
    );
  });

  it("compares and contains", () => {
    expect(compareDays("2017-08-31", "2017-09-01")).toBe(-1);
    expect(unitContains("2017-03", "2017-03-14")).toBe(true);
    expect(unitContains("2017-03", "2017-04-01")).toBe(false);
  });
});
