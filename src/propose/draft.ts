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
  /**
   * Relations (by their index in the claims file's `relations`) a person switched off: written
   * commented out, marked "switched off", so that checking the file leaves them out.
   */
  readonly off?: readonly number[];
}

const q = (s: string) => JSON.stringify(s);

/** A flow mapping of plain values: `{ kind: "part-of", part: "n5" }`. */
function flow(o: Readonly<Record<string, unknown>>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    const value = Array.isArray(v)
      ? `[${v.map((x) => (typeof x === "object" && x !== null ? flow(x as Record<string, unknown>) : q(String(x)))).join(", ")}]`
      : typeof v === "number" || typeof v === "boolean"
        ? String(v)
        : typeof v === "object" && v !== null
          ? flow(v as Record<string, unknown>)
          : q(String(v));
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
  // Any other key of the document (a claims file read back in: title, url, covers), as JSON.
  for (const [k, v] of Object.entries(file.document)) if (!DOCUMENT_KEYS.has(k) && v !== undefined) out.push(`  ${k}: ${JSON.stringify(v)}`);
  out.push("claims:");
  const ids = Object.keys(file.claims);
  if (ids.length === 0) out[out.length - 1] = "claims: {}";
  for (const id of ids) out.push(`  ${q(id)}: ${flow(file.claims[id]!)}`);
  const off = new Set(options.off ?? []);
  // With every relation commented out, `relations:` alone would read as null.
  const kept = file.relations.some((r, i) => r.standing !== "suggested" && !off.has(i));
  out.push(kept ? "relations:" : "relations: []");
  file.relations.forEach((r, i) => {
    const suggested = r.standing === "suggested";
    const readings = Array.isArray(r.readings) ? `; readings: ${(r.readings as Array<{ label?: string }>).map((x) => x.label ?? "?").join(" | ")}` : "";
    const standing = off.has(i) ? "switched off (uncomment to keep): " : suggested ? "suggested (uncomment to keep): " : "";
    const origin = r.cue !== undefined ? `, cue ${q(String(r.cue))}${r.window !== undefined ? ` (${String(r.window)})` : ""}` : "";
    out.push(`  # ${standing}${String(r.kind)}${origin}${readings}`);
    out.push(`  ${suggested || off.has(i) ? "# " : ""}- ${flow(r)}`);
  });
  for (const [k, v] of Object.entries(file)) if (!FILE_KEYS.has(k) && v !== undefined) out.push(`${k}: ${JSON.stringify(v)}`);
  return out.join("\n") + "\n";
}

/** The document keys the draft writes in their own place. */
const DOCUMENT_KEYS = new Set(["id", "text", "textFile", "published"]);
/** The top-level keys the draft writes in their own place. */
const FILE_KEYS = new Set(["document", "claims", "relations"]);
