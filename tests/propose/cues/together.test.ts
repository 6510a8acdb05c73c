import { cueTable } from "./tester.js";

cueTable(
  "together",
  {
    valid: [
      { text: "The largest job gains were in Texas, which added 38,300 jobs, Florida, which added 21,900, and New York, which added 14,800. Together the three states added 75,000 jobs.", relation: { kind: "sum", roles: { parts: ["38,300", "21,900", "14,800"], total: "75,000" }, cue: "Together the three", window: "previous-sentence" } },
      { text: "Smith gave $4 million and Jones $2 million. Combined, the two donors gave $6 million.", relation: { kind: "sum", roles: { parts: ["$4 million", "$2 million"], total: "$6 million" }, cue: "Combined, the two", window: "previous-sentence" } },
      { text: "Leeds sold 120 tickets and York 80. Together they sold 200 tickets.", relation: { kind: "sum", roles: { parts: ["120", "80"], total: "200" }, cue: "Together", window: "previous-sentence", standing: "suggested" } },
    ],
    invalid: [
      { text: "Texas added 38,300 jobs, Florida 21,900 and New York 14,800. Together the two states added 60,200 jobs.", why: "the count written differs from the figures listed" },
      { text: "Texas added 38,300 jobs. Together the states added 75,000 jobs.", why: "a single figure before" },
      { text: "Texas added 38,300 jobs and 2,000 firms. Together the two states added 40,300 jobs.", why: "different nouns" },
      { text: "Together they sold 200 tickets.", why: "no sentence before" },
    ],
  },
  ["sum"],
);
