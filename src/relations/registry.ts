/**
 * Every relation kind, each declared once in its own spec file. Adding a kind: write its spec
 * beside these, list it here, give it a message entry in src/messages/relations.ts and a test
 * table in tests/rules/<kind>.test.ts.
 */
import { change } from "./change.js";
import { compare } from "./compare.js";
import { conversion } from "./conversion.js";
import { cumulative } from "./cumulative.js";
import { equal } from "./equal.js";
import { partOf } from "./part-of.js";
import { percentOf } from "./percent-of.js";
import { average } from "./average.js";
import { rate } from "./rate.js";
import { ratio } from "./ratio.js";
import { shares } from "./shares.js";
import { seriesMonotonic } from "./series-monotonic.js";
import { seriesStep } from "./series-step.js";
import type { RelationSpec, RoleSpec } from "./spec.js";
import { sum } from "./sum.js";

/**
 * The spec of every relation kind, by kind, in the order the docs list them.
 *
 * @example
 * ```ts
 * relationSpecs.cumulative.description; //=> "A running total equals the previous total plus the increment."
 * ```
 */
export const relationSpecs = {
  equal,
  conversion,
  "part-of": partOf,
  sum,
  cumulative,
  "percent-of": percentOf,
  change,
  compare,
  ratio,
  shares,
  average,
  rate,
  "series-step": seriesStep,
  "series-monotonic": seriesMonotonic,
} as const satisfies { readonly [K in string]: RelationSpec & { readonly kind: K } };

type AnySpec = (typeof relationSpecs)[keyof typeof relationSpecs];

/** The spec of a kind a claims file may write. */
export type WrittenSpec = Extract<AnySpec, { readonly written: true }>;

/** Every relation kind. */
export type AnyRelationKind = keyof typeof relationSpecs;

/** A relation kind a claims file may write. */
export type RelationKind = WrittenSpec["kind"];

/** A relation kind compiled from `series:` (never written by hand). */
export type SeriesRelationKind = Exclude<AnyRelationKind, RelationKind>;

/** The kinds a claims file may write, in the order the docs list them. */
export const WRITTEN_SPECS: readonly WrittenSpec[] = Object.values(relationSpecs).filter((s): s is WrittenSpec => s.written);

/**
 * Whether a string names a relation kind.
 *
 * @example
 * ```ts
 * isRelationKind("sum"); //=> true
 * isRelationKind("total"); //=> false
 * ```
 */
export function isRelationKind(kind: string): kind is AnyRelationKind {
  return Object.prototype.hasOwnProperty.call(relationSpecs, kind);
}

/**
 * The spec of a relation's kind. Claim sets are built by the parser, so every relation's kind
 * has a spec; an unknown kind is a bug, not bad input.
 *
 * @example
 * ```ts
 * specOf("sum").resultRole; //=> "total"
 * ```
 */
export function specOf(kind: string): RelationSpec {
  if (!isRelationKind(kind)) throw new Error(`no relation kind '${kind}'`);
  return relationSpecs[kind];
}

/**
 * The spec of a role of a relation kind (the first role spec with that role name).
 *
 * @example
 * ```ts
 * roleSpec("change", "percent")?.holds; //=> "share"
 * ```
 */
export function roleSpec(kind: string, role: string): RoleSpec | undefined {
  return isRelationKind(kind) ? relationSpecs[kind].roles.find((r) => r.role === role) : undefined;
}
