/**
 * The words of the notes a result carries beside its findings: what the verdict leaves out.
 * A conflict the engine found under a disabled rule is not reported as a finding, and one whose
 * severity is set below error is not an error; the note says that the claims still cannot all
 * be true as stated.
 */

/** Why a result has a note, with the data its words are made from. */
export interface NoteData {
  /**
   * `conflicts-disabled`: the engine found conflicts under rules that are turned off;
   * `conflicts-below-error`: conflicts are reported with a severity below error.
   */
  readonly noteId: "conflicts-disabled" | "conflicts-below-error";
  /** The rule ids of those conflicts, sorted. */
  readonly ruleIds: readonly string[];
  /** How many conflicts. */
  readonly conflicts: number;
  /** The claims whose stated values are in them (they cannot all hold), in the claims file's order. */
  readonly claims: readonly string[];
}

/**
 * A note in words.
 *
 * @example
 * ```ts
 * noteMessage({ noteId: "conflicts-disabled", ruleIds: ["part-of"], conflicts: 1, claims: ["a", "b"] });
 * //=> "1 conflict under the disabled rule part-of is not reported: the stated values of a, b cannot all be true together"
 * ```
 */
export function noteMessage(d: NoteData): string {
  const one = d.conflicts === 1;
  const count = `${d.conflicts} conflict${one ? "" : "s"}`;
  const rules = `${d.ruleIds.length === 1 ? "rule" : "rules"} ${d.ruleIds.join(", ")}`;
  const values = `the stated values of ${d.claims.join(", ")} cannot all be true together`;
  if (d.noteId === "conflicts-disabled") return `${count} under the disabled ${rules} ${one ? "is" : "are"} not reported: ${values}`;
  return `${count} under the ${rules} ${one ? "is" : "are"} reported below error and ${one ? "does" : "do"} not make the set inconsistent, but ${values}`;
}
