/**
 * The relations of a claims file as TypeScript types, derived from the specs: a relation whose
 * claim references are limited to the ids `K`. The DSL uses it with the ids of the claims
 * declared, so a misspelt id does not compile; the schema's input type uses it with any string.
 */
import type { WrittenSpec } from "./registry.js";

/** Fields shared by every relation. */
export interface RelationExtras {
  readonly id?: string;
  readonly note?: string;
  /** The relation joins claims about different periods on purpose. */
  readonly periods?: "intended";
  /** The words of the text that license the relation, when it was proposed from a raw text. */
  readonly cue?: string;
  /** How far apart its numbers are in the text. */
  readonly window?: "sentence" | "previous-sentence" | "paragraph";
  /** `proposed` (checked) or `suggested` (checked on its own; its findings are info). */
  readonly standing?: "proposed" | "suggested";
  /** Alternative readings, each with the relation's roles (and fields) in full, and its words in `label`. */
  readonly readings?: ReadonlyArray<Readonly<Record<string, string | readonly string[]>>>;
}

/**
 * What a role's key holds: one claim id, or a list of them: in the DSL (`L` = "tuple") a tuple of
 * at least `min`, in the file's input type (`L` = "array") any list (the schema checks its length).
 */
type RoleValue<R, K, L> = R extends { readonly many: true }
  ? L extends "array"
    ? readonly K[]
    : R extends { readonly min: 2 }
      ? readonly [K, K, ...K[]]
      : readonly [K, ...K[]]
  : K;

/** Keys of which the spec wants exactly one. */
type ExactlyOneKeys<S> = S extends { readonly choices: readonly (infer C)[] } ? (C extends { readonly count: "one"; readonly keys: readonly (infer Key)[] } ? Key : never) : never;

type Roles<S extends WrittenSpec> = S["roles"][number];
type RoleByKey<S extends WrittenSpec, Key> = Extract<Roles<S>, { readonly key: Key }>;

type RequiredRoles<S extends WrittenSpec, K, L> = {
  readonly [R in Roles<S> as R extends { readonly optional: true } ? never : R["key"]]: RoleValue<R, K, L>;
};
type OptionalRoles<S extends WrittenSpec, K, L> = {
  readonly [R in Roles<S> as R extends { readonly optional: true } ? (R["key"] extends ExactlyOneKeys<S> ? never : R["key"]) : never]?: RoleValue<R, K, L>;
};
type ExactlyOne<S extends WrittenSpec, K, L> = [ExactlyOneKeys<S>] extends [never]
  ? unknown
  : {
      [Key in ExactlyOneKeys<S> & string]: { readonly [P in Key]: RoleValue<RoleByKey<S, P>, K, L> } & {
        readonly [P in Exclude<ExactlyOneKeys<S>, Key> & string]?: never;
      };
    }[ExactlyOneKeys<S> & string];
type Fields<S> = S extends { readonly fields: infer F }
  ? {
      readonly [P in keyof F as F[P] extends { readonly positiveInteger: true } | { readonly numbersPer: string } | { readonly optional: true } ? never : P]: F[P] extends { readonly oneOf: readonly (infer V)[] } ? V : never;
    } & {
      readonly [P in keyof F as F[P] extends { readonly optional: true } ? P : never]?: F[P] extends { readonly oneOf: readonly (infer V)[] } ? V : never;
    } & {
      readonly [P in keyof F as F[P] extends { readonly positiveInteger: true } ? P : never]?: number | string;
    } & {
      readonly [P in keyof F as F[P] extends { readonly numbersPer: string } ? P : never]?: ReadonlyArray<number | string>;
    }
  : unknown;

/** One relation kind's shape, from its spec. */
type RelationOf<S extends WrittenSpec, K, L> = { readonly kind: S["kind"] } & RequiredRoles<S, K, L> & OptionalRoles<S, K, L> & ExactlyOne<S, K, L> & Fields<S> & RelationExtras;

/**
 * A relation whose claim references are limited to the ids `K`.
 *
 * @example
 * ```ts
 * const r: TypedRelation<"a" | "b"> = { kind: "part-of", part: "a", whole: "b" };
 * ```
 */
export type TypedRelation<K extends string> = WrittenSpec extends infer S ? (S extends WrittenSpec ? RelationOf<S, K, "tuple"> : never) : never;

/**
 * One relation as a claims file writes it (lists of any length; the schema checks them).
 *
 * @example
 * ```ts
 * const r: RelationShape = { kind: "sum", parts: ["a", "b"], total: "t" };
 * ```
 */
export type RelationShape = WrittenSpec extends infer S ? (S extends WrittenSpec ? RelationOf<S, string, "array"> : never) : never;
