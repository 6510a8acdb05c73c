import { numberFormatRule } from "../../src/rules/number-format.js";
import { ruleTester } from "./tester.js";

ruleTester(numberFormatRule, {
  valid: [
    { name: "one style: commas", text: "A total of 24,160 strikes and 1,169 reports." },
    { name: "one style: no separator", text: "A total of 24160 strikes and 1169 reports." },
    { name: "one figure only", text: "A total of 24,160 strikes." },
    { name: "figures below 1,000 have no style", text: "37 reports, 13 credible, 685 deaths, 24,160 strikes." },
    { name: "years, dates and names are not figures", text: "Since 2014, 24,160 strikes; Resolution 2254; 14 March 2017; 2014-2017." },
    { name: "years in running text are not figures: 'for 2024' is no '2,024'", text: "Spending for 2024 rose to 1,200 homes; for 2023 it fell, and the 2024-25 budget and FY2026 add 3,400." },
    { name: "scores, labels and help lines are not figures", text: "They won 2-1 and 1,200 fans called the 999 hotline after the Category 4 storm; 3,500 were evacuated." },
    { name: "multiplied figures have no separator to give", text: "24,160 strikes cost $4.5 billion, or 1.2 million each." },
    { name: "numbers in words", text: "24,160 strikes and one thousand two hundred reports." },
    { name: "SI: four digits stand ungrouped beside thin-space groups", text: "24\u2009160 strikes and 1169 reports." },
    { name: "no-break, narrow and thin spaces are one style", text: "24\u00a0160 strikes and 1\u202f169 reports and 2\u2009000 people." },
  ],
  invalid: [
    {
      name: "the seed article: 1169 beside 24,160",
      text: "From August 2014 to July 2017, the Coalition conducted a total of 24,160 strikes.\n“During this period, the total number of reports of possible civilian casualties was 1169.”",
      claims: {
        strikes: { value: "24,160", quote: "a total of 24,160 strikes" },
        reports: { value: 1169, quote: "was 1169" },
      },
      findings: [
        {
          // "1169" is on line 2 after 85 characters (the opening “ and 84 more): columns 86 to 90.
          messageId: "number-style",
          message: '"1169" has no thousands separator, but this text groups thousands with commas, as in "24,160": "1,169" in that style',
          location: "2:86-2:90",
          claims: ["reports"],
          data: { expected: "1,169", actual: "1169" },
        },
      ],
    },
    {
      name: "the majority style wins: one comma figure among ungrouped ones",
      text: "24160 strikes, 1169 reports and 1,200 sorties.",
      findings: [
        {
          messageId: "number-style",
          message: '"1,200" groups thousands with commas, but this text writes figures without a thousands separator, as in "24160": "1200" in that style',
          location: "1:33-1:38",
          data: { expected: "1200", actual: "1,200" },
        },
      ],
    },
    {
      name: "a qualifier is not part of the figure",
      text: "at least 24,160 strikes and more than 1169 reports",
      findings: [
        {
          messageId: "number-style",
          message: '"1169" has no thousands separator, but this text groups thousands with commas, as in "24,160": "1,169" in that style',
          location: "1:39-1:43",
          data: { expected: "1,169", actual: "1169" },
        },
      ],
    },
    {
      name: "money and percentages count; the text's own separator is suggested",
      text: "£24\u202f160 in fines, 12\u202f500 people and $1,169.50 spent",
      findings: [
        {
          messageId: "number-style",
          message: '"$1,169.50" groups thousands with commas, but this text groups thousands with spaces, as in "£24\u202f160": "$1\u202f169.50" in that style',
          location: "1:37-1:46",
          data: { expected: "$1\u202f169.50", actual: "$1,169.50" },
        },
      ],
    },
  ],
});
