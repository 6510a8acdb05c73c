/**
 * Cue `sum`: a list of counts and their total, "A in P, B in Q and C in R, T in all" (also "in
 * total", "altogether"). Every part is a count followed by "in" (where it was counted), the
 * parts come one after the other with no other number between them, and they count the total's
 * noun or name none. Traps: `respectively` lists, compound durations ("3 hours, 20 minutes"),
 * which never end in "in all".
 */
import { isCount, isWord, none, type Cue, type CueContext, type CueResult } from "../cue.js";
import type { Num } from "../reading.js";

export const sum: Cue = {
  name: "sum",
  find(ctx: CueContext): CueResult {
    const out = none();
    const { items } = ctx.sentence;
    let respectively = false;
    for (const it of items) if (it.norm === "respectively") respectively = true;
    for (let t = 0; t < items.length; t++) {
      const total = items[t]!;
      if (!isCount(total)) continue;
      let a = t + 1;
      const tn = total.num.noun;
      if (tn && !tn.before) while (a < items.length && items[a]!.end <= tn.end) a++;
      const all = isWord(items[a], "in") && isWord(items[a + 1], "all", "total");
      const altogether = isWord(items[a], "altogether");
      if (!all && !altogether) continue;
      const parts: Num[] = [];
      for (let k = t - 1; k >= 0; k--) {
        const it = items[k]!;
        if (it.kind !== "num") continue;
        let after = k + 1;
        const noun = isCount(it) ? it.num.noun : undefined;
        if (noun && !noun.before) while (after < items.length && items[after]!.end <= noun.end) after++;
        if (!isCount(it) || !isWord(items[after], "in")) break;
        parts.unshift(it.num);
      }
      if (parts.length < 2) continue;
      if (respectively) {
        for (const p of parts) out.rejections.push({ num: p, reason: "respectively" });
        continue;
      }
      const differ = parts.find((p) => p.noun && total.num.noun && p.noun.head !== total.num.noun.head);
      if (differ) {
        out.rejections.push({ num: differ, reason: "different nouns" });
        continue;
      }
      out.bindings.push({
        kind: "sum",
        roles: { parts: parts.map((num) => ({ num })), total: { num: total.num } },
        cue: all ? `in ${items[a + 1]!.norm}` : "altogether",
        window: "sentence",
        standing: "proposed",
        by: "sum",
      });
    }
    return out;
  },
};
