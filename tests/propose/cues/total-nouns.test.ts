import { cueTable } from "./tester.js";

cueTable(
  "total-nouns",
  {
    valid: [
      {
        text: "The total number of reports was 1169. The total number of credible reports was 164.",
        relation: { kind: "part-of", roles: { part: "164", whole: "1169" }, cue: "total number of reports … total number of credible reports", window: "previous-sentence", standing: "suggested" },
      },
      {
        text: "The total number of complaints was 400. It said so. The total number of upheld complaints was 90.",
        relation: { kind: "part-of", roles: { part: "90", whole: "400" }, window: "paragraph", standing: "suggested" },
      },
    ],
    invalid: [
      { text: "It conducted a total of 24,160 strikes. The total number of reports was 1169.", why: "different nouns" },
      { text: "The total number of reports was 1169.\n\nThe total number of credible reports was 164.", why: "another paragraph" },
      { text: "The total number of credible reports was 164. The total number of reports was 1169.", why: "the wider after the narrower is not a part" },
    ],
  },
  ["part-of"],
);
