/**
 * The arithmetic findings: each conflict the engine found, reported under the kind of the relation
 * where the stated figures meet (`conflict`), and each relation that holds only thanks to rounding
 * (`rounding`, info). The rule id is the relation's kind; `value` names a conflict between stated
 * values with no relation to report it under.
 */
import { anchorsOf } from "../claims/anchor.js";
import { claimsByKey, type ClaimModel, type ClaimSet, type RelationModel, type ClaimsByKey } from "../claims/model.js";
import type { Analysis, ConflictAnalysis } from "../engine/analysis.js";
import { Interval } from "../numbers/interval.js";
import { specOf } from "../relations/registry.js";
import type { Finding, RelationRef, Term } from "./findings.js";

/**
 * The findings of the engine's analysis of a set: its conflicts and its rounding-only relations.
 *
 * @example
 * ```ts
 * import { parseClaims } from "claimcheck";
 * import { analyze } from "../engine/analyze.js";
 * const set = parseClaims({ claims: { a: 40, b: 37 }, relations: [{ kind: "part-of", part: "a", whole: "b" }] });
 * arithmeticFindings(set, analyze(set)).map((f) => [f.ruleId, f.data.messageId]); //=> [["part-of", "conflict"]]
 * ```
 */
export function arithmeticFindings(set: ClaimSet, analysis: Analysis): Finding[] {
  const claimByKey = claimsByKey(set);
  const anchors = anchorsOf(set);
  const order = declarationOrder(set, analysis.conflicts);
  const findings: Finding[] = [];
  for (const key of analysis.unsatisfiable) {
    const claim = claimByKey.get(key)!;
    const at = anchors.of(key);
    findings.push({
      ruleId: "value",
      severity: "error",
      claims: [key],
      data: { messageId: "unsatisfiable", claim: key, written: claim.quantity?.written ?? "", integer: claim.quantity !== undefined && !claim.quantity.interval.isEmpty },
      ...(at ? { document: at.document, span: at.span } : {}),
    });
  }
  for (const c of analysis.conflicts) findings.push(conflictFinding(set, claimByKey, order, c, analysis));
  for (const r of analysis.rounding) {
    const rel = set.relations[r.relation]!;
    if (specOf(rel.kind).rounds) continue;
    const claim = claimByKey.get(r.claim)!;
    const at = anchors.of(r.claim);
    findings.push({
      ruleId: rel.kind,
      severity: "info",
      claims: rel.roles.map((x) => x.claim),
      data: {
        messageId: "rounding",
        relation: relationRef(rel),
        terms: rel.roles.map((x) => term(claimByKey, x.role, x.claim, true)),
        claim: r.claim,
        written: claim.quantity?.written ?? "",
        ...(r.exact ? { exact: r.exact } : {}),
      },
      ...(at ? { document: at.document, span: at.span } : {}),
    });
  }
  for (const i of analysis.undecided) {
    const rel = set.relations[i]!;
    const at = anchors.of(rel.roles[0]!.claim);
    findings.push({
      ruleId: rel.kind,
      severity: "warning",
      claims: rel.roles.map((x) => x.claim),
      data: { messageId: "undecided", relation: relationRef(rel) },
      ...(at ? { document: at.document, span: at.span } : {}),
    });
  }
  return findings;
}

/** The position in its claims file of each claim the conflicts name (the last, for a key given twice). */
function declarationOrder(set: ClaimSet, conflicts: readonly ConflictAnalysis[]): Map<string, number> {
  const named = new Set<string>();
  for (const c of conflicts) for (const key of c.claims) named.add(key);
  const order = new Map<string, number>();
  const claims = set.claims;
  for (let i = 0; i < claims.length; i++) if (named.has(claims[i]!.key)) order.set(claims[i]!.key, i);
  return order;
}

function relationRef(r: RelationModel): RelationRef {
  return {
    index: r.index,
    kind: r.kind,
    path: r.path,
    ...(r.id !== undefined ? { id: r.id } : {}),
    ...(r.fields !== undefined ? { fields: r.fields } : {}),
    ...(r.series !== undefined ? { series: r.series } : {}),
    ...(r.cue !== undefined ? { cue: r.cue } : {}),
    ...(r.standing !== undefined ? { standing: r.standing } : {}),
    ...(r.window !== undefined ? { window: r.window } : {}),
    ...(r.readings !== undefined ? { readings: r.readings.map((x) => x.label) } : {}),
  };
}

function term(claims: ClaimsByKey, role: string, key: string, stated: boolean, interval?: Interval, step?: number): Term {
  const c = claims.get(key)!;
  const written = stated && c.quantity ? c.quantity.written : undefined;
  // A measurement's unit travels with its term, so its words are in the unit it was written in.
  const measure = c.measure?.unit !== undefined ? c.measure : undefined;
  return {
    role,
    claim: key,
    ...(written !== undefined ? { written } : {}),
    interval: interval ?? c.quantity!.interval,
    ...(step !== undefined ? { step } : {}),
    ...(measure !== undefined ? { measure } : {}),
  };
}

function conflictFinding(
  set: ClaimSet,
  claimByKey: ClaimsByKey,
  order: ReadonlyMap<string, number>,
  c: ConflictAnalysis,
  analysis: Analysis,
): Finding {
  const anchors = anchorsOf(set);
  const primary = set.relations[c.primary];
  const target = c.target;
  const targetRole = c.terms.find((t) => t.claim === target)?.role;
  const at = target !== undefined ? anchors.of(target) : undefined;
  const related = c.claims
    .filter((k) => k !== target)
    .flatMap((k) => {
      const a = anchors.of(k);
      return a ? [{ claim: k, document: a.document, span: a.span }] : [];
    });
  const relation: RelationRef = primary ? relationRef(primary) : { index: -1, kind: "value", path: "" };
  return {
    ruleId: primary?.kind ?? "value",
    severity: "error",
    // In the order the claims file declares them (the engine works in a canonical order).
    claims: [...c.claims].sort((a, b) => (order.get(a) ?? -1) - (order.get(b) ?? -1)),
    data: {
      messageId: "conflict",
      relation,
      otherRelations: c.relations.filter((i) => i !== c.primary).map((i) => relationRef(set.relations[i]!)),
      terms: c.terms.map((t) => term(claimByKey, t.role, t.claim, t.stated, t.interval, t.step)),
      ...(target !== undefined ? { target } : {}),
      ...(targetRole !== undefined ? { targetRole } : {}),
      ...(c.expected ? { expected: c.expected } : {}),
      ...(target !== undefined && claimByKey.get(target)?.quantity ? { actual: claimByKey.get(target)!.quantity!.written } : {}),
      culprits: analysis.culprits
        .filter((k) => c.stated.includes(k))
        .map((claim) => {
          const range = analysis.culpritRanges.get(claim);
          return { claim, ...(range ? { range } : {}) };
        }),
      minimal: c.minimal,
      stated: c.stated,
      steps: c.steps.map((s) => ({
        relation: relationRef(set.relations[s.relation]!),
        claim: s.claim,
        role: s.role,
        interval: s.interval,
        terms: s.terms.map((t) => term(claimByKey, t.role, t.claim, t.stated, t.interval, t.step)),
      })),
      ...(c.whole
        ? {
            whole: {
              claim: c.whole.claim,
              range: c.whole.range,
              relations: c.relations.map((i) => {
                const r = set.relations[i]!;
                return { relation: relationRef(r), terms: r.roles.map((x) => term(claimByKey, x.role, x.claim, c.stated.includes(x.claim), c.stated.includes(x.claim) ? undefined : Interval.ALL)) };
              }),
            },
          }
        : {}),
    },
    ...(at ? { document: at.document, span: at.span } : {}),
    ...(related.length > 0 ? { related } : {}),
  };
}
