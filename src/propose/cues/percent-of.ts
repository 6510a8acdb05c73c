/**
 * Cue `percent-of`: a count with its share of a whole, "X (Y%)", "X, or Y% of W" (W a number,
 * or left unstated), "X of the N (Y%)" (the whole named, its number unstated), "Y% of the W N" and "Y% of the W N, or X" (X the part). A whole (or part) the text does not state becomes an
 * unknown claim, derived by the engine; such a share is only `suggested` (which whole it is a share
 * of is a guess: the whole may sit sentences earlier, or count something else). Traps: a percentage in brackets after something that is
 * not a count ("in 2017 (4%)"), percentage points.
 */
import { isCount, isPercent, isWord, none, words, type Cue, type CueContext, type CueResult } from "../cue.js";
import { countedAs, singular, type Item } from "../reading.js";

/** At most this many words name the whole of "X of the N (Y%)" ("the borough's registered landlords"). */
const NAMED = 5;

/** A possessive before a whole's figure: "of the county's 640,000 voters". */
function isPossessive(it: Item | undefined): boolean {
  return it !== undefined && it.kind === "word" && (it.norm.endsWith("'s") || it.norm.endsWith("’s"));
}

export const percentOf: Cue = {
  name: "percent-of",
  find(ctx: CueContext): CueResult {
    const out = none();
    const { items } = ctx.sentence;
    const text = ctx.text;
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      // "X (Y%)", "X N (Y%)"
      let o = i + 1;
      if (isCount(it) && it.num.noun && !it.num.noun.before) while (o < items.length && o < i + 6 && items[o]!.start < it.num.noun.end) o++;
      if (isCount(it) && items[o]?.norm === "(" && isPercent(items[o + 1]) && items[o + 2]?.norm === ")") {
        const p = items[o + 1]!.num!;
        out.bindings.push({
          kind: "percent-of",
          roles: {
            part: { num: it.num },
            whole: { unknown: "whole", of: it.num, ...(it.num.noun ? { unit: it.num.noun.head } : {}), note: `the whole that ${it.num.scanned.text} is ${p.scanned.text} of` },
            percent: { num: p },
          },
          cue: words(text, items[o]!.start, items[o + 2]!.end),
          window: "sentence",
          standing: "suggested",
          by: "percent-of",
        });
        continue;
      }
      // "X of the N (Y%)": the share of a whole the text names without its number.
      if (isCount(it) && !it.num.noun && isWord(items[i + 1], "of") && isWord(items[i + 2], "the")) {
        let b = i + 3;
        while (b < items.length && b < i + 3 + NAMED && items[b]!.kind === "word") b++;
        const named = items[b - 1];
        if (b > i + 3 && items[b]?.norm === "(" && isPercent(items[b + 1]) && items[b + 2]?.norm === ")" && named && !isPossessive(named)) {
          const p = items[b + 1]!.num!;
          out.bindings.push({
            kind: "percent-of",
            roles: {
              part: { num: it.num },
              whole: { unknown: "whole", of: it.num, unit: singular(named.norm), note: `the ${words(text, items[i + 3]!.start, named.end)} that ${it.num.scanned.text} is ${p.scanned.text} of` },
              percent: { num: p },
            },
            cue: `${words(text, items[i + 1]!.start, named.end)} (${p.scanned.text})`,
            window: "sentence",
            standing: "proposed",
            by: "percent-of",
          });
          continue;
        }
      }
      // "X, or Y% of W" / "X, or Y% of the total"
      if (isCount(it) && items[o]?.norm === "," && isWord(items[o + 1], "or") && isPercent(items[o + 2])) {
        const p = items[o + 2]!.num!;
        const w = isWord(items[o + 3], "of") ? (isWord(items[o + 4], "the") ? items[o + 5] : items[o + 4]) : undefined;
        const whole = isCount(w) ? { num: w.num } : { unknown: "whole", of: it.num, ...(it.num.noun ? { unit: it.num.noun.head } : {}), note: `the whole that ${it.num.scanned.text} is ${p.scanned.text} of` };
        if (isCount(w) && it.num.noun && w.num.noun && countedAs(it.num.noun.head) !== countedAs(w.num.noun.head)) {
          out.rejections.push({ num: it.num, reason: "different nouns" });
          continue;
        }
        out.bindings.push({
          kind: "percent-of",
          roles: { part: { num: it.num }, whole, percent: { num: p } },
          cue: isCount(w) ? `, or … of` : ", or",
          window: "sentence",
          standing: isCount(w) ? "proposed" : "suggested",
          by: "percent-of",
        });
        continue;
      }
      // "Y% of the W N", and "Y% of the W N, or X" (the part restated as a count)
      if (isPercent(it) && isWord(items[i + 1], "of")) {
        const wAt = isWord(items[i + 2], "the") ? (isPossessive(items[i + 3]) ? i + 4 : i + 3) : i + 2;
        const w = items[wAt];
        const saidBefore = items[i - 1]?.norm === "or" && items[i - 2]?.norm === ",";
        if (isCount(w) && !isCount(items[i - 1]) && !saidBefore) {
          let a = wAt + 1;
          if (w.num.noun && !w.num.noun.before) while (a < items.length && items[a]!.end <= w.num.noun.end) a++;
          const x = items[a]?.norm === "," && isWord(items[a + 1], "or") ? items[a + 2] : undefined;
          const restated = isCount(x) && (x.num.noun === undefined || x.num.noun.head === w.num.noun?.head || x.num.noun.head === "person");
          out.bindings.push({
            kind: "percent-of",
            roles: {
              part: restated ? { num: x.num } : { unknown: "part", of: it.num, ...(w.num.noun ? { unit: w.num.noun.head } : {}), note: `${it.num.scanned.text} of ${w.num.scanned.text}` },
              whole: { num: w.num },
              percent: { num: it.num },
            },
            cue: restated ? `${words(text, items[i + 1]!.start, w.start).trim()} …, or` : words(text, items[i + 1]!.start, w.start).trim(),
            window: "sentence",
            standing: "proposed",
            by: "percent-of",
          });
        }
      }
    }
    return out;
  },
};
