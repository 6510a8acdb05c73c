/**
 * Cue `bracket-share`: a count with its share in brackets, "X N (Y%)", whose whole is stated
 * before it. The whole is found in two ways only: the share follows a share of the same noun
 * whose whole is stated ("61,203 votes, or 52.4% of the 116,800 ballots counted. Thomas Reed
 * received 52,677 votes (45.1%), and write-in candidates took 2,920 votes (2.5%)": the shares of
 * one whole, listed one after another), or the nearest count before it with the same noun is that
 * whole itself; or the part names no noun and opens a clause after "and" in the sentence of the
 * whole ("tested 12,480 specimens, and 2,246 (18.0%) were positive"). Anything else stays the
 * percent-of cue's `suggested` share with an unknown whole. Votes and ballots count one thing.
 * Traps: a bare count after a name ("Alvarez won 61,203 votes and Reed 52,677 (45.1%)": the
 * nearest count is no whole), nouns that differ, a whole two sentences back.
 */
import { afterNoun, isCount, isPercent, isWord, none, words, type Cue, type CueContext, type CueResult } from "../cue.js";
import { countedAs, type Item, type Num, type Sentence } from "../reading.js";

const headOf = (n: Num): string | undefined => (n.noun ? countedAs(n.noun.head) : undefined);
/** Words after "and X (Y%)" that make X the subject of its clause. */
const SUBJECT_VERBS = new Set(["were", "was", "are", "is", "had", "have", "has", "did", "tested", "said", "reported"]);


/** The item after determiners and a possessive: "the", "the county's". */
function afterThe(items: readonly Item[], k: number): number {
  let j = k;
  if (isWord(items[j], "the")) j++;
  const it = items[j];
  if (it && it.kind === "word" && (it.norm.endsWith("'s") || it.norm.endsWith("’s"))) j++;
  return j;
}

/** A share of a sentence with a stated whole: the part, its percentage, its whole, where the bracket starts. */
interface Share {
  readonly part: Num;
  readonly percent: Num;
  readonly whole: Num;
  readonly bracket?: number;
}

/** The wholes of a sentence's shares, by figure: a share's part gives its whole, a whole itself. */
type Wholes = Map<Num, Num>;
/** How many items back a share's whole may be read, in its sentence and in the one before. */
const BACK = 40;

/** The shares' wholes as a map: each part to its whole, each whole to itself. */
function wholesOf(shares: readonly Share[]): Wholes {
  const m: Wholes = new Map();
  for (const s of shares) {
    m.set(s.part, s.whole);
    m.set(s.whole, s.whole);
  }
  return m;
}

/**
 * The shares of a sentence whose whole is stated: "X N, or Y% of the W N" (W the whole), and "X N
 * (Y%)" after such a share of the same noun (its whole), or with the whole itself the nearest
 * count of the noun; `prior` holds the shares of the sentence before.
 */
function sharesOf(s: Sentence, prior: Wholes, previous: Sentence | undefined): Share[] {
  const out: Share[] = [];
  const here: Wholes = new Map();
  const add = (share: Share) => {
    out.push(share);
    here.set(share.part, share.whole);
    here.set(share.whole, share.whole);
  };
  const { items } = s;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (!isCount(it)) continue;
    const o = afterNoun(items, i);
    if (items[o]?.norm === "," && isWord(items[o + 1], "or") && isPercent(items[o + 2]) && isWord(items[o + 3], "of")) {
      const w = items[afterThe(items, o + 4)];
      if (isCount(w) && (headOf(it.num) === undefined || headOf(it.num) === headOf(w.num))) add({ part: it.num, percent: items[o + 2]!.num!, whole: w.num });
      continue;
    }
    if (items[o]?.norm !== "(" || !isPercent(items[o + 1]) || items[o + 2]?.norm !== ")") continue;
    const head = headOf(it.num);
    const whole = wholeBefore(items, i, head, here, prior, previous);
    if (whole) {
      add({ part: it.num, percent: items[o + 1]!.num!, whole, bracket: o });
      continue;
    }
    // "tested 12,480 specimens, and 2,246 (18.0%) were positive": a bare part opening a clause.
    if (head === undefined && isWord(items[i - 1], "and") && SUBJECT_VERBS.has(items[o + 3]?.norm ?? "")) {
      for (let k = i - 2; k >= 0 && i - k <= BACK; k--) {
        const c = items[k];
        if (isCount(c) && c.num.noun) {
          add({ part: it.num, percent: items[o + 1]!.num!, whole: c.num, bracket: o });
          break;
        }
      }
    }
  }
  return out;
}

/**
 * The whole of a share in brackets whose part counts `head`: the nearest count of that noun before
 * it (in this sentence, then the sentence before) when it is a stated whole, or the whole of the
 * share it is the part of.
 */
function wholeBefore(items: readonly Item[], i: number, head: string | undefined, here: Wholes, prior: Wholes, previous: Sentence | undefined): Num | undefined {
  if (head === undefined) return undefined;
  const known = (n: Num): Num | undefined => here.get(n) ?? prior.get(n);
  for (let k = i - 1; k >= 0 && i - k <= BACK; k--) {
    const c = items[k];
    if (isCount(c) && headOf(c.num) === head) return known(c.num);
  }
  if (!previous) return undefined;
  for (let k = previous.items.length - 1; k >= 0 && previous.items.length - k <= BACK; k--) {
    const c = previous.items[k];
    if (isCount(c) && headOf(c.num) === head) return known(c.num);
  }
  return undefined;
}

export const bracketShare: Cue = {
  name: "bracket-share",
  find(ctx: CueContext): CueResult {
    const out = none();
    const previous = ctx.before[0] && ctx.before[0].index === ctx.sentence.index - 1 ? ctx.before[0] : undefined;
    const prior = wholesOf(previous ? sharesOf(previous, new Map(), undefined) : []);
    for (const s of sharesOf(ctx.sentence, prior, previous)) {
      if (s.bracket === undefined) continue;
      const o = s.bracket;
      const { items } = ctx.sentence;
      out.bindings.push({
        kind: "percent-of",
        roles: { part: { num: s.part }, whole: { num: s.whole }, percent: { num: s.percent } },
        cue: words(ctx.text, items[o]!.start, items[o + 2]!.end),
        window: s.whole.sentence === ctx.sentence.index ? "sentence" : "previous-sentence",
        standing: "proposed",
        by: "bracket-share",
      });
    }
    return out;
  },
};
