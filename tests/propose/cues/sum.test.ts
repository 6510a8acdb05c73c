import { cueTable } from "./tester.js";

cueTable(
  "sum",
  {
    valid: [
      { text: "The board approved $12.4 million for salaries, $3.1 million for buildings and $1.8 million for transport, $17.3 million in all.", relation: { kind: "sum", roles: { parts: ["$12.4 million", "$3.1 million", "$1.8 million"], total: "$17.3 million" }, cue: "in all" } },
      { text: "The utility delivered 48.2 million gallons a day last summer: 30.1 million gallons for homes, 12.6 million for businesses and 5.5 million for parks.", relation: { kind: "sum", roles: { parts: ["30.1 million", "12.6 million", "5.5 million"], total: "48.2 million" }, cue: ": … and" } },
      { text: "There were 14 in Leeds, 9 in York and 6 in Hull, 29 in all.", relation: { kind: "sum", roles: { parts: ["14", "9", "6"], total: "29" }, cue: "in all" } },
      { text: "Police made 3 arrests in May and 4 arrests in June, 7 arrests in total.", relation: { kind: "sum", roles: { parts: ["3", "4"], total: "7" }, cue: "in total" } },
      { text: "It sold 120 in March and 80 in April, 200 altogether.", relation: { kind: "sum", roles: { parts: ["120", "80"], total: "200" }, cue: "altogether" } },
    ],
    invalid: [
      { text: "The utility delivered 48.2 million gallons: 30.1 million for homes, 12.6 million for businesses.", why: "a colon list with no closing 'and' may be partial" },
      { text: "It spent $4 million: $3 million for roads and 12 buses for schools.", why: "parts of another kind than the total" },
      { text: "They won 14 and 9 seats in Leeds and York respectively, 23 in all.", why: "respectively" },
      { text: "The flight took 3 hours, 20 minutes.", why: "a compound duration" },
      { text: "There were 14 cars in Leeds and 9 vans in York, 23 vehicles in all.", why: "different nouns" },
      { text: "It happened in 2014 in Leeds and in 2015 in York, 2 in all.", why: "years" },
    ],
  },
  ["sum"],
);
