import { cueTable } from "./tester.js";

cueTable(
  "ratio",
  {
    valid: [
      { text: "Visits halved during the building works, from 1.8 million in 2022 to 900,000 in 2023.", relation: { kind: "ratio", roles: { from: "1.8 million", to: "900,000", factor: "about 0.5" }, cue: "halved" } },
      { text: "The number of patients had halved, from 180 in December to 90 in January.", relation: { kind: "ratio", roles: { from: "180", to: "90", factor: "about 0.5" } } },
      // "Doubled" is about ×2: 3,400 from 1,650 (×2.06) holds, as a news desk writes it.
      { text: "Applications doubled to 3,400 from 1,650.", relation: { kind: "ratio", roles: { from: "1,650", to: "3,400", factor: "about 2" }, cue: "doubled" } },
      { text: "Applications doubled to 3,400 from 1,700.", relation: { kind: "ratio", roles: { from: "1,700", to: "3,400", factor: "about 2" }, cue: "doubled" } },
      { text: "Fees halved from 300 to 150.", relation: { kind: "ratio", roles: { from: "300", to: "150", factor: "about 0.5" }, cue: "halved" } },
      { text: "It built 600 homes, three times as many as the 200 of last year.", relation: { kind: "ratio", roles: { from: "200", to: "600", factor: "three times" }, cue: "times as many" } },
      { text: "The council received 2,310 applications for social housing. Applications have doubled from 1,155 two years ago.", relation: { kind: "ratio", roles: { from: "1,155", to: "2,310", factor: "about 2" }, cue: "doubled from", window: "previous-sentence" } },
      { text: "It got 300 bids, five times more than the 50 of last year.", relation: { kind: "ratio", roles: { from: "50", to: "300", factor: "five times" }, cue: "times more", fields: { reading: "times-more" } } },
    ],
    invalid: [
      { text: "The firm is valued at 6 times earnings.", why: "a valuation multiple" },
      { text: "The heart beat 80 times a minute.", why: "a frequency" },
      { text: "It doubled in size.", why: "no figures" },
      { text: "The council received 2,310 applications. Rents have doubled from 400 two years ago.", why: "no count of the subject's noun before" },
    ],
  },
  ["ratio"],
);
