/**
 * The options of `check()` and `scanText()` are checked like a claims file: an unknown option,
 * an unknown rule id (in `disable`, `severity` or `ruleOptions`) or a bad value is an input issue
 * at its key path (`options.disable[0]`), with a did-you-mean.
 */
import { describeFound, formatPath, type InputIssue } from "../base/input-issue.js";
import { SEVERITIES } from "../base/severity.js";
import { didYouMean } from "../base/suggest.js";
import type { RoundingMethod } from "../numbers/quantity.js";
import { Rational } from "../numbers/rational.js";
import { builtinRuleMetas, builtinRules } from "../rules/registry.js";
import type { RuleMeta } from "../rules/rule.js";

/** The rounding methods of printed decimals. */
export const ROUNDING_METHODS: readonly RoundingMethod[] = ["up_or_down", "half_up", "half_down", "truncate", "exact"];

/** What the options check needs to know: the option keys allowed, and the rules the caller adds. */
export interface OptionsSchema {
  /** Every option key, with what it takes in words (for unknown keys and did-you-mean). */
  readonly keys: readonly string[];
  /** Rule ids known besides the built-in ones (rules the caller adds). */
  readonly extraRules: readonly RuleMeta[];
}

/**
 * The problems of an options object, each at `options.<key path>`.
 *
 * @example
 * ```ts
 * validateOptions({ disable: ["part-fo"] }, { keys: ["disable"], extraRules: [] }).map((i) => `${i.path}: ${i.expected}`);
 * //=> ["options.disable[0]: a rule id (did you mean 'part-of'?)"]
 * ```
 */
export function validateOptions(options: unknown, schema: OptionsSchema, file?: string): InputIssue[] {
  const issues: InputIssue[] = [];
  const add = (keys: ReadonlyArray<string | number>, expected: string, found?: string) =>
    issues.push({
      ...(file !== undefined ? { file } : {}),
      path: formatPath(["options", ...keys]),
      keys: ["options", ...keys],
      expected,
      ...(found !== undefined ? { found } : {}),
    });
  if (options === undefined) return issues;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    add([], "an object of options", describeFound(options));
    return issues;
  }
  const ruleIds = [...builtinRuleMetas(), ...schema.extraRules].map((r) => r.id);
  const isRuleId = (id: unknown): id is string => typeof id === "string" && ruleIds.includes(id);
  const ruleIdExpected = (found: unknown) => `a rule id${typeof found === "string" ? didYouMean(found, ruleIds) : ""}`;
  const value = (key: string): unknown => Reflect.get(options, key);

  for (const key of Object.keys(options)) {
    if (!schema.keys.includes(key)) add([key], `one of the options ${schema.keys.join(", ")}${didYouMean(key, schema.keys)}`, `unknown option '${key}'`);
  }

  const disable = value("disable");
  if (disable !== undefined) {
    if (!Array.isArray(disable)) add(["disable"], "a list of rule ids", describeFound(disable));
    else disable.forEach((id: unknown, i) => isRuleId(id) || add(["disable", i], ruleIdExpected(id), describeFound(id)));
  }

  const severity = value("severity");
  if (severity !== undefined) {
    if (!isRecord(severity)) add(["severity"], "a mapping of rule ids to severities", describeFound(severity));
    else {
      for (const [id, s] of Object.entries(severity)) {
        if (!isRuleId(id)) add(["severity", id], ruleIdExpected(id), `'${id}'`);
        else if (typeof s !== "string" || !(SEVERITIES as readonly string[]).includes(s)) add(["severity", id], "a severity: error, warning or info", describeFound(s));
      }
    }
  }

  const ruleOptions = value("ruleOptions");
  if (ruleOptions !== undefined) {
    if (!isRecord(ruleOptions)) add(["ruleOptions"], "a mapping of rule ids to their options", describeFound(ruleOptions));
    else {
      const builtinIds = builtinRuleMetas().map((r) => r.id);
      for (const [id, v] of Object.entries(ruleOptions)) {
        if (!isRuleId(id)) {
          add(["ruleOptions", id], ruleIdExpected(id), `'${id}'`);
          continue;
        }
        // A rule the caller adds reads its own options; a built-in rule says how its options are checked.
        if (!builtinIds.includes(id)) continue;
        const validate = builtinRules.find((r) => r.meta.id === id)?.meta.validateOptions;
        if (!validate) add(["ruleOptions", id], `no options (the rule '${id}' takes none)`, describeFound(v));
        else for (const i of validate(v)) add(["ruleOptions", id, ...pathKeys(i.path)], i.expected, i.found);
      }
    }
  }

  const confusables = value("confusables");
  if (confusables !== undefined) {
    const rule = builtinRules.find((r) => r.meta.id === "quote-confusable");
    for (const i of rule?.meta.validateOptions?.(confusables) ?? []) add(["confusables", ...pathKeys(i.path)], i.expected, i.found);
  }

  const rounding = value("rounding");
  if (rounding !== undefined && !(typeof rounding === "string" && (ROUNDING_METHODS as readonly string[]).includes(rounding))) {
    add(["rounding"], `a rounding method: ${ROUNDING_METHODS.join(", ")}${typeof rounding === "string" ? didYouMean(rounding, ROUNDING_METHODS) : ""}`, describeFound(rounding));
  }

  for (const key of ["file", "document"]) {
    const named = value(key);
    if (named !== undefined && schema.keys.includes(key) && typeof named !== "string") add([key], key === "file" ? "a file name (a string)" : "a document id (a string)", describeFound(named));
  }

  const tolerance = value("approximateTolerance");
  if (tolerance !== undefined && !isTolerance(tolerance)) {
    add(["approximateTolerance"], 'a decimal fraction at least 0, such as 0.1 or "0.05"', describeFound(tolerance));
  }

  const rules = value("rules");
  if (rules !== undefined) {
    if (!Array.isArray(rules)) add(["rules"], "a list of rules ({ meta: { id, severity, description }, check })", describeFound(rules));
    else {
      const builtinIds = builtinRuleMetas().map((r) => r.id);
      rules.forEach((r: unknown, i) => {
        const meta: unknown = isRecord(r) ? r.meta : undefined;
        const id: unknown = isRecord(meta) ? meta.id : undefined;
        if (!isRecord(r) || typeof r.check !== "function" || typeof id !== "string") add(["rules", i], "a rule: { meta: { id, severity, description }, check(context) }", describeFound(r));
        else if (builtinIds.includes(id)) add(["rules", i, "meta", "id"], "a rule id that no built-in rule uses", `'${id}'`);
      });
    }
  }
  return issues;
}

/** A relative key path as written by a rule ("include[0]", "add[1].patterns[0]") split into keys. */
function pathKeys(path: string): Array<string | number> {
  const keys: Array<string | number> = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === ".") i++;
    if (path[i] === "[") {
      const close = path.indexOf("]", i);
      const inner = path.slice(i + 1, close < 0 ? path.length : close);
      keys.push(/^\d+$/.test(inner) ? Number(inner) : inner.startsWith('"') ? (JSON.parse(inner) as string) : inner);
      i = close < 0 ? path.length : close + 1;
    } else {
      let j = i;
      while (j < path.length && path[j] !== "." && path[j] !== "[") j++;
      if (j > i) keys.push(path.slice(i, j));
      i = j;
    }
  }
  return keys;
}

function isRecord(x: unknown): x is Readonly<Record<string, unknown>> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** A tolerance `parseQuantity` reads: a decimal number (or its string) at least 0. */
function isTolerance(x: unknown): boolean {
  if (typeof x !== "number" && typeof x !== "string") return false;
  const s = String(x).trim();
  return /^\+?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/.test(s) && Rational.parse(s).sign() >= 0;
}
