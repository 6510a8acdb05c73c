import { ruleTester } from "./tester.js";

const seedDoc = { id: "d", published: "2017-09-01", covers: "2017-07" };
const since = { period: { from: "August 2014" } };

ruleTester("period-consistency", {
  valid: [
    {
      name: '"since August 2014" and "From August 2014 to July 2017" (as of 2017-09-01, covering July)',
      input: { document: seedDoc, claims: { since, span: { period: { from: "August 2014", to: "July 2017" }, sameAs: "since" } } },
    },
    {
      name: '"since 2014" agrees with "since August 2014" (August lies in 2014)',
      input: { document: seedDoc, claims: { since, year: { period: { from: 2014 }, sameAs: "since" } } },
    },
    {
      name: "an equal relation within one month",
      input: { claims: { a: { value: 61, period: "2017-07" }, b: { value: 61, period: "July 2017" } }, relations: [{ kind: "equal", claims: ["a", "b"] }] },
    },
    {
      name: "a part within its whole's period (July's 37 among the reports since August 2014)",
      input: {
        claims: { july: { value: 37, period: "2017-07" }, all: { value: 1169, period: { from: "2014-08", to: "2017-07" } } },
        relations: [{ kind: "part-of", part: "july", whole: "all" }],
      },
    },
    {
      name: "a cumulative total: the total to June plus July's increment is the total to July",
      input: {
        claims: {
          prev: { value: 151, period: { from: "2014-08", to: "2017-06" } },
          july: { value: 13, period: "2017-07" },
          total: { value: 164, period: { from: "2014-08", to: "2017-07" } },
        },
        relations: [{ kind: "cumulative", previous: "prev", added: "july", total: "total" }],
      },
    },
    {
      name: "a change compares two periods by nature",
      input: { claims: { june: { value: 21, period: "2017-06" }, july: { value: 61, period: "2017-07" }, d: 40 }, relations: [{ kind: "change", from: "june", to: "july", difference: "d" }] },
    },
    {
      name: "a July figure added to a June total, marked intended",
      input: {
        claims: { june: { value: 624, period: "2017-06" }, july: { value: 61, period: "2017-07" }, total: { value: 685, period: "2017-06" } },
        relations: [{ kind: "sum", parts: ["june", "july"], total: "total", periods: "intended" }],
      },
    },
    {
      name: "claims without a period agree with anything",
      input: { claims: { a: { value: 61, period: "2017-07" }, b: 61 }, relations: [{ kind: "equal", claims: ["a", "b"] }] },
    },
    {
      name: "a running total as of the release date, beside a month's figure (as-of and period are not compared)",
      input: {
        claims: { prior: { unknown: true }, july: { value: 61, period: "2017-07" }, total: { value: "at least 685", asOf: "2017-09-01" } },
        relations: [{ kind: "cumulative", previous: "prior", added: "july", total: "total" }],
      },
    },
  ],
  invalid: [
    {
      name: "two statements of the same period that start in different months",
      input: { document: seedDoc, claims: { since, span: { period: { from: "September 2014", to: "July 2017" }, sameAs: "since" } } },
      findings: [
        { messageId: "period-disagree", claims: ["span", "since"], message: "span (2014-09 to 2017-07) and since (2014-08 onwards) are stated as the same period, but they start at different times" },
      ],
    },
    {
      name: "two statements of the same period that end at different times",
      input: { document: seedDoc, claims: { since, span: { period: { from: "August 2014", to: "December 2015" }, sameAs: "since" } } },
      findings: [
        { messageId: "period-disagree", claims: ["span", "since"], message: "span (2014-08 to 2015-12) and since (2014-08 onwards) are stated as the same period, but they end at different times" },
      ],
    },
    {
      name: "equal figures about different months",
      input: { claims: { a: { value: 61, period: "2017-06" }, b: { value: 61, period: "2017-07" } }, relations: [{ kind: "equal", claims: ["a", "b"] }] },
      findings: [
        {
          messageId: "relation-periods",
          claims: ["a", "b"],
          message:
            "the equal relation at relations[0] joins claims about different periods: a (2017-06) is not the same period as b (2017-07); write `periods: intended` on the relation if that is meant",
        },
      ],
    },
    {
      name: "a July figure added to a June total, unmarked",
      input: {
        claims: { june: { value: 624, period: "2017-06" }, july: { value: 61, period: "2017-07" }, total: { value: 685, period: "2017-06" } },
        relations: [{ id: "june-total", kind: "sum", parts: ["june", "july"], total: "total" }],
      },
      findings: [
        {
          messageId: "relation-periods",
          claims: ["july", "total"],
          message:
            "the sum relation 'june-total' joins claims about different periods: july (2017-07) does not lie within total (2017-06); write `periods: intended` on the relation if that is meant",
        },
      ],
    },
    {
      name: "a cumulative relation whose previous total overlaps the increment",
      input: {
        claims: {
          prev: { value: 164, period: { from: "2014-08", to: "2017-07" } },
          july: { value: 13, period: "2017-07" },
          total: { value: 177, period: { from: "2014-08", to: "2017-07" } },
        },
        relations: [{ kind: "cumulative", previous: "prev", added: "july", total: "total" }],
      },
      findings: [
        {
          messageId: "relation-periods",
          claims: ["prev", "july"],
          message:
            "the cumulative relation at relations[0] joins claims about different periods: prev (2014-08 to 2017-07) does not end before july (2017-07); write `periods: intended` on the relation if that is meant",
        },
      ],
    },
    {
      name: "equal running totals as of different dates",
      input: { claims: { a: { value: 685, asOf: "2017-09-01" }, b: { value: 685, asOf: "2017-08-04" } }, relations: [{ kind: "equal", claims: ["a", "b"] }] },
      findings: [
        {
          messageId: "relation-periods",
          claims: ["a", "b"],
          message:
            "the equal relation at relations[0] joins claims about different dates: a (as of 2017-09-01) is not as of the same date as b (as of 2017-08-04); write `periods: intended` on the relation if that is meant",
        },
      ],
    },
  ],
});
