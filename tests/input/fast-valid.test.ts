/**
 * The quick yes of src/input/fast-valid.ts never says yes to a file the schema refuses: on hand
 * cases, on random claim sets, and on those sets with one value somewhere replaced, a key added or
 * one removed (fast-check, fixed seed). Where it says no, zod decides, with its own words.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastValid } from "../../src/input/fast-valid.js";
import { ClaimsFileSchema } from "../../src/input/schema.js";
import { WRITTEN_SPECS } from "../../src/relations/registry.js";
import { consistentSet, randomNetwork } from "../engine/arbitraries.js";

const zodAccepts = (x: unknown) => ClaimsFileSchema.safeParse(x).success;

describe("fastValid", () => {
  const ledger = {
    claims: { t0: "1000", a1: "61", t1: 1061, u: { unknown: true }, v: { value: "48%", quote: "48%" } },
    relations: [
      { kind: "cumulative", previous: "t0", added: "a1", total: "t1" },
      { kind: "sum", parts: ["t0", "a1"], total: "t1", id: "s" },
      { kind: "compare", left: "u", op: "<", right: "t1" },
    ],
  };

  it("says yes to a plain file of claims and relations (and zod agrees)", () => {
    expect(fastValid(ledger)).toBe(true);
    expect(zodAccepts(ledger)).toBe(true);
    expect(fastValid({})).toBe(true);
    expect(zodAccepts({})).toBe(true);
  });

  it.each([
    ["a document", { ...ledger, document: { id: "d" } }],
    ["an unknown top-level key", { ...ledger, claim: {} }],
    ["a claim id with a slash", { claims: { "a/b": 1 } }],
    ["an infinite number", { claims: { a: Infinity } }],
    ["a claim object with an unknown key", { claims: { a: { value: 1, colour: "red" } } }],
    ["a relation kind that does not exist", { claims: { a: 1 }, relations: [{ kind: "sums", parts: ["a"], total: "a" }] }],
    ["a relation without a required role", { claims: { a: 1 }, relations: [{ kind: "compare", left: "a", op: "<" }] }],
    ["a relation with an unknown key", { claims: { a: 1 }, relations: [{ kind: "compare", left: "a", op: "<", right: "a", colour: 1 }] }],
    ["a field outside its choices", { claims: { a: 1 }, relations: [{ kind: "compare", left: "a", op: "<<", right: "a" }] }],
    ["an empty list of parts", { claims: { a: 1 }, relations: [{ kind: "sum", parts: [], total: "a" }] }],
    ["a hole in a list of parts", { claims: { a: 1 }, relations: [{ kind: "sum", parts: new Array(2), total: "a" }] }],
    ["relations that are not a list", { claims: { a: 1 }, relations: { kind: "sum" } }],
    ["a class instance", { claims: new Map() }],
    ["weights on a sum (a list of numbers the schema checks)", { claims: { a: 1, t: 2 }, relations: [{ kind: "sum", parts: ["a"], total: "t", weights: [2] }] }],
  ])("says no to %s (zod decides)", (_, input) => {
    expect(fastValid(input)).toBe(false);
  });

  // Every written kind, with every key it may have, from its spec.
  const everyKind = fc.constantFrom(...WRITTEN_SPECS).map((spec) => {
    const relation: Record<string, unknown> = { kind: spec.kind };
    for (const role of spec.roles as ReadonlyArray<{ key: string; many?: boolean }>) relation[role.key] = role.many ? ["a", "b"] : "a";
    for (const [key, field] of Object.entries((spec as { fields?: Record<string, { oneOf: readonly string[] }> }).fields ?? {})) relation[key] = field.oneOf[0];
    return { claims: { a: 1, b: "2" }, relations: [relation] };
  });

  const files = fc.oneof(randomNetwork(true), randomNetwork(false), consistentSet(false).map((s) => s.file), everyKind);

  /** One value somewhere in the file replaced (or deleted, or a key added). */
  const mutated = fc.tuple(files, fc.nat(), fc.oneof(fc.anything(), fc.constant(undefined), fc.constant("x/y"), fc.constant(Infinity)), fc.boolean()).map(([file, at, value, addKey]) => {
    const copy = JSON.parse(JSON.stringify(file)) as Record<string, unknown>;
    const slots: Array<[Record<string, unknown> | unknown[], string | number]> = [];
    const walk = (node: unknown) => {
      if (typeof node !== "object" || node === null) return;
      for (const k of Object.keys(node)) {
        slots.push([node as Record<string, unknown>, Array.isArray(node) ? Number(k) : k]);
        walk((node as Record<string, unknown>)[k]);
      }
    };
    walk(copy);
    const [holder, key] = slots[at % slots.length] ?? [copy, "claims"];
    if (addKey && !Array.isArray(holder)) (holder as Record<string, unknown>)[`k${at % 7}`] = value;
    else if (value === undefined && !Array.isArray(holder)) delete (holder as Record<string, unknown>)[key];
    else (holder as Record<string | number, unknown>)[key] = value;
    return copy;
  });

  it("says yes to random claim sets, which zod accepts", () => {
    fc.assert(
      fc.property(files, (file) => {
        expect(zodAccepts(file)).toBe(true);
        expect(fastValid(file)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("never says yes where zod says no, on random sets with one thing changed", () => {
    let refused = 0;
    fc.assert(
      fc.property(mutated, (file) => {
        const accepted = zodAccepts(file);
        if (!accepted) refused++;
        if (fastValid(file)) expect(accepted).toBe(true);
      }),
      { numRuns: 5000 },
    );
    expect(refused).toBeGreaterThan(1000);
  });
});
