import { cueTable } from "./tester.js";

cueTable(
  "restated",
  {
    valid: [
      { text: "It has confirmed at least 685 civilian deaths.\n\nIt said at least 685 civilians were killed.", relation: { kind: "equal", roles: { claims: ["at least 685", "at least 685"] }, cue: "at least 685 … at least 685", window: "paragraph", standing: "suggested" } },
      { text: "They involved 61 civilian deaths. The 61 deaths raised the toll.", relation: { kind: "equal", roles: { claims: ["61", "61"] }, standing: "suggested", window: "paragraph" } },
      { text: "The county counted a total of 64 cases. Of the 64 cases, 41 were children.", relation: { kind: "equal", roles: { claims: ["a total of 64", "64"] }, standing: "suggested", window: "paragraph" } },
      { text: "Prices rose 3.5% over the year. Over the last 12 months they were up 3.5%.", relation: { kind: "equal", roles: { claims: ["3.5%", "3.5%"] }, standing: "suggested", window: "paragraph" } },
    ],
    invalid: [
      { text: "It hired 2 nurses. It opened 2 wards.", why: "small bare counts of different nouns" },
      { text: "It opened 2 wards, and 2 closed.", why: "a small bare count" },
      { text: "It confirmed 61 deaths. It received 61 reports.", why: "different nouns" },
      { text: "It confirmed 685 deaths. It has confirmed at least 685 deaths.", why: "a figure and a bound of it" },
    ],
  },
  ["equal"],
);
