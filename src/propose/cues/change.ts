/**
 * Cue `change`: a value that rose or fell, in the shapes "rose / fell D from W to Z", "rose to Z
 * from W" (a comma may stand before "from"), "Z, up / down D from W" (Z the nearest figure of
 * the same kind before), "rose / fell by D to Z" (W unknown, derived), and a change stated after
 * the figures: "rose from W to Z, an increase of D", "fell to Z from W, down D", "fell from W to
 * Z, a drop of D". The relation is a `change` from W to Z with D as its `difference` (a count, an
 * amount, points) or its `percent`; a fall's D is written with its direction ("down 4 points",
 * "fell 12%", "a drop of 22"), so its value is negative. A change with no D stated is a `compare`
 * (Z > W for a rise). A percentage change between two percentages ("rose 4% from 65% to 69%")
 * has two readings, relative or in points. Traps: dates and times in "from … to" (never
 * quantities), figures of different kinds (a percentage from an amount), a fall whose D cannot
 * be written with its direction ("declined 4%": the arithmetic of the sum of the parts instead,
 * or nothing). A change written as a comparison after the figure: "Z, D fewer / more / lower /
 * higher than (the) W" ("1.2 million hours last year, 15% fewer than the 1.41 million hours"):
 * a `change` from W to Z, D with its direction ("15% fewer"); traps: "more likely than", "than in
 * 2020" (no figure after "than"), a comparison with no figure before it.
 */
import { parseQuantity } from "../../numbers/quantity.js";
import { isQuantity, isWord, none, words, type Binding, type Cue, type CueContext, type CueResult, type Reading, type RoleTarget } from "../cue.js";
import type { Item, Num } from "../reading.js";

const RISE = new Set(["rose", "rise", "rises", "rising", "increased", "increase", "increases", "grew", "grow", "grows", "climbed", "jumped", "soared", "up"]);
const FALL = new Set(["fell", "fall", "falls", "falling", "decreased", "decrease", "decreases", "dropped", "drop", "drops", "declined", "decline", "declines", "slipped", "down", "plunged"]);
/** Nouns of a change stated after the figures: ", an increase of D", ", a drop of D". */
const RISE_NOUNS = new Set(["increase", "rise", "gain", "jump"]);
const FALL_NOUNS = new Set(["drop", "fall", "decrease", "decline"]);
/** How many items back "Z, up D from W" may find Z. */
const BACK = 16;

/** Comparatives after a change D ("15% fewer than"), by direction. */
const MORE = new Set(["more", "higher", "greater", "larger", "bigger"]);
const LESS = new Set(["fewer", "less", "lower", "smaller"]);

/** Words a skip never passes: they begin another clause or another figure's role. */
const HARD = new Set(["from", "to", "and", "but", "while", "whereas", "than", "up", "down", "rose", "fell", "of", "or"]);

/**
 * The item after at most `max` filler items from k: words ("in the year to March", "to" only
 * when no quantity follows it), and figures that are no quantity ("in 2024"); never a quantity,
 * a clause word or a mark.
 */
function skip(items: readonly Item[], k: number, max: number): number {
  const start = k;
  while (k < items.length && k - start < max) {
    const it = items[k]!;
    if (it.kind === "punct") break;
    if (HARD.has(it.norm) && !(it.norm === "to" && items[k + 1]?.kind === "word")) break;
    if (it.kind === "num" && it.num?.quantity) break;
    k++;
  }
  return k;
}

/** The item after a figure's noun and a few filler words: "34 degrees at noon", "4.2% in 2024". */
function past(items: readonly Item[], k: number, n: Num): number {
  let o = k + 1;
  if (n.noun && !n.noun.before) while (o < items.length && o < k + 7 && items[o]!.start < n.noun.end) o++;
  return skip(items, o, 4);
}

/** The kind of figure a change compares: percentages with percentages, amounts with amounts. */
function family(n: Num): string {
  const k = n.scanned.kind;
  return k === "decimal" ? "count" : k;
}

/** The stated change D at item k: "8%", "by 75", "4 points", "0.8 percentage points"; and the item after it. */
function changeAt(items: readonly Item[], k: number): { d: Num; next: number } | undefined {
  if (isWord(items[k], "by")) k++;
  if (!isQuantity(items[k])) return undefined;
  const d = items[k]!.num!;
  k++;
  if (isWord(items[k], "percentage")) k++;
  if (isWord(items[k], "points", "point")) k++;
  return { d, next: k };
}

/** The figure just before item v ("84% of the time …, down 4 points"), of the family `f`, with no other quantity between. */
function figureBefore(items: readonly Item[], v: number, f: string): Num | undefined {
  for (let k = v - 1; k >= 0 && v - k <= BACK; k--) {
    const it = items[k]!;
    if (isQuantity(it)) return family(it.num) === f ? it.num : undefined;
  }
  return undefined;
}

export const change: Cue = {
  name: "change",
  find(ctx: CueContext): CueResult {
    const out = none();
    const { items } = ctx.sentence;
    const text = ctx.text;
    const done = new Set<Num>();
    /** D written with its direction from item `lead` on, when the value reads so ("fell 12%", "down 4 points"). */
    const signed = (lead: Item, d: Num): RoleTarget | undefined => {
      const end = d.valueEnd ?? d.scanned.end;
      return parseQuantity(text.slice(lead.start, end)).ok ? { num: d, lead: lead.start } : undefined;
    };
    for (let v = 0; v < items.length; v++) {
      const verb = items[v]!;
      const rise = RISE.has(verb.norm);
      if (!rise && !FALL.has(verb.norm)) continue;
      const stated = changeAt(items, v + 1);
      let d = stated?.d;
      let dLead: Item | undefined = d ? verb : undefined;
      let also: Num | undefined;
      let k = stated ? stated.next : v + 1;
      // "rose 8% in the year to March, from £900 to £975": filler words, then a comma.
      if (stated) {
        const f = skip(items, k, 6);
        if (f > k && items[f]?.norm === "," && isWord(items[f + 1], "from")) k = f + 1;
      }
      let from: Num | undefined;
      let to: Num | undefined;
      let cueEnd: Item | undefined;
      if (isWord(items[k], "from") && isQuantity(items[k + 1])) {
        from = items[k + 1]!.num!;
        const t = past(items, k + 1, from);
        if (isWord(items[t], "to") && isQuantity(items[t + 1])) {
          to = items[t + 1]!.num!;
          cueEnd = items[t];
          k = past(items, t + 1, to);
        } else if (verb.norm === "up" || verb.norm === "down") {
          // "Z, up D from W": Z is the figure before the verb.
          if (items[v - 1]?.norm === ",") to = figureBefore(items, v, family(from));
          cueEnd = items[k];
          k = past(items, k + 1, from);
        }
      } else if (isWord(items[k], "to") && isQuantity(items[k + 1])) {
        to = items[k + 1]!.num!;
        const p = past(items, k + 1, to);
        const c = items[p]?.norm === "," ? p + 1 : p;
        if (isWord(items[c], "from") && isQuantity(items[c + 1])) {
          from = items[c + 1]!.num!;
          cueEnd = items[c];
          k = past(items, c + 1, from);
        } else if (d) {
          cueEnd = items[k];
          k = p;
        } else continue;
      }
      if (!to || !cueEnd || done.has(to)) continue;
      // A change stated after the figures: ", down 0.8 percentage points", ", an increase of 92".
      if (!d && items[k]?.norm === "," && k + 1 < items.length) {
        const w = items[k + 1]!;
        if (isWord(w, "up", "down") && (w.norm === "up") === rise) {
          const after = changeAt(items, k + 2);
          if (after && !isWord(items[after.next], "from")) {
            d = after.d;
            dLead = w;
          }
        } else if (isWord(w, "an", "a") && isWord(items[k + 3], "of") && ((rise && RISE_NOUNS.has(items[k + 2]?.norm ?? "")) || (!rise && FALL_NOUNS.has(items[k + 2]?.norm ?? "")))) {
          const after = changeAt(items, k + 4);
          if (after) {
            d = after.d;
            dLead = w;
            // ", an increase of $27.5 million, or 7.1%": the amount and its percentage.
            if (items[after.next]?.norm === "," && isWord(items[after.next + 1], "or") && isQuantity(items[after.next + 2]) && items[after.next + 2]!.num!.scanned.kind === "percent" && d.scanned.kind !== "percent") also = items[after.next + 2]!.num!;
          }
        }
      }
      if (from && (from === to || family(from) !== family(to))) continue;
      const cue = `${words(text, verb.start, verb.end)} … ${cueEnd.norm}`;
      const base = { cue, window: "sentence" as const, standing: "proposed" as const, by: "change" };
      if (!d) {
        if (from) out.bindings.push({ ...base, kind: "compare", roles: { left: { num: to }, right: { num: from } }, fields: { op: rise ? ">" : "<" } });
        done.add(to);
        continue;
      }
      const inPoints = (d.valueEnd !== undefined && d.measured === undefined) || d.scanned.kind === "points";
      const pctOfPct = from !== undefined && family(from) === "percent" && family(to) === "percent";
      // D is a percentage of the figures, or a difference in their own kind (points between percentages).
      const role = d.scanned.kind === "percent" && !inPoints ? "percent" : "difference";
      if (role === "difference" && !(inPoints ? family(to) === "percent" : family(d) === family(to))) continue;
      const dTarget: RoleTarget | undefined = rise ? { num: d } : signed(dLead!, d);
      if (!dTarget) {
        out.rejections.push({ num: d, reason: "a fall's change not written with its direction" });
        continue;
      }
      const w: RoleTarget = from ? { num: from } : { unknown: "before", of: to, ...(to.noun ? { unit: to.noun.head } : {}), note: `the value before it ${rise ? "rose" : "fell"} to ${to.scanned.text}` };
      done.add(to);
      if (role === "percent" && pctOfPct) {
        const relative: Reading = { roles: { from: w, to: { num: to }, percent: dTarget }, label: `${d.scanned.text} relative` };
        const points: Reading = { roles: { from: w, to: { num: to }, difference: dTarget }, label: `${d.scanned.text} in points` };
        const b: Binding = { ...base, kind: "change", roles: relative.roles, readings: [relative, points] };
        out.bindings.push(b);
        continue;
      }
      const roles: Record<string, RoleTarget> = { from: w, to: { num: to }, [role]: dTarget };
      // "from 38 to 45 a week, an increase of 7 hours": the difference names a unit the figures do not; only suggested.
      const unitsDiffer = role === "difference" && (d.noun?.head ?? "") !== (to.noun?.head ?? "") && (from === undefined || (from.noun?.head ?? "") !== (d.noun?.head ?? ""));
      if (also && role === "difference") roles["percent"] = { num: also };
      out.bindings.push({ ...base, kind: "change", roles, ...(unitsDiffer ? { standing: "suggested" as const } : {}) });
    }
    comparisons(items, done, out.bindings);
    return out;
  },
};

/**
 * "Z, D fewer than (the) W": a change from W to Z of D, written with its direction after it. Z is
 * the nearest figure before the comma, of W's kind; D is a percentage of W, or a difference in
 * W's kind (points between percentages).
 */
function comparisons(items: readonly Item[], done: Set<Num>, bindings: Binding[]): void {
  for (let p = 1; p < items.length; p++) {
    if (!isQuantity(items[p]) || items[p - 1]!.norm !== ",") continue;
    const d = items[p]!.num!;
    let k = p + 1;
    const percentage = isWord(items[k], "percentage");
    if (percentage) k++;
    const points = isWord(items[k], "points", "point");
    if (points) k++;
    const comparative = items[k];
    const more = comparative !== undefined && MORE.has(comparative.norm);
    if (!comparative || (!more && !LESS.has(comparative.norm)) || !isWord(items[k + 1], "than")) continue;
    const w = isWord(items[k + 2], "the") ? k + 3 : k + 2;
    if (!isQuantity(items[w])) continue;
    const from = items[w]!.num!;
    const to = figureBefore(items, p, family(from));
    if (!to || to === from || done.has(to)) continue;
    const inPoints = points || d.scanned.kind === "points";
    const role = d.scanned.kind === "percent" && !inPoints ? "percent" : "difference";
    if (role === "difference" && !(inPoints ? family(to) === "percent" : family(d) === family(to))) continue;
    done.add(to);
    bindings.push({
      kind: "change",
      roles: { from: { num: from }, to: { num: to }, [role]: { num: d, upTo: comparative.end } },
      cue: `${comparative.norm} than`,
      window: "sentence",
      standing: "proposed",
      by: "change",
    });
  }
}
