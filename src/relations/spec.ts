/**
 * What a relation kind is, declared once: its roles, how it compiles into the constraint
 * network, the role a conflict is reported against, which periods its claims may be about, and
 * its help text. The claims file's schema, the role keys, the DSL's typed relations, SARIF's rule
 * help and the message words are all derived from these specs (`src/relations/<kind>.ts`).
 */
import type { Interval } from "../numbers/interval.js";
import type { Quantity } from "../numbers/quantity.js";
import type { Rational } from "../numbers/rational.js";
import type { RelationModel } from "../claims/model.js";

/**
 * What a role's claims hold, which decides how the engine treats an unknown claim in it:
 * a `quantity` (a count or amount: whole when its claim says so), a `share` (a percentage, never
 * forced to a whole number: 13 of 37 is 1300/37 %), a `difference` (a change, which may be
 * negative), a `factor` (a multiplier, never forced to a whole number: halved is 0.5), or a
 * `mean` (an amount per unit, such as an average or a rate per 100,000: never forced to a whole
 * number).
 */
export type RoleHolds = "quantity" | "share" | "difference" | "factor" | "mean";

/**
 * Whether a role holds a figure that is never a count (a share or a factor), so an unknown claim
 * in it is not forced to a whole number.
 *
 * @example
 * ```ts
 * isNeverWhole("share"); //=> true
 * isNeverWhole("quantity"); //=> false
 * ```
 */
export function isNeverWhole(holds: RoleHolds): boolean {
  return holds === "share" || holds === "factor" || holds === "mean";
}

/** One role of a relation kind, as the claims file writes it. */
export interface RoleSpec {
  /** The key in the claims file: `parts`. */
  readonly key: string;
  /** The role its claims take in the model and in findings (`part` for both `part:` and `parts:`). */
  readonly role: string;
  /** A list of claims (`parts: [a, b]`) rather than one. */
  readonly many?: boolean;
  /** The fewest claims a list takes (default 1). */
  readonly min?: number;
  /** The key may be left out. */
  readonly optional?: boolean;
  readonly holds: RoleHolds;
  /**
   * For the `unit` rule: `own` when the role's claims measure something of their own (the count
   * of an average, the population of a rate), apart from the other quantities of the relation;
   * or the role whose measure they share (the mean of an average is in the unit of its total).
   */
  readonly unit?: "own" | { readonly sameAs: string };
  /** The role in words ("previous total"), for messages. */
  readonly words: string;
  /** What the key holds, for the JSON Schema. */
  readonly description: string;
}

/**
 * A field of a relation kind that is not a claim: one of fixed values (`op` of `compare`), or
 * a positive whole number (`per` of `rate`, `oneOf` empty and `positiveInteger`), or a list of
 * exact decimals, one per claim of a role (`weights` of `sum`, `oneOf` empty and `numbersPer`);
 * optional then.
 */
export interface FieldSpec {
  readonly oneOf: readonly string[];
  readonly positiveInteger?: boolean;
  /** The role whose claims the list gives one number each. */
  readonly numbersPer?: string;
  /** A field of fixed values that may be left out. */
  readonly optional?: boolean;
  readonly description: string;
}

/** Keys of which exactly one (`one`) or at least one (`any`) must be given. */
export interface KeyChoice {
  readonly keys: readonly string[];
  readonly count: "one" | "any";
}

/**
 * A check on the periods of a relation's claims, by role (see the `period-consistency` rule):
 * - `same`: every claim is about the same period, and as of the same date;
 * - `within`: each claim of `parts` lies within the period of `whole` (and, with `asOf: "same"`,
 *   is as of the same date);
 * - `before`: the period of `earlier` ends before the period of `later` starts;
 * - `as-of-not-after`: `earlier` is not as of a later date than `later`.
 */
export type PeriodCheck =
  | { readonly check: "same" }
  | { readonly check: "within"; readonly parts: readonly string[]; readonly whole: string; readonly asOf: "same" | "ignore" }
  | { readonly check: "before"; readonly earlier: string; readonly later: string }
  | { readonly check: "as-of-not-after"; readonly earlier: string; readonly later: string };

/** The network a relation compiles into: linear and product constraints over variables. */
export interface ConstraintSink {
  /** Σ coefs[i]·vars[i] ∈ range. */
  linear(vars: number[], coefs: readonly Rational[], range: Interval, owner: number): void;
  /** x · y = k · z. */
  product(x: number, y: number, z: number, k: Rational, owner: number): void;
}

/** What a relation gets to build its constraints. */
export interface CompileContext {
  readonly net: ConstraintSink;
  /** The element id of the relation (owner of the constraints). */
  readonly owner: number;
  /** The variable of a claim, by key. */
  variable(claim: string): number;
  /** A fresh auxiliary variable. */
  aux(name: string, integer: boolean): number;
  /** The stated quantity of a claim, by key: how it was written; none for an unknown claim. */
  quantity(claim: string): Quantity | undefined;
}

/** One relation kind. */
export interface RelationSpec {
  /** The kind, which is also the rule id of its findings. */
  readonly kind: string;
  /** One line: what the relation asserts. */
  readonly description: string;
  /** What the relation asserts, with its keys, for rule help (SARIF, the docs). */
  readonly help: string;
  readonly roles: readonly RoleSpec[];
  /** Fields that are not claims. */
  readonly fields?: Readonly<Record<string, FieldSpec>>;
  /** Keys of which one, or at least one, must be given. */
  readonly choices?: readonly KeyChoice[];
  /** The role whose stated value a conflict is reported against ("total" of a cumulative). */
  readonly resultRole: string;
  /** A claim may sit in several roles of one relation (`equal` names the same claim twice). */
  readonly repeats?: boolean;
  /** Period checks, in order; the first that fails is reported. None: the kind compares periods by nature. */
  readonly periods: readonly PeriodCheck[];
  /** Its figures are rounded by nature (a conversion): holding only thanks to rounding is not reported. */
  readonly rounds?: boolean;
  /** `false` for kinds compiled from `series:`, which are never written by hand. */
  readonly written: boolean;
  /** Adds the relation's constraints to the network. */
  compile(relation: RelationModel, ctx: CompileContext): void;
}

/**
 * The claims of a relation in one role, in order.
 *
 * @example
 * ```ts
 * claimsIn({ index: 0, kind: "sum", path: "relations[0]", roles: [{ role: "part", claim: "a" }, { role: "part", claim: "b" }, { role: "total", claim: "t" }] }, "part");
 * //=> ["a", "b"]
 * ```
 */
export function claimsIn(relation: RelationModel, role: string): string[] {
  const out: string[] = [];
  for (const r of relation.roles) if (r.role === role) out.push(r.claim);
  return out;
}

/**
 * The one claim in a role (the schema guarantees it is there when the role is required).
 *
 * @example
 * ```ts
 * claimIn({ index: 0, kind: "part-of", path: "relations[0]", roles: [{ role: "part", claim: "a" }, { role: "whole", claim: "w" }] }, "whole");
 * //=> "w"
 * ```
 */
export function claimIn(relation: RelationModel, role: string): string | undefined {
  return relation.roles.find((r) => r.role === role)?.claim;
}
