/**
 * What the desk page shows for a text, as plain data a Web Worker can post: every number of the
 * text with its kind, the claims and relations (proposed from the text, or read from a claims
 * file the user imported) with the person's edits applied, each relation's arithmetic, the
 * findings with their spans, the derived values and the coverage line. Pure and isomorphic, so
 * the same function runs in the worker, on the page's own thread and in tests.
 */
import type { ClaimsFileInput } from "../input/schema.js";
import { check, type CheckResult, type DerivedValue } from "../check/check.js";
import { proposeClaims, type Coverage } from "../propose/propose.js";
import { draftClaims } from "../propose/draft.js";
import { scanNumbers, type NumberKind } from "../text/scanner.js";
import { quoteSpanOf } from "../claims/anchor.js";
import { relationSpecs } from "../relations/registry.js";
import type { RelationModel, RoleRef } from "../claims/model.js";
import { relationArithmetic, derivedWords } from "../messages/arithmetic.js";
import { coverageMessage } from "../messages/coverage.js";
import { formatInputIssue } from "../base/input-issue.js";
import { toJsonFinding } from "../formats/json.js";
import { formatHtml } from "../formats/html.js";
import type { Severity } from "../base/severity.js";
import { resolveDate } from "../time/resolve.js";
import type { ScannedNumber } from "../text/scanner.js";

/** A person's edits, keyed by what they are about (a claim's quote, a relation's claims), not by position, so they survive typing elsewhere in the text. */
export interface DeskEdits {
  /** A relation's state by its signature (`relationSignature`): `on` checks it (confirms a suggested one), `off` leaves it out. */
  readonly relations?: Readonly<Record<string, "on" | "off">>;
  /** A claim's new value, unit and quote by its signature (`claimSignature`). An empty unit removes it. */
  readonly claims?: Readonly<Record<string, { readonly value?: string; readonly unit?: string; readonly quote?: string }>>;
}

/** What the page asks for. */
export interface DeskRequest {
  readonly text: string;
  /** The publication date (YYYY-MM-DD); empty or absent: none. */
  readonly published?: string;
  readonly edits?: DeskEdits;
  /** A claims file the user imported (its parsed content, one document); its text is `text`. */
  readonly imported?: unknown;
}

/** One number of the text. */
export interface DeskNumber {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: NumberKind;
  /** The claim anchored on it, if any. */
  readonly claim?: string;
  /** The relations (indices into `DeskView.relations`) it sits in. */
  readonly relations: readonly number[];
  /**
   * A date, read as calendar dates: its day, month or year (`2017-03-14`), and the published date
   * it was read against when it lacks its year; or why it could not be read.
   */
  readonly date?: { readonly unit: string; readonly against?: string } | { readonly unread: "needs the published date" | "no such day" };
}

/** One claim. */
interface DeskClaim {
  readonly id: string;
  readonly signature: string;
  /** The value as written (absent for an unknown claim). */
  readonly value?: string;
  readonly unit?: string;
  readonly quote?: string;
  /** Its span in the text, when its quote is found. */
  readonly start?: number;
  readonly end?: number;
  /** What is derived for an unknown claim, in words ("at least 624"). */
  readonly derived?: string;
  /** Whether the person edited it. */
  readonly edited: boolean;
}

/** One relation, on or off. */
export interface DeskRelation {
  readonly signature: string;
  readonly kind: string;
  readonly cue?: string;
  readonly window?: string;
  /** How it came: `proposed` (checked unless switched off), `suggested` (checked apart, as info, until confirmed), `file` (from an imported claims file). */
  readonly origin: "proposed" | "suggested" | "file";
  /** Whether it is checked as a relation of the set. */
  readonly on: boolean;
  readonly claims: readonly string[];
  /** The numbers (indices into `DeskView.numbers`) it joins. */
  readonly numbers: readonly number[];
  readonly arithmetic: string;
  /** `fails`: a finding names it; `holds`: checked and no finding; `off`: switched off. */
  readonly status: "holds" | "fails" | "off" | "unchecked";
}

/** One finding. */
export interface DeskFinding {
  readonly severity: Severity;
  readonly ruleId: string;
  readonly message: string;
  readonly start?: number;
  readonly end?: number;
  /** 1-based line and column of `start`, as the report gives them. */
  readonly line?: number;
  readonly column?: number;
  readonly claims: readonly string[];
  /** The relations (indices into `DeskView.relations`) it is about. */
  readonly relations: readonly number[];
}

/** Everything the page shows. */
export interface DeskView {
  readonly verdict: CheckResult["verdict"];
  readonly numbers: readonly DeskNumber[];
  readonly claims: readonly DeskClaim[];
  readonly relations: readonly DeskRelation[];
  readonly findings: readonly DeskFinding[];
  readonly derived: readonly DerivedValue[];
  /** The coverage line. */
  readonly coverage: string;
  /** Input problems in words (a claim edited to a value that is not one; an imported file that is not valid). */
  readonly errors: readonly string[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number };
}

/** What the desk computes for a request: the view, and what exports are made from. */
export interface DeskAnalysis {
  readonly view: DeskView;
  /** The claims file with the edits applied (switched-off relations still in it). */
  readonly claimsFile: ClaimsFileInput;
  /** Indices into `claimsFile.relations` of the relations switched off. */
  readonly off: readonly number[];
  readonly coverage?: Coverage;
  readonly result: CheckResult;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);

/**
 * A claim's signature: its quote and occurrence, which stay the same when the text changes elsewhere.
 *
 * @example
 * ```ts
 * import { claimSignature } from "./view.js";
 * claimSignature("n5", { value: "13", quote: "13" }); //=> "13#1"
 * claimSignature("total", { value: 685 }); //=> "=total"
 * ```
 */
export function claimSignature(id: string, claim: unknown): string {
  if (isObj(claim) && typeof claim.quote === "string") return `${claim.quote}#${typeof claim.occurrence === "number" ? claim.occurrence : 1}`;
  return `=${id}`;
}

type SpecShape = { roles: ReadonlyArray<{ key: string; role: string }>; fields?: Readonly<Record<string, unknown>> };
const specOf = (rel: Obj) => (relationSpecs as Record<string, SpecShape | undefined>)[String(rel.kind)];

/** The claims a relation's object names, role by role (from its kind's spec). */
function rolesOf(rel: Obj): RoleRef[] {
  const spec = specOf(rel);
  const roles: RoleRef[] = [];
  if (!spec) return roles;
  for (const r of spec.roles) {
    const v = rel[r.key];
    if (typeof v === "string") roles.push({ role: r.role, claim: v });
    else if (Array.isArray(v)) for (const c of v) if (typeof c === "string") roles.push({ role: r.role, claim: c });
  }
  return roles;
}

/** The fields of a relation its kind's spec names (`op`, `per`), as written. */
function fieldsOf(rel: Obj): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(specOf(rel)?.fields ?? {})) {
    const v = rel[k];
    if (typeof v === "string" || typeof v === "number") out[k] = String(v);
  }
  return out;
}

/**
 * A relation's signature: its kind and its claims' signatures, role by role.
 *
 * @example
 * ```ts
 * import { relationSignature } from "./view.js";
 * const claims = { a: { value: "13", quote: "13" }, b: { value: "37", quote: "37" } };
 * relationSignature({ kind: "part-of", part: "a", whole: "b" }, claims); //=> "part-of|part=13#1|whole=37#1"
 * ```
 */
export function relationSignature(rel: unknown, claims: unknown): string {
  if (!isObj(rel)) return "?";
  const cs = isObj(claims) ? claims : {};
  return [String(rel.kind), ...rolesOf(rel).map((r) => `${r.role}=${claimSignature(r.claim, cs[r.claim])}`)].join("|");
}

/** The base claims file of a request: the imported one with the page's text, or the proposal. */
function baseFile(req: DeskRequest): { file: Obj; coverage?: Coverage; imported: boolean } {
  const published = typeof req.published === "string" && req.published.trim() !== "" ? req.published.trim() : undefined;
  if (req.imported !== undefined) {
    const content = isObj(req.imported) ? req.imported : {};
    const doc = isObj(content.document) ? content.document : { id: "text" };
    const { textFile: _textFile, ...rest } = doc;
    return { file: { ...content, document: { ...rest, text: req.text, ...(published !== undefined ? { published } : {}) } }, imported: true };
  }
  const proposal = proposeClaims(req.text, published !== undefined ? { published } : {});
  return { file: proposal.claimsFile as unknown as Obj, coverage: proposal.coverage, imported: false };
}

/**
 * Analyses a request: proposes (or takes the imported claims file), applies the edits, checks,
 * and lays out what the page shows. Never throws on a bad text or a bad edit: those come back as
 * `errors` with verdict `invalid`.
 *
 * @example
 * ```ts
 * import { analyseDesk } from "./view.js";
 * const { view } = analyseDesk({ text: "It investigated 37 reports. Of these, 13 were credible." });
 * view.relations.map((r) => r.arithmetic); //=> ["13 ≤ 37"]
 * view.numbers.map((n) => [n.text, n.kind, n.relations]); //=> [["37", "count", [0]], ["13", "count", [0]]]
 * ```
 */
export function analyseDesk(req: DeskRequest): DeskAnalysis {
  const text = typeof req.text === "string" ? req.text : "";
  const base = baseFile({ ...req, text });
  const edits = req.edits ?? {};
  const claimsIn = isObj(base.file.claims) ? base.file.claims : {};
  // Claims with their edits.
  const claims: Obj = {};
  const editedIds = new Set<string>();
  for (const [id, c] of Object.entries(claimsIn)) {
    const edit = edits.claims?.[claimSignature(id, c)];
    if (!edit || !isObj(c)) {
      claims[id] = c;
      continue;
    }
    const next: Obj = { ...c };
    if (edit.value !== undefined) next.value = edit.value;
    if (edit.quote !== undefined && edit.quote.trim() !== "") next.quote = edit.quote;
    if (edit.unit !== undefined) {
      if (edit.unit.trim() === "") delete next.unit;
      else next.unit = edit.unit.trim();
    }
    claims[id] = next;
    editedIds.add(id);
  }
  // Relations with their states.
  const relsIn = Array.isArray(base.file.relations) ? (base.file.relations as unknown[]) : [];
  const relations: Obj[] = [];
  const off: number[] = [];
  const meta: Array<{ sig: string; origin: DeskRelation["origin"]; on: boolean; checkedAt?: number }> = [];
  let checked = 0;
  relsIn.forEach((r, i) => {
    const rel = isObj(r) ? r : {};
    const sig = relationSignature(rel, claimsIn);
    const origin: DeskRelation["origin"] = base.imported ? "file" : rel.standing === "suggested" ? "suggested" : "proposed";
    const state = edits.relations?.[sig];
    const on = state === "on" || (state === undefined && origin !== "suggested");
    const isOff = state === "off";
    const next = on && rel.standing === "suggested" ? { ...rel, standing: "proposed" } : rel;
    relations.push(next);
    if (isOff) off.push(i);
    meta.push({ sig, origin, on, ...(isOff ? {} : { checkedAt: checked++ }) });
  });
  const claimsFile = { ...base.file, claims, relations } as unknown as ClaimsFileInput;
  const checkedFile = { ...base.file, claims, relations: relations.filter((_, i) => !off.includes(i)) };
  const result = check(checkedFile);
  const published = typeof req.published === "string" && /^\d{4}-\d{2}-\d{2}$/.test(req.published.trim()) ? req.published.trim() : undefined;
  const view = layout(text, result, claimsFile, meta, editedIds, base.coverage, off.length, published);
  return { view, claimsFile, off, ...(base.coverage ? { coverage: base.coverage } : {}), result };
}

/** Lays out the view of a checked request. */
function layout(
  text: string,
  result: CheckResult,
  file: ClaimsFileInput,
  meta: ReadonlyArray<{ sig: string; origin: DeskRelation["origin"]; on: boolean; checkedAt?: number }>,
  edited: ReadonlySet<string>,
  coverage: Coverage | undefined,
  switchedOff: number,
  published: string | undefined,
): DeskView {
  const fileClaims = (isObj(file.claims) ? file.claims : {}) as Obj;
  const set = result.set;
  const derivedBy = new Map(result.derived.map((d) => [d.claim, d]));
  const scanned = scanNumbers(text);
  // Claims, with their spans in the text.
  const claims: DeskClaim[] = [];
  const spanOf = new Map<string, { start: number; end: number }>();
  for (const [id, c] of Object.entries(fileClaims)) {
    const o = isObj(c) ? c : { value: c };
    const span = set && typeof o.quote === "string" ? quoteSpanOf(set, id) : undefined;
    if (span) spanOf.set(id, span);
    const d = derivedBy.get(id);
    claims.push({
      id,
      signature: claimSignature(id, c),
      ...(o.value !== undefined && o.unknown !== true ? { value: String(o.value) } : {}),
      ...(typeof o.unit === "string" ? { unit: o.unit } : {}),
      ...(typeof o.quote === "string" ? { quote: o.quote } : {}),
      ...(span ? { start: span.start, end: span.end } : {}),
      ...(d ? { derived: derivedWords(d) } : {}),
      edited: edited.has(id),
    });
  }
  // Which number each claim sits on: the first number its span overlaps.
  const numberOf = new Map<string, number>();
  const claimOn = new Map<number, string>();
  for (const [id, span] of spanOf) {
    const i = firstOverlap(scanned, span.start, span.end);
    if (i >= 0) {
      numberOf.set(id, i);
      if (!claimOn.has(i)) claimOn.set(i, id);
    }
  }
  const words = (id: string): string => {
    const d = derivedBy.get(id);
    if (d) return `${derivedWords(d)} (derived)`;
    const c = fileClaims[id];
    if (isObj(c)) return c.unknown === true ? "?" : String(c.value ?? "?");
    return c === undefined ? "?" : String(c);
  };
  // Findings, and the relations they name.
  const failing = new Set<number>();
  const byChecked = new Map<number, number>();
  meta.forEach((m, i) => m.checkedAt !== undefined && byChecked.set(m.checkedAt, i));
  const findings: DeskFinding[] = result.findings.map((f) => {
    const j = toJsonFinding(f);
    const rels: number[] = [];
    const data = f.data as { relation?: { index: number } } | undefined;
    const indices = j.conflict ? j.conflict.relations.map((r) => r.index) : data?.relation ? [data.relation.index] : [];
    for (const idx of indices) {
      const at = byChecked.get(idx);
      if (at !== undefined && !rels.includes(at)) rels.push(at);
    }
    for (const r of rels) failing.add(r);
    return {
      severity: f.severity,
      ruleId: f.ruleId,
      message: f.message,
      ...(f.location ? { start: f.location.start, end: f.location.end, line: f.location.line, column: f.location.column } : {}),
      claims: f.claims,
      relations: rels,
    };
  });
  const relsIn = Array.isArray(file.relations) ? (file.relations as unknown[]) : [];
  const numberRelations = scanned.map((): number[] => []);
  const relations: DeskRelation[] = relsIn.map((r, i) => {
    const rel = isObj(r) ? r : {};
    const m = meta[i]!;
    const roles = rolesOf(rel);
    const model = { index: i, kind: String(rel.kind), roles, fields: fieldsOf(rel), path: `relations[${i}]` } satisfies RelationModel;
    const nums: number[] = [];
    for (const role of roles) {
      const n = numberOf.get(role.claim);
      if (n !== undefined && !nums.includes(n)) nums.push(n);
    }
    for (const n of nums) numberRelations[n]!.push(i);
    const status: DeskRelation["status"] = m.checkedAt === undefined ? "off" : result.verdict === "invalid" ? "unchecked" : failing.has(i) ? "fails" : "holds";
    return {
      signature: m.sig,
      kind: String(rel.kind),
      ...(typeof rel.cue === "string" ? { cue: rel.cue } : {}),
      ...(typeof rel.window === "string" ? { window: rel.window } : {}),
      origin: m.origin,
      on: m.on && m.checkedAt !== undefined,
      claims: [...new Set(roles.map((x) => x.claim))],
      numbers: nums,
      arithmetic: relationArithmetic(model, words),
      status,
    };
  });
  const numbers: DeskNumber[] = scanned.map((n, i) => ({
    start: n.start,
    end: n.end,
    text: n.text,
    kind: n.kind,
    ...(claimOn.has(i) ? { claim: claimOn.get(i)! } : {}),
    relations: numberRelations[i]!,
    ...(n.kind === "date" && n.date ? { date: dateOf(n, published) } : {}),
  }));
  const summary = { errors: 0, warnings: 0, infos: 0 };
  for (const f of result.findings) summary[f.severity === "error" ? "errors" : f.severity === "warning" ? "warnings" : "infos"]++;
  return {
    verdict: result.verdict,
    numbers,
    claims,
    relations,
    findings,
    derived: result.derived,
    coverage: coverageLine(coverage, switchedOff, numbers, relations),
    errors: result.errors.map(formatInputIssue),
    summary,
  };
}

/** A scanned date read as a calendar unit, against the published date when it lacks its year. */
function dateOf(n: ScannedNumber, published: string | undefined): NonNullable<DeskNumber["date"]> {
  const d = n.date!;
  if (d.month === undefined) return d.year !== undefined ? { unit: String(d.year) } : { unread: "no such day" };
  const r = resolveDate({ written: n.text, month: d.month, ...(d.day !== undefined ? { day: d.day } : {}), ...(d.year !== undefined ? { year: d.year } : {}) }, published);
  if (!r.ok) return { unread: r.reason === "needs-reference" ? "needs the published date" : "no such day" };
  return { unit: r.date.unit, ...(r.date.against !== undefined ? { against: r.date.against } : {}) };
}

/**
 * The first of spans in text order, not overlapping, that ends after `offset` (binary search);
 * `spans.length` when none does.
 *
 * @example
 * ```ts
 * import { firstEndingAfter } from "./view.js";
 * firstEndingAfter([{ start: 0, end: 2 }, { start: 5, end: 7 }], 3); //=> 1
 * ```
 */
export function firstEndingAfter(spans: ReadonlyArray<{ readonly start: number; readonly end: number }>, offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first scanned number whose span overlaps [start, end), or -1. */
function firstOverlap(nums: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): number {
  const i = firstEndingAfter(nums, start);
  return i < nums.length && nums[i]!.start < end ? i : -1;
}

/**
 * The coverage line: the proposal's own (as `claimcheck check` prints it) while nothing is
 * switched off and no claims file was imported; else counted from the relations on the page.
 */
function coverageLine(coverage: Coverage | undefined, switchedOff: number, numbers: readonly DeskNumber[], relations: readonly DeskRelation[]): string {
  if (coverage && switchedOff === 0) return coverageMessage(coverage);
  const bound = new Set<number>();
  for (const r of relations) if (r.status !== "off") for (const n of r.numbers) bound.add(n);
  const off = switchedOff > 0 ? `; ${switchedOff} relation${switchedOff === 1 ? "" : "s"} switched off` : "";
  return `coverage: ${bound.size} of ${numbers.length} number${numbers.length === 1 ? "" : "s"} in a checked relation; ${numbers.length - bound.size} in none${off}`;
}

/**
 * The claims file of an analysis as YAML, as `claimcheck draft --inline` writes it, with the
 * edits: edited claims as edited, confirmed relations uncommented, switched-off ones commented out.
 *
 * @example
 * ```ts
 * import { analyseDesk, exportClaims } from "./view.js";
 * const a = analyseDesk({ text: "It investigated 37 reports. Of these, 13 were credible." });
 * exportClaims(a).includes('- { kind: "part-of", part: "n2", whole: "n1-reports"'); //=> true
 * ```
 */
export function exportClaims(a: DeskAnalysis): string {
  const coverage = a.coverage ?? { numbers: a.view.numbers.length, inRelation: 0, unbound: 0, reasons: [] };
  const yaml = draftClaims({ claimsFile: a.claimsFile, coverage }, { off: a.off });
  return yaml.replace("(claimcheck draft)", "(claimcheck desk)");
}

/**
 * The annotated HTML report of an analysis, as `claimcheck check --format html` writes it.
 *
 * @example
 * ```ts
 * import { analyseDesk, exportHtml } from "./view.js";
 * exportHtml(analyseDesk({ text: "It investigated 37 reports. Of these, 40 were credible." })).startsWith("<!doctype html>"); //=> true
 * ```
 */
export function exportHtml(a: DeskAnalysis): string {
  return formatHtml([a.result]);
}
