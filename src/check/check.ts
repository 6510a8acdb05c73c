/**
 * `check()`: a claims file's content in, a report out. Bad input never throws: invalid input or
 * options come back as `verdict: "invalid"` with every issue listed. A bug inside claimcheck is
 * thrown as `ClaimcheckInternalError`, never dressed as bad input.
 */
import { ClaimcheckInputError, ClaimcheckInternalError, type InputIssue } from "../base/input-issue.js";
import type { Severity } from "../base/severity.js";
import { isParsedClaimSet, type ClaimSet } from "../claims/model.js";
import type { Analysis } from "../engine/analysis.js";
import { analyze } from "../engine/analyze.js";
import { parseClaims } from "../input/parse.js";
import type { QuantityOptions } from "../numbers/quantity.js";
import { reportFindings, type CustomFindings, type ReportedFinding } from "../report/report.js";
import { arithmeticFindings } from "../rules/arithmetic.js";
import type { Finding } from "../rules/findings.js";
import { builtinRules } from "../rules/registry.js";
import { withTextNumbers } from "../rules/text-numbers.js";
import type { CustomRule, RuleOptions } from "../rules/rule.js";
import { validateOptions } from "./options.js";

/** Options of `check`. */
export interface CheckOptions extends RuleOptions, QuantityOptions {
  /** The file the claims came from, named in errors and in the report. */
  readonly file?: string;
  /** Texts of documents that name a `textFile`, by document id (the file loader fills this). */
  readonly texts?: Readonly<Record<string, string>>;
  /** Extra rules to run (your own, with their messages). */
  readonly rules?: readonly CustomRule[];
  /** Rule ids to turn off. */
  readonly disable?: readonly string[];
  /** Severity overrides by rule id. */
  readonly severity?: Readonly<Record<string, Severity>>;
}

/** The keys `check()` takes. */
const CHECK_OPTION_KEYS = ["file", "texts", "rules", "disable", "severity", "ruleOptions", "confusables", "rounding", "approximateTolerance"];

/** An unknown claim's interval, as the report gives it. `min`/`max` are null when unbounded. */
export interface DerivedValue {
  readonly claim: string;
  readonly min: number | null;
  readonly max: number | null;
  readonly minOpen?: boolean;
  readonly maxOpen?: boolean;
  /** The exact interval, e.g. `[624, ∞)`. */
  readonly interval: string;
}

/** The report for one claim set. */
export interface CheckResult {
  readonly path?: string;
  /**
   * `consistent`: a witness satisfies every relation and no rule reports an error;
   * `inconsistent`: the engine found a conflict, or a rule (a weekday, a period, a series step, a
   * quote that is not in the text) reports an error; `undecidable`: no conflict and no witness;
   * `invalid`: the input is not a valid claims file.
   */
  readonly verdict: "consistent" | "inconsistent" | "undecidable" | "invalid";
  readonly findings: readonly ReportedFinding[];
  readonly derived: readonly DerivedValue[];
  /** Claims that sit in every conflict (when there are two or more). */
  readonly culprits: readonly string[];
  /** Input problems, when the verdict is invalid. */
  readonly errors: readonly InputIssue[];
  /** The checked claim set (absent when invalid). */
  readonly set?: ClaimSet;
  /** The engine's analysis (absent when invalid). */
  readonly analysis?: Analysis;
}


/**
 * Checks a claim set: the content of a claims file (as parsed from YAML/JSON, or made with
 * `defineClaims`), or an already parsed `ClaimSet`.
 *
 * @example
 * ```ts
 * import { check } from "claimcheck";
 * const result = check({
 *   claims: { prior: { unknown: true }, added: 61, total: "at least 685" },
 *   relations: [{ kind: "cumulative", previous: "prior", added: "added", total: "total" }],
 * });
 * result.verdict; //=> "consistent"
 * result.derived[0]; //=> { claim: "prior", min: 624, max: null, interval: "[624, ∞)" }
 * ```
 */
export function check(input: unknown, options: CheckOptions = {}): CheckResult {
  const file = typeof options === "object" && options !== null && typeof options.file === "string" ? options.file : undefined;
  const invalid = (errors: readonly InputIssue[]): CheckResult => ({ ...(file !== undefined ? { path: file } : {}), verdict: "invalid", findings: [], derived: [], culprits: [], errors });
  const optionIssues = validateOptions(options, { keys: CHECK_OPTION_KEYS, extraRules: Array.isArray(options?.rules) ? options.rules.map((r) => r.meta) : [] }, file);
  let set: ClaimSet | undefined;
  try {
    set = isClaimSet(input) ? input : optionIssues.length === 0 ? parseClaims(input, options) : undefined;
  } catch (e) {
    if (!(e instanceof ClaimcheckInputError)) throw new ClaimcheckInternalError(e);
    return invalid([...e.issues, ...optionIssues]);
  }
  if (optionIssues.length > 0 || !set) {
    // Report the claims file's own problems beside the options' ones.
    const parsed = isClaimSet(input) ? [] : inputIssues(input, file);
    return invalid([...parsed, ...optionIssues]);
  }
  try {
    const parsed = set;
    return withTextNumbers(() => checkSet(parsed, options));
  } catch (e) {
    throw new ClaimcheckInternalError(e);
  }
}

/** The problems of a claims file's content (none when it is valid). */
function inputIssues(input: unknown, file: string | undefined): readonly InputIssue[] {
  try {
    parseClaims(input, file !== undefined ? { file } : {});
    return [];
  } catch (e) {
    if (e instanceof ClaimcheckInputError) return e.issues;
    throw new ClaimcheckInternalError(e);
  }
}

/** A set `parseClaims` made; anything else, however much it looks like one, is validated as input. */
function isClaimSet(x: unknown): x is ClaimSet {
  return isParsedClaimSet(x);
}

function checkSet(set: ClaimSet, options: CheckOptions): CheckResult {
  const analysis = analyze(set);
  const disabled = new Set(options.disable ?? []);
  const context = { set, analysis, options };
  const findings: Finding[] = arithmeticFindings(set, analysis);
  for (const rule of builtinRules) if (!disabled.has(rule.meta.id)) for (const f of rule.check(context)) findings.push(f);
  const custom: CustomFindings[] = (options.rules ?? [])
    .filter((rule) => !disabled.has(rule.meta.id))
    .map((rule) => ({ findings: rule.check(context), ...(rule.meta.messages ? { messages: rule.meta.messages } : {}) }));
  const reported = reportFindings(findings, custom, {
    texts: set.documents.map((d) => [d.id, d.text] as const),
    ...(options.disable ? { disable: options.disable } : {}),
    ...(options.severity ? { severity: options.severity } : {}),
  });

  const derived: DerivedValue[] = [];
  for (const [claim, i] of analysis.derived) {
    derived.push({
      claim,
      min: i.lo ? i.lo.v.toNumber() : null,
      max: i.hi ? i.hi.v.toNumber() : null,
      ...(i.lo?.open ? { minOpen: true } : {}),
      ...(i.hi?.open ? { maxOpen: true } : {}),
      interval: i.toString(),
    });
  }
  return {
    ...(set.file !== undefined ? { path: set.file } : {}),
    verdict: reported.some((f) => f.severity === "error") ? "inconsistent" : analysis.verdict,
    findings: reported,
    derived,
    culprits: analysis.culprits,
    errors: [],
    set,
    analysis,
  };
}
