/**
 * Lengths counted by hand. August 2014 to July 2017, both included: 5 months of 2014 (Aug–Dec),
 * 12 of 2015, 12 of 2016 and 7 of 2017 (Jan–Jul) = 36 months = 3 years; in days 365 (to
 * 2015-07-31) + 366 (to 2016-07-31, with 29 February 2016) + 365 (to 2017-07-31) = 1096, which
 * is 156 weeks and 4 days. "Since August 2014", as of 2017-09-01 in a release covering July 2017,
 * ends between 2017-07-31 (36 whole months) and 2017-09-01 (37 whole months and a day, so it
 * touches 38 calendar months: 5 + 12 + 12 + 9).
 */
import { ruleTester } from "./tester.js";

const span = (length: string) => ({ claims: { span: { period: { from: "August 2014", to: "July 2017" }, length } } });
const since = (length: string) => ({
  document: { id: "d", published: "2017-09-01", covers: "2017-07" },
  claims: { since: { period: { from: "August 2014" }, length } },
});

ruleTester("period-length", {
  valid: [
    { name: "the 36 months from August 2014 to July 2017", input: span("36 months") },
    { name: "three years", input: span("three years") },
    { name: "1096 days", input: span("1096 days") },
    { name: "156 weeks (and 4 days)", input: span("156 weeks") },
    { name: "157 weeks (the neighbour above)", input: span("157 weeks") },
    { name: "a 36-month period", input: span("36-month") },
    { name: "a week of days: 14 to 20 March", input: { claims: { w: { period: { from: "2017-03-14", to: "2017-03-20" }, length: "a week" } } } },
    { name: "a month from the 14th to the 13th", input: { claims: { m: { period: { from: "2017-03-14", to: "2017-04-13" }, length: "a month" } } } },
    { name: "an open period: 36 months since August 2014", input: since("36 months") },
    { name: "an open period: 38 months since August 2014 (to the publication date)", input: since("38 months") },
  ],
  invalid: [
    {
      name: "35 months from August 2014 to July 2017",
      input: span("35 months"),
      findings: [{ messageId: "length-mismatch", claims: ["span"], message: '"35 months": 2014-08 to 2017-07 is 36 months, not 35', expected: "36 months", actual: "35 months" }],
    },
    {
      name: "two years",
      input: span("two years"),
      findings: [{ messageId: "length-mismatch", claims: ["span"], message: '"two years": 2014-08 to 2017-07 is 3 years, not 2' }],
    },
    {
      name: "150 weeks",
      input: span("150 weeks"),
      findings: [{ messageId: "length-mismatch", claims: ["span"], message: '"150 weeks": 2014-08 to 2017-07 is 156 to 157 weeks, not 150' }],
    },
    {
      name: "6 days from the 14th to the 20th",
      input: { claims: { w: { period: { from: "2017-03-14", to: "2017-03-20" }, length: "6 days" } } },
      findings: [{ messageId: "length-mismatch", claims: ["w"], message: '"6 days": 2017-03-14 to 2017-03-20 is 7 days, not 6' }],
    },
    {
      name: "an open period: 39 months since August 2014",
      input: since("39 months"),
      findings: [{ messageId: "length-mismatch", claims: ["since"], message: '"39 months": 2014-08 onwards is 36 to 38 months, not 39' }],
    },
    {
      name: "the finding points at the length in the text",
      input: {
        document: { id: "d", text: "In the 35 months from August 2014 to July 2017, the coalition struck 24,160 times." },
        claims: { span: { period: { from: "August 2014", to: "July 2017" }, length: "35 months", quote: "the 35 months from August 2014 to July 2017" } },
      },
      findings: [{ messageId: "length-mismatch", claims: ["span"], message: '"35 months": 2014-08 to 2017-07 is 36 months, not 35', location: "1:8-1:17" }],
    },
  ],
});
