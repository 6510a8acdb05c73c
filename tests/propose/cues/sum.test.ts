import { cueTable } from "./tester.js";

cueTable(
  "sum",
  {
    valid: [
      { text: "There were 14 in Leeds, 9 in York and 6 in Hull, 29 in all.", relation: { kind: "sum", roles: { parts: ["14", "9", "6"], total: "29" }, cue: "in all" } },
      { text: "Police made 3 arrests in May and 4 arrests in June, 7 arrests in total.", relation: { kind: "sum", roles: { parts: ["3", "4"], total: "7" }, cue: "in total" } },
      { text: "It sold 120 in March and 80 in April, 200 altogether.", relation: { kind: "sum", roles: { parts: ["120", "80"], total: "200" }, cue: "altogether" } },
    ],
    invalid: [
      { text: "They won 14 and 9 seats in Leeds and York respectively, 23 in all.", why: "respectively" },
      { text: "The flight took 3 hours, 20 minutes.", why: "a compound duration" },
      { text: "There were 14 cars in Leeds and 9 vans in York, 23 vehicles in all.", why: "different nouns" },
      { text: "It happened in 2014 in Leeds and in 2015 in York, 2 in all.", why: "years" },
    ],
  },
  ["sum"],
);
