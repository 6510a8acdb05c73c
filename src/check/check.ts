/**
 * `check()`: a claims file's content in, a report out. It never throws: invalid input comes
 * back as `verdict: "invalid"` with every issue listed.
 */
import { analyze, type Analysis, type ConflictAnalysis } from "../engine/analyze.js";
import { SEVERITY_RANK, type Finding, type FindingLocation, type ReportedFinding, type RelationRef, type Severity, type Term } from "../rules/findings.js";
import { expectedActual, messageOf } from "../messages/messages.js";
import { ClaimcheckInputError, type InputIssue } from "../base/input-issue.js";
import { claimsByKey, parseClaims, type ClaimModel, type ClaimSet, type RelationModel } from "../input/parse.js";
import type { QuantityOptions } from "../numbers/quantity.js";
import type { Rule } from "../rules/rule.js";
import { builtinRules } from "../rules/registry.js";
import { anchorsOf, type ClaimAnchors, type Span } from "../claims/anchor.js";
import type { ConfusablesOptions } from "../text/confusion.js";
import { LineIndex } from "../base/lines.js";

/** Options of `check`. */
export interface CheckOptions extends QuantityOptions {
  /** The file the claims came from, named in errors and in the report. */
  readonly file?: string;
  /** Texts of documents that name a `textFile`, by document id (the file loader fills this). */
  readonly texts?: Readonly<Record<string, string>>;
  /** Extra rules to run (text, time or your own). */
  readonly rules?: readonly Rule[];
  /** Rule ids to turn off. */
  readonly disable?: readonly string[];
  /** Severity overrides by rule id. */
  readonly severity?: Readonly<Record<string, Severity>>;
  /**
   * Options of individual rules, by rule id, e.g.
   * `{ "number-coverage": { include: ["year", "date"] } }` (each rule documents its own).
   */
  readonly ruleOptions?: Readonly<Record<string, unknown>>;
  /**
   * The confusion dictionary of `quote-confusable`: pairs to `add` (same shape as the built-in
   * ones) and built-in pairs to `disable` by id, e.g. `{ disable: ["affect/effect"] }`.
   */
  readonly confusables?: ConfusablesOptions;
}

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
  const path = options.file;
  let set: ClaimSet;
  try {
    set = isClaimSet(input) ? input : parseClaims(input, options);
  } catch (e) {
    const errors: InputIssue[] =
      e instanceof ClaimcheckInputError
        ? [...e.issues]
        : [{ ...(path !== undefined ? { file: path } : {}), path: "", expected: "a claims file claimcheck can read", found: String(e) }];
    return { ...(path !== undefined ? { path } : {}), verdict: "invalid", findings: [], derived: [], culprits: [], errors };
  }
  try {
    return checkSet(set, options);
  } catch (e) {
    if (e instanceof ClaimcheckInputError) {
      // Bad options (e.g. a confusion pattern that does not compile): name the key, as for bad input.
      const errors = e.issues.map((i) => ({ ...(path !== undefined ? { file: path } : {}), ...i, path: i.path ? `options.${i.path}` : "options" }));
      return { ...(path !== undefined ? { path } : {}), verdict: "invalid", findings: [], derived: [], culprits: [], errors };
    }
    const message = e instanceof Error ? e.message : String(e);
    return {
      ...(path !== undefined ? { path } : {}),
      verdict: "invalid",
      findings: [],
      derived: [],
      culprits: [],
      errors: [{ ...(path !== undefined ? { file: path } : {}), path: "", expected: "a claim set the engine can check", found: `an internal error (${message}); please report it` }],
    };
  }
}

function isClaimSet(x: unknown): x is ClaimSet {
  return typeof x === "object" && x !== null && Array.isArray((x as ClaimSet).claims) && Array.isArray((x as ClaimSet).documents);
}

function checkSet(set: ClaimSet, options: CheckOptions): CheckResult {
  const analysis = analyze(set);
  const claimByKey = claimsByKey(set);
  const anchors = anchorsOf(set);
  const findings: Finding[] = [];
  for (const c of analysis.conflicts) findings.push(conflictFinding(set, claimByKey, anchors, c, analysis.culprits));
  for (const r of analysis.rounding) {
    const rel = set.relations[r.relation]!;
    const claim = claimByKey.get(r.claim)!;
    const at = anchors.of(r.claim);
    findings.push({
      ruleId: rel.kind,
      severity: "info",
      claims: rel.roles.map((x) => x.claim),
      data: {
        messageId: "rounding",
        relation: relationRef(rel),
        terms: rel.roles.map((x) => term(claimByKey, x.role, x.claim, true)),
        claim: r.claim,
        written: claim.quantity?.written ?? "",
        ...(r.exact ? { exact: r.exact } : {}),
      },
      ...(at ? { document: at.document, span: at.span } : {}),
    });
  }
  const context = { set, analysis, options };
  for (const rule of [...builtinRules, ...(options.rules ?? [])]) {
    if (options.disable?.includes(rule.meta.id)) continue;
    findings.push(...rule.check(context));
  }
  const disabled = new Set(options.disable ?? []);
  const reported = findings
    .filter((f) => !disabled.has(f.ruleId))
    .map((f) => report(set, f, options.severity?.[f.ruleId]));
  sortFindings(reported, set);

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

const declarationIndexes = new WeakMap<ClaimSet, Map<string, number>>();

/** Position of a claim in its claims file (cached per set). */
function declarationIndex(set: ClaimSet, key: string): number {
  let m = declarationIndexes.get(set);
  if (!m) declarationIndexes.set(set, (m = new Map(set.claims.map((c, i) => [c.key, i]))));
  return m.get(key) ?? -1;
}

function relationRef(r: RelationModel): RelationRef {
  return {
    index: r.index,
    kind: r.kind,
    path: r.path,
    ...(r.id !== undefined ? { id: r.id } : {}),
    ...(r.op !== undefined ? { op: r.op } : {}),
    ...(r.series !== undefined ? { series: r.series } : {}),
  };
}

function term(claims: ReadonlyMap<string, ClaimModel>, role: string, key: string, stated: boolean, interval?: Term["interval"]): Term {
  const c = claims.get(key)!;
  const written = stated && c.quantity ? c.quantity.written : undefined;
  return { role, claim: key, ...(written !== undefined ? { written } : {}), interval: interval ?? c.quantity!.interval };
}

function conflictFinding(set: ClaimSet, claimByKey: ReadonlyMap<string, ClaimModel>, anchors: ClaimAnchors, c: ConflictAnalysis, culprits: readonly string[]): Finding {
  const primary = set.relations[c.primary];
  const target = c.target;
  const targetRole = c.terms.find((t) => t.claim === target)?.role;
  const at = target !== undefined ? anchors.of(target) : undefined;
  const related = c.claims
    .filter((k) => k !== target)
    .flatMap((k) => {
      const a = anchors.of(k);
      return a ? [{ claim: k, document: a.document, span: a.span }] : [];
    });
  const relation: RelationRef = primary ? relationRef(primary) : { index: -1, kind: "value", path: "" };
  return {
    ruleId: primary?.kind ?? "value",
    severity: "error",
    // In the order the claims file declares them (the engine works in a canonical order).
    claims: [...c.claims].sort((a, b) => declarationIndex(set, a) - declarationIndex(set, b)),
    data: {
      messageId: "conflict",
      relation,
      otherRelations: c.relations.filter((i) => i !== c.primary).map((i) => relationRef(set.relations[i]!)),
      terms: c.terms.map((t) => term(claimByKey, t.role, t.claim, t.stated, t.interval)),
      ...(target !== undefined ? { target } : {}),
      ...(targetRole !== undefined ? { targetRole } : {}),
      ...(c.expected ? { expected: c.expected } : {}),
      ...(target !== undefined && claimByKey.get(target)?.quantity ? { actual: claimByKey.get(target)!.quantity!.written } : {}),
      culprits: culprits.filter((k) => c.stated.includes(k)),
      minimal: c.minimal,
    },
    ...(at ? { document: at.document, span: at.span } : {}),
    ...(related.length > 0 ? { related } : {}),
  };
}

const lineIndexes = new WeakMap<object, Map<string, LineIndex>>();

function locate(set: ClaimSet, document: string, span: Span): FindingLocation | undefined {
  const doc = set.documents.find((d) => d.id === document);
  if (!doc?.text) return undefined;
  let perSet = lineIndexes.get(set);
  if (!perSet) lineIndexes.set(set, (perSet = new Map()));
  let idx = perSet.get(document);
  if (!idx) perSet.set(document, (idx = new LineIndex(doc.text)));
  const a = idx.at(span.start);
  const b = idx.at(span.end);
  return { document, start: span.start, end: span.end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

function report(set: ClaimSet, f: Finding, severity: Severity | undefined): ReportedFinding {
  const location = f.document !== undefined && f.span ? locate(set, f.document, f.span) : undefined;
  const related = (f.related ?? []).flatMap((r) => {
    const l = locate(set, r.document, r.span);
    return l ? [{ claim: r.claim, location: l }] : [];
  });
  return {
    ruleId: f.ruleId,
    severity: severity ?? f.severity,
    message: messageOf(f),
    claims: f.claims,
    ...(location ? { location } : {}),
    ...(related.length > 0 ? { related } : {}),
    ...expectedActual(f),
    data: f.data,
  };
}

function sortFindings(findings: ReportedFinding[], set: ClaimSet): void {
  const docOrder = new Map(set.documents.map((d, i) => [d.id, i]));
  findings.sort((a, b) => {
    const da = a.location ? docOrder.get(a.location.document) ?? 0 : -1;
    const db = b.location ? docOrder.get(b.location.document) ?? 0 : -1;
    if (da !== db) return da - db;
    const sa = a.location?.start ?? -1;
    const sb = b.location?.start ?? -1;
    if (sa !== sb) return sa - sb;
    if (a.severity !== b.severity) return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
    if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
    const ca = a.claims.join(",");
    const cb = b.claims.join(",");
    if (ca !== cb) return ca < cb ? -1 : 1;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
  });
}
