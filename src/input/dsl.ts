/**
 * The TypeScript DSL: the claims file as typed values. Claim ids are checked by the compiler,
 * so a relation naming a misspelt claim does not compile; the relations' types come from the
 * relation specs (src/relations/typed.ts).
 */
import type { TypedRelation } from "../relations/typed.js";
import type { ClaimInput, ClaimsFileInput, DocumentInput } from "./schema.js";

/** A document's fields (without claims). */
export interface DocumentFields {
  readonly id: string;
  readonly title?: string;
  readonly url?: string;
  readonly textFile?: string;
  readonly text?: string;
  readonly published?: string;
  /** The period a release reports on (`2017-07`). */
  readonly covers?: DocumentInput["covers"];
}

/** A single-document claim set written in TypeScript. */
export interface ClaimSetDefinition<C extends Record<string, ClaimInput>> {
  readonly document?: DocumentFields;
  readonly claims: C;
  readonly relations?: ReadonlyArray<TypedRelation<Extract<keyof C, string>>>;
}

/**
 * Defines a single-document claim set with compiler-checked claim ids. The result is a plain
 * claims-file object: pass it to `check()`.
 *
 * @example
 * ```ts
 * import { defineClaims, check } from "claimcheck";
 * const seed = defineClaims({
 *   claims: { investigated: 37, credible: 13 },
 *   relations: [{ kind: "part-of", part: "credible", whole: "investigated" }],
 *   // { kind: "part-of", part: "credibel", … } would not compile
 * });
 * check(seed).verdict; //=> "consistent"
 * ```
 */
export function defineClaims<const C extends Record<string, ClaimInput>>(set: {
  readonly document?: DocumentFields;
  readonly claims: C;
  readonly relations?: ReadonlyArray<TypedRelation<NoInfer<Extract<keyof C, string>>>>;
}): ClaimSetDefinition<C> & ClaimsFileInput {
  return set as ClaimSetDefinition<C> & ClaimsFileInput;
}

/** A document of a multi-document set, with its claims' ids kept in its type. */
export interface DocumentDefinition<I extends string, C extends Record<string, ClaimInput>> extends DocumentFields {
  readonly id: I;
  readonly claims: C;
  readonly relations?: ReadonlyArray<TypedRelation<Extract<keyof C, string>>>;
}

/**
 * Defines one document (a release) of a multi-document set; its relations name its own claims
 * by bare id.
 *
 * @example
 * ```ts
 * const june = defineDocument({ id: "release-2017-06", published: "2017-08-04", claims: { total: 624 } });
 * ```
 */
export function defineDocument<const I extends string, const C extends Record<string, ClaimInput>>(doc: {
  readonly id: I;
  readonly title?: string;
  readonly url?: string;
  readonly textFile?: string;
  readonly text?: string;
  readonly published?: string;
  /** The period a release reports on (`2017-07`). */
  readonly covers?: DocumentInput["covers"];
  readonly claims: C;
  readonly relations?: ReadonlyArray<TypedRelation<NoInfer<Extract<keyof C, string>>>>;
}): DocumentDefinition<I, C> {
  return doc;
}

/**
 * Any document of a multi-document set: the constraint of `defineDocuments`. (Not
 * `DocumentDefinition<string, Record<string, ClaimInput>>`: `keyof C` in its relations makes that
 * type invariant in `C`, so no concrete document would be assignable to it.)
 */
export interface AnyDocumentDefinition extends DocumentFields {
  readonly claims: Record<string, ClaimInput>;
  readonly relations?: ReadonlyArray<TypedRelation<string>>;
}

/** `document-id/claim-id` for every claim of every document in `D`. */
export type QualifiedClaimIds<D extends ReadonlyArray<AnyDocumentDefinition>> =
  D[number] extends infer X
    ? X extends DocumentDefinition<infer I, infer C>
      ? `${I}/${Extract<keyof C, string>}`
      : never
    : never;

/**
 * Defines a multi-document claim set; relations across documents name claims as
 * `document-id/claim-id`, checked by the compiler.
 *
 * @example
 * ```ts
 * import { defineDocument, defineDocuments, check } from "claimcheck";
 * const set = defineDocuments(
 *   [
 *     defineDocument({ id: "june", claims: { total: 624 } }),
 *     defineDocument({ id: "july", claims: { added: 61, total: "at least 685" } }),
 *   ],
 *   [{ kind: "cumulative", previous: "june/total", added: "july/added", total: "july/total" }],
 * );
 * check(set).verdict; //=> "consistent"
 * ```
 */
export function defineDocuments<const D extends ReadonlyArray<AnyDocumentDefinition>>(
  documents: D,
  relations?: ReadonlyArray<TypedRelation<NoInfer<QualifiedClaimIds<D>>>>,
): ClaimsFileInput & { readonly documents: D } {
  return { documents, ...(relations ? { relations } : {}) } as unknown as ClaimsFileInput & { readonly documents: D };
}
