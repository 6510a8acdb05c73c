import { cueTable } from "./tester.js";

cueTable(
  "change",
  {
    valid: [
      { text: "Rents rose 8% from £900 to £975.", relation: { kind: "change", roles: { from: "£900", to: "£975", percent: "8%" }, cue: "rose … to" } },
      { text: "Membership rose by 75 from 900 to 975.", relation: { kind: "change", roles: { from: "900", to: "975", difference: "75" } } },
      { text: "Exports rose to 975 from 900.", relation: { kind: "compare", roles: { left: "975", right: "900" }, fields: { op: ">" } } },
      { text: "Sales fell from 1,200 to 950.", relation: { kind: "compare", roles: { left: "950", right: "1,200" }, fields: { op: "<" } } },
      { text: "Arrests fell by 40 from 300 to 260.", relation: { kind: "sum", roles: { parts: ["260", "40"], total: "300" } } },
      { text: "Turnout was 61%, down 4 points from 65%.", relation: { kind: "change", roles: { from: "61%", to: "65%", difference: "4 points" }, cue: "down … from" } },
      { text: "Support rose 4% from 65% to 69%.", relation: { kind: "change", roles: { from: "65%", to: "69%", percent: "4%" }, readings: 2 } },
      { text: "The debt was 1,400, up from 1,100.", relation: { kind: "compare", roles: { left: "1,400", right: "1,100" }, fields: { op: ">" } } },
    ],
    invalid: [
      { text: "The office moved from 2014 to 2017.", why: "years in from … to" },
      { text: "Opening hours rose from 10:30 to 11:45.", why: "times in from … to" },
      { text: "It rose from March 14 to March 20.", why: "dates in from … to" },
      { text: "Cases so far rose.", why: "no figures" },
    ],
  },
  ["change", "compare"],
);
