/**
 * The words of a text's coverage: how many of its numbers sit in a checked relation, how many
 * in none, and why.
 */
import type { Coverage } from "../propose/propose.js";

/**
 * The coverage line of a report.
 *
 * @example
 * ```ts
 * coverageMessage({ numbers: 14, inRelation: 9, unbound: 5, reasons: [{ reason: "no cue", count: 3 }, { reason: "different nouns", count: 2 }] });
 * //=> "coverage: 9 of 14 numbers in a checked relation; 5 in none (3 no cue, 2 different nouns)"
 * coverageMessage({ numbers: 1, inRelation: 1, unbound: 0, reasons: [] }); //=> "coverage: 1 of 1 number in a checked relation; 0 in none"
 * ```
 */
export function coverageMessage(c: Coverage): string {
  const why = c.reasons.length > 0 ? ` (${c.reasons.map((r) => `${r.count} ${r.reason}`).join(", ")})` : "";
  return `coverage: ${c.inRelation} of ${c.numbers} number${c.numbers === 1 ? "" : "s"} in a checked relation; ${c.unbound} in none${why}`;
}
