// @ts-check
/**
 * The family of a relation's cue, so that the scorer can report "of these", "raising the total
 * to" and the like as one row each, whatever the numbers and nouns around them.
 */

/** Families, first match wins: the family name and the words that mark it (any of them). */
const FAMILIES = /** @type {const} */ ([
  ["respectively", ["respectively"]],
  ["of these / of whom", ["of these", "of them", "of whom", "of which", "among them", "among these"]],
  ["out of / in N", ["out of", " in every ", "one in ", " in 10", " in five", " in four", " in three"]],
  ["including", ["including", "among them", "included"]],
  ["raising the total to", ["total to", "bringing", "raising", "taking the", "took the", "brought the", "raised the", "so far"]],
  ["in all / in total", ["in all", "in total", "altogether", "combined", "a total of", "together", "total of"]],
  ["points", ["percentage point", " points", "basis point"]],
  ["times / doubled", ["doubled", "tripled", "halved", "times", "-fold", "twice", "half as"]],
  ["per / rate", [" per ", "rate"]],
  ["average / each", ["average", "each", "apiece", "a head", "mean"]],
  ["fraction", ["a third", "a quarter", "half", "two-thirds", "three-quarters", "a fifth"]],
  ["change", ["from", "up ", "down ", "rose", "fell", "increase", "decrease", "drop", "gain", "grew", "cut"]],
  ["percent of", ["%", "percent", "per cent", "share"]],
  ["of the", ["of the", " of "]],
  ["same figure", ["restated", "again", "same"]],
]);

/** Kinds whose cue has no words of its own (a figure and its conversion in brackets): one family each. */
const KIND_FAMILIES = /** @type {Readonly<Record<string, string>>} */ ({ conversion: "unit in brackets" });

/**
 * The family of a cue ("of these" → "of these / of whom"); `(none)` for a relation with no cue,
 * `other` when no family's words occur in it. A kind listed in KIND_FAMILIES is its own family.
 * @param {string | undefined} cue
 * @param {string} [kind]
 * @returns {string}
 *
 * @example
 * cueFamily("raising the total to"); // "raising the total to"
 */
export function cueFamily(cue, kind) {
  if (kind !== undefined && KIND_FAMILIES[kind] !== undefined) return KIND_FAMILIES[kind];
  if (cue === undefined || cue.trim() === "") return "(none)";
  const c = ` ${cue.toLowerCase()} `;
  for (const [family, words] of FAMILIES) if (words.some((w) => c.includes(w))) return family;
  return "other";
}
