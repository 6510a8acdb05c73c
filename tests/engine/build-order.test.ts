/**
 * The canonical order of relations in src/engine/build.ts: the order by claim rank, used when
 * every relation has the same kind, fields and roles, is the order by signature (fast-check,
 * fixed seed), and falls back whenever the relations differ otherwise.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RelationModel } from "../../src/claims/model.js";
import { byClaimRank, bySignature, compareStrings } from "../../src/engine/build.js";

/** Claim keys as references write them, short and alike so that prefixes and ties are common. */
const key = fc.stringMatching(/^[a-c0-9][a-c0-9_./-]{0,3}$/);

/** The ranks of the keys in key order, as build() numbers the claims' variables. */
function ranks(keys: readonly string[]): Map<string, number> {
  return new Map([...new Set(keys)].sort(compareStrings).map((k, i) => [k, i]));
}

describe("the canonical order of relations", () => {
  it("by claim rank is the order by signature on relations of one kind, fields and roles", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.array(fc.array(key, { minLength: 3, maxLength: 3 }), { maxLength: 40 }), fc.boolean(), (width, claims, withFields) => {
        const relations: RelationModel[] = claims.map((c, index) => ({
          index,
          kind: "cumulative",
          roles: c.slice(0, width).map((claim, k) => ({ role: ["previous", "added", "total"][k]!, claim })),
          ...(withFields ? { fields: { op: "<" } } : {}),
          path: `relations[${index}]`,
        }));
        const order = byClaimRank(relations, ranks(claims.flat()));
        expect(order?.relations.map((r) => r.index)).toEqual(bySignature(relations).map((r) => r.index));
      }),
    );
  });

  it("is left to the signatures when kinds, fields or roles differ, or a claim is unknown", () => {
    const r = (index: number, kind: string, role: string, claim: string, fields?: Record<string, string>): RelationModel => ({
      index,
      kind,
      roles: [{ role, claim }],
      ...(fields ? { fields } : {}),
      path: "",
    });
    const known = new Map([["a", 0], ["b", 1]]);
    expect(byClaimRank([r(0, "compare", "left", "a"), r(1, "part-of", "left", "b")], known)).toBeUndefined();
    expect(byClaimRank([r(0, "compare", "left", "a"), r(1, "compare", "right", "b")], known)).toBeUndefined();
    expect(byClaimRank([r(0, "compare", "left", "a", { op: "<" }), r(1, "compare", "left", "b", { op: ">" })], known)).toBeUndefined();
    expect(byClaimRank([r(0, "compare", "left", "a"), r(1, "compare", "left", "c")], known)).toBeUndefined();
    expect(byClaimRank([r(0, "compare", "left", "a b")], new Map([["a b", 0]]))).toBeUndefined();
    expect(byClaimRank([r(0, "compare", "left", "b"), r(1, "compare", "left", "a")], known)?.relations.map((x) => x.index)).toEqual([1, 0]);
  });
});
