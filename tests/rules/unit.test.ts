import { ruleTester } from "./tester.js";

const partOf = { kind: "part-of" as const, part: "a", whole: "b" };
const equal = { kind: "equal" as const, claims: ["a", "b"] };
const change = { kind: "change" as const, from: "a", to: "b", difference: "d" };

ruleTester("unit", {
  valid: [
    { name: "two counts of different nouns", input: { claims: { a: { value: 13, unit: "report" }, b: { value: 37, unit: "reports" } }, relations: [partOf] } },
    { name: "two amounts in one currency, one by its sign, one by its unit", input: { claims: { a: "$5m", b: { value: "7 million", unit: "USD" } }, relations: [partOf] } },
    { name: "a bare figure beside money", input: { claims: { a: 3, b: "$5m" }, relations: [partOf] } },
    // 48% to 52% is 4 points: the difference of two percentages may be in points.
    { name: "a change of percentages in points", input: { claims: { a: "48%", b: "52%", d: "4 percentage points" }, relations: [change] } },
    { name: "a change of percentages in percent", input: { claims: { a: "48%", b: "52%", d: "4%" }, relations: [change] } },
    { name: "a percentage in the share role", input: { claims: { part: 13, whole: 37, p: "35%" }, relations: [{ kind: "percent-of", part: "part", whole: "whole", percent: "p" }] } },
    { name: "a multiplier in the factor role", input: { claims: { from: "$40m", to: "$100m", f: "2.5 times" }, relations: [{ kind: "ratio", from: "from", to: "to", factor: "f" }] } },
    // 30 ft = 9.144 m: feet and metres compare after conversion (the equal rule judges the values).
    { name: "feet beside metres", input: { claims: { a: "30-foot", b: "9 metres" }, relations: [equal] } },
    { name: "hours beside minutes", input: { claims: { a: "3 hours", b: { value: 180, unit: "minutes" } }, relations: [equal] } },
    { name: "years beside years", input: { claims: { a: "5 years", b: { value: 5, unit: "years" } }, relations: [equal] } },
    { name: "a multiple in one word", input: { claims: { from: 100, to: 300, f: "threefold" }, relations: [{ kind: "ratio", from: "from", to: "to", factor: "f" }] } },
    { name: "an unknown takes its neighbours' currency", input: { claims: { a: "$5m", b: { unknown: true }, c: "$9m" }, relations: [{ kind: "sum", parts: ["a", "b"], total: "c" }] } },
  ],
  invalid: [
    {
      name: "USD part-of jobs",
      input: { claims: { a: "$5m", b: { value: 120, unit: "jobs" } }, relations: [partOf] },
      findings: [{ messageId: "unit-mismatch", claims: ["a", "b"], message: "the part-of relation at relations[0] mixes units: 'a' (part) is money in USD, but 'b' (whole) is a count (jobs)" }],
    },
    {
      name: "USD equal EUR",
      input: { claims: { a: "$5m", b: "€5m" }, relations: [equal] },
      findings: [{ messageId: "unit-mismatch", claims: ["a", "b"], message: "the equal relation at relations[0] mixes units: 'a' (claim) is money in USD, but 'b' (claim) is money in EUR" }],
    },
    {
      name: "a duration part-of reports",
      input: { claims: { a: "3 hours", b: { value: 40000, unit: "reports" } }, relations: [partOf] },
      findings: [{ messageId: "unit-mismatch", claims: ["a", "b"], message: "the part-of relation at relations[0] mixes units: 'a' (part) is a duration (hours), but 'b' (whole) is a count (reports)" }],
    },
    {
      // A year is not a fixed number of hours (365 or 366 days): years compare only with years.
      name: "years equal to hours",
      input: { claims: { a: "3 years", b: { value: 26298, unit: "hours" } }, relations: [equal] },
      findings: [{ messageId: "unit-mismatch", claims: ["a", "b"], message: "the equal relation at relations[0] mixes units: 'a' (claim) is a duration (years), but 'b' (claim) is a duration (hours)" }],
    },
    {
      name: "a length equal to a mass",
      input: { claims: { a: "12 km", b: "12 kg" }, relations: [equal] },
      findings: [{ messageId: "unit-mismatch", claims: ["a", "b"], message: "the equal relation at relations[0] mixes units: 'a' (claim) is a length (kilometres), but 'b' (claim) is a mass (kilograms)" }],
    },
    {
      name: "a percentage equal to points",
      input: { claims: { a: "4%", b: "4 points" }, relations: [equal] },
      findings: [{ messageId: "unit-mismatch", claims: ["a", "b"], message: "the equal relation at relations[0] mixes units: 'a' (claim) is a percentage, but 'b' (claim) is percentage points" }],
    },
    {
      name: "points in the percentage of a percent-of",
      input: { claims: { part: 13, whole: 37, p: "35 points" }, relations: [{ kind: "percent-of", part: "part", whole: "whole", percent: "p" }] },
      findings: [{ messageId: "unit-mismatch", claims: ["p"], message: "the percent-of relation at relations[0]: 'p' (percent) is percentage points, but it holds a percentage" }],
    },
    {
      name: "a change of counts in points",
      input: { claims: { a: { value: 40, unit: "jobs" }, b: 50, d: "10 points" }, relations: [change] },
      findings: [{ messageId: "unit-mismatch", claims: ["a", "d"], message: "the change relation at relations[0] mixes units: 'd' (difference) is percentage points, but 'a' (from) is a count (jobs)" }],
    },
  ],
});
