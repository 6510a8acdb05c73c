import { ruleTester } from "./tester.js";

const rel = (id: string, published: string, claims: Record<string, unknown>) => ({ id, published, claims }) as never;
const march = {
  release: "march",
  previous: "previous",
  adjustments: [
    { add: "earlier", reason: "80 earlier deaths not announced before" },
    { subtract: "withdrawn", reason: "2 deaths no longer attributed to the coalition" },
  ],
};

ruleTester("series-adjustment", {
  valid: [
    {
      name: "a series without adjustments",
      input: {
        documents: [rel("june", "2017-08-04", { total: 624 }), rel("july", "2017-09-01", { added: 61, total: 685 })],
        series: [{ id: "deaths", kind: "cumulative", total: "total", added: "added", steps: ["june", "july"] }],
      },
    },
  ],
  invalid: [
    {
      // 229 + 45 + 80 − 2 = 352: the step adds up, and each adjustment is shown with its reason.
      name: "the March 2017 release: +80 earlier deaths, −2 withdrawn",
      input: {
        documents: [rel("march", "2017-04-30", { previous: 229, added: 45, earlier: 80, withdrawn: 2, total: 352 })],
        series: [{ id: "deaths", kind: "cumulative", measure: "civilian deaths since August 2014", total: "total", added: "added", steps: [march] }],
      },
      findings: [
        {
          messageId: "series-adjustment",
          severity: "info",
          claims: ["march/earlier"],
          message:
            'deaths (civilian deaths since August 2014): march (published 2017-04-30) adds 80 beyond the increment since the previous release, explained: "80 earlier deaths not announced before"',
        },
        {
          messageId: "series-adjustment",
          severity: "info",
          claims: ["march/withdrawn"],
          message:
            'deaths (civilian deaths since August 2014): march (published 2017-04-30) takes away 2 beyond the increment since the previous release, explained: "2 deaths no longer attributed to the coalition"',
        },
      ],
      verdict: "consistent",
    },
    {
      // 624 + 61 + 5 = 690.
      name: "an adjustment names the release before it and both dates",
      input: {
        documents: [rel("june", "2017-08-04", { total: 624 }), rel("july", "2017-09-01", { added: 61, late: 5, total: 690 })],
        series: [
          {
            id: "deaths",
            kind: "cumulative",
            total: "total",
            added: "added",
            steps: ["june", { release: "july", adjustments: [{ add: "late", reason: "5 deaths reported late" }] }],
          },
        ],
      },
      findings: [
        {
          messageId: "series-adjustment",
          severity: "info",
          claims: ["july/late"],
          message: 'deaths: july (published 2017-09-01) adds 5 beyond the increment since june (published 2017-08-04), explained: "5 deaths reported late"',
        },
      ],
      verdict: "consistent",
    },
  ],
});
