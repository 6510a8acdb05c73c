import { cueTable } from "./tester.js";

cueTable(
  "share-of-total",
  {
    valid: [
      { text: "The state collected $2.9 billion in tax revenue, up from $2.7 billion a year earlier. Sales tax brought in $1.2 billion, or 41% of the total, and income tax $1.1 billion.", relation: { kind: "percent-of", roles: { part: "$1.2 billion", whole: "$2.9 billion", percent: "41%" }, cue: "or … of the total", window: "previous-sentence" } },
      { text: "The city's population grew from 1.52 million in 2010 to 1.61 million in 2020. Residents aged 65 and over numbered 241,000, or 15% of the total.", relation: { kind: "percent-of", roles: { part: "241,000", whole: "1.61 million", percent: "15%" }, window: "previous-sentence" } },
      { text: "Spending rose to $412.5 million, up from $385.0 million, an increase of $27.5 million. Public safety took the largest share, 35.9% of the total, or $148.2 million.", relation: { kind: "percent-of", roles: { part: "$148.2 million", whole: "$412.5 million", percent: "35.9%" }, cue: "of the total, or", window: "previous-sentence" } },
      { text: "The utility delivered 48.2 million gallons a day: 30.1 million gallons for homes and 18.1 million for businesses. Leaks cost an estimated 4.5 million gallons a day, or 9% of the water delivered.", relation: { kind: "percent-of", roles: { part: "4.5 million", whole: "48.2 million", percent: "9%" }, cue: "or … of the water delivered", window: "previous-sentence" } },
      { text: "Spending rose to $412.5 million, up from $385.0 million.\n\nPublic safety took the largest share, 35.9% of the total, or $148.2 million.", relation: { kind: "percent-of", roles: { part: "$148.2 million", whole: "$412.5 million", percent: "35.9%" }, window: "paragraph" } },
      { text: "The fund held $80 million, and $20 million, or 25% of the total, went to schools.", relation: { kind: "percent-of", roles: { part: "$20 million", whole: "$80 million", percent: "25%" } } },
    ],
    invalid: [
      { text: "Spending rose to $412.5 million.\n\nIt was a good year.\n\nPublic safety took $148.2 million, or 35.9% of the total.", why: "the total two paragraphs back" },
      { text: "Residents aged 65 and over numbered 241,000, or 15% of the total.", why: "no total stated before, and an age is none (the whole stays unknown, suggested)" },
      { text: "The state raised taxes by 2% last year. Sales tax brought in $1.2 billion, or 41% of the total.", why: "no amount of money before" },
      { text: "The region has 3,000 doctors. It spent $1.2 billion, or 41% of the total.", why: "a whole of another kind" },
      { text: "Hospitals treated 5,000 patients. They hired 300 nurses, or 12% of the total.", why: "different nouns" },
      { text: "Revenue was up from $3.1 billion. Sales tax brought in $1.2 billion, or 41% of the total.", why: "the earlier value of a change is not the total" },
    ],
  },
  ["percent-of"],
  { standing: "proposed" },
);
