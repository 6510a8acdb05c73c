/**
 * Cue `part-of`: a part of a whole, in the words "X of the Y N", "X of Y N", "Of the Y N, X …",
 * "of these, X" and "X of those N" (the whole in the sentence before, or earlier in this one), "X of whom" /
 * "X of which", "X out of Y", and "Y N, including X M". The part and the whole count the same
 * noun, or the part names none; "including" also lets a kind of person sit in people
 * ("40 people, including 12 children"). Traps: ratings ("rated 8 out of 10"), rankings ("one of
 * the 10 best": but "2 of the 5 largest states" is a part), nouns that differ.
 */
import { isCount, isPercent, isQuantity, isWord, none, words, type Binding, type Cue, type CueContext, type CueResult, type Reading, type RoleTarget } from "../cue.js";
import { Rational } from "../../numbers/rational.js";
import { outOfParts, singular, type Item, type Num } from "../reading.js";

/** People and the kinds of people a count of people may include. */
const PERSONS = new Set(["person", "civilian", "victim", "resident", "adult", "child", "woman", "man", "girl", "boy", "soldier", "worker", "student", "patient", "passenger", "fighter", "officer", "teenager", "baby", "infant", "migrant", "refugee", "journalist", "member"]);
/** Words that make "X out of Y" a rating, not a part. */
const RATING = new Set(["rated", "rates", "rate", "rating", "ratings", "scored", "score", "scores", "gave", "gives", "give", "marks", "mark", "grade", "graded", "stars", "star"]);
/** Words after "one of the 10" that make it a ranking. */
const RANKING = new Set(["best", "worst", "top", "most", "least", "biggest", "largest", "smallest", "richest", "poorest", "busiest", "deadliest", "safest", "highest", "lowest", "greatest", "leading"]);
/** How many items back an antecedent of "of whom" or "including" may be. */
const BACK = 12;
/** How many items after its cue a list of parts may reach (a look-ahead bounded per cue). */
const LIST = 60;
/** At most this many antecedents of "of these" are tried as readings. */
const MAX_READINGS = 3;

const whole = (num: Num): RoleTarget => ({ num });
const binding = (part: Num | readonly Num[], w: Num, cue: string, window: Binding["window"], readings?: readonly Reading[]): Binding => ({
  kind: "part-of",
  roles: Array.isArray(part) ? { parts: (part as readonly Num[]).map((n) => ({ num: n })), whole: whole(w) } : { part: { num: part as Num }, whole: whole(w) },
  cue,
  window,
  standing: "proposed",
  by: "part-of",
  ...(readings ? { readings } : {}),
});

/** The part counts what the whole counts, or names nothing (and `partMayLack` says that is fine). */
function nounsAgree(part: Num, w: Num, includes: boolean): boolean {
  if (part.noun === undefined) return true;
  if (w.noun === undefined) return false;
  if (part.noun.head === w.noun.head) return true;
  return includes && PERSONS.has(w.noun.head) && PERSONS.has(part.noun.head) && (w.noun.head === "person" || w.noun.head === "civilian" || w.noun.head === "victim");
}

function describe(n: Num): string {
  return n.noun ? `${n.scanned.text} ${n.noun.written}` : n.scanned.text;
}

export const partOf: Cue = {
  name: "part-of",
  find(ctx: CueContext): CueResult {
    const out = none();
    const { items } = ctx.sentence;
    const text = ctx.text;
    const used = new Set<Num>();
    const reject = (num: Num, reason: string) => out.rejections.push({ num, reason });
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      // "X out of Y": one scanned ratio.
      if (it.kind === "num" && it.num && it.num.quantity && outOfParts(it.num.scanned)) {
        let rating = false;
        for (let k = Math.max(0, i - 4); k <= i + 1 && k < items.length; k++) if (k !== i && RATING.has(items[k]!.norm)) rating = true;
        if (!rating) {
          out.bindings.push({
            kind: "part-of",
            roles: { part: { num: it.num, sub: "part" }, whole: { num: it.num, sub: "whole" } },
            cue: "out of",
            window: "sentence",
            standing: "proposed",
            by: "part-of",
          });
          used.add(it.num);
        } else reject(it.num, "a rating");
        continue;
      }
      // "X of the Y N" and "X of Y N".
      if (isCount(it) && isWord(items[i + 1], "of")) {
        const yAt = afterDeterminers(items, i + 2);
        const y = items[yAt];
        if (isCount(y)) {
          const after = items[yAt + 1];
          // "one of the 10 best films" says a film is among the best, not a count of them; "2 of the
          // 5 largest states" counts 2 states among 5.
          const one = it.num.scanned.value.equals(Rational.ONE);
          const ranking = one && after !== undefined && (RANKING.has(after.norm) || (after.norm.endsWith("est") && after.norm.length > 4));
          if (ranking) reject(it.num, "a ranking");
          else if (nounsAgree(it.num, y.num, false)) {
            const pct = bracketPercent(items, yAt, y.num);
            const cue = words(text, it.end, y.start);
            out.bindings.push(pct ? share(it.num, y.num, pct, cue) : binding(it.num, y.num, cue, "sentence"));
            used.add(it.num);
          } else reject(it.num, "different nouns");
          continue;
        }
        // "X of those N", "X of these": the whole is a count earlier in this sentence or the one
        // before, of the noun after "those" when one is written.
        if (isWord(items[i + 2], "these", "those") && !used.has(it.num)) {
          const named = items[i + 3]?.kind === "word" && !isWord(items[i + 3], "were", "was", "are", "is", "had", "have", "has", "who", "which", "that") ? singular(items[i + 3]!.norm) : undefined;
          const candidates = antecedents(ctx, items, i, it.num).filter((c) => named === undefined || c.noun?.head === named);
          const cue = words(text, items[i + 1]!.start, items[named !== undefined ? i + 3 : i + 2]!.end);
          if (candidates.length === 0) reject(it.num, it.num.noun || named ? "different nouns" : "no antecedent");
          else {
            const [first] = candidates;
            const window = first!.sentence === ctx.sentence.index ? "sentence" : "previous-sentence";
            const readings = candidates.length > 1 ? candidates.map((c): Reading => ({ roles: { part: { num: it.num }, whole: { num: c } }, label: `whole: ${describe(c)}` })) : undefined;
            out.bindings.push(binding(it.num, first!, cue, window, readings));
            used.add(it.num);
          }
          continue;
        }
        // "X of whom", "X of which", "X of them".
        if (isWord(items[i + 2], "whom", "which", "them") && !used.has(it.num)) {
          const w = antecedent(items, i, it.num, false);
          if (w) {
            const pct = bracketPercent(items, i + 2, undefined);
            const cue = words(text, items[i + 1]!.start, items[i + 2]!.end);
            out.bindings.push(pct ? share(it.num, w, pct, cue) : binding(it.num, w, cue, "sentence"));
            used.add(it.num);
          } else reject(it.num, it.num.noun ? "different nouns" : "no antecedent");
          continue;
        }
      }
      // "Of the Y N, A … and B …" at the start of a sentence: a sum when the parts are exhaustive
      // (one clause the negation of another, or directions "higher … lower … stable"), else each
      // part on its own (parts may overlap: "41 were children and 58 unvaccinated"); a part with
      // its share in brackets is that share of the whole ("1,012 (31%)").
      const ofAt = isWord(it, "of") ? afterDeterminers(items, i + 1) : i;
      // "Of the runners, A … and B …": the whole is the count of that noun in the sentence before.
      const named = ofAt > i + 1 && !isCount(items[ofAt]) && startsClause(items, i) ? namedWhole(ctx, items, ofAt) : undefined;
      if (ofAt > i + 1 && (isCount(items[ofAt]) || named) && startsClause(items, i)) {
        const w = named?.whole ?? items[ofAt]!.num!;
        let comma = named?.comma ?? ofAt + 1;
        while (comma < items.length && items[comma]!.norm !== "," && items[comma]!.kind !== "num") comma++;
        if (items[comma]?.norm !== ",") continue;
        const parts: Array<{ num: Num; at: number }> = [];
        for (let k = comma + 1; k < items.length && k <= comma + LIST; k++) {
          const p = items[k]!;
          if (!isCount(p) || used.has(p.num)) continue;
          if (isBound(p.num) || isTimeWord(items[k + 1])) reject(p.num, "not a part");
          else if (nounsAgree(p.num, w, false)) parts.push({ num: p.num, at: k });
          else reject(p.num, "different nouns");
        }
        const cue = words(text, it.start, items[(named ? comma : ofAt) - 1]!.end);
        const window = named ? "previous-sentence" : "sentence";
        const shares = parts.map((p) => bracketPercent(items, p.at, p.num));
        if (parts.length >= 2 && shares.every((x) => x === undefined) && exhaustive(items, comma + 1, parts.map((p) => p.at))) {
          out.bindings.push({ kind: "sum", roles: { parts: parts.map((p) => ({ num: p.num })), total: whole(w) }, cue, window, standing: "proposed", by: "part-of" });
        } else {
          parts.forEach((p, k) => out.bindings.push(shares[k] ? share(p.num, w, shares[k]!, cue) : binding(p.num, w, cue, window)));
        }
        for (const p of parts) used.add(p.num);
        continue;
      }
      // "W N, of whom X …", "$1.8 billion, of which $600 million …".
      if (isWord(it, "of") && isWord(items[i + 1], "whom", "which") && items[i - 1]?.norm === "," && isQuantity(items[i + 2]) && !used.has(items[i + 2]!.num!)) {
        const x = items[i + 2]!.num!;
        // The relative pronoun names the whole: the part's next word may be its verb ("40 work part-time").
        const w = x.scanned.kind === "money" ? moneyBefore(items, i - 1) : isCount(items[i + 2]) ? antecedent(items, i, x, true) ?? nearestCount(items, i, x) : undefined;
        if (w && family(w) === family(x)) {
          out.bindings.push(binding(x, w, words(text, it.start, items[i + 1]!.end), "sentence"));
          used.add(x);
        } else reject(x, x.noun ? "different nouns" : "no antecedent");
        continue;
      }
      // "of these, X", "[of these] X", "of those X", "of them, X".
      if (isWord(it, "of") && isWord(items[i + 1], "these", "those", "them") && !isCount(items[i - 1])) {
        let k = i + 2;
        while (k < items.length && k < i + 5 && items[k]!.kind === "punct") k++;
        const x = items[k];
        if (!isCount(x) || used.has(x.num)) continue;
        const candidates = antecedents(ctx, items, i, x.num);
        const cue = words(text, it.start, items[i + 1]!.end);
        if (candidates.length === 0) reject(x.num, x.num.noun ? "different nouns" : "no antecedent");
        else {
          const [first] = candidates;
          const window = first!.sentence === ctx.sentence.index ? "sentence" : "previous-sentence";
          const readings = candidates.length > 1 ? candidates.map((c): Reading => ({ roles: { part: { num: x.num }, whole: { num: c } }, label: `whole: ${describe(c)}` })) : undefined;
          // "Of these, 17 were not credible, 9 were credible and 2 duplicated": the parts that split the whole, summed.
          const more: Array<{ num: Num; at: number }> = [{ num: x.num, at: k }];
          if (!readings) for (let m = k + 1; m < items.length && m <= k + LIST; m++) if (isCount(items[m]) && !used.has(items[m]!.num!) && !isBound(items[m]!.num!) && nounsAgree(items[m]!.num!, first!, false)) more.push({ num: items[m]!.num!, at: m });
          if (more.length >= 2 && more.every((p) => bracketPercent(items, p.at, p.num) === undefined) && exhaustive(items, k, more.map((p) => p.at))) {
            out.bindings.push({ kind: "sum", roles: { parts: more.map((p) => ({ num: p.num })), total: whole(first!) }, cue, window, standing: "proposed", by: "part-of" });
            for (const p of more) used.add(p.num);
          } else {
            out.bindings.push(binding(x.num, first!, cue, window, readings));
            used.add(x.num);
          }
        }
        continue;
      }
      // "Y N, including X M".
      if (isWord(it, "including") && !isCount(items[i - 1])) {
        const x = items[i + 1];
        if (!isCount(x) || used.has(x.num)) continue;
        const w = antecedent(items, i, x.num, true);
        if (w) {
          out.bindings.push(binding(x.num, w, "including", "sentence"));
          used.add(x.num);
        } else reject(x.num, "different nouns");
      }
    }
    return out;
  },
};

/** Words between "of" and a whole's figure: "of the", "of its", "of their last", "of the county's". */
const DETERMINERS = new Set(["the", "its", "their", "his", "her", "our", "last", "first", "latest", "remaining"]);

/** The item after the determiners from k (at most three), or k. */
function afterDeterminers(items: readonly Item[], k: number): number {
  let j = k;
  while (j < items.length && j < k + 3) {
    const it = items[j]!;
    const possessive = it.kind === "word" && (it.norm.endsWith("'s") || it.norm.endsWith("’s")) && j > k;
    if (!(it.kind === "word" && (DETERMINERS.has(it.norm) || possessive))) break;
    j++;
  }
  return j;
}

/** The figure kind: counts and decimals together. */
function family(n: Num): string {
  return n.scanned.kind === "decimal" ? "count" : n.scanned.kind;
}

/** The nearest count with a noun before item i (within BACK items), when the part names none of its own kind. */
function nearestCount(items: readonly Item[], i: number, part: Num): Num | undefined {
  for (let k = i - 1; k >= 0 && i - k <= BACK; k--) {
    const it = items[k]!;
    if (isCount(it) && it.num !== part && it.num.noun) return it.num;
  }
  return undefined;
}

/** The nearest amount of money before item i (within BACK items), with no other quantity between. */
function moneyBefore(items: readonly Item[], i: number): Num | undefined {
  for (let k = i - 1; k >= 0 && i - k <= BACK; k--) {
    const it = items[k]!;
    if (isQuantity(it)) return it.num.scanned.kind === "money" ? it.num : undefined;
  }
  return undefined;
}

/** A percent-of: the part is `percent` of the whole. */
function share(part: Num, w: Num, percent: Num, cue: string): Binding {
  return { kind: "percent-of", roles: { part: { num: part }, whole: whole(w), percent: { num: percent } }, cue, window: "sentence", standing: "proposed", by: "part-of" };
}

/** The percentage in brackets right after item k (after the number's noun when it has one): "1,012 (31%)", "64 cases (45%)". */
function bracketPercent(items: readonly Item[], k: number, n: Num | undefined): Num | undefined {
  let o = k + 1;
  if (n?.noun && !n.noun.before) while (o < items.length && o < k + 7 && items[o]!.start < n.noun.end) o++;
  const p = items[o + 1];
  return items[o]?.norm === "(" && isPercent(p) && items[o + 2]?.norm === ")" ? p.num : undefined;
}

/** Qualifiers that make a figure a bound, not a part: "children under 5", "over 65". */
const BOUNDS = ["under", "over", "below", "above"];
function isBound(n: Num): boolean {
  const w = n.scanned.qualifier?.text.toLowerCase() ?? "";
  return BOUNDS.some((b) => w.startsWith(b));
}

/** Words of time after a figure: "under 5 years old" is an age, not a part. */
const TIME_WORDS = new Set(["year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes"]);
function isTimeWord(it: Item | undefined): boolean {
  return it !== undefined && it.kind === "word" && TIME_WORDS.has(it.norm);
}

/** Directions that, each naming one part, split a whole in full: "higher in 3, lower in 2 and stable in 45". */
const DIRECTIONS = new Set(["higher", "lower", "stable", "unchanged", "up", "down", "rose", "fell", "increased", "decreased"]);
/** Words of which two parts, one each, split a group of people in full ("730 were women and 520 were men"). */
const COMPLEMENTS: Readonly<Record<string, string>> = { women: "men", men: "women", female: "male", male: "female", girls: "boys", boys: "girls" };

/**
 * Whether the parts after item `from` split the whole in full: one part's clause is negated
 * ("not", "did not") and another's is not ("31 improved and 59 did not"; "114 were not credible
 * and 27 were credible"), the clauses name two directions or more, two parts name complements
 * ("730 were women and 520 were men"), or the last part is "the last / remaining / other N".
 */
function exhaustive(items: readonly Item[], from: number, at: readonly number[]): boolean {
  let negated = 0;
  const directions = new Set<string>();
  const groups: Array<Set<string>> = [];
  for (let p = 0; p < at.length; p++) {
    const end = p + 1 < at.length ? at[p + 1]! : items.length;
    let not = false;
    const group = new Set<string>();
    for (let k = p === 0 ? from : at[p]!; k < end; k++) {
      const w = items[k]!;
      if (w.kind !== "word") continue;
      if (w.norm === "not" || w.norm === "no" || w.norm === "never" || w.norm === "didn't") not = true;
      if (DIRECTIONS.has(w.norm)) directions.add(w.norm);
      if (COMPLEMENTS[w.norm] !== undefined) group.add(w.norm);
    }
    if (not) negated++;
    groups.push(group);
  }
  // Two parts, each the complement of the other: women and men.
  const complements = at.length === 2 && groups[0]!.size === 1 && [...groups[0]!].every((g) => groups[1]!.has(COMPLEMENTS[g]!));
  // "… and the last 4", "the remaining 12", "the other 7": the part that closes the whole.
  const last = at[at.length - 1]!;
  const closing = at.length >= 2 && ["last", "remaining", "other"].includes(items[last - 1]?.norm ?? "") && isWord(items[last - 2], "the");
  return (negated > 0 && negated < at.length) || directions.size >= 2 || closing || complements;
}

/**
 * The whole of "Of the runners, …" (the words from `at` to a comma, at most three, ending in a
 * noun): the one count of the sentence before whose noun is that noun, with every word before it
 * among its modifiers ("Of the positive specimens" is not "12,480 specimens"). None when no count,
 * or more than one, names it.
 */
function namedWhole(ctx: CueContext, items: readonly Item[], at: number): { whole: Num; comma: number } | undefined {
  let comma = at;
  while (comma < items.length && comma < at + 3 && items[comma]!.kind === "word") comma++;
  if (comma === at || items[comma]?.norm !== ",") return undefined;
  const head = singular(items[comma - 1]!.norm);
  const modifiers = items.slice(at, comma - 1).map((x) => x.norm);
  const previous = ctx.before[0];
  if (!previous || previous.index !== ctx.sentence.index - 1) return undefined;
  const found = previous.nums.filter((n) => n.quantity && n.noun?.head === head && modifiers.every((m) => n.noun!.modifiers.includes(m)));
  return found.length === 1 ? { whole: found[0]!, comma } : undefined;
}

/** True when item i begins the sentence or a clause (nothing but punctuation before it). */
function startsClause(items: readonly Item[], i: number): boolean {
  for (let k = 0; k < i; k++) if (items[k]!.kind !== "punct") return false;
  return true;
}

/** The nearest count before item i (within BACK items) that the part may sit in. */
function antecedent(items: readonly Item[], i: number, part: Num, includes: boolean): Num | undefined {
  for (let k = i - 1; k >= 0 && i - k <= BACK; k--) {
    const it = items[k]!;
    if (isCount(it) && it.num !== part && it.num.noun) return nounsAgree(part, it.num, includes) ? it.num : undefined;
  }
  return undefined;
}

/**
 * The counts "of these" may point to, nearest first: the counts with a noun earlier in this
 * sentence, else those of the sentence before (same paragraph), at most LIST items back; only
 * those whose noun the part shares, when the part names one.
 */
function antecedents(ctx: CueContext, items: readonly Item[], i: number, part: Num): Num[] {
  const pick = (list: readonly Item[], end: number): Num[] => {
    const found: Num[] = [];
    for (let k = end - 1; k >= 0 && end - k <= LIST && found.length < MAX_READINGS; k--) {
      const it = list[k]!;
      if (isCount(it) && it.num.noun && nounsAgree(part, it.num, false)) found.push(it.num);
    }
    return found;
  };
  const here = pick(items, i);
  if (here.length > 0) return here;
  const previous = ctx.before[0];
  return previous && previous.index === ctx.sentence.index - 1 ? pick(previous.items, previous.items.length) : [];
}
