import { cueTable } from "./tester.js";

const ELECTION = "Maria Alvarez won with 61,203 votes, or 52.4% of the 116,800 ballots counted. Thomas Reed received 52,677 votes (45.1%), and write-in candidates took 2,920 votes (2.5%).";

cueTable(
  "bracket-share",
  {
    valid: [
      { text: "During week 6, laboratories tested 12,480 specimens for influenza, and 2,246 (18.0%) were positive.", relation: { kind: "percent-of", roles: { part: "2,246", whole: "12,480", percent: "18.0%" }, cue: "(18.0%)" } },
      { text: ELECTION, relation: { kind: "percent-of", roles: { part: "52,677", whole: "116,800", percent: "45.1%" }, cue: "(45.1%)", window: "previous-sentence" } },
      { text: ELECTION, relation: { kind: "percent-of", roles: { part: "2,920", whole: "116,800", percent: "2.5%" }, cue: "(2.5%)", window: "previous-sentence" } },
      { text: ELECTION, relation: { kind: "percent-of", roles: { part: "61,203", whole: "116,800", percent: "52.4%" }, cue: ", or … of" } },
    ],
    invalid: [
      { text: "Alvarez won 61,203 votes and Reed 52,677 (45.1%).", why: "a bare count after a name: the nearest count is no whole" },
      { text: "Alvarez won 61,203 votes. Reed received 52,677 votes (45.1%).", why: "the nearest count of the noun is neither a whole nor a share" },
      { text: "The county has 640,000 voters and 300 schools. About 45 schools (15%) closed.", why: "the nearest count of the noun is no stated whole" },
      { text: "It tested 12,480 specimens on Monday and 2,246 (18.0%) on Tuesday.", why: "a second figure of a list, not the subject of a clause" },
      { text: "The county has 640,000 voters. About 250,000 voters (39%) took part.", why: "a count of the noun the sentence before, no share: the whole stays unknown" },
    ],
  },
  ["percent-of"],
  { standing: "proposed" },
);
