/**
 * Cue `cumulative`: an increment that raises a running total, "N new X, bringing / raising /
 * taking / pushing the total to T" (also "brought", "raised", "took"). The total before the
 * increment is not stated: it becomes an unknown claim, which the engine derives ("at least
 * 685" after 61 more: at least 624). The object of the verb must name a total ("the total",
 * "the number of civilians", "the toll") or the total must count the increment's noun. Traps:
 * two series in one sentence ("… bringing the totals to 100 and 20": ambiguous), nouns that
 * differ.
 */
import { isCount, isWord, none, words, type Cue, type CueContext, type CueResult } from "../cue.js";
import type { Num } from "../reading.js";

const VERBS = new Set(["bringing", "raising", "taking", "pushing", "lifting", "brought", "raised", "took", "pushed", "lifted", "brings", "raises", "takes", "pushes"]);
const TOTAL_WORDS = new Set(["total", "totals", "number", "tally", "toll", "count", "figure", "sum", "overall"]);
/**
 * How far after the verb its "to T" may be ("raised the number of civilians the coalition says
 * its strikes have killed unintentionally since August 2014 to at least 685": 15 items), and how
 * far before it the increment.
 */
const AHEAD = 20;
const BACK = 20;

export const cumulative: Cue = {
  name: "cumulative",
  find(ctx: CueContext): CueResult {
    const out = none();
    const { items } = ctx.sentence;
    for (let v = 0; v < items.length; v++) {
      if (!VERBS.has(items[v]!.norm)) continue;
      let to = -1;
      let namesTotal = false;
      for (let k = v + 1; k < items.length && k <= v + AHEAD; k++) {
        if (TOTAL_WORDS.has(items[k]!.norm)) namesTotal = true;
        if (isWord(items[k], "to") && isCount(items[k + 1])) {
          to = k;
          break;
        }
        if (isCount(items[k])) break;
      }
      if (to < 0) continue;
      const total = items[to + 1]!.num!;
      let added: Num | undefined;
      for (let k = v - 1; k >= 0 && v - k <= BACK; k--) {
        const it = items[k]!;
        if (isCount(it)) {
          added = it.num;
          break;
        }
      }
      if (!added) continue;
      if (isWord(items[to + 2], "and") && isCount(items[to + 3])) {
        out.rejections.push({ num: added, reason: "ambiguous" }, { num: total, reason: "ambiguous" });
        continue;
      }
      const sameNoun = added.noun !== undefined && total.noun !== undefined && added.noun.head === total.noun.head;
      if (total.noun !== undefined && added.noun !== undefined && !sameNoun) {
        out.rejections.push({ num: added, reason: "different nouns" });
        continue;
      }
      if (!namesTotal && !sameNoun) {
        out.rejections.push({ num: added, reason: "no cue" });
        continue;
      }
      const cue = to === v + 1 ? `${items[v]!.norm} to` : `${words(ctx.text, items[v]!.start, items[v]!.end)} … to`;
      const unit = added.noun?.head ?? total.noun?.head;
      out.bindings.push({
        kind: "cumulative",
        roles: {
          previous: { unknown: "previous", of: total, ...(unit !== undefined ? { unit } : {}), note: `the total before the increment (${cue})` },
          added: { num: added },
          total: { num: total },
        },
        cue,
        window: "sentence",
        standing: "proposed",
        by: "cumulative",
      });
    }
    return out;
  },
};
