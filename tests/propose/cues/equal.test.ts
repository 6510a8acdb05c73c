import { cueTable } from "./tester.js";

cueTable(
  "equal",
  {
    valid: [
      { text: "Across the district, 4,820 pupils sat the test, and one in five (20%) fell short.", relation: { kind: "equal", roles: { claims: ["one in five", "20%"] }, cue: "one in five (20%)" } },
      { text: "Nearly one in five nurses (19%) has not.", relation: { kind: "equal", roles: { claims: ["Nearly one in five", "19%"] } } },
    ],
    invalid: [
      { text: "Some 212 firms (14%) cut jobs.", why: "a count and its share, not one figure" },
      { text: "Inspectors found that 13 out of 37 schools (35%) failed.", why: "a part of a whole" },
      { text: "One in five nurses has not been vaccinated (2024).", why: "no percentage in the bracket" },
    ],
  },
  ["equal"],
);
