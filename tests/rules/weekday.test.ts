/**
 * Weekdays checked by hand from one anchor: 1 January 2017 was a Sunday. 1 September 2017 is
 * day 244 of the year (31+28+31+30+31+30+31+31 = 243 days before it), 243 mod 7 = 5: a Friday.
 * 12 October 2017 is day 285 (243 + 30 + 12), 284 mod 7 = 4: a Thursday. 14 March 2017 is day 73
 * (31 + 28 + 14), 72 mod 7 = 2: a Tuesday. 29 February 2016: 1 January 2016 was a Friday, and
 * day 60 is 59 mod 7 = 3 days on: a Monday.
 */
import { ruleTester } from "./tester.js";

const doc = { id: "d", published: "2017-10-13" };

ruleTester("weekday", {
  valid: [
    { name: "the seed's release, 2017-09-01, was a Friday", input: { claims: { release: { weekday: "Friday", date: "2017-09-01" } } } },
    { name: "a date written with its weekday", input: { claims: { d: { date: "Friday, September 1, 2017" } } } },
    { name: "abbreviated names", input: { claims: { d: { date: "Fri, Sept 1, 2017" } } } },
    { name: "a leap day: 2016-02-29 was a Monday", input: { claims: { d: { date: "Monday 29 February 2016" } } } },
    { name: "a date without its year, read against the publication date: 2017-03-14 was a Tuesday", input: { document: doc, claims: { d: { date: "Tuesday, March 14" } } } },
    { name: "a weekday alone is the latest such day: nothing to check", input: { document: doc, claims: { d: { date: "Friday" } } } },
    { name: "`weekday:` alone, the same", input: { document: doc, claims: { d: { weekday: "Friday" } } } },
    { name: "a date with no weekday", input: { claims: { d: { date: "2017-10-12" } } } },
  ],
  invalid: [
    {
      name: '"Friday, October 12, 2017": it was a Thursday',
      input: { claims: { d: { date: "Friday, October 12, 2017" } } },
      findings: [
        { messageId: "weekday-mismatch", claims: ["d"], message: '"Friday, October 12, 2017": 2017-10-12 was a Thursday, not a Friday', expected: "Thursday", actual: "Friday" },
      ],
    },
    {
      name: "`weekday:` beside an ISO date",
      input: { claims: { d: { weekday: "Thursday", date: "2017-09-01" } } },
      findings: [{ messageId: "weekday-mismatch", claims: ["d"], message: '"Thursday, 2017-09-01": 2017-09-01 was a Friday, not a Thursday' }],
    },
    {
      name: "a date without its year, read first, then checked",
      input: { document: doc, claims: { d: { date: "Wednesday, March 14" } } },
      findings: [{ messageId: "weekday-mismatch", claims: ["d"], message: '"Wednesday, March 14": 2017-03-14 was a Tuesday, not a Wednesday' }],
    },
    {
      name: "the finding points at the date in the text",
      input: {
        document: { id: "d", text: "The statement, released on Friday, October 12, 2017, said so." },
        claims: { release: { date: "Friday, October 12, 2017", quote: "released on Friday, October 12, 2017" } },
      },
      findings: [{ messageId: "weekday-mismatch", claims: ["release"], message: '"Friday, October 12, 2017": 2017-10-12 was a Thursday, not a Friday', location: "1:28-1:52" }],
      // Any error finding makes the set inconsistent, not only the engine's arithmetic conflicts.
      verdict: "inconsistent",
    },
  ],
});
