/**
 * Readings checked by hand against a calendar: 2017-09-03 was a Sunday (2017-09-01 was a Friday,
 * see weekday.test.ts), so the latest Friday on or before it is 2017-09-01; the latest 29
 * February on or before 2017-09-01 is in 2016 (2017 is not a leap year).
 */
import { ruleTester } from "./tester.js";

const at = (published: string, claims: Record<string, unknown>) => ({ document: { id: "d", published }, claims }) as never;

ruleTester("date-resolution", {
  valid: [
    { name: "dates with their year need no reading", input: at("2017-09-01", { a: { date: "2017-03-14" }, b: { period: { from: "August 2014", to: "July 2017" } } }) },
    { name: "a weekday beside an ISO date", input: at("2017-09-01", { a: { weekday: "Friday", date: "2017-09-01" } }) },
  ],
  invalid: [
    {
      name: '"March 14" in a text of 2017-09-01',
      input: at("2017-09-01", { strike: { date: "March 14" } }),
      findings: [{ messageId: "date-resolved", severity: "info", claims: ["strike"], message: '"March 14" is read as 2017-03-14: the latest March 14 on or before 2017-09-01, the publication date' }],
    },
    {
      name: '"March 14" in a text of 2017-03-13 is the year before',
      input: at("2017-03-13", { strike: { date: "March 14" } }),
      findings: [{ messageId: "date-resolved", severity: "info", claims: ["strike"], message: '"March 14" is read as 2016-03-14: the latest March 14 on or before 2017-03-13, the publication date' }],
    },
    {
      name: '"July" in a text of mid-July is this July',
      input: at("2017-07-15", { july: { period: "July" } }),
      findings: [{ messageId: "date-resolved", severity: "info", claims: ["july"], message: '"July" is read as 2017-07: the latest July on or before 2017-07-15, the publication date' }],
    },
    {
      name: '"Friday" in a text of Sunday 2017-09-03',
      input: at("2017-09-03", { release: { date: "Friday" } }),
      findings: [{ messageId: "date-resolved", severity: "info", claims: ["release"], message: '"Friday" is read as 2017-09-01: the latest Friday on or before 2017-09-03, the publication date' }],
    },
    {
      name: '"February 29" looks back to the last leap year',
      input: at("2017-09-01", { leap: { date: "February 29" } }),
      findings: [{ messageId: "date-resolved", severity: "info", claims: ["leap"], message: '"February 29" is read as 2016-02-29: the latest February 29 on or before 2017-09-01, the publication date' }],
    },
    {
      // July is read first (against the publication date), then the August before its end;
      // findings without a place in a text are sorted by message.
      name: '"from August to July": July first, then the August before it',
      input: at("2017-09-01", { year: { period: { from: "August", to: "July" } } }),
      findings: [
        { messageId: "date-resolved", severity: "info", claims: ["year"], message: '"August" is read as 2016-08: the latest August on or before 2017-07-31, the end of the period' },
        { messageId: "date-resolved", severity: "info", claims: ["year"], message: '"July" is read as 2017-07: the latest July on or before 2017-09-01, the publication date' },
      ],
    },
    {
      name: "a quantity's period read against its as-of date",
      input: at("2017-09-01", { june: { value: 21, period: "June", asOf: "2017-06-10" } }),
      findings: [{ messageId: "date-resolved", severity: "info", claims: ["june"], message: '"June" is read as 2017-06: the latest June on or before 2017-06-10, the as-of date' }],
    },
    {
      name: "a release's covers: read against its publication date",
      input: { document: { id: "d", published: "2017-09-01", covers: "July" }, claims: {} },
      findings: [{ messageId: "date-resolved", severity: "info", claims: [], message: '"July" is read as 2017-07: the latest July on or before 2017-09-01, the publication date' }],
    },
    {
      name: "the finding points at the date in the quote",
      input: {
        document: { id: "d", published: "2017-09-01", text: "The deadliest incident was a March 14 strike near Mosul." },
        claims: { strike: { date: "March 14", quote: "a March 14 strike" } },
      },
      findings: [
        {
          messageId: "date-resolved",
          severity: "info",
          claims: ["strike"],
          message: '"March 14" is read as 2017-03-14: the latest March 14 on or before 2017-09-01, the publication date',
          location: "1:30-1:38",
        },
      ],
    },
  ],
});
