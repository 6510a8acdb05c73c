/**
 * Dates compared by hand: a month's last day is 28–31 (2017-07-31, 2017-03-31), so a release of
 * 2017-07-31 is still inside July and one of 2017-08-01 is after it.
 */
import { ruleTester } from "./tester.js";

const release = (id: string, published: string, covers: string) => ({ id, published, covers });

ruleTester("period-order", {
  valid: [
    { name: "a period that ends after it starts", input: { claims: { p: { period: { from: "August 2014", to: "July 2017" } } } } },
    { name: "a one-month period", input: { claims: { p: { period: "2017-07" } } } },
    { name: "a release the day after the month it covers", input: { document: { id: "d", published: "2017-08-01", covers: "2017-07" }, claims: {} } },
    { name: "the seed's release, 2017-09-01, after July 2017", input: { document: { id: "d", published: "2017-09-01", covers: "July" }, claims: {} } },
    {
      name: "a date stated within a period lies in it (March 14 in the months since August 2014)",
      input: {
        document: { id: "d", published: "2017-09-01" },
        claims: { since: { period: { from: "August 2014" } }, strike: { date: "March 14", within: "since" } },
      },
    },
    {
      name: "a period within a period",
      input: { claims: { all: { period: { from: "2014-08", to: "2017-07" } }, july: { period: "2017-07", within: "all" } } },
    },
    { name: "an as-of date on the publication date", input: { document: { id: "d", published: "2017-09-01" }, claims: { t: { value: 685, asOf: "2017-09-01" } } } },
    {
      name: "a series whose releases follow each other",
      input: {
        documents: [
          { ...release("a", "2017-08-04", "2017-06"), claims: { t: 624 } },
          { ...release("b", "2017-09-01", "2017-07"), claims: { t: 685 } },
        ],
        series: [{ id: "s", kind: "cumulative", total: "t", steps: ["a", "b"] }],
      },
    },
  ],
  invalid: [
    {
      name: "a period that ends before it starts",
      input: { claims: { p: { period: { from: "July 2017", to: "August 2014" } } } },
      findings: [{ messageId: "period-reversed", claims: ["p"], message: "the period 2017-07 to 2014-08 ends on 2014-08-31, before it starts on 2017-07-01" }],
    },
    {
      name: "an open period that starts after its as-of date",
      input: { document: { id: "d", published: "2017-09-01" }, claims: { p: { period: { from: "2018-01" } } } },
      findings: [{ messageId: "period-reversed", claims: ["p"], message: "the period 2018-01 onwards ends on 2017-09-01, before it starts on 2018-01-01" }],
    },
    {
      name: "a release published on the last day of the month it covers",
      input: { document: { id: "july", published: "2017-07-31", covers: "2017-07" }, claims: {} },
      findings: [
        {
          messageId: "release-before-end",
          claims: [],
          message: "july was published on 2017-07-31, but the period it covers (2017-07) ends on 2017-07-31: a release comes after the period it covers",
        },
      ],
    },
    {
      name: "a date stated within a period that lies before it",
      input: { claims: { since: { period: { from: "2014-08", to: "2017-07" } }, strike: { date: "2014-03-14", within: "since" } } },
      findings: [{ messageId: "outside-period", claims: ["strike", "since"], message: "strike (2014-03-14) is stated within since (2014-08-01 to 2017-07-31), but lies outside it" }],
    },
    {
      name: "a figure as of a date after its document was published",
      input: { document: { id: "d", published: "2017-09-01" }, claims: { t: { value: 685, asOf: "2017-09-02" } } },
      findings: [{ messageId: "as-of-after-published", claims: ["t"], message: "t is stated as of 2017-09-02, after its document was published on 2017-09-01" }],
    },
    {
      name: "a series listing a release published before the one before it",
      input: {
        documents: [
          { id: "a", published: "2017-09-01", claims: { t: 624 } },
          { id: "b", published: "2017-08-04", claims: { t: 685 } },
        ],
        series: [{ id: "s", kind: "cumulative", total: "t", steps: ["a", "b"] }],
      },
      findings: [
        { messageId: "series-order", claims: [], message: "series s: b (published 2017-08-04) follows a (published 2017-09-01) in the series but was published before it" },
      ],
    },
    {
      name: "a series listing a release that covers the same month as the one before it",
      input: {
        documents: [
          { id: "a", published: "2017-08-04", covers: "2017-07", claims: { t: 624 } },
          { id: "b", published: "2017-09-01", covers: "2017-07", claims: { t: 685 } },
        ],
        series: [{ id: "s", kind: "cumulative", total: "t", steps: ["a", "b"] }],
      },
      findings: [
        { messageId: "series-order", claims: [], message: "series s: b covers 2017-07, which does not come after 2017-07, covered by a, the release before it in the series" },
      ],
    },
  ],
});
