// @ts-check
/**
 * The oracle pipeline: it proposes each text's gold, and checks a text by checking the gold
 * against it. A mutated text is traced back to its original (the longest common prefix and
 * suffix), and the claim whose number was rewritten gets the new words as its value and quote.
 * Scoring the oracle shows what the corpus allows at best: 1.0 precision and recall, and the
 * share of mutations the gold relations themselves catch.
 */
import { findQuote } from "./anchor.mjs";
import { stripGold } from "./gold.mjs";

/**
 * @param {string} a @param {string} b
 * @returns {{ prefix: number, suffix: number }}
 */
function commonEnds(a, b) {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

/**
 * The gold rewritten for a text that differs from its original in one short stretch.
 * @param {import("./match.mjs").ClaimsFileLike} gold @param {string} original @param {string} text
 */
function rewriteGold(gold, original, text) {
  let { prefix, suffix } = commonEnds(original, text);
  // Widen the changed stretch to whole numerals, so "1,169" → "1,196" reads as a number.
  const digit = (/** @type {string | undefined} */ c) => c !== undefined && c >= "0" && c <= "9";
  const sep = (/** @type {string | undefined} */ c) => c === "," || c === ".";
  while (prefix > 0 && (digit(original[prefix - 1]) || (sep(original[prefix - 1]) && digit(original[prefix - 2])))) prefix--;
  const end = () => original.length - suffix;
  while (suffix > 0 && (digit(original[end()]) || (sep(original[end()]) && digit(original[end() + 1])))) suffix--;
  const oldEnd = original.length - suffix;
  const newPiece = text.slice(prefix, text.length - suffix);
  const oldPiece = original.slice(prefix, oldEnd);
  /** @type {Record<string, any>} */
  const claims = {};
  const delta = newPiece.length - oldPiece.length;
  for (const [id, raw] of Object.entries(gold.claims ?? {})) {
    const c = typeof raw === "object" ? { ...raw } : { value: raw };
    if (typeof c.quote === "string") {
      const qs = findQuote(original, c.quote, c.occurrence ?? 1);
      let at = qs;
      if (qs >= 0 && qs <= prefix && oldEnd <= qs + c.quote.length) {
        c.quote = c.quote.slice(0, prefix - qs) + newPiece + c.quote.slice(oldEnd - qs);
        const v = String(c.value);
        if (v.includes(oldPiece)) c.value = v.replace(oldPiece, newPiece);
        if (newPiece.includes("percentage point") && c.unit === "%") c.unit = "points";
        if (oldPiece.includes("point") && newPiece.endsWith("%") && c.unit === "points") c.unit = "%";
      } else if (qs >= oldEnd) {
        at = qs + delta;
      }
      // The quote may now occur more than once ("52.4%" rewritten as "52.5%" holds "2.5%"):
      // count the occurrence again in the new text.
      if (at >= 0) {
        let before = 0;
        let all = 0;
        for (let i = text.indexOf(c.quote); i >= 0; i = text.indexOf(c.quote, i + 1)) {
          all++;
          if (i <= at) before++;
        }
        if (all > 1 || c.occurrence !== undefined) c.occurrence = Math.max(1, before);
      }
    }
    claims[id] = c;
  }
  return { ...gold, claims };
}

/**
 * A pipeline that proposes the gold of each text and checks texts against it.
 * @param {Array<{ text: string, gold: import("./match.mjs").ClaimsFileLike }>} texts
 * @param {(input: unknown, options: { texts: Record<string, string> }) => { findings: readonly any[] }} check the package's `check`
 * @returns {import("./score.mjs").Pipeline}
 */
export function oraclePipeline(texts, check) {
  const byText = new Map(texts.map((t) => [t.text, t.gold]));
  /** @param {string} text */
  const goldFor = (text) => {
    const exact = byText.get(text);
    if (exact) return exact;
    let best;
    let bestSame = -1;
    for (const t of texts) {
      const { prefix, suffix } = commonEnds(t.text, text);
      const same = prefix + suffix;
      if (same > bestSame && t.text.length - same <= 40 && text.length - same <= 40) {
        best = rewriteGold(t.gold, t.text, text);
        bestSame = same;
      }
    }
    return best;
  };
  return {
    proposeClaims: (text) => ({ claimsFile: byText.get(text) ?? { claims: {}, relations: [] } }),
    checkText: (text) => {
      const gold = goldFor(text);
      if (!gold) return { findings: [] };
      const id = String(gold.document?.id ?? "text");
      return check(stripGold({ ...gold, document: { ...gold.document, id } }), { texts: { [id]: text } });
    },
  };
}
