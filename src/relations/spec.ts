import type { Network } from "../engine/network.js";
import type { RelationKind, RelationModel, SeriesRelationKind } from "../input/parse.js";

/** What a relation rule gets to build its constraints. */
export interface CompileContext {
  readonly net: Network;
  /** The element id of the relation (owner of the constraints). */
  readonly owner: number;
  /** The variable of a claim, by key. */
  variable(claim: string): number;
  /** A fresh auxiliary variable. */
  aux(name: string, integer: boolean): number;
}

/** Metadata of an arithmetic rule (one per relation kind). */
export interface RelationRuleMeta {
  readonly id: RelationKind | SeriesRelationKind;
  readonly description: string;
  readonly severity: "error";
  /** The role whose stated value a conflict is reported against ("total" of a cumulative). */
  readonly resultRole: string;
}

/**
 * An arithmetic rule: how one relation kind becomes constraints. The engine is generic; each
 * kind lives in its own file under src/rules/.
 */
export interface RelationRule {
  readonly meta: RelationRuleMeta;
  /** Adds the relation's constraints to the network in `ctx`. */
  compile(relation: RelationModel, ctx: CompileContext): void;
}

/** The claims of a relation in one role, in order. */
export function claimsIn(relation: RelationModel, role: string): string[] {
  return relation.roles.filter((r) => r.role === role).map((r) => r.claim);
}

/** The one claim in a role (the schema guarantees it is there). */
export function claimIn(relation: RelationModel, role: string): string | undefined {
  return relation.roles.find((r) => r.role === role)?.claim;
}
