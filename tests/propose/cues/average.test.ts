import { cueTable } from "./tester.js";

cueTable(
  "average",
  {
    valid: [
      { text: "The authority plans to buy 300 electric buses over the next 5 years, at $1.1 million each, or $330 million in all.", relation: { kind: "average", roles: { total: "$330 million", count: "300", mean: "$1.1 million" }, cue: "each, or … in all" } },
      { text: "The Air Force will buy 48 aircraft under a $4.1 billion contract, or $85 million each.", relation: { kind: "average", roles: { total: "$4.1 billion", count: "48", mean: "$85 million" }, cue: "or … each" } },
      { text: "The 1,250 runners raised $312,500, an average of $250 each, organisers said.", relation: { kind: "average", roles: { total: "$312,500", count: "1,250", mean: "$250" }, cue: "an average of … each" } },
      { text: "The 40 schools and 12 libraries got $2 million, or $50,000 each.", relation: { kind: "average", roles: { total: "$2 million", count: "40", mean: "$50,000" }, standing: "suggested" } },
    ],
    invalid: [
      { text: "The tickets cost $25 each.", why: "a price with no total" },
      { text: "Six regions gave 4 each, 24 in all.", why: "a count each, not an amount" },
      { text: "It paid $5 million over 3 years, or $2 each for parking.", why: "no count of things" },
    ],
  },
  ["average"],
);
