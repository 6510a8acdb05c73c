import { cueTable } from "./tester.js";

cueTable(
  "cumulative",
  {
    valid: [
      { text: "Nine new cases took the total to 214.", relation: { kind: "cumulative", roles: { previous: "?", added: "Nine", total: "214" }, cue: "took … to" } },
      { text: "It confirmed another 61 deaths, raising the number of civilians it has killed since 2014 to at least 685.", relation: { kind: "cumulative", roles: { previous: "?", added: "61", total: "at least 685" }, cue: "raising … to" } },
      { text: "The agency recorded 12 new cases, bringing the total to 98.", relation: { kind: "cumulative", roles: { previous: "?", added: "12", total: "98" }, cue: "bringing … to" } },
      { text: "The 61 deaths raised the number of civilians the coalition says its strikes have killed unintentionally since August 2014 to at least 685.", relation: { kind: "cumulative", roles: { previous: "?", added: "61", total: "at least 685" }, cue: "raised … to" } },
      { text: "Another 5 schools closed, pushing the tally to 40 schools.", relation: { kind: "cumulative", roles: { previous: "?", added: "5", total: "40" }, cue: "pushing … to" } },
    ],
    invalid: [
      { text: "It recorded 5 new cases and 2 deaths, bringing the totals to 100 and 20.", why: "two series in one sentence" },
      { text: "It recorded 5 new cases, bringing the deaths to 100 deaths.", why: "different nouns" },
      { text: "Staff worked 5 days, taking Monday to Friday off.", why: "no total" },
      { text: "The price rose, taking it to 40.", why: "no increment" },
    ],
  },
  ["cumulative"],
);
