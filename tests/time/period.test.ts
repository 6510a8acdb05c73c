import { describe, expect, it } from "vitest";
import { periodLength } from "../../src/time/length.js";
import { endRange, periodBefore, periodEnd, periodIso, periodsAgree, periodStart, periodWithin, unitPeriod, type Period } from "../../src/time/period.js";

const span: Period = { from: "2014-08", to: "2017-07" };
const since: Period = { from: "2014-08", openEnd: ["2017-07-31", "2017-09-01"] };

describe("periods", () => {
  it("start, end and the days an end may fall on", () => {
    expect([periodStart(span), periodEnd(span), endRange(span)]).toEqual(["2014-08-01", "2017-07-31", ["2017-07-01", "2017-07-31"]]);
    expect([periodStart(since), periodEnd(since), endRange(since)]).toEqual(["2014-08-01", "2017-09-01", ["2017-07-31", "2017-09-01"]]);
    expect(periodEnd({ from: "2014-08" })).toBeUndefined();
    expect(periodIso(unitPeriod("2017-07"))).toBe("2017-07");
    expect(periodIso(since)).toBe("2014-08 onwards");
  });

  it("agree when their first units and their ends overlap", () => {
    expect(periodsAgree(since, span)).toBe(true);
    expect(periodsAgree({ from: "2014", openEnd: ["2017-07-31", "2017-09-01"] }, since)).toBe(true);
    expect(periodsAgree(span, { from: "2014-09", to: "2017-07" })).toBe(false);
    expect(periodsAgree(since, { from: "2014-08", to: "2017-06" })).toBe(false);
    expect(periodsAgree({ from: "2014-08" }, span)).toBe(true); // no date to end at: only the start is compared
  });

  it("lie within one another, both ends included", () => {
    expect(periodWithin(unitPeriod("2017-07"), span)).toBe(true);
    expect(periodWithin(unitPeriod("2014-08-01"), span)).toBe(true);
    expect(periodWithin(unitPeriod("2014-07-31"), span)).toBe(false);
    expect(periodWithin(unitPeriod("2017-08-01"), span)).toBe(false);
    expect(periodWithin(unitPeriod("2017-03-14"), since)).toBe(true);
    expect(periodWithin(unitPeriod("2017-09-02"), since)).toBe(false);
    expect(periodWithin(since, span)).toBe(true); // it may end on 2017-07-31
  });

  it("come before one another", () => {
    expect(periodBefore(unitPeriod("2017-06"), unitPeriod("2017-07"))).toBe(true);
    expect(periodBefore(unitPeriod("2017-07"), unitPeriod("2017-07"))).toBe(false);
    expect(periodBefore({ from: "2014-08", to: "2017-06" }, unitPeriod("2017-07"))).toBe(true);
  });

  it("have lengths (see tests/rules/period-length.test.ts for the counts)", () => {
    expect(periodLength(span, "month")).toEqual({ min: 36, max: 36 });
    expect(periodLength(span, "year")).toEqual({ min: 3, max: 3 });
    expect(periodLength(span, "day")).toEqual({ min: 1096, max: 1096 });
    expect(periodLength(span, "week")).toEqual({ min: 156, max: 157 });
    expect(periodLength(since, "month")).toEqual({ min: 36, max: 38 });
    // 31 January to 27 February 2017, 28 days, ends the day before 28 February, which is 31
    // January + 1 month in date-fns (a month from a month's last day ends on the next's last day).
    expect(periodLength({ from: "2017-01-31", to: "2017-02-27" }, "month")).toEqual({ min: 1, max: 1 });
    // 14 March to 20 April: one month (to 13 April) and a week, so one or two.
    expect(periodLength({ from: "2017-03-14", to: "2017-04-20" }, "month")).toEqual({ min: 1, max: 2 });
    expect(periodLength({ from: "2014-08" }, "month")).toBeUndefined();
  });
});
