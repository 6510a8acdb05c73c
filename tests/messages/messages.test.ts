/**
 * The full English wording of every built-in message, in one table: for each message id of
 * `FindingDataMap`, findings built by hand (numbers as `Interval`s of `Rational`s) and the exact
 * message `messageOf` gives, with `expectedActual` (none unless given). The table is typed
 * `{ [K in MessageId]: … }`, so a message id without a case is a compile error (`tsc --noEmit`);
 * at run time its keys must also be the message ids the rule tests state (tests/rules/*.test.ts)
 * and the ids the rules construct (src/rules/*.ts). Then the templates of custom rules
 * (`customMessageOf`, `customExpectedActual`).
 *
 * Every expected string is derived from src/messages/ and the data; the arithmetic of each
 * conflict is worked out in the comment beside it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import type { SeriesLink, SeriesPoint } from "../../src/claims/series.js";
import { customExpectedActual, customMessageOf, expectedActual, messageOf, type ExpectedActualWords } from "../../src/messages/messages.js";
import { Interval } from "../../src/numbers/interval.js";
import { Rational } from "../../src/numbers/rational.js";
import { relationSpecs } from "../../src/relations/registry.js";
import type { ConflictFields, CustomFindingData, Finding, FindingData, FindingDataMap, MessageId, RelationRef, Term } from "../../src/rules/findings.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

// Numbers.
const q = (n: number, d = 1) => Rational.of(n, d);
const pt = (n: number, d = 1) => Interval.point(q(n, d));
const atLeast = (n: number, open = false) => Interval.atLeast(q(n), open);
const atMost = (n: number) => Interval.atMost(q(n));
const between = (lo: Rational, hi: Rational) => Interval.between(lo, hi);

/** A stated term: its written form and the interval it stands for. */
const stated = (role: string, claim: string, written: string, interval: Interval): Term => ({ role, claim, written, interval });
/** A derived term: no written form, only the interval the engine derived. */
const derived = (role: string, claim: string, interval: Interval): Term => ({ role, claim, interval });

const relation = (kind: string, extra: Partial<RelationRef> = {}): RelationRef => ({ index: 0, kind, path: "relations[0]", ...extra });
const conflict = (d: Pick<ConflictFields, "relation" | "terms"> & Partial<ConflictFields>): ConflictFields => ({
  otherRelations: [],
  culprits: [],
  minimal: true,
  steps: [],
  stated: [],
  ...d,
});

const point = (release: string, at: SeriesPoint["at"], published?: string): SeriesPoint => ({ release, at, ...(published !== undefined ? { published } : {}) });
const link = (series: string, from: SeriesPoint, to: SeriesPoint, bound: SeriesLink["bound"], extra: Partial<SeriesLink> = {}): SeriesLink => ({
  series,
  seriesKind: "cumulative",
  from,
  to,
  bound,
  releases: [to.release],
  ...extra,
});
const june = point("june", "end", "2017-08-04");
const julyEnd = point("july", "end", "2017-09-01");

/** One message: the data of a finding, its exact message, and its expected/actual words (none unless given). */
interface MessageCase<K extends MessageId> {
  readonly name: string;
  readonly data: FindingDataMap[K];
  readonly message: string;
  readonly expectedActual?: ExpectedActualWords;
}

type MessageCases = { readonly [K in MessageId]: readonly [MessageCase<K>, ...Array<MessageCase<K>>] };

/** A number-uncovered case: the number, its kind and the kind in words. */
const uncovered = (written: string, kind: string, words: string): MessageCase<"number-uncovered"> => ({
  name: `${kind}: ${written}`,
  data: { written, kind },
  message: `"${written}" (${words}) is not covered by any claim: no claim's quote contains it`,
});

const INTENDED = "; write `periods: intended` on the relation if that is meant";

const CASES: MessageCases = {
  conflict: [
    // cumulative
    {
      // 603 + 61 = 664.
      name: "cumulative: the total stated wrong",
      data: conflict({
        relation: relation("cumulative"),
        terms: [stated("previous", "prior", "603", pt(603)), stated("added", "added", "61", pt(61)), stated("total", "total", "at least 685", atLeast(685))],
        target: "total",
        targetRole: "total",
        expected: pt(664),
        actual: "at least 685",
      }),
      message: '603 (previous) + 61 (added) = 664, but the total is stated as "at least 685"',
      expectedActual: { expected: "664", actual: "at least 685" },
    },
    {
      // 685 − 61 = 624; the increment is derived, a point.
      name: "cumulative: the previous total stated wrong, beside a derived increment",
      data: conflict({
        relation: relation("cumulative"),
        terms: [stated("previous", "prior", "630", pt(630)), derived("added", "added", pt(61)), stated("total", "total", "685", pt(685))],
        target: "prior",
        targetRole: "previous",
        expected: pt(624),
        actual: "630",
      }),
      message: '685 (total) − 61 (derived) = 624, but the previous total is stated as "630"',
      expectedActual: { expected: "624", actual: "630" },
    },
    {
      // 685 − [624, ∞) = (−∞, 61]: at most 61, and 70 is more.
      name: "cumulative: the increment stated wrong, beside a derived previous total that is a range",
      data: conflict({
        relation: relation("cumulative"),
        terms: [derived("previous", "prior", atLeast(624)), stated("added", "added", "70", pt(70)), stated("total", "total", "685", pt(685))],
        target: "added",
        targetRole: "added",
        expected: atMost(61),
        actual: "70",
      }),
      message: '685 (total) − prior (at least 624) = at most 61, but the increment is stated as "70"',
      expectedActual: { expected: "at most 61", actual: "70" },
    },
    // sum
    {
      // 164 + 455 = 619.
      name: "sum: the total stated wrong",
      data: conflict({
        relation: relation("sum"),
        terms: [stated("part", "a", "164", pt(164)), stated("part", "b", "455", pt(455)), stated("total", "t", "620", pt(620))],
        target: "t",
        targetRole: "total",
        expected: pt(619),
        actual: "620",
      }),
      message: '164 + 455 = 619, but the total is stated as "620"',
      expectedActual: { expected: "619", actual: "620" },
    },
    {
      // [30.5, 31.5] + [32.5, 33.5] + [32.5, 33.5] = [95.5, 98.5].
      name: "sum: percentages whose total is a range",
      data: conflict({
        relation: relation("sum"),
        terms: [
          stated("part", "a", "31%", between(q(61, 2), q(63, 2))),
          stated("part", "b", "33%", between(q(65, 2), q(67, 2))),
          stated("part", "c", "33%", between(q(65, 2), q(67, 2))),
          stated("total", "t", "100%", between(q(199, 2), q(201, 2))),
        ],
        target: "t",
        targetRole: "total",
        expected: between(q(191, 2), q(197, 2)),
        actual: "100%",
      }),
      message: '31% + 33% + 33% = from 95.5 to 98.5, but the total is stated as "100%"',
      expectedActual: { expected: "from 95.5 to 98.5", actual: "100%" },
    },
    {
      // 619 − 164 = 455.
      name: "sum: a part stated wrong",
      data: conflict({
        relation: relation("sum"),
        terms: [stated("part", "a", "164", pt(164)), stated("part", "b", "460", pt(460)), stated("total", "t", "619", pt(619))],
        target: "b",
        targetRole: "part",
        expected: pt(455),
        actual: "460",
      }),
      message: 'the parts and the total 619 leave 455 for b, but it is stated as "460"',
      expectedActual: { expected: "455", actual: "460" },
    },
    // part-of
    {
      name: "part-of: one part, the whole too small",
      data: conflict({
        relation: relation("part-of"),
        terms: [stated("part", "cred", "40", pt(40)), stated("whole", "inv", "37", pt(37))],
        target: "inv",
        targetRole: "whole",
        expected: atLeast(40),
        actual: "37",
      }),
      message: 'the part "40" cannot exceed the whole "37" (the whole must be at least 40)',
      expectedActual: { expected: "at least 40", actual: "37" },
    },
    {
      // 164 + 455 = 619 > 618.
      name: "part-of: several parts",
      data: conflict({
        relation: relation("part-of"),
        terms: [stated("part", "cred", "164", pt(164)), stated("part", "open", "a total of 455", pt(455)), stated("whole", "all", "618", pt(618))],
        target: "all",
        targetRole: "whole",
        expected: atLeast(619),
        actual: "618",
      }),
      message: 'the parts 164 + a total of 455 cannot exceed the whole "618" (the whole must be at least 619)',
      expectedActual: { expected: "at least 619", actual: "618" },
    },
    {
      name: "part-of: the part stated wrong (no word on the whole)",
      data: conflict({
        relation: relation("part-of"),
        terms: [stated("part", "cred", "40", pt(40)), stated("whole", "inv", "37", pt(37))],
        target: "cred",
        targetRole: "part",
        expected: atMost(37),
        actual: "40",
      }),
      message: 'the part "40" cannot exceed the whole "37"',
      expectedActual: { expected: "at most 37", actual: "40" },
    },
    // percent-of
    {
      // 540 / 1200 = 0.45.
      name: "percent-of: the percentage stated wrong",
      data: conflict({
        relation: relation("percent-of"),
        terms: [stated("part", "part", "540", pt(540)), stated("whole", "whole", "1,200", pt(1200)), stated("percent", "pct", "48%", between(q(95, 2), q(97, 2)))],
        target: "pct",
        targetRole: "percent",
        expected: pt(45),
        actual: "48%",
      }),
      message: '540 of 1,200 is 45%, but the percentage is stated as "48%"',
      expectedActual: { expected: "45", actual: "48%" },
    },
    {
      // 100 · 13 / 37 = 1300/37 = 35.135…, shown to two places: ≈35.14.
      name: "percent-of: a percentage that does not terminate",
      data: conflict({
        relation: relation("percent-of"),
        terms: [stated("part", "part", "13", pt(13)), stated("whole", "whole", "37", pt(37)), stated("percent", "pct", "35.2%", between(q(3515, 100), q(3525, 100)))],
        target: "pct",
        targetRole: "percent",
        expected: pt(1300, 37),
        actual: "35.2%",
      }),
      message: '13 of 37 is ≈35.14%, but the percentage is stated as "35.2%"',
      expectedActual: { expected: "≈35.14", actual: "35.2%" },
    },
    {
      // 35% stands for [34.5%, 35.5%]: 0.345 · 37 = 12.765 and 0.355 · 37 = 13.135.
      name: "percent-of: the part stated wrong",
      data: conflict({
        relation: relation("percent-of"),
        terms: [stated("part", "part", "14", pt(14)), stated("whole", "whole", "37", pt(37)), stated("percent", "pct", "35%", between(q(69, 2), q(71, 2)))],
        target: "part",
        targetRole: "part",
        expected: between(q(12765, 1000), q(13135, 1000)),
        actual: "14",
      }),
      message: '35% of 37 requires the part to be from 12.765 to 13.135, but it is stated as "14"',
      expectedActual: { expected: "from 12.765 to 13.135", actual: "14" },
    },
    // change
    {
      // 250 − 200 = 50.
      name: "change: the difference stated wrong",
      data: conflict({
        relation: relation("change"),
        terms: [stated("from", "from", "200", pt(200)), stated("to", "to", "250", pt(250)), stated("difference", "d", "60", pt(60))],
        target: "d",
        targetRole: "difference",
        expected: pt(50),
        actual: "60",
      }),
      message: 'from 200 to 250 is a change of 50, but the difference is stated as "60"',
      expectedActual: { expected: "50", actual: "60" },
    },
    {
      // 150 − 200 = −50, written with a hyphen-minus by Rational.toDecimal.
      name: "change: a fall, the difference stated without its sign",
      data: conflict({
        relation: relation("change"),
        terms: [stated("from", "from", "200", pt(200)), stated("to", "to", "150", pt(150)), stated("difference", "d", "50", pt(50))],
        target: "d",
        targetRole: "difference",
        expected: pt(-50),
        actual: "50",
      }),
      message: 'from 200 to 150 is a change of -50, but the difference is stated as "50"',
      expectedActual: { expected: "-50", actual: "50" },
    },
    {
      // (250 − 200) / 200 = 25%.
      name: "change: the percentage stated wrong",
      data: conflict({
        relation: relation("change"),
        terms: [stated("from", "from", "200", pt(200)), stated("to", "to", "250", pt(250)), stated("percent", "p", "20%", between(q(39, 2), q(41, 2)))],
        target: "p",
        targetRole: "percent",
        expected: pt(25),
        actual: "20%",
      }),
      message: 'from 200 to 250 is a change of 25%, but it is stated as "20%"',
      expectedActual: { expected: "25", actual: "20%" },
    },
    {
      // 250 − 50 = 200.
      name: "change: the starting value stated wrong (the role in words)",
      data: conflict({
        relation: relation("change"),
        terms: [stated("from", "from", "210", pt(210)), stated("to", "to", "250", pt(250)), stated("difference", "d", "50", pt(50))],
        target: "from",
        targetRole: "from",
        expected: pt(200),
        actual: "210",
      }),
      message: 'the change requires the starting value to be 200, but it is stated as "210"',
      expectedActual: { expected: "200", actual: "210" },
    },
    // equal
    {
      name: "equal: two statements",
      data: conflict({
        relation: relation("equal"),
        terms: [stated("claim", "a", "61", pt(61)), stated("claim", "b", "62", pt(62))],
        target: "a",
        targetRole: "claim",
        expected: pt(62),
        actual: "61",
      }),
      message: '"61" (a) and "62" (b) state the same quantity but cannot be equal',
      expectedActual: { expected: "62", actual: "61" },
    },
    {
      // b is derived (not shown); with three terms the message says what the others allow.
      name: "equal: three terms, one derived",
      data: conflict({
        relation: relation("equal"),
        terms: [stated("claim", "a", "61", pt(61)), derived("claim", "b", pt(61)), stated("claim", "c", "62", pt(62))],
        target: "c",
        targetRole: "claim",
        expected: pt(61),
        actual: "62",
      }),
      message: '"61" (a) and "62" (c) state the same quantity but cannot be equal: the others allow 61',
      expectedActual: { expected: "61", actual: "62" },
    },
    // compare
    {
      // more than 344 is at least 345 for a count, so the right side must be at least 346.
      name: "compare: with its op",
      data: conflict({
        relation: relation("compare", { fields: { op: "<" } }),
        terms: [stated("left", "l", "more than 344", atLeast(344, true)), stated("right", "r", "345", pt(345))],
        target: "r",
        targetRole: "right",
        expected: atLeast(346),
        actual: "345",
      }),
      message: '"more than 344" < "345" does not hold',
      expectedActual: { expected: "at least 346", actual: "345" },
    },
    {
      name: "compare: without its op field, a question mark",
      data: conflict({ relation: relation("compare"), terms: [stated("left", "l", "1", pt(1)), stated("right", "r", "2", pt(2))] }),
      message: '"1" ? "2" does not hold',
    },
    // conversion
    {
      // 29.5 to 30.5 feet is 8.9916 to 9.2964 metres; to four significant digits, rounded outwards, 8.991 to 9.297.
      name: "conversion: the converted figure stated wrong, in the unit of the conversion",
      data: conflict({
        relation: relation("conversion"),
        terms: [
          { ...stated("from", "ft", "30 feet", between(q(89916, 10000), q(92964, 10000))), measure: { dimension: "length", unit: "ft" } },
          { ...stated("to", "m", "12 metres", between(q(115, 10), q(125, 10))), measure: { dimension: "length", unit: "m" } },
        ],
        target: "m",
        targetRole: "to",
        expected: between(q(89916, 10000), q(92964, 10000)),
        actual: "12 metres",
      }),
      // 30 is a multiple of 5: also 27.5 to 32.5 feet, 8.382 to 9.906 metres.
      message: '"30 feet" is 8.991 to 9.297 metres (8.382 to 9.906 metres if it was rounded to the nearest 5), which does not round to "12 metres"',
      expectedActual: { expected: "8.9916 metres – 9.2964 metres", actual: "12 metres" },
    },
    {
      // 30.5 to 31.5 feet is 9.2964 to 9.6012 metres; 31 is no multiple of 5.
      name: "conversion: a figure that is no multiple of 5, as printed only",
      data: conflict({
        relation: relation("conversion"),
        terms: [
          { ...stated("from", "ft", "31 feet", between(q(92964, 10000), q(96012, 10000))), measure: { dimension: "length", unit: "ft" } },
          { ...stated("to", "m", "12 metres", between(q(115, 10), q(125, 10))), measure: { dimension: "length", unit: "m" } },
        ],
        target: "m",
        targetRole: "to",
      }),
      message: '"31 feet" is 9.296 to 9.602 metres, which does not round to "12 metres"',
    },
    {
      // 3,999.5 to 4,000.5 ha is 39,995,000 to 40,005,000 m², 9,882.98 to 9,885.45 acres (4,046.8564224 m² each).
      name: "conversion: an area, to the nearest acre at four significant digits",
      data: conflict({
        relation: relation("conversion"),
        terms: [
          { ...stated("from", "ha", "4,000 hectares", between(q(39995000), q(40005000))), measure: { dimension: "area", unit: "ha" } },
          { ...stated("to", "acres", "9,800 acres", pt(1)), measure: { dimension: "area", unit: "acre" } },
        ],
        target: "acres",
        targetRole: "to",
      }),
      // Rounded to 5s, 3,997.5 to 4,002.5 ha: 9,878.04 to 9,890.39 acres.
      message: '"4,000 hectares" is 9882 to 9886 acres (9878 to 9891 acres if it was rounded to the nearest 5), which does not round to "9,800 acres"',
    },
    {
      name: "conversion: bare figures, with no unit to convert to",
      data: conflict({ relation: relation("conversion"), terms: [stated("from", "a", "30", pt(30)), stated("to", "b", "12", pt(12))], target: "b", targetRole: "to" }),
      message: '"30" is 30, which does not round to "12"',
    },
    // ratio
    {
      // 40 · 2 = 80.
      name: "ratio: the end value",
      data: conflict({
        relation: relation("ratio"),
        terms: [stated("from", "before", "40", pt(40)), stated("to", "after", "90", pt(90)), stated("factor", "f", "2", pt(2))],
        target: "after",
        targetRole: "to",
        expected: pt(80),
        actual: "90",
      }),
      message: '40 × 2 = 80, but the end value is stated as "90"',
      expectedActual: { expected: "80", actual: "90" },
    },
    {
      // 100 / 40 = 2.5.
      name: "ratio: the factor",
      data: conflict({
        relation: relation("ratio"),
        terms: [stated("from", "before", "40", pt(40)), stated("to", "after", "100", pt(100)), stated("factor", "f", "3", pt(3))],
        target: "f",
        targetRole: "factor",
        expected: pt(5, 2),
        actual: "3",
      }),
      message: 'from 40 to 100 is a factor of 2.5, but the factor is stated as "3"',
      expectedActual: { expected: "2.5", actual: "3" },
    },
    {
      // 90 / 2 = 45.
      name: "ratio: the starting value",
      data: conflict({
        relation: relation("ratio"),
        terms: [stated("from", "before", "40", pt(40)), stated("to", "after", "90", pt(90)), stated("factor", "f", "2", pt(2))],
        target: "before",
        targetRole: "from",
        expected: pt(45),
        actual: "40",
      }),
      message: '90 ÷ 2 = 45, but the starting value is stated as "40"',
      expectedActual: { expected: "45", actual: "40" },
    },
    {
      // 40 × 3 = 120 and 40 × 4 = 160.
      name: "ratio: three times more, under neither reading",
      data: conflict({
        relation: relation("ratio", { fields: { reading: "times-more" } }),
        terms: [stated("from", "before", "40", pt(40)), stated("to", "after", "140", pt(140)), stated("factor", "f", "3", pt(3))],
        target: "after",
        targetRole: "to",
        expected: between(q(120), q(160)),
        actual: "140",
      }),
      message: '40 × 3 = 120 and 40 × (3 + 1) = 160, but the end value is stated as "140" (neither reading of "3" times more holds)',
      expectedActual: { expected: "from 120 to 160", actual: "140" },
    },
    {
      // 160 / 40 = 4, and 4 − 1 = 3: the factor is from 3 to 4.
      name: "ratio: three times more, the factor",
      data: conflict({
        relation: relation("ratio", { fields: { reading: "times-more" } }),
        terms: [stated("from", "before", "40", pt(40)), stated("to", "after", "160", pt(160)), stated("factor", "f", "5", pt(5))],
        target: "f",
        targetRole: "factor",
        expected: between(q(3), q(4)),
        actual: "5",
      }),
      message: 'neither reading of "5" times more (× 5 or × (5 + 1)) allows from 3 to 4 for the factor, but it is stated as "5"',
      expectedActual: { expected: "from 3 to 4", actual: "5" },
    },
    // shares
    {
      // 100 − [29.5, 30.5] − [19.5, 20.5] = [49, 51].
      name: "shares: a part, against 100%",
      data: conflict({
        relation: relation("shares"),
        terms: [stated("part", "a", "60%", between(q(119, 2), q(121, 2))), stated("part", "b", "30%", between(q(59, 2), q(61, 2))), stated("part", "c", "20%", between(q(39, 2), q(41, 2)))],
        target: "a",
        targetRole: "part",
        expected: between(q(49), q(51)),
        actual: "60%",
      }),
      message: 'shares of one whole add up to 100%: 100% − 30% − 20% = from 49 to 51 percent for a, but it is stated as "60%"',
      expectedActual: { expected: "from 49 to 51", actual: "60%" },
    },
    {
      // 40 + 35 = 75.
      name: "shares: the stated total",
      data: conflict({
        relation: relation("shares"),
        terms: [stated("part", "a", "40", pt(40)), stated("part", "b", "35", pt(35)), stated("total", "t", "80", pt(80))],
        target: "t",
        targetRole: "total",
        expected: pt(75),
        actual: "80",
      }),
      message: '40 + 35 = 75 percent, but the total is stated as "80"',
      expectedActual: { expected: "75", actual: "80" },
    },
    // average
    {
      // 4,200,000 / 12 = 350,000.
      name: "average: the mean",
      data: conflict({
        relation: relation("average"),
        terms: [stated("total", "t", "4,200,000", pt(4200000)), stated("count", "n", "12", pt(12)), stated("mean", "m", "400,000", pt(400000))],
        target: "m",
        targetRole: "mean",
        expected: pt(350000),
        actual: "400,000",
      }),
      message: '4,200,000 ÷ 12 = 350,000, but the mean is stated as "400,000"',
      expectedActual: { expected: "350,000", actual: "400,000" },
    },
    {
      // 350,000 × 12 = 4,200,000.
      name: "average: the total",
      data: conflict({
        relation: relation("average"),
        terms: [stated("total", "t", "4,000,000", pt(4000000)), stated("count", "n", "12", pt(12)), stated("mean", "m", "350,000", pt(350000))],
        target: "t",
        targetRole: "total",
        expected: pt(4200000),
        actual: "4,000,000",
      }),
      message: '350,000 × 12 = 4,200,000, but the total is stated as "4,000,000"',
      expectedActual: { expected: "4,200,000", actual: "4,000,000" },
    },
    {
      // 4,200,000 / 350,000 = 12.
      name: "average: the count",
      data: conflict({
        relation: relation("average"),
        terms: [stated("total", "t", "4,200,000", pt(4200000)), stated("count", "n", "10", pt(10)), stated("mean", "m", "350,000", pt(350000))],
        target: "n",
        targetRole: "count",
        expected: pt(12),
        actual: "10",
      }),
      message: '4,200,000 ÷ 350,000 = 12, but the count is stated as "10"',
      expectedActual: { expected: "12", actual: "10" },
    },
    // rate
    {
      // 50 / 200,000 × 100,000 = 25.
      name: "rate: the rate per 100,000",
      data: conflict({
        relation: relation("rate", { fields: { per: "100000" } }),
        terms: [stated("count", "c", "50", pt(50)), stated("population", "p", "200,000", pt(200000)), stated("rate", "r", "30", pt(30))],
        target: "r",
        targetRole: "rate",
        expected: pt(25),
        actual: "30",
      }),
      message: 'rate: 50 per 200,000 is 25 per 100,000, but the rate is stated as "30"'.slice(6),
      expectedActual: { expected: "25", actual: "30" },
    },
    {
      // 25 per 100,000 of 200,000 is 50.
      name: "rate: the count",
      data: conflict({
        relation: relation("rate", { fields: { per: "100000" } }),
        terms: [stated("count", "c", "60", pt(60)), stated("population", "p", "200,000", pt(200000)), stated("rate", "r", "25", pt(25))],
        target: "c",
        targetRole: "count",
        expected: pt(50),
        actual: "60",
      }),
      message: 'a rate of 25 per 100,000 requires the count to be 50, but it is stated as "60"',
      expectedActual: { expected: "50", actual: "60" },
    },
    // A conflict of several relations, explained forward step by step.
    {
      // 55% of 200 is [54.5, 55.5]% · 200 = [109, 111]; 40% of 200 is [79, 81]; together [188, 192].
      name: "steps: from the stated figures to the relation where they meet",
      data: conflict({
        relation: relation("sum", { index: 2, path: "relations[2]" }),
        otherRelations: [relation("percent-of", { index: 0 }), relation("percent-of", { index: 1, path: "relations[1]" })],
        terms: [{ ...derived("part", "women", between(q(109), q(111))), step: 0 }, { ...derived("part", "men", between(q(79), q(81))), step: 1 }, stated("total", "all", "200", pt(200))],
        target: "all",
        targetRole: "total",
        expected: between(q(188), q(192)),
        actual: "200",
        steps: [
          {
            relation: relation("percent-of", { index: 0 }),
            claim: "women",
            role: "part",
            interval: between(q(109), q(111)),
            terms: [derived("part", "women", between(q(109), q(111))), stated("whole", "all", "200", pt(200)), stated("percent", "pw", "55%", between(q(109, 2), q(111, 2)))],
          },
          {
            relation: relation("percent-of", { index: 1, path: "relations[1]" }),
            claim: "men",
            role: "part",
            interval: between(q(79), q(81)),
            terms: [derived("part", "men", between(q(79), q(81))), stated("whole", "all", "200", pt(200)), stated("percent", "pm", "40%", between(q(79, 2), q(81, 2)))],
          },
        ],
      }),
      message:
        '55% of 200 is from 109 to 111 for women; 40% of 200 is from 79 to 81 for men; so women + men = from 188 to 192, but the total is stated as "200" (with percent-of at relations[0], percent-of at relations[1])',
      expectedActual: { expected: "from 188 to 192", actual: "200" },
    },
    // series-step
    {
      // 685 − 61 = 624 … the relation names no series link: the plain words.
      name: "series-step: without its series link",
      data: conflict({
        relation: relation("series-step"),
        terms: [stated("start", "june/total", "624", pt(624)), stated("inflow", "july/added", "61", pt(61)), stated("end", "july/total", "695", pt(695))],
        target: "july/total",
        targetRole: "end",
        expected: pt(685),
        actual: "695",
      }),
      message: 'the end must be 685, but it is stated as "695"',
      expectedActual: { expected: "685", actual: "695" },
    },
    {
      // 624 + 61 = 685.
      name: "series-step: a cumulative count from one release to the next",
      data: conflict({
        relation: relation("series-step", { series: link("deaths", june, julyEnd, "exact") }),
        terms: [stated("start", "june/total", "624", pt(624)), stated("inflow", "july/added", "61", pt(61)), stated("end", "july/total", "695", pt(695))],
        target: "july/total",
        targetRole: "end",
        expected: pt(685),
        actual: "695",
      }),
      message: 'deaths: 624 in june (published 2017-08-04) + 61 = 685, but july (published 2017-09-01) states "695"',
      expectedActual: { expected: "685", actual: "695" },
    },
    {
      // 624 + 61 = 685; the later release has no publication date.
      name: "series-step: with the measure, a release without a date",
      data: conflict({
        relation: relation("series-step", { series: link("deaths", june, point("july", "end"), "exact", { measure: "civilian deaths since August 2014" }) }),
        terms: [stated("start", "june/total", "624", pt(624)), stated("inflow", "july/added", "61", pt(61)), stated("end", "july/total", "695", pt(695))],
        target: "july/total",
        targetRole: "end",
        expected: pt(685),
        actual: "695",
      }),
      message: 'deaths (civilian deaths since August 2014): 624 in june (published 2017-08-04) + 61 = 685, but july states "695"',
      expectedActual: { expected: "685", actual: "695" },
    },
    {
      // 229 + 45 + 80 − 2 = 352.
      name: "series-step: a release's own previous total, with adjustments",
      data: conflict({
        relation: relation("series-step", { series: link("deaths", point("march", "start", "2017-04-30"), point("march", "end", "2017-04-30"), "exact") }),
        terms: [
          stated("start", "march/previous", "229", pt(229)),
          stated("inflow", "march/added", "45", pt(45)),
          stated("add", "march/earlier", "80", pt(80)),
          stated("subtract", "march/withdrawn", "2", pt(2)),
          stated("end", "march/total", "350", pt(350)),
        ],
        target: "march/total",
        targetRole: "end",
        expected: pt(352),
        actual: "350",
      }),
      message: 'deaths: 229 as the previous total in march (published 2017-04-30) + 45 + 80 (adjustment) − 2 (adjustment) = 352, but the same release states "350"',
      expectedActual: { expected: "352", actual: "350" },
    },
    {
      // 43 + 27 − 28 = 42.
      name: "series-step: a stock within one release",
      data: conflict({
        relation: relation("series-step", {
          series: link("open", point("march", "start", "2017-04-30"), point("march", "end", "2017-04-30"), "exact", { seriesKind: "stock" }),
        }),
        terms: [
          stated("start", "march/carried", "43", pt(43)),
          stated("inflow", "march/new", "27", pt(27)),
          stated("outflow", "march/completed", "28", pt(28)),
          stated("end", "march/open", "40", pt(40)),
        ],
        target: "march/open",
        targetRole: "end",
        expected: pt(42),
        actual: "40",
      }),
      message: 'open: 43 carried over into march (published 2017-04-30) + 27 − 28 = 42, but the same release states "40"',
      expectedActual: { expected: "42", actual: "40" },
    },
    {
      name: "series-step: a release restating the previous total differently",
      data: conflict({
        relation: relation("series-step", { series: link("deaths", june, point("july", "start", "2017-09-01"), "exact") }),
        terms: [stated("start", "june/total", "624", pt(624)), stated("end", "july/previous", "620", pt(620))],
        target: "july/previous",
        targetRole: "end",
        expected: pt(624),
        actual: "620",
      }),
      message: 'deaths: july (published 2017-09-01) states "620" as the previous total, but june (published 2017-08-04) gives 624',
      expectedActual: { expected: "624", actual: "620" },
    },
    {
      name: "series-step: a stock carried over differently",
      data: conflict({
        relation: relation("series-step", {
          series: link("open", point("aug", "end", "2017-09-29"), point("sep", "start", "2017-10-26"), "exact", { seriesKind: "stock" }),
        }),
        terms: [stated("start", "aug/open", "350", pt(350)), stated("end", "sep/carried", "340", pt(340))],
        target: "sep/carried",
        targetRole: "end",
        expected: pt(350),
        actual: "340",
      }),
      message: 'open: sep (published 2017-10-26) states "340" as carried over, but aug (published 2017-09-29) gives 350',
      expectedActual: { expected: "350", actual: "340" },
    },
    {
      // 455 − 185 = 270, and more if new reports came in.
      name: "series-step: a stock without its inflows",
      data: conflict({
        relation: relation("series-step", {
          series: link("open", point("jul", "end", "2017-09-01"), point("aug", "end", "2017-09-29"), "at-least", { seriesKind: "stock" }),
        }),
        terms: [stated("start", "jul/open", "455", pt(455)), stated("outflow", "aug/completed", "185", pt(185)), stated("end", "aug/open", "250", pt(250))],
        target: "aug/open",
        targetRole: "end",
        expected: atLeast(270),
        actual: "250",
      }),
      message: 'open: 455 in jul (published 2017-09-01) − 185 gives at least 270, but aug (published 2017-09-29) states "250" (not every inflow is stated)',
      expectedActual: { expected: "at least 270", actual: "250" },
    },
    {
      // 100 + 10 = 110, and less if reports were completed.
      name: "series-step: a stock without its outflows",
      data: conflict({
        relation: relation("series-step", {
          series: link("open", point("a", "end", "2017-09-01"), point("b", "end", "2017-10-01"), "at-most", { seriesKind: "stock" }),
        }),
        terms: [stated("start", "a/open", "100", pt(100)), stated("inflow", "b/new", "10", pt(10)), stated("end", "b/open", "120", pt(120))],
        target: "b/open",
        targetRole: "end",
        expected: atMost(110),
        actual: "120",
      }),
      message: 'open: 100 in a (published 2017-09-01) + 10 gives at most 110, but b (published 2017-10-01) states "120" (not every outflow is stated)',
      expectedActual: { expected: "at most 110", actual: "120" },
    },
    {
      // 685 − 61 = 624.
      name: "series-step: the starting value stated wrong",
      data: conflict({
        relation: relation("series-step", { series: link("deaths", june, julyEnd, "exact") }),
        terms: [stated("start", "june/total", "630", pt(630)), stated("inflow", "july/added", "61", pt(61)), stated("end", "july/total", "685", pt(685))],
        target: "june/total",
        targetRole: "start",
        expected: pt(624),
        actual: "630",
      }),
      message: 'deaths, from june (published 2017-08-04) to july (published 2017-09-01): the starting value must be 624, but it is stated as "630"',
      expectedActual: { expected: "624", actual: "630" },
    },
    {
      // 685 − 624 = 61.
      name: "series-step: an inflow stated wrong (the role named as it is)",
      data: conflict({
        relation: relation("series-step", { series: link("deaths", june, julyEnd, "exact") }),
        terms: [stated("start", "june/total", "624", pt(624)), stated("inflow", "july/added", "71", pt(71)), stated("end", "july/total", "685", pt(685))],
        target: "july/added",
        targetRole: "inflow",
        expected: pt(61),
        actual: "71",
      }),
      message: 'deaths, from june (published 2017-08-04) to july (published 2017-09-01): the inflow must be 61, but it is stated as "71"',
      expectedActual: { expected: "61", actual: "71" },
    },
    // series-monotonic
    {
      name: "series-monotonic: a cumulative count that falls",
      data: conflict({
        relation: relation("series-monotonic", {
          series: link("strikes", point("jun", "end", "2017-08-04"), point("jul", "end", "2017-09-01"), "at-least"),
        }),
        terms: [stated("start", "jun/strikes", "22,983", pt(22983)), stated("end", "jul/strikes", "22,000", pt(22000))],
        target: "jul/strikes",
        targetRole: "end",
        expected: atLeast(22983),
        actual: "22,000",
      }),
      message: 'strikes: jul (published 2017-09-01) states "22,000", below the "22,983" of jun (published 2017-08-04): a cumulative count never falls',
      expectedActual: { expected: "at least 22,983", actual: "22,000" },
    },
    {
      // 1169 + 302 = 1471 > 1,266.
      name: "series-monotonic: a count that rises by less than its stated increments",
      data: conflict({
        relation: relation("series-monotonic", {
          series: link("reports", point("jul", "end", "2017-09-01"), point("sep", "end", "2017-10-26"), "at-least"),
        }),
        terms: [stated("start", "jul/total", "1169", pt(1169)), stated("inflow", "sep/new", "302", pt(302)), stated("end", "sep/total", "1,266", pt(1266))],
        target: "sep/total",
        targetRole: "end",
        expected: atLeast(1471),
        actual: "1,266",
      }),
      message: 'reports: 1169 in jul (published 2017-09-01) + 302 gives at least 1471, but sep (published 2017-10-26) states "1,266" (a cumulative count rises by at least the increments stated)',
      expectedActual: { expected: "at least 1471", actual: "1,266" },
    },
    // value, and the suffixes
    {
      // a = 61 and b = 62 meet through two relations between unknown claims.
      name: "value: stated values alone, with the other relations",
      data: conflict({
        relation: { index: -1, kind: "value", path: "" },
        otherRelations: [relation("equal", { id: "restated" }), relation("equal", { index: 1, path: "relations[1]" })],
        terms: [stated("claim", "a", "61", pt(61)), stated("claim", "b", "62", pt(62))],
        target: "b",
        targetRole: "claim",
        expected: pt(61),
        actual: "62",
      }),
      message: 'the claim must be 61, but it is stated as "62" (with restated, equal at relations[1])',
      expectedActual: { expected: "61", actual: "62" },
    },
    {
      name: "value: a target without a role",
      data: conflict({
        relation: { index: -1, kind: "value", path: "" },
        terms: [stated("claim", "a", "61", pt(61)), stated("claim", "b", "62", pt(62))],
        target: "b",
        expected: pt(61),
        actual: "62",
      }),
      message: 'the value must be 61, but it is stated as "62"',
      expectedActual: { expected: "61", actual: "62" },
    },
    {
      name: "a conflict not proven minimal",
      data: conflict({
        relation: relation("part-of"),
        terms: [stated("part", "cred", "40", pt(40)), stated("whole", "inv", "37", pt(37))],
        target: "inv",
        targetRole: "whole",
        expected: atLeast(40),
        actual: "37",
        minimal: false,
      }),
      message: 'the part "40" cannot exceed the whole "37" (the whole must be at least 40) (not proven minimal: the exact solver could not settle every smaller set, so it may include claims that are not needed)',
      expectedActual: { expected: "at least 40", actual: "37" },
    },
    {
      // 100 + 10 = 110.
      name: "one culprit",
      data: conflict({
        relation: relation("cumulative"),
        terms: [stated("previous", "m0", "100", pt(100)), stated("added", "a1", "10", pt(10)), stated("total", "m1", "111", pt(111))],
        target: "m1",
        targetRole: "total",
        expected: pt(110),
        actual: "111",
        culprits: [{ claim: "m1", range: pt(110) }],
      }),
      message: `100 (previous) + 10 (added) = 110, but the total is stated as "111"; the likeliest culprit: 'm1' (it would have to be 110)`,
      expectedActual: { expected: "110", actual: "111" },
    },
    {
      // Figures in every conflict, none of which restores consistency alone: named without a range.
      name: "culprits without a range",
      data: conflict({
        relation: relation("cumulative"),
        terms: [stated("previous", "m0", "100", pt(100)), stated("added", "a1", "10", pt(10)), stated("total", "m1", "111", pt(111))],
        target: "m1",
        targetRole: "total",
        expected: pt(110),
        actual: "111",
        culprits: [{ claim: "m1" }],
      }),
      message: `100 (previous) + 10 (added) = 110, but the total is stated as "111"; 'm1' sits in every conflict: the likeliest culprit`,
      expectedActual: { expected: "110", actual: "111" },
    },
    {
      // 164 + 455 = 619.
      name: "every suffix at once: other relations, not minimal, two culprits",
      data: conflict({
        relation: relation("sum"),
        otherRelations: [relation("part-of", { index: 1, path: "relations[1]" }), relation("equal", { index: 2, path: "relations[2]", id: "all-reports" })],
        terms: [stated("part", "a", "164", pt(164)), stated("part", "b", "455", pt(455)), stated("total", "t", "620", pt(620))],
        target: "t",
        targetRole: "total",
        expected: pt(619),
        actual: "620",
        culprits: [
          { claim: "a", range: pt(165) },
          { claim: "t", range: pt(619) },
        ],
        minimal: false,
      }),
      message:
        '164 + 455 = 619, but the total is stated as "620" (with part-of at relations[1], all-reports) (not proven minimal: the exact solver could not settle every smaller set, so it may include claims that are not needed); ' +
        "the likeliest culprits: 'a' (it would have to be 165) or 't' (it would have to be 619)",
      expectedActual: { expected: "619", actual: "620" },
    },
  ],
  unsatisfiable: [
    {
      name: "a stated value no value satisfies",
      data: { claim: "a", written: "fewer than 0", integer: false },
      message: `'a' is stated as "fewer than 0", which no value satisfies`,
    },
    {
      name: "a decimal stated as a whole number",
      data: { claim: "a", written: " 4.5 ", integer: true },
      message: `'a' is stated as "4.5" and as a whole number (integer: true), and no whole number is 4.5`,
    },
  ],
  undecided: [
    {
      name: "a relation the exact solver could not settle",
      data: { relation: relation("percent-of", { path: "relations[2]" }) },
      message: "the percent-of relation at relations[2] could not be settled within the exact solver's budget (a product of figures the text does not state): the verdict is undecidable",
    },
    {
      name: "a relation with an id",
      data: { relation: relation("change", { id: "wages" }) },
      message: "the change relation 'wages' could not be settled within the exact solver's budget (a product of figures the text does not state): the verdict is undecidable",
    },
  ],
  rounding: [
    {
      // 100 · 13 / 37 = 1300/37 ≈ 35.14, inside 35% = [34.5, 35.5]: a percentage, so "%".
      name: "percent-of: the percentage",
      data: {
        relation: relation("percent-of"),
        terms: [stated("part", "part", "13", pt(13)), stated("whole", "whole", "37", pt(37)), stated("percent", "pct", "35%", between(q(69, 2), q(71, 2)))],
        claim: "pct",
        written: "35%",
        exact: pt(1300, 37),
      },
      message: `holds only thanks to rounding: the other figures as printed give ≈35.14% for 'pct', printed as "35%"`,
      expectedActual: { expected: "≈35.14", actual: "35%" },
    },
    {
      // Only percent-of's percentage gets "%": a change's percentage does not.
      name: "change: the percentage, without a % sign",
      data: {
        relation: relation("change"),
        terms: [stated("from", "from", "37", pt(37)), stated("to", "to", "50", pt(50)), stated("percent", "p", "35%", between(q(69, 2), q(71, 2)))],
        claim: "p",
        written: "35%",
        exact: pt(1300, 37),
      },
      message: `holds only thanks to rounding: the other figures as printed give ≈35.14 for 'p', printed as "35%"`,
      expectedActual: { expected: "≈35.14", actual: "35%" },
    },
    {
      name: "part-of: a rounded whole",
      data: {
        relation: relation("part-of"),
        terms: [stated("part", "part", "1,250,000", pt(1250000)), stated("whole", "whole", "1.2 million", between(q(1150000), q(1250000)))],
        claim: "whole",
        written: "1.2 million",
        exact: atLeast(1250000),
      },
      message: `holds only thanks to rounding: the other figures as printed give at least 1,250,000 for 'whole', printed as "1.2 million"`,
      expectedActual: { expected: "at least 1,250,000", actual: "1.2 million" },
    },
    {
      name: "without an exact value",
      data: {
        relation: relation("compare", { fields: { op: "<" } }),
        terms: [stated("left", "l", "48%", between(q(95, 2), q(97, 2))), stated("right", "r", "47.5%", between(q(4745, 100), q(4755, 100)))],
        claim: "r",
        written: "47.5%",
      },
      message: `holds only thanks to rounding: the other figures as printed give another value for 'r', printed as "47.5%"`,
      expectedActual: { actual: "47.5%" },
    },
    {
      // 33 + 33 + 33 = 99. The message trims the written form; expectedActual gives it as it is.
      name: "sum: a written form with spaces around it",
      data: {
        relation: relation("sum"),
        terms: [
          stated("part", "a", "33%", between(q(65, 2), q(67, 2))),
          stated("part", "b", "33%", between(q(65, 2), q(67, 2))),
          stated("part", "c", "33%", between(q(65, 2), q(67, 2))),
          stated("total", "t", " 100% ", between(q(199, 2), q(201, 2))),
        ],
        claim: "t",
        written: " 100% ",
        exact: pt(99),
      },
      message: `holds only thanks to rounding: the other figures as printed give 99 for 't', printed as "100%"`,
      expectedActual: { expected: "99", actual: " 100% " },
    },
  ],
  // quote-marks
  "quote-unclosed": [{ name: "a curly opening mark", data: { open: "“" }, message: "the quotation opened with “ is never closed" }],
  "quote-unopened": [{ name: "a curly closing mark", data: { mark: "”" }, message: "the closing quotation mark ” has no opening mark" }],
  "quote-stray": [{ name: "a straight mark", data: { mark: '"' }, message: 'the quotation mark " stands between spaces and opens or closes nothing' }],
  "quote-mixed": [
    {
      name: "opened straight, closed curly",
      data: { open: '"', close: "”", openStyle: "straight", closeStyle: "curly" },
      message: 'the quotation opens with the straight mark " but closes with the curly mark ”',
    },
    {
      name: "opened with a guillemet, closed low",
      data: { open: "«", close: "„", openStyle: "guillemet", closeStyle: "low" },
      message: "the quotation opens with the guillemet mark « but closes with the low mark „",
    },
  ],
  // quote-confusable
  confusable: [
    {
      name: "a likely typo",
      data: { word: "accessed", suggestion: "assessed", pair: "accessed/assessed", quoted: false, expected: "assessed", actual: "accessed" },
      message: '"accessed" is likely a typo for "assessed" here (accessed/assessed)',
      expectedActual: { expected: "assessed", actual: "accessed" },
    },
  ],
  "confusable-quoted": [
    {
      name: "a likely misquote",
      data: { word: "accessed", suggestion: "assessed", pair: "accessed/assessed", quoted: true, expected: "assessed", actual: "accessed" },
      message: '"accessed" is likely a typo for "assessed" here (accessed/assessed); it is inside a quotation, so it may be a misquote: check the original',
      expectedActual: { expected: "assessed", actual: "accessed" },
    },
  ],
  // claim-anchor
  "anchor-missing": [
    { name: "a quote not in the text", data: { claim: "c", quote: "13 were assessed", document: "doc" }, message: "the quote \"13 were assessed\" of 'c' is not in the text of doc" },
  ],
  "anchor-missing-case": [
    {
      name: "a quote there only with other capitals",
      data: { claim: "c", quote: "Another 61", document: "doc" },
      message: "the quote \"Another 61\" of 'c' is not in the text of doc: it occurs only with other capital letters",
    },
  ],
  "anchor-ambiguous": [
    {
      name: "a quote that occurs twice",
      data: { claim: "c", quote: "61 deaths", count: 2 },
      message: "the quote \"61 deaths\" of 'c' occurs 2 times in the text: give its occurrence (1 to 2)",
    },
  ],
  "anchor-occurrence": [
    {
      name: "past the last of two",
      data: { claim: "c", quote: "61 deaths", occurrence: 3, count: 2 },
      message: "'c' asks for occurrence 3 of the quote \"61 deaths\", but it occurs twice",
    },
    { name: "past the only one", data: { claim: "c", quote: "61 deaths", occurrence: 2, count: 1 }, message: "'c' asks for occurrence 2 of the quote \"61 deaths\", but it occurs once" },
    { name: "past the last of three", data: { claim: "c", quote: "61 deaths", occurrence: 5, count: 3 }, message: "'c' asks for occurrence 5 of the quote \"61 deaths\", but it occurs 3 times" },
  ],
  "anchor-value": [
    {
      name: "a quote without the claim's value",
      data: { claim: "inv", quote: "investigated 38 reports", written: "37", expected: "37", actual: "investigated 38 reports" },
      message: "the quote \"investigated 38 reports\" of 'inv' does not contain its value 37",
      expectedActual: { expected: "37", actual: "investigated 38 reports" },
    },
  ],
  "anchor-qualifier": [
    {
      name: "the text qualifies the figure",
      data: { claim: "t", quote: "to at least 685", written: "685", text: "at least 685", expected: "at least 685", actual: "685" },
      message: "'t' is stated as \"685\", but the text says \"at least 685\"",
      expectedActual: { expected: "at least 685", actual: "685" },
    },
  ],
  // number-coverage: every kind of number in words, and a kind without words named as it is.
  "number-uncovered": [
    uncovered("13", "count", "a count"),
    uncovered("12.5", "decimal", "a figure"),
    uncovered("12.5%", "percent", "a percentage"),
    uncovered("$4.5bn", "money", "an amount of money"),
    uncovered("14th", "ordinal", "an ordinal"),
    uncovered("2014", "year", "a year"),
    uncovered("March 14", "date", "a date"),
    uncovered("10:30", "time", "a time of day"),
    uncovered("20-30", "range", "a range"),
    uncovered("one in five", "ratio", "a ratio"),
    uncovered("1990s", "decade", "a decade"),
    uncovered("F-35", "name", "a name"),
    uncovered("½", "fraction", "fraction"),
  ],
  // number-format
  "number-style": [
    {
      name: "no separator in a text of commas",
      data: { written: "1169", style: "none", house: "comma", example: "24,160", expected: "1,169", actual: "1169" },
      message: '"1169" has no thousands separator, but this text groups thousands with commas, as in "24,160": "1,169" in that style',
      expectedActual: { expected: "1,169", actual: "1169" },
    },
    {
      name: "commas in a text without separators",
      data: { written: "1,200", style: "comma", house: "none", example: "24160", expected: "1200", actual: "1,200" },
      message: '"1,200" groups thousands with commas, but this text writes figures without a thousands separator, as in "24160": "1200" in that style',
      expectedActual: { expected: "1200", actual: "1,200" },
    },
    {
      name: "spaces in a text of Arabic separators",
      data: { written: "24 160", style: "space", house: "arabic", example: "٢٤٬١٦٠", expected: "24٬160", actual: "24 160" },
      message: '"24 160" groups thousands with spaces, but this text groups thousands with the Arabic separator, as in "٢٤٬١٦٠": "24٬160" in that style',
      expectedActual: { expected: "24٬160", actual: "24 160" },
    },
    {
      name: "styles without words are named as they are",
      data: { written: "1.169", style: "dot", house: "apostrophe", example: "24'160", expected: "1'169", actual: "1.169" },
      message: `"1.169" dot, but this text apostrophe, as in "24'160": "1'169" in that style`,
      expectedActual: { expected: "1'169", actual: "1.169" },
    },
  ],
  // time rules
  "weekday-mismatch": [
    {
      name: "a Thursday called a Friday",
      data: { claim: "d", written: "Friday, October 12, 2017", date: "2017-10-12", stated: "Friday", weekday: "Thursday", expected: "Thursday", actual: "Friday" },
      message: '"Friday, October 12, 2017": 2017-10-12 was a Thursday, not a Friday',
      expectedActual: { expected: "Thursday", actual: "Friday" },
    },
  ],
  "date-resolved": [
    {
      name: "against the publication date",
      data: { claim: "strike", field: "date", written: "March 14", unit: "2017-03-14", against: "2017-09-01", reference: "published" },
      message: '"March 14" is read as 2017-03-14: the latest March 14 on or before 2017-09-01, the publication date',
    },
    {
      name: "against the as-of date",
      data: { claim: "june", field: "period", written: "June", unit: "2017-06", against: "2017-06-10", reference: "asOf" },
      message: '"June" is read as 2017-06: the latest June on or before 2017-06-10, the as-of date',
    },
    {
      name: "against the end of the period",
      data: { claim: "year", field: "period.from", written: "August", unit: "2016-08", against: "2017-07-31", reference: "period-end" },
      message: '"August" is read as 2016-08: the latest August on or before 2017-07-31, the end of the period',
    },
    {
      name: "a document's covers",
      data: { document: "d", field: "covers", written: "July", unit: "2017-07", against: "2017-09-01", reference: "published" },
      message: '"July" is read as 2017-07: the latest July on or before 2017-09-01, the publication date',
    },
  ],
  "period-reversed": [
    {
      name: "a period that ends before it starts",
      data: { claim: "p", period: "2017-07 to 2014-08", start: "2017-07-01", end: "2014-08-31" },
      message: "the period 2017-07 to 2014-08 ends on 2014-08-31, before it starts on 2017-07-01",
    },
  ],
  "outside-period": [
    {
      name: "a date before the period it is stated within",
      data: { claim: "strike", unit: "2014-03-14", within: "since", start: "2014-08-01", end: "2017-07-31" },
      message: "strike (2014-03-14) is stated within since (2014-08-01 to 2017-07-31), but lies outside it",
    },
  ],
  "release-before-end": [
    {
      name: "published on the last day of the month it covers",
      data: { document: "july", published: "2017-07-31", covers: "2017-07", end: "2017-07-31" },
      message: "july was published on 2017-07-31, but the period it covers (2017-07) ends on 2017-07-31: a release comes after the period it covers",
    },
  ],
  "as-of-after-published": [
    {
      name: "as of the day after publication",
      data: { claim: "t", asOf: "2017-09-02", published: "2017-09-01" },
      message: "t is stated as of 2017-09-02, after its document was published on 2017-09-01",
    },
  ],
  "series-order": [
    {
      name: "published before the release before it",
      data: { series: "s", release: "b", previous: "a", what: "published", published: "2017-08-04", previousPublished: "2017-09-01" },
      message: "series s: b (published 2017-08-04) follows a (published 2017-09-01) in the series but was published before it",
    },
    {
      name: "covering a month that does not come after the one before",
      data: { series: "s", release: "b", previous: "a", what: "covers", covers: "2017-07", previousCovers: "2017-07" },
      message: "series s: b covers 2017-07, which does not come after 2017-07, covered by a, the release before it in the series",
    },
  ],
  "length-mismatch": [
    {
      name: "one length",
      data: { claim: "span", written: "35 months", count: 35, unit: "month", period: "2014-08 to 2017-07", min: 36, max: 36, actual: "35 months" },
      message: '"35 months": 2014-08 to 2017-07 is 36 months, not 35',
      expectedActual: { expected: "36 months", actual: "35 months" },
    },
    {
      name: "a range of lengths",
      data: { claim: "span", written: "150 weeks", count: 150, unit: "week", period: "2014-08 to 2017-07", min: 156, max: 157, actual: "150 weeks" },
      message: '"150 weeks": 2014-08 to 2017-07 is 156 to 157 weeks, not 150',
      expectedActual: { expected: "156 to 157 weeks", actual: "150 weeks" },
    },
    {
      name: "one unit, singular",
      data: { claim: "m", written: "two months", count: 2, unit: "month", period: "2017-03", min: 1, max: 1, actual: "two months" },
      message: '"two months": 2017-03 is 1 month, not 2',
      expectedActual: { expected: "1 month", actual: "two months" },
    },
  ],
  "period-disagree": [
    {
      name: "different starts",
      data: { claim: "span", period: "2014-09 to 2017-07", other: "since", otherPeriod: "2014-08 onwards", part: "start" },
      message: "span (2014-09 to 2017-07) and since (2014-08 onwards) are stated as the same period, but they start at different times",
    },
    {
      name: "different ends",
      data: { claim: "span", period: "2014-08 to 2015-12", other: "since", otherPeriod: "2014-08 onwards", part: "end" },
      message: "span (2014-08 to 2015-12) and since (2014-08 onwards) are stated as the same period, but they end at different times",
    },
  ],
  "unit-mismatch": [
    {
      name: "money beside a count",
      data: { kind: "part-of", path: "relations[0]", claim: "pay", role: "part", measure: { dimension: "money", currency: "USD" }, other: "jobs", otherRole: "whole", otherMeasure: { dimension: "count", noun: "jobs" }, need: "same" },
      message: "the part-of relation at relations[0] mixes units: 'pay' (part) is money in USD, but 'jobs' (whole) is a count (jobs)",
    },
    {
      name: "a difference of percentages in money, a relation with an id",
      data: { kind: "change", id: "rate", path: "relations[1]", claim: "d", role: "difference", measure: { dimension: "money", currency: "USD" }, other: "a", otherRole: "from", otherMeasure: { dimension: "share" }, need: "points-or-same" },
      message: "the change relation 'rate' mixes units: 'd' (difference) is money in USD, but 'a' (from) is a percentage: a difference of two percentages is in percentage points",
    },
    {
      name: "a share role holding points",
      data: { kind: "percent-of", path: "relations[0]", claim: "p", role: "percent", measure: { dimension: "points" }, need: "share" },
      message: "the percent-of relation at relations[0]: 'p' (percent) is percentage points, but it holds a percentage",
    },
    {
      name: "a factor role holding money",
      data: { kind: "ratio", path: "relations[0]", claim: "f", role: "factor", measure: { dimension: "money", currency: "USD" }, need: "factor" },
      message: `the ratio relation at relations[0]: 'f' (factor) is money in USD, but it holds a multiplier (such as 2 or "three times")`,
    },
  ],
  "relation-periods": [
    {
      name: "not the same period, a relation without an id",
      data: { kind: "equal", path: "relations[0]", claim: "a", period: "2017-06", need: "same", other: "b", otherPeriod: "2017-07", what: "period" },
      message: `the equal relation at relations[0] joins claims about different periods: a (2017-06) is not the same period as b (2017-07)${INTENDED}`,
    },
    {
      name: "not within, a relation with an id",
      data: { kind: "sum", id: "june-total", path: "relations[0]", claim: "july", period: "2017-07", need: "within", other: "total", otherPeriod: "2017-06", what: "period" },
      message: `the sum relation 'june-total' joins claims about different periods: july (2017-07) does not lie within total (2017-06)${INTENDED}`,
    },
    {
      name: "not before",
      data: { kind: "cumulative", path: "relations[0]", claim: "prev", period: "2014-08 to 2017-07", need: "before", other: "july", otherPeriod: "2017-07", what: "period" },
      message: `the cumulative relation at relations[0] joins claims about different periods: prev (2014-08 to 2017-07) does not end before july (2017-07)${INTENDED}`,
    },
    {
      name: "not as of the same date",
      data: { kind: "equal", path: "relations[0]", claim: "a", period: "2017-09-01", need: "same", other: "b", otherPeriod: "2017-08-04", what: "asOf" },
      message: `the equal relation at relations[0] joins claims about different dates: a (as of 2017-09-01) is not as of the same date as b (as of 2017-08-04)${INTENDED}`,
    },
    {
      name: "as of a later date",
      data: { kind: "cumulative", id: "ledger", path: "relations[1]", claim: "prev", period: "2017-09-01", need: "before", other: "total", otherPeriod: "2017-08-04", what: "asOf" },
      message: `the cumulative relation 'ledger' joins claims about different dates: prev (as of 2017-09-01) is later than total (as of 2017-08-04)${INTENDED}`,
    },
  ],
  "series-adjustment": [
    {
      name: "adds, with the measure, the first release",
      data: {
        series: "deaths",
        measure: "civilian deaths since August 2014",
        release: "march",
        published: "2017-04-30",
        claim: "march/earlier",
        written: "80",
        sign: 1,
        reason: "80 earlier deaths not announced before",
      },
      message:
        'deaths (civilian deaths since August 2014): march (published 2017-04-30) adds 80 beyond the increment since the previous release, explained: "80 earlier deaths not announced before"',
    },
    {
      name: "takes away",
      data: {
        series: "deaths",
        measure: "civilian deaths since August 2014",
        release: "march",
        published: "2017-04-30",
        claim: "march/withdrawn",
        written: "2",
        sign: -1,
        reason: "2 deaths no longer attributed to the coalition",
      },
      message:
        'deaths (civilian deaths since August 2014): march (published 2017-04-30) takes away 2 beyond the increment since the previous release, explained: "2 deaths no longer attributed to the coalition"',
    },
    {
      name: "names the release before it",
      data: {
        series: "deaths",
        release: "july",
        published: "2017-09-01",
        previous: "june",
        previousPublished: "2017-08-04",
        claim: "july/late",
        written: "5",
        sign: 1,
        reason: "5 deaths reported late",
      },
      message: 'deaths: july (published 2017-09-01) adds 5 beyond the increment since june (published 2017-08-04), explained: "5 deaths reported late"',
    },
    {
      name: "releases without dates",
      data: { series: "s", release: "b", previous: "a", claim: "b/recount", written: "3", sign: -1, reason: "recounted" },
      message: 's: b takes away 3 beyond the increment since a, explained: "recounted"',
    },
  ],
};

const IDS = Object.keys(CASES).sort();

describe("every built-in message, in full", () => {
  const rows = (Object.keys(CASES) as MessageId[]).flatMap((id) =>
    (CASES[id] as ReadonlyArray<MessageCase<MessageId>>).map((c) => [id, c.name, c] as const),
  );
  it.each(rows)("%s: %s", (id, _name, c) => {
    const f: Finding = { ruleId: "rule", severity: "error", claims: [], data: { messageId: id, ...c.data } as FindingData };
    expect(messageOf(f)).toBe(c.message);
    expect(expectedActual(f)).toEqual(c.expectedActual ?? {});
  });

  it("covers a conflict of every relation kind, and of stated values alone", () => {
    const kinds = new Set(CASES.conflict.map((c) => c.data.relation.kind));
    expect([...kinds].sort()).toEqual([...Object.keys(relationSpecs), "value"].sort());
  });
});

describe("the table has a case for every message id", () => {
  it("the ids the rule tests state (tests/rules/*.test.ts)", () => {
    const dir = join(ROOT, "tests/rules");
    const ids = new Set<string>();
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".test.ts"))) {
      for (const m of readFileSync(join(dir, name), "utf8").matchAll(/messageId: "([^"]+)"/g)) ids.add(m[1]!);
    }
    expect([...ids].sort()).toEqual(IDS);
  });

  it("the ids the rules construct (string literals given as `messageId` in src/rules/*.ts, comments left out)", () => {
    const dir = join(ROOT, "src/rules");
    const ids = new Set<string>();
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".ts"))) {
      const file = ts.createSourceFile(name, readFileSync(join(dir, name), "utf8"), ts.ScriptTarget.Latest, true);
      const literals = (node: ts.Node): void => {
        if (ts.isStringLiteralLike(node)) ids.add(node.text);
        else ts.forEachChild(node, literals);
      };
      const visit = (node: ts.Node): void => {
        if (ts.isPropertyAssignment(node) && node.name.getText(file) === "messageId") literals(node.initializer);
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    expect([...ids].sort()).toEqual(IDS);
  });
});

describe("custom rules' messages", () => {
  const cases: ReadonlyArray<readonly [string, CustomFindingData, Readonly<Record<string, string>> | undefined, string]> = [
    ["a template with its field", { messageId: "percent", expected: "per cent" }, { percent: "write '{expected}'" }, "write 'per cent'"],
    ["several fields, a number among them", { messageId: "count", word: "per cent", count: 3 }, { count: "{word} occurs {count} times" }, "per cent occurs 3 times"],
    ["a missing field is left as written", { messageId: "percent", expected: "per cent" }, { percent: "write '{expected}', not '{actual}'" }, "write 'per cent', not '{actual}'"],
    ["a brace that never closes is kept", { messageId: "percent", expected: "per cent" }, { percent: "write {expected" }, "write {expected"],
    ["no templates at all: the message id", { messageId: "percent", expected: "per cent" }, undefined, "percent"],
    ["no template for the id: the message id", { messageId: "percent", expected: "per cent" }, { other: "x" }, "percent"],
    ["an id named like an Object property has no template by inheritance", { messageId: "toString" }, {}, "toString"],
  ];
  it.each(cases)("%s", (_name, data, templates, message) => {
    expect(customMessageOf(data, templates)).toBe(message);
  });

  it("expected and actual: the data's strings", () => {
    expect(customExpectedActual({ messageId: "x", expected: "per cent", actual: "%" })).toEqual({ expected: "per cent", actual: "%" });
    expect(customExpectedActual({ messageId: "x", expected: "per cent" })).toEqual({ expected: "per cent" });
    expect(customExpectedActual({ messageId: "x", expected: 3, actual: null })).toEqual({});
  });
});
