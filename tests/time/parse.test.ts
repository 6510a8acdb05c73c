import { describe, expect, it } from "vitest";
import { parseLength } from "../../src/time/length.js";
import { parseDateText, parseWeekday } from "../../src/time/parse.js";
import { resolveDate } from "../../src/time/resolve.js";

describe("dates as written", () => {
  it.each([
    ["2017-09-01", { year: 2017, month: 9, day: 1 }],
    ["2017-07", { year: 2017, month: 7 }],
    ["2014", { year: 2014 }],
    ["March 14", { month: 3, day: 14 }],
    ["14 March 2017", { year: 2017, month: 3, day: 14 }],
    ["March 14, 2017", { year: 2017, month: 3, day: 14 }],
    ["the 14th of March", { month: 3, day: 14 }],
    ["July", { month: 7 }],
    ["August 2014", { year: 2014, month: 8 }],
    ["Aug. 2014", { year: 2014, month: 8 }],
    ["Sept 1", { month: 9, day: 1 }],
    ["Friday", { weekday: "Friday" }],
    ["on Friday", { weekday: "Friday" }],
    ["Friday, October 12, 2017", { year: 2017, month: 10, day: 12, weekday: "Friday" }],
    ["Thurs 12 October", { month: 10, day: 12, weekday: "Thursday" }],
  ])("%s", (text, want) => expect(parseDateText(text)).toEqual({ written: text, ...want }));

  it.each(["Febtober 3", "14", "March 32", "2017 March", "Friday 2017", "March 14 15", "14th", "12345", "March, 14, July", "", "3/14/2017", "March 14th-ish", "٢٠١٧"])(
    "rejects %j",
    (text) => expect(parseDateText(text)).toBeUndefined(),
  );

  it("reads weekday names", () => {
    expect(parseWeekday("friday")).toBe("Friday");
    expect(parseWeekday("Tues.")).toBe("Tuesday");
    expect(parseWeekday("Fryday")).toBeUndefined();
  });

  it("reads a long hostile input in linear time without throwing", () => {
    const hostile = "March ".repeat(20_000) + "14";
    expect(parseDateText(hostile)).toBeUndefined();
    expect(parseDateText("1".repeat(50))).toBeUndefined();
  });
});

describe("reading a date against the publication date", () => {
  const read = (text: string, ref: string | undefined) => {
    const r = resolveDate(parseDateText(text)!, ref);
    return r.ok ? r.date.unit : r.reason;
  };
  it.each([
    ["March 14", "2017-09-01", "2017-03-14"],
    ["March 14", "2017-03-14", "2017-03-14"],
    ["March 14", "2017-03-13", "2016-03-14"],
    ["July", "2017-09-01", "2017-07"],
    ["July", "2017-07-01", "2017-07"],
    ["July", "2017-06-30", "2016-07"],
    ["December", "2017-01-05", "2016-12"],
    ["February 29", "2017-09-01", "2016-02-29"],
    // 1900 was no leap year: from 1903 the latest February 29 is in 1896.
    ["February 29", "1903-06-01", "1896-02-29"],
    // 2017-09-03 was a Sunday: back two days to Friday; a Friday reads itself.
    ["Friday", "2017-09-03", "2017-09-01"],
    ["Friday", "2017-09-01", "2017-09-01"],
    ["Saturday", "2017-09-01", "2017-08-26"],
    ["March 14, 2017", undefined, "2017-03-14"],
    ["March 14", undefined, "needs-reference"],
    ["February 30, 2017", undefined, "no-such-day"],
  ])("%s against %s is %s", (text, ref, want) => expect(read(text, ref)).toBe(want));
});

describe("stated lengths", () => {
  it.each([
    ["36 months", { count: 36, unit: "month" }],
    ["three years", { count: 3, unit: "year" }],
    ["a year", { count: 1, unit: "year" }],
    ["an hour", undefined],
    ["36-month", { count: 36, unit: "month" }],
    ["10 days", { count: 10, unit: "day" }],
    ["1 week", { count: 1, unit: "week" }],
    ["the 36 months", { count: 36, unit: "month" }],
    ["36 fortnights", undefined],
    ["3.5 years", undefined],
    ["36 months ago", undefined],
    ["0 days", undefined],
  ])("%s", (text, want) => expect(parseLength(text)).toEqual(want === undefined ? undefined : { ...want, written: text }));
});
