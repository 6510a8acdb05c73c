import { cueTable } from "./tester.js";

cueTable(
  "part-of",
  {
    valid: [
      { text: "Of the 48 complaints received, 19 were upheld.", relation: { kind: "part-of", roles: { part: "19", whole: "48" }, cue: "Of the" } },
      { text: "It investigated 37 reports. Of these, 13 were credible.", relation: { kind: "part-of", roles: { part: "13", whole: "37" }, cue: "Of these", window: "previous-sentence" } },
      { text: "Police questioned 40 people, 12 of whom were charged.", relation: { kind: "part-of", roles: { part: "12", whole: "40" }, cue: "of whom" } },
      { text: "Inspectors found that 13 out of 37 schools failed.", relation: { kind: "part-of", roles: { part: "13", whole: "37" }, cue: "out of" } },
      { text: "At least 40 people, including 12 children, were hurt.", relation: { kind: "part-of", roles: { part: "12", whole: "At least 40" }, cue: "including" } },
      { text: "Only 9 of the 30 bridges were inspected.", relation: { kind: "part-of", roles: { part: "9", whole: "30" }, cue: "of the" } },
      { text: "Of the 90 schools, 31 improved and 59 did not.", relation: { kind: "sum", roles: { parts: ["31", "59"], total: "90" }, cue: "Of the" } },
      { text: "Of the 132 reports, 121 were not credible, 4 were duplicates and 7 were credible.", relation: { kind: "sum", roles: { parts: ["121", "4", "7"], total: "132" } } },
      { text: "It assessed 28 reports. Of these, 17 were not credible, 9 were credible and 2 were duplicates.", relation: { kind: "sum", roles: { parts: ["17", "9", "2"], total: "28" }, window: "previous-sentence" } },
      { text: "Of the 47, 31 were judged not credible and 16 credible.", relation: { kind: "sum", roles: { parts: ["31", "16"], total: "47" } } },
      { text: "Of the 50 states, rates were higher in 3, lower in 2 and stable in 45.", relation: { kind: "sum", roles: { parts: ["3", "2", "45"], total: "50" } } },
      { text: "Of the 3,214 people killed, 1,012 were drivers and 698 were pedestrians.", relation: { kind: "part-of", roles: { part: "698", whole: "3,214" } } },
      { text: "Of the 64 cases, 41 (64%) were children and 58 (91%) were unvaccinated.", relation: { kind: "percent-of", roles: { part: "58", whole: "64", percent: "91%" } } },
      { text: "Of the 64 cases, 41 (64%) were children under 5 years old.", relation: { kind: "percent-of", roles: { part: "41", whole: "64", percent: "64%" } } },
      { text: "Of the 64 cases, 41 were among children under 5.", relation: { kind: "part-of", roles: { part: "41", whole: "64" } } },
      { text: "There were 3 outbreaks, and 29 of the 64 cases (45%) are linked to them.", relation: { kind: "percent-of", roles: { part: "29", whole: "64", percent: "45%" } } },
      { text: "The city has 1,450 beds, and 1,247 of them (86%) were occupied.", relation: { kind: "percent-of", roles: { part: "1,247", whole: "1,450", percent: "86%" } } },
      { text: "It received 37 reports and 12 reports. Of these, 10 were upheld.", relation: { kind: "part-of", roles: { part: "10", whole: "12" }, window: "previous-sentence", readings: 2 } },
    ],
    invalid: [
      { text: "The film was rated 8 out of 10.", why: "a rating" },
      { text: "It is one of the 10 best films of the year.", why: "a ranking" },
      { text: "She scored 9 out of 10 in the test.", why: "a rating" },
      { text: "It hired 40 nurses, including 12 doctors.", why: "different nouns" },
      { text: "It received 37 reports. Of these, 13 complaints were upheld.", why: "different nouns" },
      { text: "The group, including Smith and Jones, met 3 times.", why: "including + names" },
    ],
  },
  ["part-of"],
);
