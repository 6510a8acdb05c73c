/**
 * Cue `rate`: a rate per a base with the count and the population it comes from, "62.4 per
 * 100,000 population, based on 8,112 hospitalizations in a surveillance population of 13.0
 * million", "That is a rate of 10.8 deaths per 100,000 residents, based on a population of 29.7
 * million" (the count the sentence before states: "That is" names it). The relation is a `rate`
 * (rate = count / population × per), `per` the base as written. The count is the figure after
 * "based on", or, after "That is" / "This is", the one count of the sentence before that is not
 * the earlier value of a change ("down 6.2% from 3,427"). Traps: a rate with no population
 * ("12 deaths per 100,000"), a price ("$6 per hour"), a speed ("60 miles per hour"), nouns that
 * differ, two counts the sentence before could name.
 */
import { afterNoun, isCount, isWord, none, type Cue, type CueContext, type CueResult } from "../cue.js";
import type { Item, Num, Sentence } from "../reading.js";

/** How many items at the end of the sentence before are read for its count. */
const BACK = 40;
/** How many items after the base the population may be. */
const AHEAD = 16;


/** The base of a rate, "per 100,000": a whole number above 1, written with digits. */
function isBase(it: Item | undefined): it is Item & { num: Num } {
  if (!isCount(it) || it.num.scanned.qualifier !== undefined || it.num.scanned.decimals > 0) return false;
  const v = it.num.scanned.value;
  return v.isInteger && v.n > 1n;
}

/** The one count of the last items of a sentence that is not the earlier value of a change ("from 3,427"), or undefined. */
function onlyCount(s: Sentence): Num | undefined {
  let found: Num | undefined;
  for (let k = Math.max(0, s.items.length - BACK); k < s.items.length; k++) {
    const it = s.items[k];
    if (!isCount(it) || isWord(s.items[k - 1], "from")) continue;
    if (found) return undefined;
    found = it.num;
  }
  return found;
}

export const rate: Cue = {
  name: "rate",
  find(ctx: CueContext): CueResult {
    const out = none();
    const { items } = ctx.sentence;
    for (let i = 0; i < items.length; i++) {
      const r = items[i];
      if (!isCount(r)) continue;
      const per = afterNoun(items, i);
      if (!isWord(items[per], "per") || !isBase(items[per + 1])) continue;
      const base = items[per + 1]!.num!;
      let count: Num | undefined;
      let population: Num | undefined;
      for (let k = per + 2; k < items.length && k <= per + 2 + AHEAD; k++) {
        if (isWord(items[k], "based") && isWord(items[k + 1], "on") && isCount(items[k + 2])) count = items[k + 2]!.num!;
        if (isWord(items[k], "population") && isWord(items[k + 1], "of") && isCount(items[k + 2])) {
          population = items[k + 2]!.num!;
          break;
        }
      }
      if (!population) continue;
      let window: "sentence" | "previous-sentence" = "sentence";
      const refers = isWord(items[0], "that", "this") && isWord(items[1], "is", "was");
      const previous = ctx.before[0];
      if (!count && refers && previous && previous.index === ctx.sentence.index - 1) {
        count = onlyCount(previous);
        window = "previous-sentence";
      }
      if (!count) continue;
      if (count.noun && r.num.noun && count.noun.head !== r.num.noun.head) {
        out.rejections.push({ num: r.num, reason: "different nouns" });
        continue;
      }
      out.bindings.push({
        kind: "rate",
        roles: { count: { num: count }, population: { num: population }, rate: { num: r.num } },
        fields: { per: base.scanned.value.n.toString() },
        cue: window === "sentence" ? "per … based on … population of" : `${items[0]!.norm} ${items[1]!.norm} … per … population of`,
        window,
        standing: "proposed",
        by: "rate",
      });
    }
    return out;
  },
};
