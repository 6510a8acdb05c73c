import { cueTable } from "./tester.js";

cueTable(
  "shares",
  {
    valid: [
      { text: "The vote was 52% yes, 46% no, 2% spoiled.", relation: { kind: "shares", roles: { parts: ["52%", "46%", "2%"] }, standing: "suggested" } },
      { text: "Some 40% backed it, 35% opposed it and the remaining 25% were undecided.", relation: { kind: "shares", roles: { parts: ["Some 40%", "35%", "25%"] }, standing: "proposed" } },
    ],
    invalid: [
      { text: "Rents rose 8% from 20% to 28%.", why: "a change, not shares" },
      { text: "Turnout was 52%, and 46% of 300 voters said no.", why: "two shares only" },
    ],
  },
  ["shares"],
);
