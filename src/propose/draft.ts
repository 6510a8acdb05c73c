/**
 * The draft: a proposal written out as a claims file (YAML) for a person to confirm. Every
 * claim with its quote; every relation with its cue as a comment above it; suggested relations
 * commented out (a person uncomments the ones they confirm). Strings are written as JSON
 * strings, which YAML reads as double-quoted scalars, so any text survives the round trip.
 */
import { coverageWords, type Proposal } from "./propose.js";

/** Options of `draftClaims`. */
export interface DraftOptions {
  /** Name the text by its file (`textFile:`, relative to the claims file) instead of writing it inline. */
  readonly textFile?: string;
}

const q = (s: string) => JSON.stringify(s);

/** A flow mapping of plain values: `{ kind: "part-of", part: "n5" }`. */
function flow(o: Readonly<Record<string, unknown>>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    const value = Array.isArray(v) ? `[${v.map((x) => (typeof x === "object" && x !== null ? flow(x as Record<string, unknown>) : q(String(x)))).join(", ")}]` : typeof v === "number" || typeof v === "boolean" ? String(v) : q(String(v));
    parts.push(`${k}: ${value}`);
  }
  return `{ ${parts.join(", ")} }`;
}

/**
 * The claims file of a proposal, as YAML with comments.
 *
 * @example
 * ```ts
 * import { proposeClaims } from "claimcheck";
 * const yaml = draftClaims(proposeClaims("It investigated 37 reports. Of these, 13 were credible."));
 * yaml.split("\n").filter((l) => l.startsWith("  -") || l.startsWith("  #"));
 * //=> ['  # part-of, cue "Of these" (previous-sentence)', '  - { kind: "part-of", part: "n2", whole: "n1-reports", cue: "Of these", window: "previous-sentence", standing: "proposed" }']
 * ```
 */
export function draftClaims(proposal: Proposal, options: DraftOptions = {}): string {
  const file = proposal.claimsFile as unknown as {
    document: { id: string; text: string; published?: string };
    claims: Record<string, Record<string, unknown>>;
    relations: Array<Record<string, unknown>>;
  };
  const out: string[] = [
    "# Claims and relations proposed from a raw text (claimcheck draft). Confirm each one, edit what is",
    "# wrong, uncomment the suggested relations you agree with, then: claimcheck check <this file>",
    `# ${coverageWords(proposal.coverage)}`,
    "document:",
    `  id: ${q(file.document.id)}`,
    options.textFile !== undefined ? `  textFile: ${q(options.textFile)}` : `  text: ${q(file.document.text)}`,
  ];
  if (file.document.published !== undefined) out.push(`  published: ${q(file.document.published)}`);
  out.push("claims:");
  const ids = Object.keys(file.claims);
  if (ids.length === 0) out[out.length - 1] = "claims: {}";
  for (const id of ids) out.push(`  ${q(id)}: ${flow(file.claims[id]!)}`);
  if (file.relations.length === 0) out.push("relations: []");
  else out.push("relations:");
  for (const r of file.relations) {
    const suggested = r.standing === "suggested";
    const readings = Array.isArray(r.readings) ? `; readings: ${(r.readings as Array<{ label?: string }>).map((x) => x.label ?? "?").join(" | ")}` : "";
    out.push(`  # ${suggested ? "suggested (uncomment to keep): " : ""}${String(r.kind)}, cue ${q(String(r.cue))} (${String(r.window)})${readings}`);
    out.push(`  ${suggested ? "# " : ""}- ${flow(r)}`);
  }
  return out.join("\n") + "\n";
}
