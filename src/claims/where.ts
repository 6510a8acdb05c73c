/**
 * Where a time finding points: the claim's quote in its document's text, narrowed to the date
 * as written when the quote contains it ("released on Friday" → "Friday").
 */
import type { ClaimModel, ClaimSet } from "./model.js";
import { quoteSpanOf, type Span } from "./anchor.js";

/**
 * The document and span of a claim's quote, narrowed to `written` when it occurs inside the
 * quote (case-insensitively). Empty when the claim has no quote or its document no text.
 *
 * @example
 * ```ts
 * import { parseClaims } from "claimcheck";
 * const set = parseClaims({ document: { id: "d", published: "2017-09-01", text: "a statement released on Friday" },
 *   claims: { day: { date: "Friday", quote: "released on Friday" } } });
 * claimPlace(set, set.claims[0], "Friday"); //=> { document: "d", span: { start: 24, end: 30 } }
 * ```
 */
export function claimPlace(set: ClaimSet, claim: ClaimModel, written?: string): { document?: string; span?: Span } {
  if (claim.quote === undefined) return {};
  const doc = set.documents.find((d) => d.id === claim.document);
  const quote = quoteSpanOf(set, claim.key);
  if (doc?.text === undefined || !quote) return {};
  if (written !== undefined && written.length > 0) {
    const inside = doc.text.slice(quote.start, quote.end).toLowerCase().indexOf(written.trim().toLowerCase());
    if (inside >= 0) return { document: doc.id, span: { start: quote.start + inside, end: quote.start + inside + written.trim().length } };
  }
  return { document: doc.id, span: quote };
}
