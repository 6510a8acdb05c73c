/**
 * The catalogue of rule ids a report can carry, for formats that describe their rules (SARIF).
 */
import type { Severity } from "../base/severity.js";
import { ruleHelp } from "../messages/relations.js";
import { builtinRuleMetas } from "../rules/registry.js";
import type { RuleMeta } from "../rules/rule.js";
import type { ReportedFinding } from "./report.js";

/** What the catalogue needs of a result: its findings. */
export interface CheckResultLike {
  readonly findings: readonly ReportedFinding[];
}

/** A rule as the formatters describe it. */
export interface RuleInfo {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  /** The description, with what a relation kind asserts and how figures are read. */
  readonly help: string;
}

/**
 * Every rule id a report can carry: the arithmetic rules (one per relation kind), the built-in
 * rules, the extra rules given, and any other id that appears in the results (a rule added by a
 * caller, or `value` for a conflict between stated values alone), each with its help text.
 * Sorted by id.
 *
 * @example
 * ```ts
 * ruleCatalogue([]).find((r) => r.id === "sum")?.description; //=> "The parts add up to the total."
 * ```
 */
export function ruleCatalogue(results: readonly CheckResultLike[], extra: readonly RuleMeta[] = []): RuleInfo[] {
  const byId = new Map<string, RuleInfo>();
  const add = (r: RuleMeta) => {
    if (!byId.has(r.id)) byId.set(r.id, { id: r.id, description: r.description, severity: r.severity, help: ruleHelp(r.id, r.description) });
  };
  for (const r of builtinRuleMetas()) add(r);
  for (const r of extra) add(r);
  for (const res of results) {
    for (const f of res.findings) add({ id: f.ruleId, description: `Findings of the rule '${f.ruleId}'.`, severity: f.severity });
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

