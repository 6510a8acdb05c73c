/**
 * Cue `total-nouns`: two totals of one paragraph that count the same noun, one narrowed by a
 * word the other lacks — "the total number of reports … was 1169." and, a sentence later, "The
 * total number of credible reports … was 164" — make the narrower a part of the wider. The cue
 * is the two noun phrases, not a phrase that links them, so the relation is `suggested`. Totals
 * of different nouns are never bound ("a total of 24,160 strikes" beside 1169 reports): each
 * gets the reason "different nouns".
 */
import { isCount, none, words, type Cue, type CueContext, type CueResult } from "../cue.js";
import type { Num, Sentence } from "../reading.js";

/** A total: "the total number of N … was X", "a total of X N". */
function isTotal(n: Num): boolean {
  return n.noun !== undefined && (n.noun.before || n.scanned.qualifier?.text.toLowerCase() === "a total of");
}

function totals(s: Sentence): Num[] {
  const out: Num[] = [];
  for (const it of s.items) if (isCount(it) && isTotal(it.num)) out.push(it.num);
  return out;
}

export const totalNouns: Cue = {
  name: "total-nouns",
  find(ctx: CueContext): CueResult {
    const out = none();
    const here = totals(ctx.sentence);
    if (here.length === 0) return out;
    for (const part of here) {
      const noun = part.noun!;
      let bound = false;
      let differ = false;
      for (const s of ctx.before) {
        for (const whole of totals(s)) {
          if (whole.noun!.head !== noun.head) {
            differ = true;
            out.rejections.push({ num: whole, reason: "different nouns" });
            continue;
          }
          const narrower = noun.modifiers.length > whole.noun!.modifiers.length && whole.noun!.modifiers.every((m) => noun.modifiers.includes(m));
          if (!narrower || bound) continue;
          bound = true;
          out.bindings.push({
            kind: "part-of",
            roles: { part: { num: part }, whole: { num: whole } },
            cue: `${words(ctx.text, whole.noun!.start, whole.noun!.end)} … ${words(ctx.text, noun.start, noun.end)}`,
            window: s.index === ctx.sentence.index - 1 ? "previous-sentence" : "paragraph",
            standing: "suggested",
            by: "total-nouns",
          });
        }
      }
      if (!bound && differ) out.rejections.push({ num: part, reason: "different nouns" });
    }
    return out;
  },
};
