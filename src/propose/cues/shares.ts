/**
 * Cue `shares`: three or more percentages listed in one sentence with nothing else between
 * them ("52% yes, 46% no and 2% spoiled") are shares of one whole, adding up to 100 within
 * their rounding. Only a list that says it is complete ("the rest", "the remainder", "remaining",
 * "others") is `proposed`; any other list is `suggested` (it may leave a share out).
 */
import { isPercent, none, type Cue, type CueContext, type CueResult } from "../cue.js";
import type { Num } from "../reading.js";

const EXHAUSTIVE = new Set(["rest", "remainder", "remaining", "others", "other", "undecided"]);
/** At most this many items between two shares of one list. */
const GAP = 6;

export const shares: Cue = {
  name: "shares",
  find(ctx: CueContext): CueResult {
    const out = none();
    const { items } = ctx.sentence;
    let list: Num[] = [];
    let last = -1;
    let exhaustive = false;
    const flush = () => {
      if (list.length >= 3) {
        out.bindings.push({
          kind: "shares",
          roles: { parts: list.map((num) => ({ num })) },
          cue: `${list.length} shares listed`,
          window: "sentence",
          standing: exhaustive ? "proposed" : "suggested",
          by: "shares",
        });
      }
      list = [];
      exhaustive = false;
    };
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (it.kind === "num") {
        if (!isPercent(it)) {
          flush();
          continue;
        }
        if (last >= 0 && i - last > GAP) flush();
        list.push(it.num);
        last = i;
      } else if (list.length > 0 && EXHAUSTIVE.has(it.norm) && i - last <= GAP) exhaustive = true;
      else if (it.norm === "." || it.norm === ";" || it.norm === "from" || it.norm === "to") flush();
    }
    flush();
    return out;
  },
};
