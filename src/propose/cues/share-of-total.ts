/**
 * Cue `share-of-total`: a figure restated as its share of a whole the text names with words, not
 * a number, "X, or Y% of the total", "X N a day, or Y% of the water delivered", "Y% of the total,
 * or X". The whole is the total stated just before: the largest figure of the part's kind (a
 * count, or an amount of money) and noun, earlier in the sentence or in the sentence before
 * (the last of the paragraph before, when this one opens a paragraph), that is not the earlier value of a change ("up from $2.7 billion") nor an age
 ("aged 65 and over"). Traps: a
 * whole of another kind ("$1.2 billion, or 41% of the 3.4 million returns" is the percent-of cue's),
 * no figure before to be the total (the share stays the percent-of cue's `suggested` one with an
 * unknown whole), the words after "of the" holding a number.
 */
import { afterNoun, figureFamily, isFigure, isPercent, isWord, none, type Cue, type CueContext, type CueResult } from "../cue.js";
import type { Item, Num } from "../reading.js";

/** At most this many words between a part's noun and its ", or" ("4.5 million gallons a day, or"). */
const GAP = 3;
/** The total is read among at most this many items before the share, and at the end of the sentence before. */
const BACK = 60;
/** At most this many words name the whole after "of the" ("the water delivered"). */
const NAME = 4;


/** The item after the words that name the whole from k ("total", "water delivered"), or -1 when a number sits among them. */
function wholeName(items: readonly Item[], k: number): number {
  let j = k;
  while (j < items.length && j < k + NAME && items[j]!.kind === "word") j++;
  if (j === k || items[j]?.kind === "num") return -1;
  return j;
}

/** An age, not a total: "aged 65 and over", "people 18 or older". */
function isAge(items: readonly Item[], k: number): boolean {
  if (isWord(items[k - 1], "aged", "age", "ages")) return true;
  const a = afterNoun(items, k);
  return isWord(items[a], "and", "or") && isWord(items[a + 1], "over", "older", "above", "under", "younger");
}

/**
 * The total before: the largest figure of the part's family and noun among the items before
 * `end` in this sentence and in the sentence before, skipping the earlier value of a change.
 */
function totalBefore(ctx: CueContext, end: number, part: Num): Num | undefined {
  let best: Num | undefined;
  const look = (items: readonly Item[], stop: number) => {
    for (let k = Math.max(0, stop - BACK); k < stop; k++) {
      const it = items[k];
      if (!isFigure(it) || it.num === part || figureFamily(it.num) !== figureFamily(part)) continue;
      if (isWord(items[k - 1], "from") || isAge(items, k)) continue;
      if (part.noun && it.num.noun && part.noun.head !== it.num.noun.head) continue;
      if (best === undefined || it.num.scanned.value.cmp(best.scanned.value) > 0) best = it.num;
    }
  };
  look(ctx.sentence.items, end);
  const previous = ctx.before[0] ?? ctx.previousParagraph;
  if (previous && previous.index === ctx.sentence.index - 1) look(previous.items, previous.items.length);
  return best;
}

export const shareOfTotal: Cue = {
  name: "share-of-total",
  find(ctx: CueContext): CueResult {
    const out = none();
    const { items } = ctx.sentence;
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      let part: Num | undefined;
      let percent: Num | undefined;
      let cue = "";
      if (isFigure(it)) {
        // "X [N] [a day], or Y% of the total"
        let c = afterNoun(items, i);
        const limit = c + GAP;
        while (c < items.length && c < limit && items[c]!.kind === "word") c++;
        if (items[c]?.norm !== "," || !isWord(items[c + 1], "or") || !isPercent(items[c + 2]) || !isWord(items[c + 3], "of") || !isWord(items[c + 4], "the")) continue;
        const named = wholeName(items, c + 5);
        if (named < 0) continue;
        part = it.num;
        percent = items[c + 2]!.num!;
        cue = `or … of the ${items.slice(c + 5, named).map((w) => w.norm).join(" ")}`;
      } else if (isPercent(it) && isWord(items[i + 1], "of") && isWord(items[i + 2], "the")) {
        // "Y% of the total, or X"
        const named = wholeName(items, i + 3);
        if (named < 0 || items[named]?.norm !== "," || !isWord(items[named + 1], "or") || !isFigure(items[named + 2])) continue;
        part = items[named + 2]!.num!;
        percent = it.num;
        cue = `of the ${items.slice(i + 3, named).map((w) => w.norm).join(" ")}, or`;
      } else continue;
      const whole = totalBefore(ctx, i, part);
      if (!whole) continue;
      out.bindings.push({
        kind: "percent-of",
        roles: { part: { num: part }, whole: { num: whole }, percent: { num: percent } },
        cue,
        window: whole.sentence === ctx.sentence.index ? "sentence" : whole.paragraph === ctx.sentence.paragraph ? "previous-sentence" : "paragraph",
        standing: "proposed",
        by: "share-of-total",
      });
    }
    return out;
  },
};
