/**
 * `claim-anchor` (error): each claim's quote occurs in its document's text (exactly, or after
 * folding quote marks, dashes and white space), once or at its stated `occurrence`, and contains
 * the claim's value in some written form ("24,160" for 24160, "sixty-one" for 61) with the same
 * qualifier ("at least 685" for a claim of at least 685). The anchors come from `anchorsOf(set)`
 * (src/text/anchor.ts), where `check()` takes every claim-based finding's location from. Claims
 * without a quote, and claims whose document has no text, are not checked.
 *
 * Finding data (every one has `claim` and `quote`):
 * - `anchor-missing` / `anchor-missing-case` (only the capital letters differ): `document`;
 * - `anchor-ambiguous`: `count`; located at the first occurrence;
 * - `anchor-occurrence`: `occurrence`, `count` (how many times the quote occurs);
 * - `anchor-value`: `written` (the claim's value as written); located at the quote;
 * - `anchor-qualifier`: `written`, `text` (the figure as the text writes it); located there.
 */
import type { Finding } from "./findings.js";
import { anchorsOf, findFormIn } from "../claims/anchor.js";
import type { Rule } from "./rule.js";

/**
 * The `claim-anchor` rule.
 *
 * @example
 * ```ts
 * import { check } from "claimcheck";
 * const r = check({ document: { id: "d", text: "13 were assessed" }, claims: { c: { value: 13, quote: "13 were accessed" } } });
 * r.findings[0]?.message; //=> `the quote "13 were accessed" of 'c' is not in the text of d`
 * ```
 */
export const claimAnchorRule: Rule = {
  meta: {
    id: "claim-anchor",
    severity: "error",
    description: "Each claim's quote occurs in its text (once, or at its stated occurrence) and contains the claim's value.",
  },
  check({ set }) {
    const anchors = anchorsOf(set);
    const out: Finding[] = [];
    for (const claim of set.claims) {
      const a = anchors.anchor(claim.key);
      if (!a || claim.quote === undefined) continue;
      const base = { ruleId: "claim-anchor", severity: "error" as const, claims: [claim.key] };
      const quote = claim.quote;
      switch (a.status) {
        case "missing":
          out.push({ ...base, data: { messageId: a.caseOnly ? "anchor-missing-case" : "anchor-missing", claim: claim.key, quote, document: a.document }, document: a.document });
          break;
        case "occurrence":
          out.push({
            ...base,
            data: { messageId: "anchor-occurrence", claim: claim.key, quote, occurrence: claim.occurrence, count: a.occurrences },
            document: a.document,
          });
          break;
        case "ambiguous":
          out.push({ ...base, data: { messageId: "anchor-ambiguous", claim: claim.key, quote, count: a.quote.occurrences }, document: a.document, span: a.quote.span });
          break;
        case "anchored": {
          const q = claim.quantity;
          if (!q) break;
          // A fraction in words, "N in M" and basis points are found by their value in the quote.
          if (q.form === "fraction" || q.form === "in-ratio" || q.form === "basis-points") {
            const text = set.documents.find((d) => d.id === a.document)!.text!;
            if (!findFormIn(text, a.quote.span, q)) {
              out.push({
                ...base,
                data: { messageId: "anchor-value", claim: claim.key, quote, written: q.written.trim(), expected: q.written.trim(), actual: quote },
                document: a.document,
                span: a.quote.span,
              });
            }
            break;
          }
          // A range, a class of digits or a multiple in one word is not one numeral of the text.
          if (q.form !== undefined) break;
          if (!a.value) {
            out.push({
              ...base,
              data: { messageId: "anchor-value", claim: claim.key, quote, written: q.written.trim(), expected: q.written.trim(), actual: quote },
              document: a.document,
              span: a.quote.span,
            });
          } else if (a.value.qualifier !== q.qualifier) {
            const text = set.documents.find((d) => d.id === a.document)!.text!;
            const written = text.slice(a.value.written.start, a.value.written.end);
            out.push({
              ...base,
              data: { messageId: "anchor-qualifier", claim: claim.key, quote, written: q.written.trim(), text: written, expected: written, actual: q.written.trim() },
              document: a.document,
              span: a.value.written,
            });
          }
          break;
        }
      }
    }
    return out;
  },
};
