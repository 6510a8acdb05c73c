/**
 * The schema without zod (src/input/validate.ts, what `check()` validates with) reports the same
 * issues as the zod schema (src/input/schema.ts, the source of the JSON Schema): same codes, paths,
 * order and fields, the issues inside unions included. On the repository's claims files, on hand
 * cases of every kind of mistake, and on those files with a few values replaced, keys added or
 * removed (fast-check, fixed seed).
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { ClaimsFileSchema } from "../../src/input/schema.js";
import { claimsFileIssues } from "../../src/input/validate.js";
import { WRITTEN_SPECS as WRITTEN } from "../../src/relations/registry.js";
import type { RelationSpec } from "../../src/relations/spec.js";
import { consistentSet, randomNetwork } from "../engine/arbitraries.js";

const WRITTEN_SPECS = WRITTEN as readonly RelationSpec[];

/** The fields of an issue that can differ in meaning, nested issues included. */
function normalise(issues: readonly object[]): unknown[] {
  return issues.map((i) => {
    const x = i as Record<string, unknown>;
    const out: Record<string, unknown> = { code: x.code, path: (x.path as PropertyKey[]).map((k) => (typeof k === "symbol" ? k.toString() : k)) };
    for (const k of ["expected", "format", "origin", "minimum", "maximum", "inclusive", "values", "keys", "discriminator", "message"]) if (x[k] !== undefined) out[k] = x[k];
    if (x.code === "invalid_union") out.errors = (x.errors as object[][]).map(normalise);
    return out;
  });
}

const zodIssues = (x: unknown) => {
  const r = ClaimsFileSchema.safeParse(x);
  return normalise(r.success ? [] : r.error.issues);
};
const ownIssues = (x: unknown) => normalise(claimsFileIssues(x));

const files = ["claims/seed/claims.yaml", "claims/cjtf-oir-2017/claims.yaml", "claims/constructed-county-budget/claims.yaml", "examples/invalid.claims.yaml", "examples/outside.claims.yaml", "examples/ratio.claims.yaml", "examples/seed-603.claims.yaml", "tests/fixtures/seed-inconsistent/claims.yaml"].map(
  (f) => parseYaml(readFileSync(f, "utf8")) as unknown,
);

/** A file with every part of the format: documents, a single document, series of both kinds, every relation kind with every key. */
const everything = {
  $schema: "x",
  documents: [
    {
      id: "r1",
      title: "t",
      url: "u",
      text: "x",
      published: "2017-09-01",
      covers: { from: "2017-07", to: 2017 },
      numberFormat: "decimal-comma",
      claims: { a: 1, b: "2", c: { value: 3, unit: "x", quote: "q", occurrence: 2, integer: true, signed: false, period: "2017-07", asOf: "2016-02-29", note: "n" }, d: { unknown: true }, e: { date: 2017, weekday: "Friday", length: "3 months", within: "r1/c", sameAs: ["c", "r1/d"] } },
      relations: WRITTEN_SPECS.map((spec) => {
        const r: Record<string, unknown> = { kind: spec.kind, id: "i", note: "n", periods: "intended" };
        for (const role of spec.roles) r[role.key] = role.many ? ["a", "b"] : "a";
        for (const [key, field] of Object.entries(spec.fields ?? {})) r[key] = field.numbersPer !== undefined ? [1, "2.5"] : field.positiveInteger ? "100000" : field.oneOf[0];
        return r;
      }),
    },
    { id: "r2", claims: { a: 2 } },
  ],
  series: [
    { kind: "cumulative", id: "s", measure: "m", total: "a", added: "b", previous: "c", increments: "at-least", steps: ["r1", { release: "r2", total: "a", adjustments: [{ add: "a", reason: "r" }, { subtract: "b", reason: "r" }], note: "n" }], note: "n" },
    { kind: "stock", id: "t", open: "a", carriedOver: "b", inflows: ["c"], outflows: ["d"], steps: ["r1", { release: "r2", open: "a", inflows: [], outflows: ["d"] }] },
  ],
};

const single = { document: { id: "d", published: "2017-09-01", covers: 2017 }, claims: { a: 1, b: { value: "2", period: { from: "August 2014" } } }, relations: [{ kind: "compare", left: "a", op: "<", right: "b" }] };

describe("the schema without zod", () => {
  it("accepts the repository's valid files, and finds what zod finds in the invalid one", () => {
    for (const f of [...files, everything, single]) expect(ownIssues(f)).toEqual(zodIssues(f));
    expect(ownIssues(everything)).toEqual([]);
  });

  it.each<[string, unknown]>([
    ["not a mapping", "claims: x"],
    ["null", null],
    ["a list", []],
    ["an unknown top-level key", { claim: {}, claims: { a: 1 } }],
    ["a key __proto__ at the top", JSON.parse('{"__proto__": 1, "claims": {}}')],
    ["a claim id with a slash", { claims: { "a/b": 1, "": 2, "-1": 3 } }],
    ["claims that are a list", { claims: [1, 2] }],
    ["claims of a class", { claims: new Map() }],
    ["claims with a null prototype", { claims: Object.assign(Object.create(null) as object, { a: 1 }) }],
    ["a claim true", { claims: { a: true } }],
    ["a claim null", { claims: { a: null } }],
    ["an infinite value", { claims: { a: Infinity, b: NaN, c: { value: -Infinity } } }],
    ["a claim object with an unknown key", { claims: { a: { value: 1, vale: 2 } } }],
    ["a claim of unknown false", { claims: { a: { unknown: false } } }],
    ["an empty quote, or a list", { claims: { a: { value: 1, quote: "" }, b: { value: 1, quote: [] }, c: { value: 1, quote: [1] }, d: { value: 1, quote: {} } } }],
    ["occurrences", { claims: { a: { occurrence: 0 }, b: { occurrence: 1.5 }, c: { occurrence: 1e20 }, d: { occurrence: -1e20 }, e: { occurrence: "1" } } }],
    ["periods", { claims: { a: { period: 999 }, b: { period: 10000 }, c: { period: "" }, d: { period: 2017.5 }, e: { period: { from: "" } }, f: { period: { to: "2017" } }, g: { period: { from: 1, to: 2, x: 3 } }, h: { period: [] }, i: { period: 1e20 } } }],
    ["dates", { claims: { a: { asOf: "2017-02-30" }, b: { asOf: 20170901 }, c: { date: "" }, d: { date: 1.5 }, e: { date: [] } } }],
    ["references", { claims: { a: { within: "x/y/z" }, b: { sameAs: [] }, c: { sameAs: ["a", "b/"] }, d: { sameAs: 3 }, e: { sameAs: "" } } }],
    ["booleans and strings", { claims: { a: { integer: "yes", signed: 1, unit: 2, weekday: [], length: {}, note: null } } }],
    ["a relation kind that does not exist", { claims: { a: 1 }, relations: [{ kind: "sums", parts: ["a"], total: "a" }, { parts: [] }, "sum", null] }],
    ["relations that are not a list", { relations: { kind: "sum" } }],
    ["a relation without a required role", { relations: [{ kind: "compare", left: "a", op: "<" }] }],
    ["a relation with an unknown key", { relations: [{ kind: "compare", left: "a", op: "<", right: "a", colour: 1 }] }],
    ["a field outside its choices", { relations: [{ kind: "compare", left: "a", op: "<<", right: "a" }] }],
    ["lists of parts", { relations: [{ kind: "sum", parts: [], total: "a" }, { kind: "sum", parts: new Array(2), total: "a" }, { kind: "sum", parts: "", total: "a" }, { kind: "sum", parts: "ab", total: "a" }, { kind: "sum", parts: [1, "a"], total: 1 }] }],
    ["weights", { relations: [{ kind: "sum", parts: ["a"], total: "t", weights: [] }, { kind: "sum", parts: ["a"], total: "t", weights: ["x", 1.5, "-2.25", Infinity] }, { kind: "sum", parts: ["a"], total: "t", weights: "2" }] }],
    ["rates per", { relations: WRITTEN_SPECS.some((s) => s.kind === "rate") ? [0, -1, 1.5, "0", "01", "100000", 1e20, true].map((per) => ({ kind: "rate", per })) : [] }],
    ["periods intended", { relations: [{ kind: "compare", left: "a", op: "<", right: "a", periods: "yes", id: 1, note: [] }] }],
    ["documents", { documents: [] }],
    ["documents that are not a list", { documents: { id: "d" } }],
    ["a document without an id", { documents: [{ claims: { a: 1 } }, { id: "a/b" }, { id: "d", published: "2017-9-1", covers: "", numberFormat: "comma", textFile: 1, claims: [], relations: {} }, null] }],
    ["a single document", { document: { id: "d", claims: {} } }],
    ["a single document that is a list", { document: [] }],
    ["series", { series: [{ kind: "cumulative" }, { kind: "stock", id: "s", open: "a", steps: [] }, { kind: "flow" }, { id: "x" }, 1] }],
    ["series steps", { series: [{ kind: "cumulative", id: "s", total: "t", steps: ["r", { release: "r", adjustments: [{ add: "a" }, { add: "a", reason: "" }, { add: "a", subtract: "b", reason: "r" }, {}] }, { release: "r", open: "a" }, 3, "a/b"] }] }],
    ["stock steps", { series: [{ kind: "stock", id: "s", open: "o", inflows: "a", outflows: [1], steps: [{ release: "r", total: "t" }, { inflows: ["a"] }] }] }],
  ])("reports what zod reports: %s", (_, input) => {
    expect(ownIssues(input)).toEqual(zodIssues(input));
  });

  const everyKind = fc.constantFrom(...WRITTEN_SPECS).map((spec) => {
    const relation: Record<string, unknown> = { kind: spec.kind };
    for (const role of spec.roles) relation[role.key] = role.many ? ["a", "b"] : "a";
    for (const [key, field] of Object.entries(spec.fields ?? {})) relation[key] = field.numbersPer !== undefined ? ["1", 2] : field.positiveInteger ? 100 : field.oneOf[0];
    return { claims: { a: 1, b: "2" }, relations: [relation] };
  });

  const bases = fc.oneof(randomNetwork(true), randomNetwork(false), consistentSet(false).map((s) => s.file), everyKind, fc.constantFrom(...files, everything, single));

  const odd = fc.oneof(
    fc.anything(),
    fc.constantFrom<unknown>(undefined, null, "", "x/y", "a", "2017-02-29", "2016-02-29", "2017-13-01", 0, -1, 1.5, 999, 1000, 9999, 10000, 1e20, Infinity, NaN, true, false, [], [""], ["a"], [1], {}, { from: "" }, { from: 2017 }, { add: "a" }, { kind: "sum" }, { kind: "cumulative" }, "intended", "decimal-comma"),
  );

  /** A base file with up to three values replaced (or deleted, or a key added). */
  const mutated = fc.tuple(bases, fc.array(fc.tuple(fc.nat(), odd, fc.nat(3)), { minLength: 1, maxLength: 3 })).map(([file, changes]) => {
    const copy = JSON.parse(JSON.stringify(file)) as Record<string, unknown>;
    for (const [at, value, how] of changes) {
      const slots: Array<[Record<string, unknown> | unknown[], string | number]> = [];
      const walk = (node: unknown) => {
        if (typeof node !== "object" || node === null) return;
        for (const k of Object.keys(node)) {
          slots.push([node as Record<string, unknown>, Array.isArray(node) ? Number(k) : k]);
          walk((node as Record<string, unknown>)[k]);
        }
      };
      walk(copy);
      const [holder, key] = slots[at % Math.max(slots.length, 1)] ?? [copy, "claims"];
      if (how === 0 && !Array.isArray(holder)) (holder as Record<string, unknown>)[["k", "kind", "value", "id", "claims", "steps"][at % 6]!] = value;
      else if (how === 1 && !Array.isArray(holder)) delete (holder as Record<string, unknown>)[key];
      else (holder as Record<string | number, unknown>)[key] = value;
    }
    return copy;
  });

  it("reports what zod reports on random files with a few things changed", () => {
    let refused = 0;
    fc.assert(
      fc.property(mutated, (file) => {
        const zod = zodIssues(file);
        if (zod.length > 0) refused++;
        expect(ownIssues(file)).toEqual(zod);
      }),
      { numRuns: 3000 },
    );
    expect(refused).toBeGreaterThan(1000);
  });
});
