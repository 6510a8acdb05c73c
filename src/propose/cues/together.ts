/**
 * Cue `together`: a sentence that opens with "Together", "Combined" or "Between them" and gives
 * the total of figures listed in the sentence before, "… Texas, which added 38,300 jobs, Florida,
 * which added 21,900, and New York, which added 14,800. Together the three states added 75,000
 * jobs." The parts are the figures of the total's kind (a count, or an amount of money) in the
 * sentence before that count its noun or name none. When the sentence says how many they are
 * ("the three states") and the count is that, the `sum` is `proposed`; with no count written it
 * is `suggested` (the sentence before may hold a figure that is not a part). Traps: the count
 * written differs from the figures listed, a single figure before, nouns that differ.
 */
import { figureFamily, isCount, isFigure, isWord, none, words, type Cue, type CueContext, type CueResult } from "../cue.js";
import type { Num } from "../reading.js";

/** How far into the sentence its total may be. */
const AHEAD = 10;

export const together: Cue = {
  name: "together",
  find(ctx: CueContext): CueResult {
    const out = none();
    const { items } = ctx.sentence;
    let k = 0;
    if (isWord(items[0], "together", "combined")) k = 1;
    else if (isWord(items[0], "between") && isWord(items[1], "them")) k = 2;
    else return out;
    if (items[k]?.norm === ",") k++;
    const previous = ctx.before[0];
    if (!previous || previous.index !== ctx.sentence.index - 1) return out;
    // "the three states": how many the parts are.
    let many: Num | undefined;
    if (isWord(items[k], "the", "these", "those") && isCount(items[k + 1]) && items[k + 1]!.num!.scanned.qualifier === undefined) {
      many = items[k + 1]!.num!;
      k += 2;
    }
    let total: Num | undefined;
    for (let t = k; t < items.length && t <= k + AHEAD; t++) {
      if (isFigure(items[t])) {
        total = items[t]!.num!;
        break;
      }
    }
    if (!total) return out;
    const parts: Num[] = [];
    for (let p = 0; p < previous.items.length; p++) {
      const it = previous.items[p];
      if (!isFigure(it) || figureFamily(it.num) !== figureFamily(total)) continue;
      if (it.num.noun && total.noun && it.num.noun.head !== total.noun.head) {
        out.rejections.push({ num: it.num, reason: "different nouns" });
        return out;
      }
      parts.push(it.num);
    }
    if (parts.length < 2) return out;
    const v = many?.scanned.value;
    if (v !== undefined && !(v.isInteger && v.n === BigInt(parts.length))) return out;
    out.bindings.push({
      kind: "sum",
      roles: { parts: parts.map((num) => ({ num })), total: { num: total } },
      cue: words(ctx.text, items[0]!.start, items[k - 1]!.end),
      window: "previous-sentence",
      standing: many ? "proposed" : "suggested",
      by: "together",
    });
    return out;
  },
};
