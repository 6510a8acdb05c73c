import type { RelationKind, SeriesRelationKind } from "../input/parse.js";
import { changeRule } from "./change.js";
import { compareRule } from "./compare.js";
import { cumulativeRule } from "./cumulative.js";
import { equalRule } from "./equal.js";
import { partOfRule } from "./part-of.js";
import { percentOfRule } from "./percent-of.js";
import type { RelationRule } from "./spec.js";
import { seriesMonotonicRule } from "./series-monotonic.js";
import { seriesStepRule } from "./series-step.js";
import { sumRule } from "./sum.js";

/**
 * The arithmetic rules, by relation kind (the `series-*` kinds are compiled from `series:`).
 *
 * @example
 * ```ts
 * import { relationRules } from "claimcheck";
 * relationRules.cumulative.meta.description; //=> "A running total equals the previous total plus the increment."
 * ```
 */
export const relationRules: Readonly<Record<RelationKind | SeriesRelationKind, RelationRule>> = {
  equal: equalRule,
  "part-of": partOfRule,
  sum: sumRule,
  cumulative: cumulativeRule,
  "percent-of": percentOfRule,
  change: changeRule,
  compare: compareRule,
  "series-step": seriesStepRule,
  "series-monotonic": seriesMonotonicRule,
};
