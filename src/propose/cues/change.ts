/**
 * Cue `change`: a value that rose or fell, "rose / fell from W to Z", "rose to Z from W",
 * "Z, up / down from W", with the change stated or not ("rose 8% from £900 to £975", "down 4
 * points from 65%"). A rise with a stated difference or percentage is a `change`; a fall with a
 * stated difference is a `sum` (Z + difference = W, the figures as written, never negated), or, in
 * points, a `change` read back from Z to W (W − Z = the points); a
 * change with none stated is a `compare` (Z > W for a rise). A percentage change between two
 * percentages ("rose 4% from 65% to 69%") has two readings, relative or in points, carried as
 * alternatives. Traps: dates and times in "from … to" (never quantities), a fall's percentage
 * (not bound: the file would have to write it negative).
 */
import { isQuantity, isWord, none, words, type Binding, type Cue, type CueContext, type CueResult, type Reading } from "../cue.js";
import type { Item, Num } from "../reading.js";

const RISE = new Set(["rose", "rise", "rises", "rising", "increased", "increase", "increases", "grew", "grow", "grows", "climbed", "jumped", "soared", "up"]);
const FALL = new Set(["fell", "fall", "falls", "falling", "decreased", "decrease", "decreases", "dropped", "drop", "drops", "declined", "decline", "declines", "slipped", "down", "plunged"]);

export const change: Cue = {
  name: "change",
  find(ctx: CueContext): CueResult {
    const out = none();
    const { items } = ctx.sentence;
    for (let v = 0; v < items.length; v++) {
      const verb = items[v]!;
      const rise = RISE.has(verb.norm);
      if (!rise && !FALL.has(verb.norm)) continue;
      // The stated change: "rose 8%", "rose by 75", "down 4 points".
      let k = v + 1;
      if (isWord(items[k], "by")) k++;
      let d: Num | undefined;
      if (isQuantity(items[k])) {
        d = items[k]!.num!;
        k++;
        if (isWord(items[k], "percentage")) k++;
        if (isWord(items[k], "points", "point")) k++;
      }
      let from: Num | undefined;
      let to: Num | undefined;
      let cueEnd: Item | undefined;
      if (isWord(items[k], "from") && isQuantity(items[k + 1])) {
        from = items[k + 1]!.num!;
        if (isWord(items[k + 2], "to") && isQuantity(items[k + 3])) {
          to = items[k + 3]!.num!;
          cueEnd = items[k + 2];
        } else if (verb.norm === "up" || verb.norm === "down") {
          // "Z, up from W": Z is just before the verb.
          const z = items[v - 1]?.norm === "," ? items[v - 2] : undefined;
          if (isQuantity(z)) to = z.num;
          cueEnd = items[k];
        }
      } else if (isWord(items[k], "to") && isQuantity(items[k + 1]) && isWord(items[k + 2], "from") && isQuantity(items[k + 3])) {
        to = items[k + 1]!.num!;
        from = items[k + 3]!.num!;
        cueEnd = items[k + 2];
      }
      if (!from || !to || !cueEnd) continue;
      const cue = `${words(ctx.text, verb.start, verb.end)} … ${cueEnd.norm}`;
      const base = { cue, window: "sentence" as const, standing: "proposed" as const, by: "change" };
      const pctOfPct = from.scanned.kind === "percent" && to.scanned.kind === "percent";
      if (!d) {
        out.bindings.push({ ...base, kind: "compare", roles: { left: { num: to }, right: { num: from } }, fields: { op: rise ? ">" : "<" } });
        continue;
      }
      if (!rise) {
        if (d.scanned.kind === "percent" && !pctOfPct) {
          out.rejections.push({ num: d, reason: "a fall's percentage" });
          out.bindings.push({ ...base, kind: "compare", roles: { left: { num: to }, right: { num: from } }, fields: { op: "<" } });
        } else if (d.valueEnd !== undefined || pctOfPct) {
          // Points (or any change between percentages): checked as the rise back from Z to W.
          out.bindings.push({ ...base, kind: "change", roles: { from: { num: to }, to: { num: from }, difference: { num: d } } });
        } else out.bindings.push({ ...base, kind: "sum", roles: { parts: [{ num: to }, { num: d }], total: { num: from } } });
        continue;
      }
      if (d.scanned.kind === "percent" && pctOfPct) {
        const relative: Reading = { roles: { from: { num: from }, to: { num: to }, percent: { num: d } }, label: `${d.scanned.text} relative` };
        const points: Reading = { roles: { from: { num: from }, to: { num: to }, difference: { num: d } }, label: `${d.scanned.text} in points` };
        const b: Binding = { ...base, kind: "change", roles: relative.roles, readings: [relative, points] };
        out.bindings.push(b);
        continue;
      }
      out.bindings.push({ ...base, kind: "change", roles: { from: { num: from }, to: { num: to }, [d.scanned.kind === "percent" ? "percent" : "difference"]: { num: d } } });
    }
    return out;
  },
};
