/**
 * Cumulative counts that must not fall, added up by hand next to each case.
 */
import { ruleTester } from "./tester.js";

const rel = (id: string, published: string, claims: Record<string, unknown>, covers?: string) =>
  ({ id, published, ...(covers !== undefined ? { covers } : {}), claims }) as never;
const strikes = (steps: unknown[]) => ({ id: "strikes", kind: "cumulative", total: "strikes", steps }) as never;
const reports = (steps: unknown[]) => ({ id: "reports", kind: "cumulative", total: "total", added: "new", increments: "at-least", steps }) as never;

ruleTester("series-monotonic", {
  valid: [
    {
      name: "strikes rise: 20,205 → 22,983 → 24,160",
      input: {
        documents: [rel("mar", "2017-04-30", { strikes: "20,205" }), rel("jun", "2017-08-04", { strikes: "22,983" }), rel("jul", "2017-09-01", { strikes: "24,160" })],
        series: [strikes(["mar", "jun", "jul"])],
      },
    },
    {
      name: "a count may stay level",
      input: { documents: [rel("a", "2017-01-01", { strikes: 10 }), rel("b", "2017-02-01", { strikes: 10 })], series: [strikes(["a", "b"])] },
    },
    {
      name: "reports rise by at least the month's new ones: 396 + 43 = 439 ≤ 1169",
      input: {
        documents: [rel("mar", "2017-04-30", { total: 396, new: 27 }), rel("apr", "2017-06-02", { new: 43 }), rel("jul", "2017-09-01", { total: 1169 })],
        series: [reports(["mar", "apr", "jul"])],
      },
    },
    {
      name: "a gap between covered months leaves an unknown increment: 100 + 10 = 110 ≤ 125",
      input: {
        documents: [rel("may", "2017-07-07", { total: 100 }, "2017-05"), rel("jul", "2017-09-01", { added: 10, total: 125 }, "2017-07")],
        series: [{ id: "deaths", kind: "cumulative", total: "total", added: "added", steps: ["may", "jul"] }],
      },
    },
    {
      name: "an explained withdrawal may lower the count: 100 − 5 = 95",
      input: {
        documents: [rel("a", "2017-01-01", { strikes: 100 }), rel("b", "2017-02-01", { withdrawn: 5, strikes: 95 })],
        series: [{ id: "strikes", kind: "cumulative", total: "strikes", steps: ["a", { release: "b", adjustments: [{ subtract: "withdrawn", reason: "recounted" }] }] }],
      },
    },
  ],
  invalid: [
    {
      name: "strikes fall from 22,983 to 22,000",
      input: { documents: [rel("jun", "2017-08-04", { strikes: "22,983" }), rel("jul", "2017-09-01", { strikes: "22,000" })], series: [strikes(["jun", "jul"])] },
      findings: [
        {
          messageId: "conflict",
          claims: ["jun/strikes", "jul/strikes"],
          message: 'strikes: jul (published 2017-09-01) states "22,000", below the "22,983" of jun (published 2017-08-04): a cumulative count never falls',
          expected: "at least 22,983",
          actual: "22,000",
        },
      ],
      verdict: "inconsistent",
    },
    {
      name: "reports rise by 97, less than the 302 new ones: 1169 + 302 = 1471 > 1,266",
      input: {
        documents: [rel("jul", "2017-09-01", { total: 1169 }), rel("aug", "2017-09-29", {}), rel("sep", "2017-10-26", { new: 302, total: "1,266" })],
        series: [reports(["jul", "aug", "sep"])],
      },
      findings: [
        {
          messageId: "conflict",
          claims: ["jul/total", "sep/new", "sep/total"],
          message:
            'reports: 1169 in jul (published 2017-09-01) + 302 gives at least 1471, but sep (published 2017-10-26) states "1,266" (a cumulative count rises by at least the increments stated)',
        },
      ],
    },
    {
      name: "a gap between covered months: the total still rises by July's 10 at least (100 + 10 = 110 > 105)",
      input: {
        documents: [rel("may", "2017-07-07", { total: 100 }, "2017-05"), rel("jul", "2017-09-01", { added: 10, total: 105 }, "2017-07")],
        series: [{ id: "deaths", kind: "cumulative", total: "total", added: "added", steps: ["may", "jul"] }],
      },
      findings: [
        {
          messageId: "conflict",
          claims: ["may/total", "jul/added", "jul/total"],
          message: 'deaths: 100 in may (published 2017-07-07) + 10 gives at least 110, but jul (published 2017-09-01) states "105" (a cumulative count rises by at least the increments stated)',
        },
      ],
    },
  ],
});
