/**
 * The seed article's claim set once more, through the TypeScript DSL: the same claims and
 * relations as claims/seed/claims.yaml, with claim ids checked by the compiler.
 * tests/seed-dsl.test.ts checks that both give the same result.
 */
import { defineClaims } from "../src/input/dsl.js";

const deaths = "civilian death";
const report = "report";
const sinceAugust2014 = { from: "2014-08", to: "2017-07" };

export const seedClaims = defineClaims({
  document: {
    id: "coalition-civcas-2017-07",
    title: "Coalition confirms another 61 civilian deaths in Iraq and Syria",
    textFile: "article.txt",
    published: "2017-09-01",
    covers: "2017-07",
  },
  claims: {
    // The month of July 2017
    "july-deaths-lede": { value: 61, unit: deaths, quote: "another 61", period: "2017-07" },
    "july-investigated": { value: 37, unit: report, quote: "investigated 37 reports", period: "2017-07" },
    "july-credible": { value: 13, unit: report, quote: "13 were accessed to be credible", period: "2017-07" },
    "july-deaths": { value: 61, unit: deaths, quote: "resulting in 61 unintentional civilian deaths", period: "2017-07" },
    // Running totals since the start of the operation (August 2014)
    "total-deaths-lede": { value: "at least 685", unit: deaths, quote: "to at least 685", asOf: "2017-09-01" },
    "total-deaths": { value: "at least 685", unit: deaths, quote: "acknowledged at least 685 civilian deaths", asOf: "2017-09-01" },
    "total-deaths-statement": { value: "at least 685", unit: deaths, quote: "at least 685 civilians have been", asOf: "2017-09-01" },
    "open-reports": { value: "a total of 455", unit: report, quote: "a total of 455 reports", asOf: "2017-09-01" },
    "total-strikes": { value: "24,160", unit: "strike", quote: "a total of 24,160 strikes", period: sinceAugust2014 },
    "total-reports": { value: 1169, unit: report, quote: "was 1169", period: sinceAugust2014 },
    "total-credible": { value: 164, unit: report, quote: "was 164", period: sinceAugust2014 },
    // The deadliest incident of the month's findings: the March 14 strike near Mosul
    "deadliest-incident": { value: 27, unit: deaths, quote: "27 civilians" },
    // Dates and periods the text states (time claims: no value)
    "release-day": {
      weekday: "Friday",
      date: "2017-09-01",
      quote: "released on Friday",
      note: "the statement's release date, from coverage of the release (see data/cjtf-oir-2017)",
    },
    july: { period: "July", quote: "during the month of July" },
    "strike-date": { date: "March 14", quote: "a March 14 strike", within: "since-august-2014" },
    "since-2014": { period: { from: 2014 }, quote: "since 2014", sameAs: "since-august-2014" },
    "since-august-2014": { period: { from: "August 2014" }, quote: "since August 2014" },
    coverage: { period: { from: "August 2014", to: "July 2017" }, quote: "From August 2014 to July 2017", sameAs: "since-august-2014" },
    // What the text implies but does not state
    "prior-deaths": { unknown: true, unit: deaths, note: "acknowledged before this release (the total before July's additions)" },
    "prior-credible": { unknown: true, unit: report, note: "credible reports before July's findings" },
  },
  relations: [
    { id: "july-deaths-restated", kind: "equal", claims: ["july-deaths-lede", "july-deaths"] },
    { id: "total-restated", kind: "equal", claims: ["total-deaths-lede", "total-deaths", "total-deaths-statement"] },
    { id: "credible-of-investigated", kind: "part-of", part: "july-credible", whole: "july-investigated" },
    {
      id: "deaths-raise-total",
      kind: "cumulative",
      previous: "prior-deaths",
      added: "july-deaths",
      total: "total-deaths-lede",
      note: "61 more deaths raise the number acknowledged since 2014 to at least 685",
    },
    {
      id: "credible-raise-total",
      kind: "cumulative",
      previous: "prior-credible",
      added: "july-credible",
      total: "total-credible",
      note: "July's credible reports are among the 164 credible reports since August 2014",
    },
    { id: "deadliest-within-month", kind: "part-of", part: "deadliest-incident", whole: "july-deaths" },
    {
      id: "credible-and-open-within-reports",
      kind: "part-of",
      parts: ["total-credible", "open-reports"],
      whole: "total-reports",
      note: "assessed-credible and still-open reports are disjoint subsets of all reports",
    },
    { id: "investigated-within-reports", kind: "part-of", part: "july-investigated", whole: "total-reports" },
  ],
});
