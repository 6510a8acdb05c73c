/**
 * Cue `equal`: one figure restated in another form, in brackets right after it: a fraction with
 * its percentage ("one in five (20%)", "Nearly one in five nurses (19%)", "two-thirds (67%)").
 * The two are `equal` within the rounding of each. Traps: "X out of Y (P%)" (a part of a whole,
 * the part-of and percent-of cues' shape), a count before the bracket ("212 firms (14%)": a
 * share, not the same figure).
 */
import { isPercent, none, words, type Cue, type CueContext, type CueResult } from "../cue.js";
import { outOfParts } from "../reading.js";

export const equal: Cue = {
  name: "equal",
  find(ctx: CueContext): CueResult {
    const out = none();
    const { items } = ctx.sentence;
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      const n = it.num;
      if (it.kind !== "num" || !n || !n.quantity || n.scanned.kind !== "ratio" || outOfParts(n.scanned)) continue;
      // The bracket may follow the fraction's noun: "one in five nurses (19%)".
      let o = i + 1;
      while (o < items.length && o <= i + 3 && items[o]!.kind === "word") o++;
      const p = items[o + 1];
      if (items[o]?.norm !== "(" || !isPercent(p) || items[o + 2]?.norm !== ")") continue;
      out.bindings.push({
        kind: "equal",
        roles: { claims: [{ num: n }, { num: p.num }] },
        cue: `${words(ctx.text, n.scanned.start, n.scanned.end)} (${p.num.scanned.text})`,
        window: "sentence",
        standing: "proposed",
        by: "equal",
      });
    }
    return out;
  },
};
