import { cueTable } from "./tester.js";

cueTable(
  "percent-of",
  {
    valid: [
      { text: "Some 212 firms (14%) cut jobs.", relation: { kind: "percent-of", roles: { part: "Some 212", whole: "?", percent: "14%" }, cue: "(14%)", standing: "suggested" } },
      { text: "Of the voters, 540 (45%) said yes.", relation: { kind: "percent-of", roles: { part: "540", whole: "?", percent: "45%" }, standing: "suggested" } },
      { text: "Residents aged 65 and over numbered 241,000, or 15% of the total.", relation: { kind: "percent-of", roles: { part: "241,000", whole: "?", percent: "15%" }, standing: "suggested" } },
      { text: "They checked 300 entries, or 12% of 2,500 entries.", relation: { kind: "percent-of", roles: { part: "300", whole: "2,500", percent: "12%" } } },
      { text: "Turnout was 39% of the county's 640,000 registered voters, or about 250,000 people.", relation: { kind: "percent-of", roles: { part: "about 250,000", whole: "640,000", percent: "39%" }, cue: "of the county's …, or" } },
      { text: "Some 212 of the borough's registered landlords (14%) were inspected during the year.", relation: { kind: "percent-of", roles: { part: "Some 212", whole: "?", percent: "14%" }, cue: "of the borough's registered landlords (14%)" } },
      { text: "Some 39% of the 640,000 voters, or 12 districts, said no.", relation: { kind: "percent-of", roles: { part: "?", whole: "640,000", percent: "Some 39%" }, cue: "of the" } },
      { text: "About 48% of the 1,200 respondents agreed.", relation: { kind: "percent-of", roles: { part: "?", whole: "1,200", percent: "About 48%" } } },
    ],
    invalid: [
      { text: "Inflation was 4% in 2017 (up from 3%).", why: "no count before the bracket" },
      { text: "Turnout was 61%, down 4 points from 65%.", why: "percentage points" },
      { text: "The survey was held in 2017 (4%).", why: "a year is not a count" },
      { text: "They found 300 errors, or 12% of 2,500 entries.", why: "different nouns" },
    ],
  },
  ["percent-of"],
);
