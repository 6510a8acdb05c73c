/**
 * What the engine finds: conflicts (each a minimal set of stated values and relations), derived
 * intervals of unknown claims, relations that hold only thanks to rounding, and the verdict.
 */
import type { Interval } from "../numbers/interval.js";

/** One role of a relation with the value it had when the conflict was explained. */
export interface ConflictTerm {
  readonly role: string;
  readonly claim: string;
  /** True when the claim's stated value is used: part of the conflict, or of the primary relation's arithmetic. */
  readonly stated: boolean;
  /** The interval the claim has given the rest of the conflict (its stated value when stated). */
  readonly interval: Interval;
  /** The step of the explanation that derived it, when one did. */
  readonly step?: number;
}

/**
 * One step of a conflict's explanation: a relation of the conflict, all but one of whose claims
 * are stated (or derived in an earlier step), gives the value of the last one.
 */
export interface ConflictStep {
  readonly relation: number;
  readonly claim: string;
  readonly role: string;
  /** What the relation gives for the claim. */
  readonly interval: Interval;
  /** The relation's roles with the values the step used. */
  readonly terms: readonly ConflictTerm[];
}

/** A set of stated values and relations that cannot all hold. */
export interface ConflictAnalysis {
  /** Indices of the relations in the conflict. */
  readonly relations: readonly number[];
  /** Keys of the claims whose stated values are in the conflict. */
  readonly stated: readonly string[];
  /** Every claim the conflict's relations touch (stated or not), sorted by declaration. */
  readonly claims: readonly string[];
  /** The relation the finding is reported under. */
  readonly primary: number;
  /** The claim whose stated value contradicts the rest. */
  readonly target?: string;
  /** What the rest of the conflict allows for the target. */
  readonly expected?: Interval;
  /** The primary relation's roles, with values. */
  readonly terms: readonly ConflictTerm[];
  /**
   * For a conflict of several relations: how the stated figures lead to the primary relation's
   * values, one relation at a time, in order (the primary relation is where they meet the target).
   */
  readonly steps: readonly ConflictStep[];
  /**
   * A conflict only over whole numbers: in any numbers its relations and stated figures leave
   * this whole-number claim only `range`, which holds no whole number (`x + y = 10` and
   * `x − y = 3` leave x only 6.5). `expected` is then absent.
   */
  readonly whole?: { readonly claim: string; readonly range: Interval };
  /** False when the shrinking could not prove it minimal (a smaller set the exact solver could not settle). */
  readonly minimal: boolean;
}

/** A relation that holds with the intervals but not with the figures as printed. */
export interface RoundingAnalysis {
  readonly relation: number;
  /** The result role's claim, and its exact value computed from the other figures as printed. */
  readonly claim: string;
  readonly exact?: Interval;
}

/** What the engine found. */
export interface Analysis {
  readonly verdict: "consistent" | "inconsistent" | "undecidable";
  readonly conflicts: readonly ConflictAnalysis[];
  /**
   * Claims whose stated value no value satisfies on its own: "fewer than 0", or 4.5 for a whole
   * number (`integer: true`). Each is inconsistent by itself; the rest is solved without it.
   */
  readonly unsatisfiable: readonly string[];
  /**
   * Intervals of the unknown claims, by key: the exact least and greatest value over all
   * solutions, except for the claims in `loose`.
   */
  readonly derived: ReadonlyMap<string, Interval>;
  /**
   * Unknown claims whose interval is propagation's (sound: every solution lies in it, but its
   * ends may not be reached), where the exact solver could not settle the range: products of two
   * unknowns past its node budget, or more free figures in the component than it takes.
   */
  readonly loose: ReadonlySet<string>;
  readonly rounding: readonly RoundingAnalysis[];
  /** Claims (stated) that sit in every conflict, when there are two or more. */
  readonly culprits: readonly string[];
  /** What each culprit would have to be for the whole set to hold (when one change restores it). */
  readonly culpritRanges: ReadonlyMap<string, Interval>;
  /** True when a safety cap stopped propagation early. */
  readonly incomplete: boolean;
  /** Relations (by index) the exact solver could not settle within its budget (the verdict is then undecidable). */
  readonly undecided: readonly number[];
}

