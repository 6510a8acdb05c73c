/**
 * Cue `sum`: a list of counts or amounts and their total, "A in P, B in Q and C in R, T in all"
 * (also "in total", "altogether"; "$12.4 million for salaries, $3.1 million for buildings and
 * $1.8 million for transport, $16.9 million in all"), or the total before a colon and its parts
 * after it, the last joined by "and" ("delivered 48.2 million gallons a day: 30.1 million for
 * homes, 12.6 million for businesses and 5.5 million for parks"). Every part is a figure of the
 * total's kind followed by "in" or "for" (where it was counted, what it went to), the parts come
 * one after the other with no other number between them, and they count the total's noun or
 * name none. Traps: `respectively` lists, compound durations ("3 hours, 20 minutes"),
 * which never end in "in all".
 */
import { afterNoun, figureFamily, isFigure, isQuantity, isWord, none, type Cue, type CueContext, type CueResult } from "../cue.js";
import type { Item, Num } from "../reading.js";

/** How many items after a total its colon may be: "48.2 million gallons a day last summer:". */
const COLON_AHEAD = 6;
/** A colon list has at most this many parts, and no figure in the items after it that are looked at. */
const MAX_PARTS = 12;
const COLON_AFTER = 30;

export const sum: Cue = {
  name: "sum",
  find(ctx: CueContext): CueResult {
    const out = none();
    const { items } = ctx.sentence;
    let respectively = false;
    for (const it of items) if (it.norm === "respectively") respectively = true;
    for (let t = 0; t < items.length; t++) {
      const total = items[t]!;
      if (!isFigure(total)) continue;
      const colon = colonList(items, t);
      if (colon) {
        if (respectively) for (const p of colon) out.rejections.push({ num: p, reason: "respectively" });
        else out.bindings.push({ kind: "sum", roles: { parts: colon.map((num) => ({ num })), total: { num: total.num } }, cue: ": … and", window: "sentence", standing: "proposed", by: "sum" });
        continue;
      }
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
        const noun = isFigure(it) ? it.num.noun : undefined;
        if (noun && !noun.before) while (after < items.length && items[after]!.end <= noun.end) after++;
        if (!isFigure(it) || figureFamily(it.num) !== figureFamily(total.num) || !isWord(items[after], "in", "for")) break;
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

/**
 * The parts listed after a colon that follows the total at item t: figures of the total's kind,
 * each followed by "for" or "in", one after another, the last after "and"; at least two, and
 * nothing else numeric before the sentence ends.
 */
function colonList(items: readonly Item[], t: number): Num[] | undefined {
  const total = items[t]!.num!;
  let c = afterNoun(items, t);
  const limit = c + COLON_AHEAD;
  while (c < items.length && c < limit && items[c]!.kind === "word") c++;
  if (items[c]?.norm !== ":") return undefined;
  const parts: Num[] = [];
  let k = c + 1;
  let joined = false;
  while (k < items.length && parts.length < MAX_PARTS) {
    const it = items[k];
    if (!isFigure(it) || figureFamily(it.num) !== figureFamily(total)) return undefined;
    if (it.num.noun && total.noun && it.num.noun.head !== total.noun.head) return undefined;
    const a = afterNoun(items, k);
    if (!isWord(items[a], "for", "in")) return undefined;
    parts.push(it.num);
    // The part's words up to the next "," or "and": no figure among them.
    let n = a + 1;
    while (n < items.length && n <= a + COLON_AFTER && items[n]!.norm !== "," && !isWord(items[n], "and") && items[n]!.kind !== "num") n++;
    if (n >= items.length || items[n]!.kind === "num") break;
    if (joined) break;
    if (isWord(items[n], "and")) joined = true;
    k = n + 1;
  }
  if (!joined || parts.length < 2) return undefined;
  for (let r = k + 1; r < items.length && r <= k + COLON_AFTER; r++) if (isQuantity(items[r])) return undefined;
  return parts;
}
