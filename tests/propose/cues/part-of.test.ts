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
      { text: "Of the 90 schools, 31 improved and 59 did not.", relation: { kind: "part-of", roles: { parts: ["31", "59"], whole: "90" } } },
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
