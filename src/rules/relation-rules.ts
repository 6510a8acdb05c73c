import type { RelationKind } from "../model/claim-set.js";
import { changeRule } from "./change.js";
import { compareRule } from "./compare.js";
import { cumulativeRule } from "./cumulative.js";
import { equalRule } from "./equal.js";
import { partOfRule } from "./part-of.js";
import { percentOfRule } from "./percent-of.js";
import type { RelationRule } from "./relation-rule.js";
import { sumRule } from "./sum.js";

/** The arithmetic rules, by relation kind. */
export const relationRules: Readonly<Record<RelationKind, RelationRule>> = {
  equal: equalRule,
  "part-of": partOfRule,
  sum: sumRule,
  cumulative: cumulativeRule,
  "percent-of": percentOfRule,
  change: changeRule,
  compare: compareRule,
};
