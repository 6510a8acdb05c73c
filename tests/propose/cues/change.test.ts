import { cueTable } from "./tester.js";

cueTable(
  "change",
  {
    valid: [
      { text: "Rents rose 8% from £900 to £975.", relation: { kind: "change", roles: { from: "£900", to: "£975", percent: "8%" }, cue: "rose … to" } },
      { text: "Membership rose by 75 from 900 to 975.", relation: { kind: "change", roles: { from: "900", to: "975", difference: "75" } } },
      { text: "Exports rose to 975 from 900.", relation: { kind: "compare", roles: { left: "975", right: "900" }, fields: { op: ">" } } },
      { text: "Sales fell from 1,200 to 950.", relation: { kind: "compare", roles: { left: "950", right: "1,200" }, fields: { op: "<" } } },
      { text: "Arrests fell by 40 from 300 to 260.", relation: { kind: "change", roles: { from: "300", to: "260", difference: "fell by 40" } } },
      { text: "Turnout was 61%, down 4 points from 65%.", relation: { kind: "change", roles: { from: "65%", to: "61%", difference: "down 4 points" }, cue: "down … from" } },
      { text: "Turnout was 58%, down 6 percentage points from 64% in 2020.", relation: { kind: "change", roles: { from: "64%", to: "58%", difference: "down 6 percentage points" } } },
      { text: "Rents rose 8% in the year to March, from £900 to £975 a month.", relation: { kind: "change", roles: { from: "£900", to: "£975", percent: "8%" } } },
      { text: "Burglaries fell 12% last year, from 2,450 to 2,156.", relation: { kind: "change", roles: { from: "2,450", to: "2,156", percent: "fell 12%" } } },
      { text: "Robberies rose from 610 to 702, an increase of 92.", relation: { kind: "change", roles: { from: "610", to: "702", difference: "92" } } },
      { text: "Temperatures fell from 34 degrees at noon to 12 degrees by midnight, a drop of 22 degrees.", relation: { kind: "change", roles: { from: "34", to: "12", difference: "a drop of 22" } } },
      { text: "The rate rose to 3.9%, up 0.1 percentage point from 3.8%.", relation: { kind: "change", roles: { from: "3.8%", to: "3.9%", difference: "0.1 percentage point" } } },
      { text: "Deaths fell to 3,214, down 6.2% from 3,427.", relation: { kind: "change", roles: { from: "3,427", to: "3,214", percent: "down 6.2%" } } },
      { text: "Revenue rose 17% to $4.9 billion, from $4.2 billion.", relation: { kind: "change", roles: { from: "$4.2 billion", to: "$4.9 billion", percent: "17%" } } },
      { text: "Unemployment fell to 4.2% in 2024 from 5.0% in 2023, down 0.8 percentage points.", relation: { kind: "change", roles: { from: "5.0%", to: "4.2%", difference: "down 0.8 percentage points" } } },
      { text: "Spending rose to $412.5 million, up from $385.0 million, an increase of $27.5 million, or 7.1%.", relation: { kind: "change", roles: { from: "$385.0 million", to: "$412.5 million", difference: "$27.5 million", percent: "7.1%" } } },
      { text: "Households rose by 38,000 to 642,000.", relation: { kind: "change", roles: { from: "?", to: "642,000", difference: "38,000" } } },
      { text: "Hours will rise from 38 to 45 a week, an increase of 7 hours.", relation: { kind: "change", roles: { from: "38", to: "45", difference: "7 hours" }, standing: "suggested" } },
      { text: "Support rose 4% from 65% to 69%.", relation: { kind: "change", roles: { from: "65%", to: "69%", percent: "4%" }, readings: 2 } },
      { text: "The debt was 1,400, up from 1,100.", relation: { kind: "compare", roles: { left: "1,400", right: "1,100" }, fields: { op: ">" } } },
    ],
    invalid: [
      { text: "The office moved from 2014 to 2017.", why: "years in from … to" },
      { text: "Opening hours rose from 10:30 to 11:45.", why: "times in from … to" },
      { text: "It rose from March 14 to March 20.", why: "dates in from … to" },
      { text: "Cases so far rose.", why: "no figures" },
      { text: "Prices declined 4% from $900 to $864.", why: "a fall's percentage that cannot be written with its direction" },
      { text: "Spending rose 8% from 900 schools to $975.", why: "figures of different kinds" },
    ],
  },
  ["change", "compare"],
);
