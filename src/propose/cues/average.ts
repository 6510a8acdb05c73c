/**
 * Cue `average`: an amount each, with the count it is for and the total, "300 buses … at $1.1
 * million each, or $330 million in all", "48 aircraft under a $4.1 billion contract, or $85
 * million each", "1,250 runners raised $312,500, an average of $250 each". The relation is an
 * `average` (total = count × mean). The count is the sentence's count with a noun before the
 * amount (periods such as "5 years" are not counts of things); with two such counts it is only
 * `suggested`. Traps: a price with no total ("The tickets cost $25 each"), "each" after a count
 * ("Six regions gave 4 each": a sum with a multiplier, not an amount).
 */
import { isCount, isQuantity, isWord, none, type Cue, type CueContext, type CueResult } from "../cue.js";
import type { Item, Num } from "../reading.js";

/** Nouns of periods: "over the next 5 years" is no count of what the amount is for. */
const PERIODS = new Set(["year", "month", "week", "day", "hour", "minute", "decade", "quarter"]);
/** How many items back the total and the count may be. */
const BACK = 24;

const isMoney = (it: Item | undefined): it is Item & { num: Num } => isQuantity(it) && it.num.scanned.kind === "money";

export const average: Cue = {
  name: "average",
  find(ctx: CueContext): CueResult {
    const out = none();
    const { items } = ctx.sentence;
    for (let m = 0; m < items.length; m++) {
      const mean = items[m];
      if (!isMoney(mean) || !isWord(items[m + 1], "each", "apiece")) continue;
      let total: Num | undefined;
      let cue = "";
      // "M each, or T in all"
      if (items[m + 2]?.norm === "," && isWord(items[m + 3], "or") && isMoney(items[m + 4]) && isWord(items[m + 5], "in") && isWord(items[m + 6], "all", "total")) {
        total = items[m + 4]!.num!;
        cue = `each, or … in ${items[m + 6]!.norm}`;
      } else {
        // "T …, or M each" and "T, an average of M each": T the nearest amount before.
        const or = isWord(items[m - 1], "or") && items[m - 2]?.norm === ",";
        const avg = isWord(items[m - 1], "of") && isWord(items[m - 2], "average") && isWord(items[m - 3], "an") && items[m - 4]?.norm === ",";
        if (!or && !avg) continue;
        for (let k = m - 2; k >= 0 && m - k <= BACK; k--) {
          if (isQuantity(items[k])) {
            if (isMoney(items[k])) total = items[k]!.num!;
            break;
          }
        }
        cue = or ? "or … each" : "an average of … each";
      }
      if (!total) continue;
      const counts: Num[] = [];
      for (let k = m - 1; k >= 0 && m - k <= BACK; k--) {
        const it = items[k]!;
        if (isCount(it) && it.num.noun && !PERIODS.has(it.num.noun.head)) counts.unshift(it.num);
      }
      const count = counts[0];
      if (!count) continue;
      out.bindings.push({
        kind: "average",
        roles: { total: { num: total }, count: { num: count }, mean: { num: mean.num } },
        cue,
        window: "sentence",
        standing: counts.length === 1 ? "proposed" : "suggested",
        by: "average",
      });
    }
    return out;
  },
};
