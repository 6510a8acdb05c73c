// @ts-check
/**
 * Gold files are claims files whose relations also carry `cue` and `standing`. Until the
 * claims file takes those keys, `stripGold` removes them so that `check()` reads the file.
 */

/**
 * A copy of a gold claims file without the `cue` and `standing` of its relations.
 * @template {{ relations?: Array<Record<string, unknown>> }} T
 * @param {T} gold
 * @returns {T}
 *
 * @example
 * stripGold({ relations: [{ kind: "sum", parts: ["a"], total: "t", cue: "in all", standing: "proposed" }] });
 * // { relations: [{ kind: "sum", parts: ["a"], total: "t" }] }
 */
export function stripGold(gold) {
  if (!gold.relations) return gold;
  return {
    ...gold,
    relations: gold.relations.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== "cue" && k !== "standing"))),
  };
}

/**
 * The ids of the relations an error finding of `check()` names (its relation and the others of
 * a conflict).
 * @param {{ severity: string, data?: any }} finding
 * @returns {string[]}
 */
export function relationIdsOf(finding) {
  const d = finding.data ?? {};
  return [d.relation, ...(Array.isArray(d.otherRelations) ? d.otherRelations : [])]
    .filter((r) => r && typeof r.id === "string")
    .map((r) => String(r.id));
}
