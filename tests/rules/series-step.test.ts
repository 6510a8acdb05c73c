/**
 * Ledgers small enough to add up by hand; each sum is written next to its case.
 */
import { ruleTester } from "./tester.js";

const rel = (id: string, published: string, claims: Record<string, unknown>, covers?: string) =>
  ({ id, published, ...(covers !== undefined ? { covers } : {}), claims }) as never;
const deaths = (steps: unknown[]) => ({ id: "deaths", kind: "cumulative", total: "total", added: "added", steps }) as never;
const open = (steps: unknown[], carried = true) =>
  ({ id: "open", kind: "stock", open: "open", ...(carried ? { carriedOver: "carried" } : {}), inflows: ["new"], outflows: ["completed"], steps }) as never;

ruleTester("series-step", {
  valid: [
    {
      name: "624 + 61 = 685",
      input: { documents: [rel("june", "2017-08-04", { total: 624 }), rel("july", "2017-09-01", { added: 61, total: 685 })], series: [deaths(["june", "july"])] },
    },
    {
      name: "624 + 61 is at least 685",
      input: {
        documents: [rel("june", "2017-08-04", { total: 624 }), rel("july", "2017-09-01", { added: 61, total: "at least 685" })],
        series: [deaths(["june", "july"])],
      },
    },
    {
      name: "a release without its total: 100 + 10 + 12 = 122",
      input: {
        documents: [rel("a", "2017-06-01", { total: 100 }), rel("b", "2017-07-01", { added: 10 }), rel("c", "2017-08-01", { added: 12, total: 122 })],
        series: [deaths(["a", "b", "c"])],
      },
    },
    {
      name: "a release's own previous total and explained adjustments: 229 + 45 + 80 − 2 = 352",
      input: {
        documents: [rel("march", "2017-04-30", { previous: 229, added: 45, earlier: 80, withdrawn: 2, total: 352 })],
        series: [
          {
            id: "deaths",
            kind: "cumulative",
            total: "total",
            added: "added",
            steps: [
              {
                release: "march",
                previous: "previous",
                adjustments: [
                  { add: "earlier", reason: "earlier deaths not announced before" },
                  { subtract: "withdrawn", reason: "no longer attributed" },
                ],
              },
            ],
          },
        ],
      },
    },
    {
      name: "open reports: 43 + 27 − 28 = 42, then 42 + 43 − 47 = 38",
      input: {
        documents: [
          rel("march", "2017-04-30", { carried: 43, new: 27, completed: 28, open: 42 }),
          rel("april", "2017-06-02", { new: 43, completed: 47, open: 38 }),
        ],
        series: [open(["march", "april"])],
      },
    },
    {
      name: "open reports carried over as stated: 350 is more than 344; 350 + 10 − 5 = 355",
      input: {
        documents: [rel("aug", "2017-09-29", { completed: 185, open: 350 }), rel("sep", "2017-10-26", { carried: "more than 344", new: 10, completed: 5, open: 355 })],
        series: [open(["aug", "sep"])],
      },
    },
    {
      // (July's own new reports come before its open figure, the first value of the series.)
      name: "open reports without the month's new reports: 455 − 185 = 270 at least, and 350 is",
      input: {
        documents: [rel("jul", "2017-09-01", { new: 68, completed: 37, open: 455 }), rel("aug", "2017-09-29", { completed: 185, open: 350 })],
        series: [open(["jul", "aug"], false)],
      },
    },
  ],
  invalid: [
    {
      name: "624 + 61 = 685, but the next release says 695",
      input: { documents: [rel("june", "2017-08-04", { total: 624 }), rel("july", "2017-09-01", { added: 61, total: 695 })], series: [deaths(["june", "july"])] },
      findings: [
        {
          messageId: "conflict",
          claims: ["june/total", "july/added", "july/total"],
          message: 'deaths: 624 in june (published 2017-08-04) + 61 = 685, but july (published 2017-09-01) states "695"',
          expected: "685",
          actual: "695",
        },
      ],
      verdict: "inconsistent",
    },
    {
      name: "the measure is named with the series",
      input: {
        documents: [rel("june", "2017-08-04", { total: 624 }), rel("july", "2017-09-01", { added: 61, total: 695 })],
        series: [{ id: "deaths", kind: "cumulative", measure: "civilian deaths since August 2014", total: "total", added: "added", steps: ["june", "july"] }],
      },
      findings: [
        {
          messageId: "conflict",
          claims: ["june/total", "july/added", "july/total"],
          message: 'deaths (civilian deaths since August 2014): 624 in june (published 2017-08-04) + 61 = 685, but july (published 2017-09-01) states "695"',
        },
      ],
    },
    {
      name: "a break across a release without its total: 100 + 10 + 12 = 122, not 125",
      input: {
        documents: [rel("a", "2017-06-01", { total: 100 }), rel("b", "2017-07-01", { added: 10 }), rel("c", "2017-08-01", { added: 12, total: 125 })],
        series: [deaths(["a", "b", "c"])],
      },
      findings: [{ messageId: "conflict", claims: ["a/total", "b/added", "c/added", "c/total"], message: 'deaths: 100 in a (published 2017-06-01) + 10 + 12 = 122, but c (published 2017-08-01) states "125"' }],
    },
    {
      name: "an unexplained break: 229 + 45 = 274, not 352",
      input: {
        documents: [rel("march", "2017-04-30", { previous: 229, added: 45, total: 352 })],
        series: [{ id: "deaths", kind: "cumulative", total: "total", added: "added", steps: [{ release: "march", previous: "previous" }] }],
      },
      findings: [
        {
          messageId: "conflict",
          claims: ["march/previous", "march/added", "march/total"],
          message: 'deaths: 229 as the previous total in march (published 2017-04-30) + 45 = 274, but the same release states "352"',
        },
      ],
    },
    {
      name: "a release restating the previous total differently",
      input: {
        documents: [rel("june", "2017-08-04", { total: 624 }), rel("july", "2017-09-01", { previous: 620, added: 61, total: 681 })],
        series: [{ id: "deaths", kind: "cumulative", total: "total", added: "added", previous: "previous", steps: ["june", "july"] }],
      },
      findings: [
        {
          messageId: "conflict",
          claims: ["june/total", "july/previous"],
          message: 'deaths: july (published 2017-09-01) states "620" as the previous total, but june (published 2017-08-04) gives 624',
        },
      ],
    },
    {
      name: "open reports: 43 + 27 − 28 = 42, not 40",
      input: { documents: [rel("march", "2017-04-30", { carried: 43, new: 27, completed: 28, open: 40 })], series: [open(["march"])] },
      findings: [
        {
          messageId: "conflict",
          claims: ["march/carried", "march/new", "march/completed", "march/open"],
          message: 'open: 43 carried over into march (published 2017-04-30) + 27 − 28 = 42, but the same release states "40"',
        },
      ],
    },
    {
      name: "open reports carried over: 340 is not the 350 open at the end of the month before",
      input: {
        documents: [rel("aug", "2017-09-29", { completed: 185, open: 350 }), rel("sep", "2017-10-26", { carried: 340, new: 10, completed: 5, open: 345 })],
        series: [open(["aug", "sep"])],
      },
      findings: [{ messageId: "conflict", claims: ["aug/open", "sep/carried"], message: 'open: sep (published 2017-10-26) states "340" as carried over, but aug (published 2017-09-29) gives 350' }],
    },
    {
      name: "open reports without the month's new ones cannot fall below 455 − 185 = 270",
      input: {
        documents: [rel("jul", "2017-09-01", { new: 68, completed: 37, open: 455 }), rel("aug", "2017-09-29", { completed: 185, open: 250 })],
        series: [open(["jul", "aug"], false)],
      },
      findings: [
        {
          messageId: "conflict",
          claims: ["jul/open", "aug/completed", "aug/open"],
          message: 'open: 455 in jul (published 2017-09-01) − 185 gives at least 270, but aug (published 2017-09-29) states "250" (not every inflow is stated)',
        },
      ],
    },
    {
      name: "open reports without the month's completed ones cannot rise above 100 + 10 = 110",
      input: {
        documents: [rel("a", "2017-09-01", { completed: 20, open: 100 }), rel("b", "2017-10-01", { new: 10, open: 120 })],
        series: [open(["a", "b"], false)],
      },
      findings: [
        { messageId: "conflict", claims: ["a/open", "b/new", "b/open"], message: 'open: 100 in a (published 2017-09-01) + 10 gives at most 110, but b (published 2017-10-01) states "120" (not every outflow is stated)' },
      ],
    },
  ],
});
