/**
 * Series of releases: a measure followed from one release (document) to the next, either a
 * cumulative count (a running total raised by each release's increment) or a stock (open
 * reports: carried over + new − completed = open). The engine checks a series through the
 * relations `compile.ts` makes of it; these are the types both sides share.
 */
import type { Period } from "../time/period.js";

/** What a series counts: a running total, or a stock with inflows and outflows. */
export type SeriesKind = "cumulative" | "stock";

/** A stated adjustment: a release adds or removes items for a reason ("80 earlier deaths not announced before"). */
export interface SeriesAdjustment {
  /** Key of the claim with the adjustment's size. */
  readonly claim: string;
  /** +1 adds to the measure, −1 takes away from it. */
  readonly sign: 1 | -1;
  readonly reason: string;
  /** Key path in the claims file. */
  readonly path: string;
}

/** One release of a series, with the keys of the claims that play each part in it. */
export interface SeriesStepModel {
  /** The release's document id. */
  readonly release: string;
  readonly published?: string;
  /** The period the release covers, when its document says (`covers:`). */
  readonly covers?: Period;
  /** The measure at the start of the release's period: the previous total, or the stock carried over. */
  readonly start?: string;
  /** The measure at the end: the running total, or the open stock. */
  readonly end?: string;
  /** Claims that add to the measure (the increment; new items). */
  readonly inflows: readonly string[];
  /** Claims that take away from it (completed items). */
  readonly outflows: readonly string[];
  /** True when the release does not state all its inflows (or outflows). */
  readonly unknownInflow: boolean;
  readonly unknownOutflow: boolean;
  readonly adjustments: readonly SeriesAdjustment[];
  /** Key path in the claims file. */
  readonly path: string;
}

/** A series, normalised. */
export interface SeriesModel {
  readonly id: string;
  readonly kind: SeriesKind;
  /** What is counted, in words, as the claims file says. */
  readonly measure?: string;
  /** `exact`: total = previous + increment; `at-least`: the increments are a floor (other items may be added). */
  readonly increments: "exact" | "at-least";
  readonly steps: readonly SeriesStepModel[];
  readonly path: string;
}

/** One end of a series link: a release, and whether the value is at the start or the end of its period. */
export interface SeriesPoint {
  readonly release: string;
  readonly published?: string;
  /** `start`: the previous total or stock carried over, as the release states it; `end`: its total or open stock. */
  readonly at: "start" | "end";
}

/**
 * What a relation compiled from a series stands for: the measure at one point, the flows in
 * between, and the measure at the next point, with how exactly they must agree.
 */
export interface SeriesLink {
  readonly series: string;
  readonly seriesKind: SeriesKind;
  readonly measure?: string;
  readonly from: SeriesPoint;
  readonly to: SeriesPoint;
  /** `exact`: every flow is stated; `at-least`/`at-most`: some inflows (outflows) are not, so only a bound holds. */
  readonly bound: "exact" | "at-least" | "at-most";
  /** The releases whose flows the link adds up. */
  readonly releases: readonly string[];
}
