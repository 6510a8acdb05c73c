// @ts-check
/**
 * The scanner baseline: a "proposer" that proposes every quantity the package's scanner finds
 * (counts, decimals, percentages, money, ranges, ratios; not dates, years, names, ordinals or
 * scores) as a claim with no
 * unit and no relation, and checks a text with `scanText`. It measures claim value F1 with no
 * proposer at all: the floor a proposer has to beat.
 */

const QUANTITY_KINDS = new Set(["count", "decimal", "percent", "money", "range", "ratio"]);

/**
 * @param {(text: string) => { numbers: readonly { text: string, kind: string, start: number }[], findings: readonly any[] }} scanText the package's `scanText`
 * @returns {import("./score.mjs").Pipeline}
 */
export function baselinePipeline(scanText) {
  return {
    proposeClaims: (text) => {
      /** @type {Record<string, { value: string, quote: string, occurrence?: number }>} */
      const claims = {};
      let i = 0;
      for (const n of scanText(text).numbers) {
        if (!QUANTITY_KINDS.has(n.kind)) continue;
        let occurrence = 0;
        for (let at = text.indexOf(n.text); at >= 0 && at <= n.start; at = text.indexOf(n.text, at + 1)) occurrence++;
        claims[`n${++i}`] = { value: n.text, quote: n.text, ...(occurrence > 1 ? { occurrence } : {}) };
      }
      return { claimsFile: { claims, relations: [] } };
    },
    checkText: (text) => ({ findings: scanText(text).findings }),
  };
}
