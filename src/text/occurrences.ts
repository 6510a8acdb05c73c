/**
 * Every start of many quotes in one text, found without a scan of the whole text per quote: one
 * pass per prefix length indexes the starts of the quotes' prefixes, and each distinct quote is
 * tested only at its prefix's starts, once. The proposer anchors thousands of short figures
 * ("3", "12") this way, and so do claim anchors: a scan per quote would be quadratic in a long
 * text.
 */

/** Prefixes of at most this many characters index the candidate starts of a quote. */
const PREFIX = 4;

/**
 * Where quotes start in a text: every start, overlapping (as `indexOf` from each start + 1 finds them).
 *
 * @example
 * ```ts
 * import { QuoteIndex } from "./occurrences.js";
 * const index = new QuoteIndex("3 of 33 said 3", ["3", "33"]);
 * index.of("3"); //=> [0, 5, 6, 13]
 * index.of("33"); //=> [5]
 * ```
 */
export class QuoteIndex {
  private readonly byPrefix = new Map<string, number[]>();
  private readonly memo = new Map<string, number[]>();
  private readonly prefixes = new Set<string>();

  constructor(
    private readonly text: string,
    quotes: Iterable<string>,
  ) {
    const lengths = new Map<number, Set<string>>();
    for (const q of quotes) {
      const p = q.slice(0, PREFIX);
      if (p.length === 0) continue;
      this.prefixes.add(p);
      let set = lengths.get(p.length);
      if (!set) lengths.set(p.length, (set = new Set()));
      set.add(p);
    }
    for (const [k, wanted] of lengths) {
      const firsts = new Set<number>();
      for (const p of wanted) firsts.add(p.charCodeAt(0));
      for (let i = 0; i + k <= text.length; i++) {
        if (!firsts.has(text.charCodeAt(i))) continue;
        const p = text.slice(i, i + k);
        if (!wanted.has(p)) continue;
        let list = this.byPrefix.get(p);
        if (!list) this.byPrefix.set(p, (list = []));
        list.push(i);
      }
    }
  }

  /** Every start of `quote` in the text, in order (a quote the index was not made with is searched for directly). */
  of(quote: string): readonly number[] {
    let hits = this.memo.get(quote);
    if (hits) return hits;
    hits = [];
    const prefix = quote.slice(0, PREFIX);
    if (quote.length > 0 && !this.prefixes.has(prefix)) {
      for (let i = this.text.indexOf(quote); i >= 0; i = this.text.indexOf(quote, i + 1)) hits.push(i);
    } else {
      for (const i of this.byPrefix.get(prefix) ?? []) if (this.text.startsWith(quote, i)) hits.push(i);
    }
    this.memo.set(quote, hits);
    return hits;
  }
}
