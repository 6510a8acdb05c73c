// @ts-check
/**
 * Matching a proposal against its gold: claims by overlapping number spans and equal values,
 * relations by kind and by every role bound to matched claims.
 */
import { locateClaims } from "./anchor.mjs";
import { cueFamily } from "./cues.mjs";

/**
 * @typedef {import("./anchor.mjs").EvalContext} EvalContext
 * @typedef {import("./anchor.mjs").LocatedClaim} LocatedClaim
 * @typedef {{ kind: string, cue?: string, standing?: string, id?: string, [key: string]: unknown }} RelationLike
 * @typedef {{ document?: Record<string, unknown>, claims?: Record<string, any>, relations?: RelationLike[] }} ClaimsFileLike
 * @typedef {{ kind: string, family: string, standing: string, id: string, roles: Map<string, string[]>, fields: Map<string, string> }} NormalRelation
 * @typedef {{ gold: string, proposed: string, unit: boolean, implicit?: boolean }} ClaimPair
 */

/** Keys of a relation that are neither roles nor fields. */
const SHARED_KEYS = new Set(["kind", "id", "note", "periods", "cue", "standing", "window", "readings"]);

/**
 * A relation as roles (claim ids by role key; `part` folded into `parts`) and fields (anything
 * else, as strings), with its kind, cue family and standing (`proposed` when not given).
 * @param {RelationLike} r @param {number} index @param {Set<string>} claimIds
 * @returns {NormalRelation}
 */
function normaliseRelation(r, index, claimIds) {
  /** @type {Map<string, string[]>} */
  const roles = new Map();
  /** @type {Map<string, string>} */
  const fields = new Map();
  for (const [key, v] of Object.entries(r)) {
    if (SHARED_KEYS.has(key) || v === undefined) continue;
    const list = Array.isArray(v) ? v : [v];
    if (list.length > 0 && list.every((x) => typeof x === "string" && claimIds.has(x))) {
      const k = key === "part" && r.kind === "part-of" ? "parts" : key;
      roles.set(k, [...(roles.get(k) ?? []), ...list.map(String)]);
    } else {
      fields.set(key, list.map(String).join(" "));
    }
  }
  return {
    kind: r.kind,
    family: cueFamily(r.cue, r.kind),
    standing: r.standing ?? "proposed",
    id: r.id ?? `relations[${index}]`,
    roles,
    fields,
  };
}

/**
 * Pairs gold and proposed claims one to one: spans overlap and values equal; among several
 * candidates the one with the same unit comes first, then the earliest in the text.
 * @param {LocatedClaim[]} gold @param {LocatedClaim[]} proposed
 * @returns {ClaimPair[]}
 */
function matchClaims(gold, proposed) {
  /** @type {ClaimPair[]} */
  const pairs = [];
  const used = new Set();
  const stated = proposed.filter((p) => !p.unknown && !p.implicit).sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
  for (const g of gold.filter((c) => !c.unknown && !c.implicit).sort((a, b) => a.start - b.start || a.id.localeCompare(b.id))) {
    const candidates = stated.filter((p) => !used.has(p.id) && p.start < g.end && g.start < p.end && p.valueKey === g.valueKey);
    const best = candidates.find((p) => p.unitKey === g.unitKey) ?? candidates[0];
    if (!best) continue;
    used.add(best.id);
    pairs.push({ gold: g.id, proposed: best.id, unit: best.unitKey === g.unitKey });
  }
  // Claims without a quote ("doubled" as a factor of 2) pair by value alone, and are not counted
  // as claims of the text.
  for (const g of gold.filter((c) => c.implicit)) {
    const p = proposed.find((c) => c.implicit && !used.has(c.id) && c.valueKey === g.valueKey);
    if (!p) continue;
    used.add(p.id);
    pairs.push({ gold: g.id, proposed: p.id, unit: p.unitKey === g.unitKey, implicit: true });
  }
  return pairs;
}

/**
 * Whether a proposed relation states the gold relation: same kind, same fields, and every
 * role bound to the proposal's claims matched to the gold's (an unknown claim binds an
 * unknown claim).
 * @param {NormalRelation} g @param {NormalRelation} p
 * @param {Map<string, string>} goldToProposed @param {Set<string>} goldUnknown @param {Set<string>} proposedUnknown
 * @returns {boolean}
 */
function relationMatches(g, p, goldToProposed, goldUnknown, proposedUnknown) {
  if (g.kind !== p.kind || g.roles.size !== p.roles.size) return false;
  for (const [k, v] of g.fields) if (p.fields.get(k) !== v) return false;
  for (const [k, v] of p.fields) if (g.fields.get(k) !== v) return false;
  for (const [key, gIds] of g.roles) {
    const pIds = p.roles.get(key);
    if (!pIds || pIds.length !== gIds.length) return false;
    const used = new Set();
    for (const gid of gIds) {
      const at = pIds.findIndex((pid, i) => !used.has(i) && (goldUnknown.has(gid) ? proposedUnknown.has(pid) : goldToProposed.get(gid) === pid));
      if (at < 0) return false;
      used.add(at);
    }
  }
  return true;
}

/**
 * Pairs relations one to one, proposals in order, each with the first unpaired gold relation it
 * states.
 * @param {NormalRelation[]} gold @param {NormalRelation[]} proposed
 * @param {Map<string, string>} goldToProposed @param {Set<string>} goldUnknown @param {Set<string>} proposedUnknown
 * @returns {Array<[number, number]>} pairs of [gold index, proposed index]
 */
function matchRelations(gold, proposed, goldToProposed, goldUnknown, proposedUnknown) {
  /** @type {Array<[number, number]>} */
  const pairs = [];
  const used = new Set();
  proposed.forEach((p, pi) => {
    const gi = gold.findIndex((g, i) => !used.has(i) && relationMatches(g, p, goldToProposed, goldUnknown, proposedUnknown));
    if (gi < 0) return;
    used.add(gi);
    pairs.push([gi, pi]);
  });
  return pairs;
}

/**
 * The counts of one text: claims (gold, proposed, matched by value, by value and unit) and
 * relations, each relation listed with its kind, cue family, standing and whether it matched.
 * Precision counts proposals of standing `proposed`; recall on explicit cues counts gold
 * relations of standing `proposed` matched by those; recall overall counts every gold relation
 * matched by any proposal.
 * @param {string} text @param {ClaimsFileLike} gold @param {ClaimsFileLike} proposal @param {EvalContext} ctx
 */
export function scoreProposal(text, gold, proposal, ctx) {
  const g = locateClaims(gold, text, ctx);
  const p = locateClaims(proposal, text, ctx);
  const claimPairs = matchClaims(g.located, p.located);
  const goldToProposed = new Map(claimPairs.map((c) => [c.gold, c.proposed]));
  const goldUnknown = new Set(g.located.filter((c) => c.unknown).map((c) => c.id));
  const proposedUnknown = new Set(p.located.filter((c) => c.unknown).map((c) => c.id));
  const goldIds = new Set(Object.keys(gold.claims ?? {}));
  const proposedIds = new Set(Object.keys(proposal.claims ?? {}));
  const goldRelations = (gold.relations ?? []).map((r, i) => normaliseRelation(r, i, goldIds));
  const proposedRelations = (proposal.relations ?? []).map((r, i) => normaliseRelation(r, i, proposedIds));
  const strict = proposedRelations.map((r, i) => /** @type {[NormalRelation, number]} */ ([r, i])).filter(([r]) => r.standing === "proposed");
  const strictPairs = matchRelations(goldRelations, strict.map(([r]) => r), goldToProposed, goldUnknown, proposedUnknown);
  const anyPairs = matchRelations(goldRelations, proposedRelations, goldToProposed, goldUnknown, proposedUnknown);
  const goldByStrict = new Set(strictPairs.map(([gi]) => gi));
  const goldByAny = new Set(anyPairs.map(([gi]) => gi));
  const strictMatched = new Set(strictPairs.map(([, si]) => strict[si]?.[1]));
  return {
    claims: {
      gold: g.located.filter((c) => !c.unknown && !c.implicit).length + g.unplaced.length,
      proposed: p.located.filter((c) => !c.unknown && !c.implicit).length + p.unplaced.length,
      value: claimPairs.filter((c) => !c.implicit).length,
      valueUnit: claimPairs.filter((c) => !c.implicit && c.unit).length,
    },
    gold: goldRelations.map((r, i) => ({ kind: r.kind, family: r.family, standing: r.standing, id: r.id, byStrict: goldByStrict.has(i), byAny: goldByAny.has(i) })),
    proposed: proposedRelations.map((r, i) => ({ kind: r.kind, family: r.family, standing: r.standing, id: r.id, matched: strictMatched.has(i) })),
  };
}
