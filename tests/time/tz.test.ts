/**
 * Time-zone independence: the same dates, readings, findings and series results under every
 * `TZ`. Node re-reads `process.env.TZ` when it is assigned, so this file switches zones in one
 * process (and checks that the switch took: the local offset of 2017-09-01 differs); CI also
 * runs every date test file under each zone from the start (`npm run test:tz`).
 */
import { readFileSync } from "node:fs";
import { afterAll, expect, it } from "vitest";
import { parse } from "yaml";
import { check } from "../../src/check/check.js";
import { daysInclusive, lastDay, shiftDay, weekdayOf } from "../../src/time/calendar.js";
import { periodLength } from "../../src/time/length.js";
import { parseDateText } from "../../src/time/parse.js";
import { resolveDate } from "../../src/time/resolve.js";

const ZONES = ["UTC", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Chatham", "Pacific/Kiritimati", "Pacific/Pago_Pago"];
const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

const seedYaml = parse(readFileSync("claims/seed/claims.yaml", "utf8")) as Record<string, unknown>;
const seriesYaml = parse(readFileSync("claims/cjtf-oir-2017/claims.yaml", "utf8")) as Record<string, unknown>;
const article = readFileSync("claims/seed/article.txt", "utf8");

/** Everything date-dependent, as plain data. */
function snapshot(): unknown {
  const read = (text: string, ref: string) => {
    const r = resolveDate(parseDateText(text)!, ref);
    return r.ok ? r.date.unit : r.reason;
  };
  return {
    weekdays: ["2017-09-01", "2017-10-12", "2016-02-29", "2017-03-26", "2017-11-05", "2017-04-02"].map(weekdayOf),
    days: [shiftDay("2017-03-25", 1), shiftDay("2017-11-05", -1), lastDay("2016-02"), daysInclusive("2014-08-01", "2017-07-31")],
    readings: [read("March 14", "2017-09-01"), read("Friday", "2017-09-03"), read("July", "2017-07-01"), read("December 31", "2017-01-01")],
    lengths: periodLength({ from: "2014-08", openEnd: ["2017-07-31", "2017-09-01"] }, "month"),
    seed: check(seedYaml, { texts: { "coalition-civcas-2017-07": article } }).findings.map((f) => `${f.ruleId}: ${f.message}`),
    series: check(seriesYaml, { texts: { "release-2017-07": article } }).findings.map((f) => `${f.ruleId}: ${f.message}`),
  };
}

it("gives the same results in every time zone", () => {
  process.env.TZ = "UTC";
  const offsetUtc = new Date(2017, 8, 1).getTimezoneOffset();
  const reference = snapshot();
  for (const zone of ZONES) {
    process.env.TZ = zone;
    if (zone !== "UTC") expect(new Date(2017, 8, 1).getTimezoneOffset(), `TZ=${zone} took effect`).not.toBe(offsetUtc);
    expect(snapshot(), `TZ=${zone}`).toEqual(reference);
  }
  expect((reference as { weekdays: string[] }).weekdays.slice(0, 2)).toEqual(["Friday", "Thursday"]);
});
