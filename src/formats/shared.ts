/**
 * Helpers the formatters share: where each claim sits in its text, and paths as URI references. Pure functions, no `node:` import.
 */
import type { CheckResult } from "../check/check.js";
import { anchorsOf, type Span } from "../claims/anchor.js";

/** Where a claim sits in its document: its quote, and the figure inside it. */
export interface ClaimPlace {
  readonly claim: string;
  readonly document: string;
  /** The figure (the claim's span, where findings about it point), or the whole quote. */
  readonly span: Span;
  /** The quote's span. */
  readonly quote: Span;
}

/**
 * Each anchored claim's place in its text, from the claim set's one `ClaimAnchors` (the same
 * spans `check()` and every rule report): the figure inside the quote, or the quote itself.
 */
export function claimPlaces(result: CheckResult): Map<string, ClaimPlace> {
  const out = new Map<string, ClaimPlace>();
  const set = result.set;
  if (!set) return out;
  const anchors = anchorsOf(set);
  for (const c of set.claims) {
    const a = anchors.anchor(c.key);
    if (!a || (a.status !== "anchored" && a.status !== "ambiguous")) continue;
    out.set(c.key, { claim: c.key, document: a.document, span: a.value?.written ?? a.quote.span, quote: a.quote.span });
  }
  return out;
}

/**
 * A path as a URI reference: relative paths stay relative (each segment percent-encoded),
 * absolute ones become `file:` URIs.
 */
export function pathToUri(path: string): string {
  const p = path.replace(/\\/g, "/");
  const enc = (s: string) => s.split("/").map((seg) => (seg === ".." || seg === "." ? seg : encodeURIComponent(seg))).join("/");
  if (/^[A-Za-z]:\//.test(p)) return `file:///${p.slice(0, 2)}${enc(p.slice(2))}`;
  if (p.startsWith("/")) return `file://${enc(p)}`;
  return enc(p);
}
