/**
 * Cue `ratio`: a value that is a multiple of another, "doubled / tripled / halved to Z from W"
 * (or "from W to Z", or "N have doubled from W" with Z the count of N stated just before, with a comma and a few words before "from" and after W: "halved during the
 * works, from 1.8 million in 2022 to 900,000"), "Z …, F times as many as W", and "F times more than W", which has two
 * readings (×F and ×(F + 1)), written as the relation's `reading: times-more` (it holds when either
 * does). The factor of "doubled" is a claim of its
 * own with no quote (the text writes no numeral). Traps: "6 times earnings" (no second value),
 * frequencies ("three times a week").
 */
import { isCount, isQuantity, isWord, none, type Cue, type CueContext, type CueResult } from "../cue.js";
import { singular, type Item, type Num } from "../reading.js";

const WORD_FACTORS: Readonly<Record<string, string>> = { doubled: "2", tripled: "3", trebled: "3", quadrupled: "4", halved: "0.5" };
const AS = new Set(["many", "much", "high", "large", "big", "likely", "often"]);
const AHEAD = 8;
const BACK = 10;

/** The item after at most `max` words or figures that are no quantity ("in 2022"), from k; never "to" or "from". */
function filler(items: readonly Item[], k: number, max: number): number {
  const start = k;
  while (k < items.length && k - start < max) {
    const it = items[k]!;
    if (it.kind === "punct" || it.norm === "to" || it.norm === "from" || (it.kind === "num" && it.num?.quantity)) break;
    k++;
  }
  return k;
}

/** The nearest count of the noun `head` before item v of the sentence, else the last of the sentence before. */
function countOf(ctx: CueContext, v: number, head: string): Num | undefined {
  const pick = (items: readonly Item[], end: number): Num | undefined => {
    for (let k = end - 1; k >= 0 && end - k <= BACK * 4; k--) {
      const it = items[k];
      if (isCount(it) && it.num.noun?.head === head) return it.num;
    }
    return undefined;
  };
  const here = pick(ctx.sentence.items, v);
  if (here) return here;
  const previous = ctx.before[0];
  return previous && previous.index === ctx.sentence.index - 1 ? pick(previous.items, previous.items.length) : undefined;
}

export const ratio: Cue = {
  name: "ratio",
  find(ctx: CueContext): CueResult {
    const out = none();
    const { items } = ctx.sentence;
    for (let v = 0; v < items.length; v++) {
      const it = items[v]!;
      const word = WORD_FACTORS[it.norm];
      if (word !== undefined) {
        let from: Num | undefined;
        let to: Num | undefined;
        if (isWord(items[v + 1], "to") && isQuantity(items[v + 2]) && isWord(items[v + 3], "from") && isQuantity(items[v + 4])) {
          to = items[v + 2]!.num!;
          from = items[v + 4]!.num!;
        } else {
          // "halved, from 180 in December to 90", "halved during the works, from 1.8 million in 2022 to 900,000".
          let f = filler(items, v + 1, 6);
          if (items[f]?.norm === ",") f++;
          else if (f !== v + 1) f = -1;
          if (f > 0 && isWord(items[f], "from") && isQuantity(items[f + 1])) {
            const t = filler(items, f + 2, 3);
            if (isWord(items[t], "to") && isQuantity(items[t + 1])) {
              from = items[f + 1]!.num!;
              to = items[t + 1]!.num!;
            }
          }
        }
        let window: "sentence" | "previous-sentence" = "sentence";
        // "Applications have doubled from 1,155 two years ago": the value now is the count of the
        // subject's noun stated just before (earlier in the sentence, or in the sentence before).
        if (!from && !to && isWord(items[v + 1], "from") && isQuantity(items[v + 2]) && !isWord(items[filler(items, v + 3, 4)], "to")) {
          const subject = isWord(items[v - 1], "have", "has", "had") ? items[v - 2] : items[v - 1];
          const head = subject?.kind === "word" ? singular(subject.norm) : undefined;
          const now = head !== undefined ? countOf(ctx, v, head) : undefined;
          if (now) {
            from = items[v + 2]!.num!;
            to = now;
            if (now.sentence !== ctx.sentence.index) window = "previous-sentence";
          }
        }
        if (from && to) {
          out.bindings.push({
            kind: "ratio",
            roles: { from: { num: from }, to: { num: to }, factor: { factor: word, of: to, word: it.norm } },
            cue: window === "sentence" ? it.norm : `${it.norm} from`,
            window,
            standing: "proposed",
            by: "ratio",
          });
        }
        continue;
      }
      // "F times as many … as W" and "F times more … than W"
      if (!isCount(it) || !isWord(items[v + 1], "times")) continue;
      const asMany = isWord(items[v + 2], "as") && AS.has(items[v + 3]?.norm ?? "");
      const more = isWord(items[v + 2], "more", "higher", "larger", "bigger", "greater");
      if (!asMany && !more) continue;
      let from: Num | undefined;
      for (let k = v + 3; k < items.length && k <= v + 3 + AHEAD; k++) {
        if (isWord(items[k], asMany ? "as" : "than") && (isCount(items[k + 1]) || (isWord(items[k + 1], "the") && isCount(items[k + 2])))) {
          from = (isCount(items[k + 1]) ? items[k + 1] : items[k + 2])!.num!;
          break;
        }
      }
      let to: Num | undefined;
      for (let k = v - 1; k >= 0 && v - k <= BACK; k--) {
        if (isCount(items[k])) {
          to = items[k]!.num!;
          break;
        }
      }
      if (!from || !to) continue;
      const roles = { from: { num: from }, to: { num: to }, factor: { num: it.num } };
      out.bindings.push({
        kind: "ratio",
        roles,
        cue: asMany ? `times as ${items[v + 3]!.norm}` : `times ${items[v + 2]!.norm}`,
        window: "sentence",
        standing: "proposed",
        by: "ratio",
        // "F times more": the relation's own reading tries ×F and ×(F + 1).
        ...(more ? { fields: { reading: "times-more" } } : {}),
      });
    }
    return out;
  },
};
