/**
 * Type tests for the DSL: a misspelt claim id in a relation does not compile. Each
 * `@ts-expect-error` below is checked by `npx tsc --noEmit` (part of `npm test`): if the line
 * after it compiled, tsc would fail with "Unused '@ts-expect-error' directive". At run time the
 * same mistakes are caught by the schema, which the tests check too.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { check } from "../src/check/check.js";
import { defineClaims, defineDocument, defineDocuments, type QualifiedClaimIds } from "../src/input/dsl.js";

const claims = { investigated: 37, credible: 13, prior: { unknown: true }, added: 61, total: "at least 685" } as const;

describe("defineClaims", () => {
  it("accepts relations naming its claims", () => {
    const set = defineClaims({
      claims,
      relations: [
        { kind: "part-of", part: "credible", whole: "investigated" },
        { kind: "part-of", parts: ["credible"], whole: "investigated" },
        { kind: "cumulative", previous: "prior", added: "added", total: "total" },
        { kind: "equal", claims: ["total", "total"] },
        { kind: "compare", left: "credible", op: "<=", right: "investigated" },
      ],
    });
    // A part-of takes `part` or `parts`, not both: the spec's choice is a type too.
    // @ts-expect-error both part and parts
    defineClaims({ claims, relations: [{ kind: "part-of", part: "credible", parts: ["credible"], whole: "investigated" }] });
    expect(check(set).verdict).toBe("consistent");
  });

  it("rejects misspelt claim ids in every role, at compile time and at run time", () => {
    const sets = [
      // @ts-expect-error 'credibel' is not a claim
      defineClaims({ claims, relations: [{ kind: "part-of", part: "credibel", whole: "investigated" }] }),
      // @ts-expect-error 'investigate' is not a claim
      defineClaims({ claims, relations: [{ kind: "part-of", part: "credible", whole: "investigate" }] }),
      // @ts-expect-error 'credibel' is not a claim (in a list of parts)
      defineClaims({ claims, relations: [{ kind: "part-of", parts: ["credibel"], whole: "investigated" }] }),
      // @ts-expect-error 'priot' is not a claim
      defineClaims({ claims, relations: [{ kind: "cumulative", previous: "priot", added: "added", total: "total" }] }),
      // @ts-expect-error 'totals' is not a claim (in an equal list)
      defineClaims({ claims, relations: [{ kind: "equal", claims: ["total", "totals"] }] }),
      // @ts-expect-error 'tota' is not a claim
      defineClaims({ claims, relations: [{ kind: "sum", parts: ["added", "prior"], total: "tota" }] }),
      // @ts-expect-error 'pct' is not a claim
      defineClaims({ claims, relations: [{ kind: "percent-of", part: "credible", whole: "investigated", percent: "pct" }] }),
      // @ts-expect-error 'diff' is not a claim
      defineClaims({ claims, relations: [{ kind: "change", from: "prior", to: "total", difference: "diff" }] }),
      // @ts-expect-error 'rigth' is not a claim
      defineClaims({ claims, relations: [{ kind: "compare", left: "credible", op: "<", right: "rigth" }] }),
      // @ts-expect-error 'factr' is not a claim (ratio's typed relation comes from its spec)
      defineClaims({ claims, relations: [{ kind: "ratio", from: "credible", to: "investigated", factor: "factr" }] }),
    ];
    for (const set of sets) expect(check(set).verdict).toBe("invalid");
  });

  it("rejects a relation of an unknown kind or with a bad operator", () => {
    // @ts-expect-error 'part' is not a relation kind
    const badKind = defineClaims({ claims, relations: [{ kind: "part", part: "credible", whole: "investigated" }] });
    // @ts-expect-error '=' is not a comparison operator
    const badOp = defineClaims({ claims, relations: [{ kind: "compare", left: "credible", op: "=", right: "investigated" }] });
    expect(check(badKind).verdict).toBe("invalid");
    expect(check(badOp).verdict).toBe("invalid");
  });
});

describe("defineDocument and defineDocuments", () => {
  const june = defineDocument({ id: "release-2017-06", published: "2017-08-04", claims: { total: 624 } });
  const july = defineDocument({
    id: "release-2017-07",
    published: "2017-09-01",
    claims: { added: 61, total: "at least 685", investigated: 37, credible: 13 },
    relations: [{ kind: "part-of", part: "credible", whole: "investigated" }],
  });

  it("types qualified ids as document-id/claim-id", () => {
    expectTypeOf<QualifiedClaimIds<[typeof june, typeof july]>>().toEqualTypeOf<
      "release-2017-06/total" | "release-2017-07/added" | "release-2017-07/total" | "release-2017-07/investigated" | "release-2017-07/credible"
    >();
  });

  it("accepts cross-document relations naming doc/claim", () => {
    const set = defineDocuments(
      [june, july],
      [{ kind: "cumulative", previous: "release-2017-06/total", added: "release-2017-07/added", total: "release-2017-07/total" }],
    );
    expect(check(set).verdict).toBe("consistent");
  });

  it("rejects a misspelt id inside a document", () => {
    // @ts-expect-error 'credibel' is not a claim of this document
    const doc = defineDocument({ id: "d", claims: { investigated: 37, credible: 13 }, relations: [{ kind: "part-of", part: "credibel", whole: "investigated" }] });
    expect(check(defineDocuments([doc])).verdict).toBe("invalid");
  });

  it("rejects misspelt, unqualified or wrongly qualified ids across documents", () => {
    const sets = [
      // @ts-expect-error 'totl' is not a claim of release-2017-06
      defineDocuments([june, july], [{ kind: "cumulative", previous: "release-2017-06/totl", added: "release-2017-07/added", total: "release-2017-07/total" }]),
      // @ts-expect-error 'release-2017-6' is not a document
      defineDocuments([june, july], [{ kind: "cumulative", previous: "release-2017-6/total", added: "release-2017-07/added", total: "release-2017-07/total" }]),
      // @ts-expect-error 'added' is a claim of release-2017-07, not of release-2017-06
      defineDocuments([june, july], [{ kind: "cumulative", previous: "release-2017-06/total", added: "release-2017-06/added", total: "release-2017-07/total" }]),
      // @ts-expect-error a bare id does not name a claim across documents
      defineDocuments([june, july], [{ kind: "cumulative", previous: "release-2017-06/total", added: "added", total: "release-2017-07/total" }]),
    ];
    for (const set of sets) expect(check(set).verdict).toBe("invalid");
  });
});
