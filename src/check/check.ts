/**
 * `check()`: a claims file's content in, a report out. Bad input never throws: invalid input or
 * options come back as `verdict: "invalid"` with every issue listed. A bug inside claimcheck is
 * thrown as `ClaimcheckInternalError`, never dressed as bad input.
 */
import { ClaimcheckInputError, ClaimcheckInternalError, describeFound, type InputIssue } from "../base/input-issue.js";
import type { Severity } from "../base/severity.js";
import { siblingPath } from "../base/paths.js";
import { claimsByKey, isParsedClaimSet, type ClaimModel, type ClaimSet } from "../claims/model.js";
import type { Analysis, ConflictAnalysis } from "../engine/analysis.js";
import { analyze } from "../engine/analyze.js";
import { parseClaims } from "../input/parse.js";
import { noteMessage, type NoteData } from "../messages/notes.js";
import { describeMeasured, unitWord } from "../messages/words.js";
import type { Interval } from "../numbers/interval.js";
import type { QuantityOptions } from "../numbers/quantity.js";
import { reportFindings, type CustomFindings, type ReportedFinding, type SourceLocation } from "../report/report.js";
import { arithmeticFindings } from "../rules/arithmetic.js";
import type { CustomFindingData, Finding, FindingData } from "../rules/findings.js";
import { builtinRules } from "../rules/registry.js";
import { withTextNumbers } from "../rules/text-numbers.js";
import type { CustomRule, RuleOptions } from "../rules/rule.js";
import { validateOptions } from "./options.js";
import { proposeClaims, type Coverage, type ProposeOptions } from "../propose/propose.js";
import type { RelationModel } from "../claims/model.js";

/** Options of `check`. */
export interface CheckOptions extends RuleOptions, QuantityOptions, ProposeOptions {
  /**
   * What a string input is: `text`, a raw news text (its claims and relations are proposed, then
   * checked), or `claims`, a claims file's content as JSON text. Left out, a string whose first
   * line that is neither blank nor a `#` comment starts with `{` or with a claims-file key
   * (`document:`, `documents:`, `claims:`, `relations:`, `series:`, `$schema:`) is a claims file;
   * any other string is a text. `published` and `id` apply to a text.
   */
  readonly input?: "text" | "claims";
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
const CHECK_OPTION_KEYS = ["file", "texts", "rules", "disable", "severity", "ruleOptions", "confusables", "rounding", "approximateTolerance", "input", "published", "id"];

/** An unknown claim's interval, as the report gives it. `min`/`max` are null when unbounded. */
export interface DerivedValue {
  readonly claim: string;
  readonly min: number | null;
  readonly max: number | null;
  readonly minOpen?: boolean;
  readonly maxOpen?: boolean;
  /** The interval in decimals, for people: `[624, ∞)`, `[4.75, 4.85]` (an end that does not terminate is rounded, `≈35.1351`). */
  readonly interval: string;
  /** The exact interval, its ends as fractions, for programs: `[624, ∞)`, `[19/4, 97/20]`. */
  readonly exact: string;
  /** What it measures, when known: an ISO currency code ("USD"), "%", "points", "times", or the noun of a count. */
  readonly unit?: string;
  /** The interval in the words of its unit, when it has one: "$3.85 billion – $3.95 billion", "47.5% – 48.5%". */
  readonly words?: string;
  /**
   * `false` when the interval is propagation's bound, which every solution respects but whose
   * ends may not be reached: the exact solver could not settle this claim's range (products of
   * two unknowns past its budget, or too many free figures in its component). Absent when the
   * interval is the exact least and greatest value over all solutions.
   */
  readonly tight?: false;
}

/** The unit and the words of a derived interval, for a claim that measures something known. */
function measuredFields(i: Interval, c: ClaimModel | undefined): { unit?: string; words?: string } {
  const m = c?.measure;
  if (!m) return c?.unit !== undefined ? { unit: c.unit } : {};
  const unit = m.unit !== undefined ? unitWord(m) : (c.unit ?? unitWord(m));
  return { ...(unit !== undefined ? { unit } : {}), ...(m.dimension !== "count" ? { words: describeMeasured(i, m) } : {}) };
}

/**
 * What a verdict leaves out, in words and as data: conflicts the engine found under a disabled
 * rule (not reported as findings), or reported with a severity below error.
 */
export interface CheckNote extends NoteData {
  readonly message: string;
}

/** The report for one claim set. */
export interface CheckResult {
  readonly path?: string;
  /**
   * The verdict follows the findings reported. `inconsistent`: some reported finding is an error
   * (a conflict the engine found, a weekday, a period, a series step, a quote that is not in the
   * text); `consistent`: no reported error, and a witness satisfies every relation;
   * `undecidable`: no reported error and no witness — the engine found neither a conflict nor a
   * witness, or its only conflicts are under disabled rules or reported below error (`notes`
   * says so); `invalid`: the input is not a valid claims file.
   */
  readonly verdict: "consistent" | "inconsistent" | "undecidable" | "invalid";
  /** Conflicts the verdict leaves out (absent when there are none). */
  readonly notes?: readonly CheckNote[];
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
  /** For a raw text: how many of its numbers sit in a checked relation, how many in none, and why. */
  readonly coverage?: Coverage;
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
 * result.derived[0]; //=> { claim: "prior", min: 624, max: null, interval: "[624, ∞)", exact: "[624, ∞)" }
 * ```
 */
export function check(input: unknown, options: CheckOptions = {}): CheckResult {
  const file = typeof options === "object" && options !== null && typeof options.file === "string" ? options.file : undefined;
  const invalid = (errors: readonly InputIssue[]): CheckResult => ({ ...(file !== undefined ? { path: file } : {}), verdict: "invalid", findings: [], derived: [], culprits: [], errors });
  const optionIssues = validateOptions(options, { keys: CHECK_OPTION_KEYS, extraRules: Array.isArray(options?.rules) ? options.rules.map((r) => r.meta) : [] }, file);
  for (const issue of textOptionIssues(options, file)) optionIssues.push(issue);
  const as = typeof options === "object" && options !== null ? options.input : undefined;
  if (optionIssues.length === 0 && (as === "text" || (as === undefined && typeof input === "string" && !looksLikeClaimsFile(input)))) {
    if (typeof input !== "string") return invalid([{ ...(file !== undefined ? { file } : {}), path: "(input)", keys: [], expected: "a text (a string), since `input: \"text\"` is given", found: describeFound(input) }]);
    return checkRawText(input, options);
  }
  if (typeof input === "string") {
    const trimmed = input.trimStart();
    if (!trimmed.startsWith("{")) {
      return invalid([{ ...(file !== undefined ? { file } : {}), path: "(input)", keys: [], expected: "a claims file's content as an object, or as JSON text (YAML is read by the file loader, claimcheck/node)", found: "YAML text" }]);
    }
    try {
      input = JSON.parse(input) as unknown;
    } catch {
      return invalid([{ ...(file !== undefined ? { file } : {}), path: "(input)", keys: [], expected: "a claims file's content as JSON text", found: "text that is not JSON" }]);
    }
  }
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

/** The keys of the claims file's top level: a string starting with one of them (after comments) is a claims file. */
const CLAIMS_FILE_KEYS = ["$schema", "document", "documents", "claims", "relations", "series"];

/**
 * Whether a string is a claims file's content rather than a raw text: its first line that is
 * neither blank nor a `#` comment starts with `{` or with a top-level key and a colon.
 */
function looksLikeClaimsFile(s: string): boolean {
  let i = 0;
  while (i < s.length) {
    let end = s.indexOf("\n", i);
    if (end < 0) end = s.length;
    const line = s.slice(i, end).trim();
    i = end + 1;
    if (line === "" || line.startsWith("#")) continue;
    if (line.startsWith("{")) return true;
    for (const key of CLAIMS_FILE_KEYS) {
      const quoted = line.startsWith(`"${key}"`) ? key.length + 2 : line.startsWith(key) ? key.length : -1;
      if (quoted >= 0 && line.slice(quoted).trimStart().startsWith(":")) return true;
    }
    return false;
  }
  return false;
}

/** The problems of the options that read a raw text. */
function textOptionIssues(options: CheckOptions, file: string | undefined): InputIssue[] {
  if (typeof options !== "object" || options === null) return [];
  const issues: InputIssue[] = [];
  const add = (key: string, expected: string, found: unknown) =>
    issues.push({ ...(file !== undefined ? { file } : {}), path: `options.${key}`, keys: ["options", key], expected, found: describeFound(found) });
  if (options.input !== undefined && options.input !== "text" && options.input !== "claims") add("input", 'what a string input is: "text" or "claims"', options.input);
  if (options.published !== undefined && typeof options.published !== "string") add("published", "a publication date such as 2017-09-01", options.published);
  if (options.id !== undefined && typeof options.id !== "string") add("id", "a document id (a string)", options.id);
  return issues;
}

/**
 * Checks a raw text: proposes its claims and relations (`proposeClaims`), checks them, and adds
 * the coverage. Never throws on a bad text.
 */
export function checkRawText(text: string, options: CheckOptions = {}): CheckResult {
  const { input: _input, published, id, ...rest } = options;
  const proposal = proposeClaims(text, { ...(published !== undefined ? { published } : {}), ...(id !== undefined ? { id } : {}) });
  const file = rest.file;
  if (file === undefined) return { ...check(proposal.claimsFile, rest), coverage: proposal.coverage };
  // A text read from a file: the document names it, so findings point into the file.
  const { text: _text, ...document } = proposal.claimsFile.document as { id: string; text?: string };
  const base = file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
  const claimsFile = { ...proposal.claimsFile, document: { ...document, textFile: base } };
  const result = check(claimsFile, { ...rest, texts: { ...(rest.texts ?? {}), [document.id]: text } });
  return { ...result, coverage: proposal.coverage };
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

/** A claim set with only some of its relations, renumbered (the engine numbers relations by position). */
function withRelations(set: ClaimSet, relations: readonly RelationModel[]): ClaimSet {
  return { ...set, relations: relations.map((r, index) => (r.index === index ? r : { ...r, index })) };
}

/** Whether `relation` joins no conflict when added to `others`. */
function holdsWith(set: ClaimSet, others: readonly RelationModel[], relation: RelationModel): boolean {
  const trial = withRelations(set, [...others, relation]);
  const last = others.length;
  return !analyze(trial).conflicts.some((c) => c.relations.includes(last));
}

/** A relation as one of its readings: its roles and fields, without the other readings. */
function asReading(r: RelationModel, reading: NonNullable<RelationModel["readings"]>[number]): RelationModel {
  const { readings: _readings, fields: _fields, ...rest } = r;
  const fields = reading.fields ?? (r.fields && Object.keys(r.fields).length === 0 ? r.fields : undefined);
  return { ...rest, roles: reading.roles, ...(fields !== undefined ? { fields } : {}) };
}

/**
 * Relations with readings are settled first, each against the plain relations: the first
 * reading that joins no conflict stands for it; when none does, the first reading stays, with
 * the readings listed (its conflict says every reading failed). Suggested relations are left
 * out of the verdict, and checked together beside the rest: a conflict that takes one of them in
 * is reported as info.
 */
function checkSet(set: ClaimSet, options: CheckOptions): CheckResult {
  if (!set.relations.some((r) => r.standing === "suggested" || r.readings !== undefined)) return checkPlainSet(set, options, []);
  const plain = set.relations.filter((r) => r.standing !== "suggested" && r.readings === undefined);
  // First every relation with readings as its first reading, all at once: those in no conflict
  // hold so; only the others try their other readings, one relation at a time.
  const alternatives = set.relations.filter((r) => r.standing !== "suggested" && r.readings !== undefined);
  const firstTry = alternatives.map((r) => asReading(r, r.readings![0]!));
  const failing = new Set<number>();
  if (alternatives.length > 0) {
    const joint = analyze(withRelations(set, [...plain, ...firstTry]));
    for (const c of joint.conflicts) for (const i of c.relations) if (i >= plain.length) failing.add(alternatives[i - plain.length]!.index);
  }
  const chosen: RelationModel[] = [];
  const origin: number[] = [];
  for (const r of set.relations) {
    if (r.standing === "suggested") continue;
    origin.push(r.index);
    if (r.readings === undefined) {
      chosen.push(r);
      continue;
    }
    if (!failing.has(r.index)) {
      chosen.push(asReading(r, r.readings[0]!));
      continue;
    }
    const holding = r.readings.slice(1).find((reading) => holdsWith(set, plain, asReading(r, reading)));
    chosen.push(holding ? asReading(r, holding) : { ...asReading(r, r.readings[0]!), readings: r.readings });
  }
  const main = withRelations(set, chosen);
  // The suggested relations, all at once beside the rest: what conflicts with one of them is info.
  const extra: Finding[] = [];
  const suggested = set.relations.filter((r) => r.standing === "suggested");
  if (suggested.length > 0) {
    const trial = withRelations(set, [...chosen, ...suggested]);
    const analysis = analyze(trial);
    const touches = (i: number) => i >= chosen.length;
    const conflicts = analysis.conflicts.filter((c) => c.relations.some(touches));
    const rounding = analysis.rounding.filter((r) => touches(r.relation));
    const found = conflicts.length > 0 || rounding.length > 0 ? arithmeticFindings(trial, { ...analysis, conflicts, rounding, unsatisfiable: [], undecided: [], culprits: [] }) : [];
    const whole = [...origin, ...suggested.map((r) => r.index)];
    for (const f of found) extra.push(renumber({ ...f, severity: "info" }, whole));
  }
  const result = checkPlainSet(main, options, extra, origin);
  return { ...result, set };
}

/** A finding about relations of a renumbered set, with their indices in the whole set again. */
function renumber(f: Finding, origin: readonly number[]): Finding {
  const d = f.data as unknown as Record<string, unknown>;
  const fix = (r: unknown): unknown => (typeof r === "object" && r !== null && typeof (r as { index?: unknown }).index === "number" ? { ...r, index: origin[(r as { index: number }).index] ?? (r as { index: number }).index } : r);
  const data: Record<string, unknown> = { ...d };
  if (d.relation !== undefined) data.relation = fix(d.relation);
  if (Array.isArray(d.otherRelations)) data.otherRelations = d.otherRelations.map(fix);
  if (Array.isArray(d.steps)) data.steps = d.steps.map((st: unknown) => (typeof st === "object" && st !== null ? { ...st, relation: fix((st as { relation?: unknown }).relation) } : st));
  return { ...f, data: data as unknown as Finding["data"] };
}

function checkPlainSet(set: ClaimSet, options: CheckOptions, extra: readonly Finding[], origin?: readonly number[]): CheckResult {
  const analysis = analyze(set);
  const disabled = new Set(options.disable ?? []);
  // Conflicts under a disabled rule are not reported, and take no part in the likeliest culprit.
  const ruleOf = (c: ConflictAnalysis) => set.relations[c.primary]?.kind ?? "value";
  const setAside = analysis.conflicts.filter((c) => disabled.has(ruleOf(c)));
  const kept = setAside.length > 0 ? analysis.conflicts.filter((c) => !disabled.has(ruleOf(c))) : analysis.conflicts;
  const culprits = setAside.length > 0 ? culpritsOf(kept) : analysis.culprits;
  const context = { set, analysis, options };
  const arithmetic = arithmeticFindings(set, setAside.length > 0 ? { ...analysis, conflicts: kept, culprits } : analysis);
  const findings: Finding[] = origin ? arithmetic.map((f) => renumber(f, origin)) : arithmetic;
  for (const f of extra) if (!disabled.has(f.ruleId)) findings.push(f);
  for (const rule of builtinRules) if (!disabled.has(rule.meta.id)) for (const f of rule.check(context)) findings.push(f);
  const custom: CustomFindings[] = (options.rules ?? [])
    .filter((rule) => !disabled.has(rule.meta.id))
    .map((rule) => ({ findings: rule.check(context), ...(rule.meta.messages ? { messages: rule.meta.messages } : {}) }));
  const files = new Map(set.documents.flatMap((d) => (d.text !== undefined && d.textFile !== undefined ? [[d.id, siblingPath(set.file, d.textFile)] as const] : [])));
  const source = sourceOf(set);
  const reported = reportFindings(findings, custom, {
    texts: set.documents.map((d) => [d.id, d.text] as const),
    ...(options.disable ? { disable: options.disable } : {}),
    ...(options.severity ? { severity: options.severity } : {}),
    ...(files.size > 0 ? { files } : {}),
    ...(source ? { source } : {}),
  });
  const belowError = kept.filter((c) => {
    const severity = options.severity?.[ruleOf(c)];
    return severity !== undefined && severity !== "error";
  });
  const notes = [note("conflicts-disabled", setAside, set, ruleOf), note("conflicts-below-error", belowError, set, ruleOf)].filter((n) => n !== undefined);

  const derived: DerivedValue[] = [];
  const byKey = claimsByKey(set);
  for (const [claim, i] of analysis.derived) {
    derived.push({
      claim,
      min: i.lo ? i.lo.v.toNumber() : null,
      max: i.hi ? i.hi.v.toNumber() : null,
      ...(i.lo?.open ? { minOpen: true } : {}),
      ...(i.hi?.open ? { maxOpen: true } : {}),
      interval: i.toDecimalString(),
      exact: i.toString(),
      ...measuredFields(i, byKey.get(claim)),
      ...(analysis.loose.has(claim) ? { tight: false as const } : {}),
    });
  }
  return {
    ...(set.file !== undefined ? { path: set.file } : {}),
    verdict: reported.some((f) => f.severity === "error") ? "inconsistent" : analysis.verdict === "consistent" ? "consistent" : "undecidable",
    ...(notes.length > 0 ? { notes } : {}),
    findings: reported,
    derived,
    culprits,
    errors: [],
    set,
    analysis,
  };
}

/** The stated claims in every conflict, when there are two or more (as the engine names them). */
function culpritsOf(conflicts: readonly ConflictAnalysis[]): string[] {
  if (conflicts.length < 2) return [];
  let out = [...conflicts[0]!.stated];
  for (const c of conflicts.slice(1)) out = out.filter((k) => c.stated.includes(k));
  return out;
}

/** A note on conflicts the verdict leaves out, or nothing when there are none. */
function note(noteId: NoteData["noteId"], conflicts: readonly ConflictAnalysis[], set: ClaimSet, ruleOf: (c: ConflictAnalysis) => string): CheckNote | undefined {
  if (conflicts.length === 0) return undefined;
  const involved = new Set(conflicts.flatMap((c) => c.stated));
  const data: NoteData = {
    noteId,
    ruleIds: [...new Set(conflicts.map(ruleOf))].sort(),
    conflicts: conflicts.length,
    claims: set.claims.filter((c) => involved.has(c.key)).map((c) => c.key),
  };
  return { ...data, message: noteMessage(data) };
}

/**
 * Where a finding is written in the claims file: its claim (the one whose stated value is wrong,
 * `data.target`, else `data.claim`, else its first claim), else its relation, else its
 * document's text key. Only for a set read from a file whose positions the loader knows.
 */
function sourceOf(set: ClaimSet): ((f: Finding<FindingData | CustomFindingData>) => SourceLocation | undefined) | undefined {
  const { positions, file } = set;
  if (!positions || file === undefined) return undefined;
  const claims = claimsByKey(set);
  const documents = new Map(set.documents.map((d) => [d.id, d]));
  const at = (path: string): SourceLocation | undefined => {
    const p = positions.get(path);
    return p ? { file, path, line: p.line, column: p.column } : undefined;
  };
  return (f) => {
    const d = f.data as Readonly<Record<string, unknown>>;
    const claim = [d.target, d.claim, ...f.claims].find((k): k is string => typeof k === "string" && claims.has(k));
    if (claim !== undefined) return at(claims.get(claim)!.path);
    const relation = (d.relation as { path?: unknown } | undefined)?.path ?? d.path;
    if (typeof relation === "string" && relation !== "") return at(relation);
    const document = documents.get(typeof d.document === "string" ? d.document : (f.document ?? ""));
    if (document) return at(`${document.path}.${document.textFile !== undefined ? "textFile" : "text"}`) ?? at(document.path);
    return undefined;
  };
}
