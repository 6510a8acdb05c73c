import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Rational } from "../../src/numbers/rational.js";
import { scanNumbers, type ScannedNumber } from "../../src/text/scanner.js";
import fixture from "./numbers-rows.json";

interface Expected {
  kind: string;
  text: string;
  /** The span without its qualifier (used by the bench). */
  figure?: string;
  value: string;
  valueTo?: string;
  numerator?: string;
  denominator?: string;
  rangeOf?: string;
  currency?: string;
  unit?: string;
  interval?: string;
  qualifier?: string;
  separator?: string;
  start?: number;
  end?: number;
  date?: { year?: number; month?: number; day?: number };
}

/** A value written as "24160", "12.5" or "1/5", exactly. */
function rational(v: string): Rational {
  const [n, d] = v.split("/");
  return d === undefined ? Rational.parse(n!) : Rational.of(BigInt(n!), BigInt(d));
}

/** The fields of a scanned number that an expectation names, in the expectation's terms. */
function shape(n: ScannedNumber, want: Expected): Expected {
  // Values are compared exactly, as Rational strings ("25/2" for 12.5; see `normal`).
  const got: Expected = { kind: n.kind, text: n.text, value: n.value.toString() };
  if (want.figure !== undefined) got.figure = want.figure;
  if (want.valueTo !== undefined) got.valueTo = n.valueTo?.toString() ?? "none";
  if (want.numerator !== undefined) got.numerator = n.numerator?.toString() ?? "none";
  if (want.denominator !== undefined) got.denominator = n.denominator?.toString() ?? "none";
  if (want.rangeOf !== undefined) got.rangeOf = n.rangeOf ?? "none";
  if (want.currency !== undefined) got.currency = n.currency ?? "none";
  if (want.unit !== undefined) got.unit = n.unit ?? "none";
  if (want.interval !== undefined) got.interval = n.interval?.toString() ?? "none";
  if (want.qualifier !== undefined) got.qualifier = n.qualifier?.kind ?? "none";
  if (want.separator !== undefined) got.separator = n.separator;
  if (want.start !== undefined) got.start = n.start;
  if (want.end !== undefined) got.end = n.end;
  if (want.date !== undefined) got.date = n.date ?? {};
  return got;
}

function normal(want: Expected): Expected {
  return { ...want, value: rational(want.value).toString(), ...(want.valueTo ? { valueTo: rational(want.valueTo).toString() } : {}) };
}

function expectScan(text: string, wants: Expected[]): void {
  const got = scanNumbers(text);
  expect(got.map((n, k) => shape(n, wants[k] ?? { kind: "", text: "", value: "0" }))).toEqual(wants.map(normal));
}

describe("scanNumbers: every row of numbers.md", () => {
  it.each(fixture.rows.map((r) => [r.text, r] as const))("%s", (_text, row) => {
    expectScan(row.text, row.numbers as Expected[]);
  });

  // The rows above are transcribed from numbers.md (the shared design folder's data/numbers.md,
  // copied byte-identical to tests/fixtures/shared/numbers.md); a row added there must be added here.
  const md = fileURLToPath(new URL("../fixtures/shared/numbers.md", import.meta.url));
  it("covers every row of numbers.md", () => {
    const labels = new Set(fixture.rows.map((r) => r.row));
    const rows = readFileSync(md, "utf8")
      .split("\n")
      .filter((l) => l.startsWith("| `"))
      .map((l) => l.split("|")[1]!.trim().replaceAll("`", ""));
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) expect(labels, r).toContain(r);
  });
});

describe("scanNumbers: kinds in context", () => {
  it.each<[string, Expected[]]>([
    // years need context; four digits below 1500 or before a noun are counts
    ["since 2014 to at least 685", [{ kind: "year", text: "2014", value: "2014" }, { kind: "count", text: "at least 685", value: "685" }]],
    ["In 2017, 2000 people fled", [{ kind: "year", text: "2017", value: "2017" }, { kind: "count", text: "2000", value: "2000" }]],
    ["mid-2014", [{ kind: "year", text: "2014", value: "2014" }]],
    // two consecutive years with a two-digit tail are one fiscal or season year
    ["2014-15 season", [{ kind: "period", text: "2014-15", value: "2014", valueTo: "2015" }]],
    ["2014–17", [{ kind: "range", text: "2014–17", value: "2014", valueTo: "2017", rangeOf: "year" }]],
    ["between 2014 and 2017", [{ kind: "range", text: "2014 and 2017", value: "2014", valueTo: "2017", rangeOf: "year" }]],
    ["at least 2000 people", [{ kind: "count", text: "at least 2000", value: "2000" }]],
    // dates
    ["From August 2014 to July 2017", [
      { kind: "date", text: "August 2014", value: "2014", date: { year: 2014, month: 8 } },
      { kind: "date", text: "July 2017", value: "2017", date: { year: 2017, month: 7 } },
    ]],
    ["a March 14 strike", [{ kind: "date", text: "March 14", value: "14", date: { month: 3, day: 14 } }]],
    ["on March 14, 2017.", [{ kind: "date", text: "March 14, 2017", value: "14", date: { year: 2017, month: 3, day: 14 } }]],
    ["Sept. 1", [{ kind: "date", text: "Sept. 1", value: "1", date: { month: 9, day: 1 } }]],
    ["the 14th of March", [{ kind: "date", text: "14th of March", value: "14", date: { month: 3, day: 14 } }]],
    ["published 2017-09-01", [{ kind: "date", text: "2017-09-01", value: "1", date: { year: 2017, month: 9, day: 1 } }]],
    // the day is its two digits, never a decimal read on past them: "01.1" is the day 1, then a count
    ["2017-09-01.1", [{ kind: "date", text: "2017-09-01", value: "1", date: { year: 2017, month: 9, day: 1 } }, { kind: "count", text: "1", value: "1" }]],
    ["covers 2017-03", [{ kind: "date", text: "2017-03", value: "2017", date: { year: 2017, month: 3 } }]],
    ["the 2011-12 season", [{ kind: "period", text: "2011-12", value: "2011", valueTo: "2012" }]],
    ["on 14/03/2017", [{ kind: "date", text: "14/03/2017", value: "14", date: { year: 2017, month: 3, day: 14 } }]],
    ["in March. 14 people", [{ kind: "count", text: "14", value: "14" }]],
    // times
    ["at 10:30 GMT", [{ kind: "time", text: "10:30", value: "21/2" }]], // 10 h 30 min = 10.5 h
    ["at 3pm", [{ kind: "time", text: "3pm", value: "15" }]],
    // ranges and ratios
    ["10-15%", [{ kind: "range", text: "10-15%", value: "10", valueTo: "15", rangeOf: "percent", interval: "[19/2, 31/2]" }]], // [9.5, 15.5]
    ["$5-10bn", [{ kind: "range", text: "$5-10bn", value: "5000000000", valueTo: "10000000000", rangeOf: "money", currency: "USD" }]],
    ["20 \u2013 30 people", [{ kind: "range", text: "20 \u2013 30", value: "20", valueTo: "30", rangeOf: "count", interval: "[20, 30]" }]],
    ["a 3-1 win", [{ kind: "score", text: "3-1", value: "3", valueTo: "1" }]],
    ["3-1 up, then 1", [{ kind: "count", text: "3", value: "3" }, { kind: "count", text: "1", value: "1" }, { kind: "count", text: "1", value: "1" }]],
    ["1 in 5 adults", [{ kind: "ratio", text: "1 in 5", value: "1/5" }]],
    ["one in every three", [{ kind: "ratio", text: "one in every three", value: "1/3" }]],
    ["13 out of 37", [{ kind: "ratio", text: "13 out of 37", value: "13/37" }]],
    ["nearly one in five", [{ kind: "ratio", text: "nearly one in five", value: "1/5", qualifier: "nearly" }]],
    ["37 in 2014", [{ kind: "count", text: "37", value: "37" }, { kind: "year", text: "2014", value: "2014" }]],
    // fractions in words: a share; "half", "a third" only before "of"/"the"
    ["two-thirds of voters", [{ kind: "ratio", text: "two-thirds", value: "2/3" }]],
    ["Three quarters said no", [{ kind: "ratio", text: "Three quarters", value: "3/4" }]],
    ["one third of nurses", [{ kind: "ratio", text: "one third", value: "1/3" }]],
    ["a third of nurses, half the staff", [{ kind: "ratio", text: "a third", value: "1/3" }, { kind: "ratio", text: "half", value: "1/2" }]],
    ["nearly half of them", [{ kind: "ratio", text: "nearly half", value: "1/2", qualifier: "nearly" }]],
    ["a third term, half-time, the first half of 2017", [{ kind: "year", text: "2017", value: "2017" }]],
    // points: percentage and basis points; bare "points" may be a score
    ["fell 3 percentage points", [{ kind: "points", text: "3 percentage points", value: "3", interval: "[5/2, 7/2]" }]], // [2.5, 3.5]
    ["up 2.5pp", [{ kind: "points", text: "2.5pp", value: "5/2", interval: "[49/20, 51/20]" }]], // [2.45, 2.55]
    ["a cut of 25 basis points", [{ kind: "points", text: "25 basis points", value: "1/4", interval: "[49/200, 51/200]" }]], // [0.245, 0.255]
    ["about 6 percentage points", [{ kind: "points", text: "about 6 percentage points", value: "6", qualifier: "about" }]],
    ["scored 30 points", [{ kind: "count", text: "30", value: "30", unit: "points" }]],
    // money
    ["US$5m", [{ kind: "money", text: "US$5m", value: "5000000", currency: "USD" }]],
    ["USD 12", [{ kind: "money", text: "USD 12", value: "12", currency: "USD" }]],
    ["Rp 2,000 and Rs. 500, not Mrs 5", [{ kind: "money", text: "Rp 2,000", value: "2000", currency: "IDR" }, { kind: "money", text: "Rs. 500", value: "500", currency: "INR" }, { kind: "count", text: "5", value: "5" }]],
    ["4.5 billion dollars", [{ kind: "money", text: "4.5 billion dollars", value: "4500000000", currency: "USD" }]],
    ["more than €300m", [{ kind: "money", text: "more than €300m", value: "300000000", currency: "EUR", qualifier: "more-than" }]],
    // qualifiers before and after
    ["about 60 people", [{ kind: "count", text: "about 60", value: "60", interval: "[54, 66]" }]], // ±10%
    ["no more than 5", [{ kind: "count", text: "no more than 5", value: "5", interval: "[0, 5]" }]],
    ["61 or more", [{ kind: "count", text: "61 or more", value: "61", interval: "[61, ∞)" }]],
    ["at least sixty-one", [{ kind: "count", text: "at least sixty-one", value: "61", interval: "[61, ∞)" }]],
    ["-5 degrees", [{ kind: "count", text: "-5", value: "-5" }]],
    ["5km away", [{ kind: "count", text: "5", value: "5" }]],
    // units of measurement after the figure: noted, outside the span
    ["a 30-foot (9-metre) wall", [{ kind: "count", text: "30", value: "30", unit: "ft" }, { kind: "count", text: "9", value: "9", unit: "m" }]],
    ["in 3 hours, 12 kg", [{ kind: "count", text: "3", value: "3", unit: "h" }, { kind: "count", text: "12", value: "12", unit: "kg" }]],
    // before a slash only a speed is read: "72 km/h" is a speed, "5 kg/m²" a rate's unit
    ["gusts of 72 km/h, 5 kg/m²", [{ kind: "count", text: "72", value: "72", unit: "km/h" }, { kind: "count", text: "5", value: "5", unit: "none" }]],
    ["winds of 45 mph, 60 miles an hour, 97 kilometres per hour, 30 knots", [
      { kind: "count", text: "45", value: "45", unit: "mph" },
      { kind: "count", text: "60", value: "60", unit: "mph" },
      { kind: "count", text: "97", value: "97", unit: "km/h" },
      { kind: "count", text: "30", value: "30", unit: "kn" },
    ]],
    ["48 percent", [{ kind: "percent", text: "48 percent", value: "48", interval: "[95/2, 97/2]" }]],
    // words
    ["a hundred people", [{ kind: "count", text: "a hundred", value: "100" }]],
    ["one of the deadliest, no one else", []],
    ["killed one civilian", [{ kind: "count", text: "one", value: "1" }]],
    ["someone, alone, often, tennis", []],
    // names and codes
    ["MH17 and H1N1", [{ kind: "name", text: "MH17", value: "17" }, { kind: "name", text: "H1N1", value: "1" }]],
    ["COVID-19-related", [{ kind: "name", text: "COVID-19", value: "19" }]],
    ["B-52s", [{ kind: "name", text: "B-52s", value: "52" }]],
    ["4G masts", [{ kind: "name", text: "4G", value: "4" }]],
    ["No. 10", [{ kind: "name", text: "No. 10", value: "10" }]],
    ["under article 5", [{ kind: "name", text: "article 5", value: "5" }]],
    ["the 9/11 attacks", [{ kind: "name", text: "9/11", value: "9" }]],
    ["version 1.2.3 and 192.168.0.1 and 1,1,1", []],
    // decades
    ["the '90s", [{ kind: "decade", text: "'90s", value: "90" }]],
    ["mid-1990s", [{ kind: "decade", text: "1990s", value: "1990" }]],
    // Unicode digits and separators
    ["٢٠١٧ and ١٬١٦٩", [{ kind: "year", text: "٢٠١٧", value: "2017" }, { kind: "count", text: "١٬١٦٩", value: "1169", separator: "arabic" }]],
    ["24\u2009160", [{ kind: "count", text: "24\u2009160", value: "24160", separator: "space" }]],
    ["٤٫٥٪", [{ kind: "percent", text: "٤٫٥٪", value: "9/2" }]],
  ])("%j", (text, wants) => expectScan(text, wants));
});

describe("scanNumbers: running text (years, periods, scores, labels, particles, currencies)", () => {
  it.each<[string, Expected[]]>([
    // years against counts
    ["spending for 2024 rose to 1,200", [{ kind: "year", text: "2024", value: "2024" }, { kind: "count", text: "1,200", value: "1200" }]],
    ["in 2024", [{ kind: "year", text: "2024", value: "2024" }]],
    ["the 2024 budget", [{ kind: "year", text: "2024", value: "2024" }]],
    ["since 2014", [{ kind: "year", text: "2014", value: "2014" }]],
    ["a target for 2030 was set", [{ kind: "year", text: "2030", value: "2030" }]],
    ["halve by 2030 emissions from power plants", [{ kind: "year", text: "2030", value: "2030" }]],
    ["By 2030 emissions must fall", [{ kind: "year", text: "2030", value: "2030" }]],
    ["payrolls rose by 2000 jobs", [{ kind: "count", text: "2000", value: "2000" }]],
    ["2,024 people", [{ kind: "count", text: "2,024", value: "2024" }]],
    ["food for 2024 people", [{ kind: "count", text: "2024", value: "2024" }]],
    // fiscal and season years
    ["the 2020/21 season", [{ kind: "period", text: "2020/21", value: "2020", valueTo: "2021" }]],
    ["the 2024-25 budget", [{ kind: "period", text: "2024-25", value: "2024", valueTo: "2025" }]],
    ["in FY2024", [{ kind: "period", text: "FY2024", value: "2024" }]],
    ["FY 2024-25", [{ kind: "period", text: "FY 2024-25", value: "2024", valueTo: "2025" }]],
    ["FY24", [{ kind: "period", text: "FY24", value: "2024" }]],
    ["in fiscal year 2023", [{ kind: "period", text: "2023", value: "2023" }]],
    ["2020/2021", [{ kind: "period", text: "2020/2021", value: "2020", valueTo: "2021" }]],
    // scores
    ["they won 1-2 at home", [{ kind: "score", text: "1-2", value: "1", valueTo: "2" }]],
    ["lost 2\u20131", [{ kind: "score", text: "2\u20131", value: "2", valueTo: "1" }]],
    ["beat Chelsea 2-1", [{ kind: "score", text: "2-1", value: "2", valueTo: "1" }]],
    ["a 1-1 draw", [{ kind: "score", text: "1-1", value: "1", valueTo: "1" }]],
    ["an 8-2 vote", [{ kind: "score", text: "8-2", value: "8", valueTo: "2" }]],
    ["1-2 people", [{ kind: "range", text: "1-2", value: "1", valueTo: "2", rangeOf: "count" }]],
    // emergency numbers and labels are names
    ["call the 999 hotline", [{ kind: "name", text: "999", value: "999" }]],
    ["dial 911", [{ kind: "name", text: "911", value: "911" }]],
    ["calls to 112 rose", [{ kind: "name", text: "112", value: "112" }]],
    ["999 people", [{ kind: "count", text: "999", value: "999" }]],
    ["a category one storm", [{ kind: "name", text: "category one", value: "1" }]],
    ["a Category 4 hurricane", [{ kind: "name", text: "Category 4", value: "4" }]],
    ["Level 3 and alert level 4", [{ kind: "name", text: "Level 3", value: "3" }, { kind: "name", text: "level 4", value: "4" }]],
    // pronouns and surnames
    ["No-one was hurt; no-one else either", []],
    ["Erik ten Hag said", []],
    ["coach ten Hag's side", []],
    ["Yesterday ten Iraqi soldiers", [{ kind: "count", text: "ten", value: "10" }]],
    ["After the match, ten Hag said the team was tired", []],
    ["\u201cWe were poor,\u201d ten Hag said.", []],
    ["Ten Hag said 3 players were injured", [{ kind: "count", text: "3", value: "3" }]],
    ["Ten Hag\u2019s side", []],
    ["They sent ten Labour MPs", [{ kind: "count", text: "ten", value: "10" }]],
    ["Ten Britons said no", [{ kind: "count", text: "Ten", value: "10" }]],
    // "over" a span of time, against "over" as a bound
    ["cut costs by 20% over 5 years", [{ kind: "percent", text: "20%", value: "20" }, { kind: "count", text: "5", value: "5", interval: "{5}" }]],
    ["Over 5 years, the city spent $2 million", [{ kind: "count", text: "5", value: "5" }, { kind: "money", text: "$2 million", value: "2000000", currency: "USD" }]],
    ["children over 5 years old", [{ kind: "count", text: "over 5", value: "5", qualifier: "more-than" }]],
    ["jailed for over 5 years", [{ kind: "count", text: "over 5", value: "5", qualifier: "more-than" }]],
    // "up to": a particle after a verb, a bound otherwise
    ["revised the toll up to 90", [{ kind: "count", text: "90", value: "90", interval: "{90}" }]],
    ["the toll rose up to 90", [{ kind: "count", text: "90", value: "90", interval: "{90}" }]],
    ["unemployment edged up to 3.9%", [{ kind: "percent", text: "3.9%", value: "3.9" }]],
    ["up to 90 people", [{ kind: "count", text: "up to 90", value: "90", qualifier: "at-most", interval: "[0, 90]" }]],
    ["killed up to 90 people", [{ kind: "count", text: "up to 90", value: "90", qualifier: "at-most" }]],
    ["arrived with up to 90", [{ kind: "count", text: "up to 90", value: "90", qualifier: "at-most" }]],
    ["revised the death toll up to 14", [{ kind: "count", text: "14", value: "14" }]],
    ["the storm went on to kill up to 90", [{ kind: "count", text: "up to 90", value: "90", qualifier: "at-most" }]],
    // currencies by sign, code and word
    ["P5 billion", [{ kind: "money", text: "P5 billion", value: "5000000000", currency: "PHP" }]],
    ["P500,000", [{ kind: "money", text: "P500,000", value: "500000", currency: "PHP" }]],
    ["the P5 nations", [{ kind: "name", text: "P5", value: "5" }]],
    ["US$5m", [{ kind: "money", text: "US$5m", value: "5000000", currency: "USD" }]],
    ["£2bn", [{ kind: "money", text: "£2bn", value: "2000000000", currency: "GBP" }]],
    ["€3.4 million", [{ kind: "money", text: "€3.4 million", value: "3400000", currency: "EUR" }]],
    ["Rs 500 crore", [{ kind: "money", text: "Rs 500 crore", value: "5000000000", currency: "INR" }]],
    ["Rs. 2 lakh and Rs500", [{ kind: "money", text: "Rs. 2 lakh", value: "200000", currency: "INR" }, { kind: "money", text: "Rs500", value: "500", currency: "INR" }]],
    ["¥300", [{ kind: "money", text: "¥300", value: "300", currency: "JPY" }]],
    ["KES 300", [{ kind: "money", text: "KES 300", value: "300", currency: "KES" }]],
    ["Rs 11.11 lakh crore", [{ kind: "money", text: "Rs 11.11 lakh crore", value: "11110000000000", currency: "INR" }]],
    // "N to M" is a range, except after "from" or a verb of change
    ["1 to 2 inches", [{ kind: "range", text: "1 to 2", value: "1", valueTo: "2", rangeOf: "count" }]],
    ["60 to 70 percent", [{ kind: "range", text: "60 to 70 percent", value: "60", valueTo: "70", rangeOf: "percent" }]],
    ["from 263,000 to 260,000", [{ kind: "count", text: "263,000", value: "263000" }, { kind: "count", text: "260,000", value: "260000" }]],
    ["increased 3.7 percent to 4.1 percent", [{ kind: "percent", text: "3.7 percent", value: "3.7" }, { kind: "percent", text: "4.1 percent", value: "4.1" }]],
    ["2014 to 2017", [{ kind: "year", text: "2014", value: "2014" }, { kind: "year", text: "2017", value: "2017" }]],
    // trailing "or greater", hyphenated percent, weather-warning times, lists of labels
    ["magnitude 2.5 or greater", [{ kind: "decimal", text: "2.5 or greater", value: "2.5", qualifier: "at-least" }]],
    ["a 5.7-percent increase", [{ kind: "percent", text: "5.7-percent", value: "5.7" }]],
    ["until 615 PM CDT", [{ kind: "time", text: "615 PM", value: "73/4" }]], // 18:15
    ["Category 3, 4 or 5", [{ kind: "name", text: "Category 3", value: "3" }, { kind: "name", text: "4", value: "4" }, { kind: "name", text: "5", value: "5" }]],
    ["in Phase 2, 40 people died", [{ kind: "name", text: "Phase 2", value: "2" }, { kind: "count", text: "40", value: "40" }]],
    ["Level 3, 4 people", [{ kind: "name", text: "Level 3", value: "3" }, { kind: "count", text: "4", value: "4" }]],
  ])("%j", (text, wants) => expectScan(text, wants));
});

describe("scanNumbers: the seed article", () => {
  const article = readFileSync(fileURLToPath(new URL("../../claims/seed/article.txt", import.meta.url)), "utf8");
  it("finds each figure once, with the kind a reader gives it", () => {
    const got = scanNumbers(article).map((n) => `${n.kind} ${n.text}`);
    expect(got).toEqual([
      "count 61",
      "year 2014",
      "count at least 685",
      "count 37",
      "count 13",
      "count 61",
      "count a total of 455",
      "count at least 685",
      "date August 2014",
      "count at least 685",
      "date March 14",
      "count 27",
      "date August 2014",
      "date July 2017",
      "count a total of 24,160",
      "count 1169",
      "count 164",
    ]);
  });
});

describe("scanNumbers: properties", () => {
  const spansOk = (text: string): void => {
    const found = scanNumbers(text);
    let last = 0;
    for (const n of found) {
      expect(n.start).toBeGreaterThanOrEqual(last);
      expect(n.end).toBeGreaterThan(n.start);
      expect(n.end).toBeLessThanOrEqual(text.length);
      expect(n.text).toBe(text.slice(n.start, n.end));
      last = n.end;
    }
  };
  // Text made of the pieces numbers are made of, so the generator hits the interesting paths.
  const piece = fc.constantFrom(
    "1", "24", "2014", "٦", "٬", ",", ".", "-", "\u2013", "%", "$", "£", "US", "m", "bn", " ", "\u00a0", "\u202f", "s", "th",
    "'", "/", ":", "March", "at least", "more than", "or more", "in", "out of", "one", "sixty", "a", "dozen", "hundred",
    "COVID", "F", "G", "Resolution", "No.", "between", "and", "pm", "(", ")", "\n", "x", "é", "\ud835\udfce",
    "FY", "fiscal", "won", "win", "up to", "rose", "the", "Category", "level", "ten", "Hag", "No-", "Rs", "P", "to", "from",
    "cents", "≥", "PM", "or greater", "weeks", "lakh", "crore", "999", "dial", "/",
  );
  const newsish = fc.array(piece, { maxLength: 40 }).map((a) => a.join(""));

  it("never throws on any string, and spans lie inside the text, in order, without overlap", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 80 }), (t) => spansOk(t)));
  });

  it("keeps the same properties on text built from number parts", () => {
    fc.assert(fc.property(newsish, (t) => spansOk(t)), { numRuns: 1000 });
  });

  it("reads each plain count back as the number written", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), (v) => {
        const grouped = v.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
        const found = scanNumbers(`they counted ${grouped} reports.`);
        expect(found).toHaveLength(1);
        expect(found[0]!.value.equals(Rational.of(v))).toBe(true);
      }),
    );
  });
});

describe("scanNumbers: hostile input ends (a sanity bound; speed is measured in npm run bench)", () => {
  const size = 200_000;
  it.each([
    ["1,1,1,…", "1,".repeat(size / 2)],
    ["((((", "(".repeat(size)],
    ["one digit run", "7".repeat(size)],
    ["no spaces", "sixtyone61COVID-19at".repeat(size / 20)],
    ["1 1 1 …", "1 ".repeat(size / 2)],
    ["a a a …", "a ".repeat(size / 2)],
    ["Category 1, 1, 1 …", "Category 1" + ", 1".repeat(size / 3)],
    ["won 1-1 1-1 …", "won " + "1-1 ".repeat(size / 4)],
    ["up to up to …", "rose " + "up to ".repeat(size / 6) + "90"],
    ["1 to 1 to …", "1 to ".repeat(size / 5)],
    ["FY2024-25-26…", "FY2024" + "-25".repeat(size / 3)],
  ])("%s (200 000 characters) in well under a few seconds", (_name, text) => {
    const t0 = performance.now();
    scanNumbers(text);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
