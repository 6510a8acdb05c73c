/**
 * From a parsed claims file (YAML, JSON or the TS DSL) to the checked, normalised model the
 * engine and the rules work on. Every problem becomes an `InputIssue` with its key path.
 */
import type { z } from "zod";
import { parseQuantity, VALUE_EXPECTATION, type Quantity, type QuantityOptions } from "../numbers/quantity.js";
import { ClaimcheckInputError, formatPath, type InputIssue } from "../base/input-issue.js";
import { ClaimsFileSchema, type ClaimInput, type RelationInput } from "./schema.js";
import { compileSeries } from "./series.js";
import type { SeriesLink, SeriesModel } from "../claims/series.js";
import { lastDay } from "../time/calendar.js";
import { readClaimTime, readCovers, type ClaimTime, type Resolution, type StatedPeriod } from "../time/claim-time.js";

/** The relation kinds of DESIGN §4. */
export type RelationKind = "equal" | "part-of" | "sum" | "cumulative" | "percent-of" | "change" | "compare";

/** Relation kinds compiled from `series:` (never written by hand; see src/series/compile.ts). */
export type SeriesRelationKind = "series-step" | "series-monotonic";

/** A document of a claim set: its id, text and publication date. */
export interface DocumentModel {
  readonly id: string;
  readonly title?: string;
  readonly url?: string;
  /** The text, when one was given inline or loaded from `textFile`. */
  readonly text?: string;
  /** The path of the text file as written in the claims file. */
  readonly textFile?: string;
  readonly published?: string;
  /** The period the document (a release) reports on, from `covers:`. */
  readonly covers?: StatedPeriod;
  /** How `covers:` text without its year was read against `published`. */
  readonly coversResolved?: readonly Resolution[];
  /** Key path of the document in the file (`document`, `documents[1]`). */
  readonly path: string;
}

/** A claim, normalised. `key` is how relations, findings and reports name it. */
export interface ClaimModel {
  /** `july-credible` in a single-document file, `release-2017-06/total` in a multi-document one. */
  readonly key: string;
  /** The id as written under `claims:`. */
  readonly id: string;
  readonly document: string;
  /** The value as written and its interval; absent for unknown claims. */
  readonly quantity?: Quantity;
  readonly unknown: boolean;
  readonly unit?: string;
  readonly quote?: string;
  readonly occurrence?: number;
  /** Whether only whole numbers make sense. */
  readonly integer: boolean;
  /** The period as written (`time.period` has it read as calendar units). */
  readonly period?: string | { readonly from: string; readonly to?: string };
  readonly asOf?: string;
  /**
   * What the claim says about time, read as calendar dates: a time claim's date, weekday, period
   * or length (`time.role` is `statement`; the claim has no quantity), or a quantity's period or
   * as-of date (`annotation`).
   */
  readonly time?: ClaimTime;
  readonly note?: string;
  /** Key path of the claim in the file. */
  readonly path: string;
}

/** One role of a relation filled by one claim ("previous" → "prior-total"). */
export interface RoleRef {
  readonly role: string;
  readonly claim: string;
}

/** A relation, normalised: its kind and the claims in each role, in the order written. */
export interface RelationModel {
  /** Position among all relations of the set (stable, used in findings). */
  readonly index: number;
  readonly kind: RelationKind | SeriesRelationKind;
  readonly id?: string;
  readonly note?: string;
  /** `intended`: the relation joins claims about different periods on purpose. */
  readonly periods?: "intended";
  /** For a relation compiled from a series: the releases it links. */
  readonly series?: SeriesLink;
  readonly roles: readonly RoleRef[];
  /** For `compare`. */
  readonly op?: "<" | "<=" | ">" | ">=";
  /** Key path of the relation in the file. */
  readonly path: string;
}

/** A checked claim set, ready for the engine. */
export interface ClaimSet {
  /** The file it came from, when it came from one. */
  readonly file?: string;
  readonly documents: readonly DocumentModel[];
  readonly claims: readonly ClaimModel[];
  readonly relations: readonly RelationModel[];
  /** True when the file used `documents:` (claim keys are then `document/claim`). */
  readonly multiDocument: boolean;
  /** Series of releases (`series:`); their steps are among `relations` as `series-*` kinds. */
  readonly series?: readonly SeriesModel[];
}

/** Options for `parseClaims`. */
export interface ParseOptions extends QuantityOptions {
  /** The file the input came from, named in every issue. */
  readonly file?: string;
  /** Texts loaded for documents with `textFile`, by document id. */
  readonly texts?: Readonly<Record<string, string>>;
}

const ROLE_KEYS: Record<RelationKind, readonly string[]> = {
  equal: ["claims"],
  "part-of": ["part", "parts", "whole"],
  sum: ["parts", "total"],
  cumulative: ["previous", "added", "total"],
  "percent-of": ["part", "whole", "percent"],
  change: ["from", "to", "difference", "percent"],
  compare: ["left", "right"],
};

/**
 * Validates a claims file's content (already parsed from YAML/JSON, or written with the DSL) and
 * normalises it. Throws `ClaimcheckInputError` listing every issue.
 *
 * @example
 * ```ts
 * import { parseClaims } from "claimcheck";
 * const set = parseClaims({
 *   claims: { investigated: 37, credible: 13 },
 *   relations: [{ kind: "part-of", part: "credible", whole: "investigated" }],
 * });
 * set.claims.map((c) => c.key); //=> ["investigated", "credible"]
 * ```
 */
export function parseClaims(input: unknown, options: ParseOptions = {}): ClaimSet {
  const file = options.file;
  const issues: InputIssue[] = [];
  const add = (path: ReadonlyArray<PropertyKey>, expected: string, found?: string) =>
    issues.push({
      ...(file !== undefined ? { file } : {}),
      path: formatPath(path),
      keys: path.map((k) => (typeof k === "number" ? k : String(k))),
      expected,
      ...(found !== undefined ? { found } : {}),
    });

  const parsed = ClaimsFileSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) zodIssue(issue, input, add);
    // Also report what the well-formed parts say (unparsable values, unknown claim ids), so one
    // run lists every problem; skip anything under a path the schema already flagged.
    const structural = issues.map((i) => i.path);
    const before = issues.length;
    try {
      build(sanitize(input) as z.output<typeof ClaimsFileSchema>);
    } catch {
      // the loose pass is best effort: the schema issues above stand on their own
    }
    const extra = issues.splice(before).filter((i) => !structural.some((p) => i.path.startsWith(p) || p.startsWith(i.path)));
    throw new ClaimcheckInputError(dedupe([...issues, ...extra]));
  }
  return build(parsed.data);

  function build(data: z.output<typeof ClaimsFileSchema>): ClaimSet {
  const documents: DocumentModel[] = [];
  /** Documents by id (the first of an id given twice), so that large files read in linear time. */
  const docById = new Map<string, DocumentModel>();
  const claims: ClaimModel[] = [];
  const byKey = new Map<string, ClaimModel>();
  const relationInputs: Array<{ rel: RelationInput; path: Array<string | number>; doc?: string }> = [];
  const multiDocument = data.documents !== undefined;

  if (data.document && data.documents) add(["documents"], "either `document:` or `documents:`, not both");
  if (multiDocument && data.claims) add(["claims"], "claims inside each document when a file has `documents:`");

  const addDocument = (d: { id: string; title?: string | undefined; url?: string | undefined; textFile?: string | undefined; text?: string | undefined; published?: string | undefined; covers?: Parameters<typeof readCovers>[0] | undefined }, path: Array<string | number>) => {
    if (d.text !== undefined && d.textFile !== undefined) add([...path, "text"], "either `text:` or `textFile:`, not both");
    if (docById.has(d.id)) add([...path, "id"], "a document id used once in the file", `'${d.id}' again`);
    const text = d.text ?? (d.textFile !== undefined ? options.texts?.[d.id] : undefined);
    const covers = d.covers !== undefined ? readCovers(d.covers, d.published) : undefined;
    for (const i of covers?.issues ?? []) add([...path, "covers", ...i.keys.slice(1)], i.expected, i.found);
    const model: DocumentModel = {
      id: d.id,
      path: formatPath(path),
      ...(d.title !== undefined ? { title: d.title } : {}),
      ...(d.url !== undefined ? { url: d.url } : {}),
      ...(text !== undefined ? { text } : {}),
      ...(d.textFile !== undefined ? { textFile: d.textFile } : {}),
      ...(d.published !== undefined ? { published: d.published } : {}),
      ...(covers?.period ? { covers: covers.period } : {}),
      ...(covers && covers.resolved.length > 0 ? { coversResolved: covers.resolved } : {}),
    };
    documents.push(model);
    if (!docById.has(d.id)) docById.set(d.id, model);
  };
  const pendingRefs: Array<{ index: number; doc: string; path: Array<string | number>; within?: string | undefined; sameAs?: string | string[] | undefined }> = [];

  const addClaims = (record: Record<string, ClaimInput> | undefined, doc: string, path: Array<string | number>) => {
    // The dates time claims are read against: the document's publication date and covered period.
    const docModel = docById.get(doc);
    const timeContext = { published: docModel?.published, coversEnd: docModel?.covers?.to !== undefined ? lastDay(docModel.covers.to) : undefined };
    // This loop runs once per claim on sets of a hundred thousand claims: no per-claim arrays or
    // spreads unless there is something to report.
    const prefix = formatPath(path);
    const entries = record ?? {};
    for (const id in entries) {
      if (!Object.prototype.hasOwnProperty.call(entries, id)) continue;
      const raw = entries[id]!;
      const at = (...more: Array<string | number>) => [...path, id, ...more];
      const key = multiDocument ? `${doc}/${id}` : id;
      const obj = typeof raw === "object" ? raw : { value: raw };
      let quantity: Quantity | undefined;
      // A time claim states a date or period and has no quantity.
      const statement = obj.value === undefined && !obj.unknown && (obj.date !== undefined || obj.weekday !== undefined || obj.period !== undefined);
      if (obj.value !== undefined && obj.unknown) {
        add(at(), "either `value:` or `unknown: true`, not both");
      } else if (obj.value === undefined && !obj.unknown && !statement) {
        add(at(), "a `value:` (the number as written), `unknown: true`, or a time claim's `date:`, `weekday:` or `period:`");
      } else if (obj.value !== undefined) {
        const q = parseQuantity(obj.value, options);
        if (q.ok) quantity = q.quantity;
        else add(typeof raw === "object" ? at("value") : at(), VALUE_EXPECTATION, JSON.stringify(obj.value));
      }
      const unitIsPercent = obj.unit !== undefined && /%|percent|per cent/i.test(obj.unit);
      const hasTime = obj.period !== undefined || obj.asOf !== undefined || obj.date !== undefined || obj.weekday !== undefined || obj.length !== undefined;
      const timeRead = hasTime ? readClaimTime(obj, statement, timeContext) : { issues: [] };
      for (const i of timeRead.issues) add(at(...i.keys), i.expected, i.found);
      if (!statement) {
        if (obj.within !== undefined) add(at("within"), "`within:` only on a time claim (a claim with no `value:` or `unknown:`)");
        if (obj.sameAs !== undefined) add(at("sameAs"), "`sameAs:` only on a time claim (a claim with no `value:` or `unknown:`)");
      } else if (obj.within !== undefined || obj.sameAs !== undefined) {
        pendingRefs.push({ index: claims.length, doc, path: at(), within: obj.within, sameAs: obj.sameAs });
      }
      const claim: Mutable<ClaimModel> = {
        key,
        id,
        document: doc,
        unknown: obj.unknown === true,
        integer: obj.integer ?? (quantity ? quantity.integer : !unitIsPercent),
        path: SIMPLE_KEY.test(id) ? `${prefix}.${id}` : formatPath(at()),
      };
      if (quantity) claim.quantity = quantity;
      if (obj.unit !== undefined) claim.unit = obj.unit;
      if (obj.quote !== undefined) claim.quote = obj.quote;
      if (obj.occurrence !== undefined) claim.occurrence = obj.occurrence;
      if (obj.period !== undefined) claim.period = periodAsWritten(obj.period);
      if (obj.asOf !== undefined) claim.asOf = obj.asOf;
      if (timeRead.time) claim.time = timeRead.time;
      if (obj.note !== undefined) claim.note = obj.note;
      claims.push(claim);
      byKey.set(key, claim);
    }
  };

  if (multiDocument) {
    data.documents!.forEach((d, i) => {
      addDocument(d, ["documents", i]);
      addClaims(d.claims, d.id, ["documents", i, "claims"]);
      d.relations?.forEach((rel, j) => relationInputs.push({ rel, path: ["documents", i, "relations", j], doc: d.id }));
    });
  } else {
    const doc = data.document?.id ?? "document";
    if (data.document) addDocument(data.document, ["document"]);
    addClaims(data.claims, doc, ["claims"]);
  }
  data.relations?.forEach((rel, j) => relationInputs.push({ rel, path: ["relations", j] }));

  // `within:` and `sameAs:` of time claims name other time claims that state a period.
  for (const pending of pendingRefs) {
    const claim = claims[pending.index]!;
    const periodClaim = (ref: string, keys: Array<string | number>): string | undefined => {
      const key = multiDocument && !ref.includes("/") ? `${pending.doc}/${ref}` : ref;
      const target = byKey.get(key);
      if (!target) {
        const near = nearest(key, [...byKey.keys()]);
        add(keys, `the id of a time claim that states a period${near ? ` (did you mean '${near}'?)` : ""}`, `'${ref}', which names no claim`);
      } else if (target.time?.role !== "statement" || !target.time.period) {
        add(keys, "the id of a time claim that states a period (`period:`)", `'${ref}'`);
      } else if (key === claim.key) add(keys, "another claim than this one", `'${ref}'`);
      else return key;
      return undefined;
    };
    const within = pending.within !== undefined ? periodClaim(pending.within, [...pending.path, "within"]) : undefined;
    const refs = pending.sameAs === undefined ? [] : Array.isArray(pending.sameAs) ? pending.sameAs : [pending.sameAs];
    const sameAs = refs.flatMap((ref, k) => {
      const key = periodClaim(ref, Array.isArray(pending.sameAs) ? [...pending.path, "sameAs", k] : [...pending.path, "sameAs"]);
      return key !== undefined ? [key] : [];
    });
    if (sameAs.length > 0 && !claim.time?.period) add([...pending.path, "sameAs"], "`sameAs:` on a claim that states a period (`period:`)");
    if (claim.time) {
      const updated: ClaimModel = { ...claim, time: { ...claim.time, ...(within !== undefined ? { within } : {}), ...(sameAs.length > 0 ? { sameAs } : {}) } };
      claims[pending.index] = updated;
      byKey.set(updated.key, updated);
    }
  }

  const relations: RelationModel[] = [];
  for (const { rel, path, doc } of relationInputs) {
    const roles: RoleRef[] = [];
    const resolve = (ref: string, keyPath: Array<string | number>): string | undefined => {
      const key = multiDocument && doc !== undefined && !ref.includes("/") ? `${doc}/${ref}` : ref;
      if (byKey.get(key)?.time?.role === "statement") {
        add(keyPath, "a quantity claim (a relation's claims have values)", `'${ref}', a time claim (it states a date or period)`);
        return undefined;
      }
      if (byKey.has(key)) return key;
      if (multiDocument && !ref.includes("/")) {
        add(keyPath, "a claim named as document-id/claim-id (this relation is outside any document)", `'${ref}'`);
        return undefined;
      }
      const near = nearest(key, [...byKey.keys()]);
      add(keyPath, `the id of a claim in this file${near ? ` (did you mean '${near}'?)` : ""}`, `'${ref}', which names no claim`);
      return undefined;
    };
    const r = rel as Record<string, unknown>;
    for (const roleKey of ROLE_KEYS[rel.kind]) {
      const v = r[roleKey];
      if (v === undefined) continue;
      const role = roleKey === "parts" ? "part" : roleKey === "claims" ? "claim" : roleKey;
      if (Array.isArray(v)) {
        v.forEach((ref: string, k: number) => {
          const key = resolve(ref, [...path, roleKey, k]);
          if (key) roles.push({ role, claim: key });
        });
      } else {
        const key = resolve(v as string, [...path, roleKey]);
        if (key) roles.push({ role, claim: key });
      }
    }
    if (rel.kind === "part-of" && (rel.part === undefined) === (rel.parts === undefined)) {
      add(path, "a `part-of` relation with either `part:` or `parts:`");
    }
    if (rel.kind === "change" && rel.difference === undefined && rel.percent === undefined) {
      add(path, "a `change` relation with `difference:`, `percent:` or both");
    }
    const seen = new Set<string>();
    for (const { claim } of roles) {
      if (seen.has(claim) && rel.kind !== "equal") add(path, "each claim at most once in a relation", `'${claim}' twice`);
      seen.add(claim);
    }
    relations.push({
      index: relations.length,
      kind: rel.kind,
      roles,
      path: formatPath(path),
      ...(rel.id !== undefined ? { id: rel.id } : {}),
      ...(rel.note !== undefined ? { note: rel.note } : {}),
      ...(rel.periods !== undefined ? { periods: rel.periods } : {}),
      ...(rel.kind === "compare" ? { op: rel.op } : {}),
    });
  }

  // Series compile to relations of their own kinds, checked by the engine like the others.
  let series: SeriesModel[] | undefined;
  if (data.series !== undefined) {
    if (!multiDocument) add(["series"], "`series:` in a file with `documents:` (one document per release)");
    else {
      const compiled = compileSeries(data.series, { documents, claims: byKey, firstIndex: relations.length, add });
      series = compiled.series;
      relations.push(...compiled.relations);
    }
  }

  if (issues.length > 0) throw new ClaimcheckInputError(dedupe(issues));
  return { ...(file !== undefined ? { file } : {}), documents, claims, relations, multiDocument, ...(series ? { series } : {}) };
  }
}

/** Keeps only the well-formed parts of an invalid input, for the best-effort semantic pass. */
function sanitize(input: unknown): unknown {
  const obj = (x: unknown): Record<string, unknown> | undefined =>
    typeof x === "object" && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : undefined;
  const pick = (o: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => keys.includes(k)));
  const claims = (x: unknown) => {
    const o = obj(x);
    if (!o) return undefined;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === "number" || typeof v === "string") out[k] = v;
      else if (obj(v)) {
        const c = pick(obj(v)!, CLAIM_KEYS);
        if (c.value !== undefined && typeof c.value !== "number" && typeof c.value !== "string") delete c.value;
        out[k] = c;
      }
    }
    return out;
  };
  const relations = (x: unknown) =>
    Array.isArray(x)
      ? x.map((r) => {
          const o = obj(r);
          if (!o || typeof o.kind !== "string" || !(o.kind in ROLE_KEYS)) return { kind: "equal", claims: [] };
          return pick(o, ["kind", "op", ...ROLE_KEYS[o.kind as RelationKind]]);
        })
      : undefined;
  const doc = (x: unknown) => {
    const o = obj(x);
    if (!o || typeof o.id !== "string") return undefined;
    // Dates that time claims are read against (text without its year needs `published`).
    const dated = typeof o.published === "string" && /^\d{4}-\d{2}-\d{2}$/.test(o.published) ? { published: o.published } : {};
    return { id: o.id, ...dated };
  };
  const o = obj(input) ?? {};
  return {
    ...(doc(o.document) ? { document: doc(o.document) } : {}),
    ...(Array.isArray(o.documents)
      ? { documents: o.documents.map((d, i) => ({ ...(doc(d) ?? { id: `#${i}` }), claims: claims(obj(d)?.claims), relations: relations(obj(d)?.relations) })) }
      : {}),
    ...(o.claims !== undefined ? { claims: claims(o.claims) } : {}),
    ...(o.relations !== undefined ? { relations: relations(o.relations) } : {}),
  };
}

/** A period as written, with a bare year (`period: 2017` in YAML is a number) as a string. */
function periodAsWritten(p: string | number | { from: string | number; to?: string | number | undefined }): string | { from: string; to?: string } {
  if (typeof p !== "object") return String(p);
  return { from: String(p.from), ...(p.to !== undefined ? { to: String(p.to) } : {}) };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A key that `formatPath` joins with a dot (no quoting needed). */
const SIMPLE_KEY = /^[A-Za-z0-9_$-]+$/;

function dedupe(issues: InputIssue[]): InputIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}|${i.expected}|${i.found ?? ""}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The closest id by edit distance, when it is close enough to be a likely misspelling. */
function nearest(target: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(target.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(target, c, bestD);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

type Add = (path: ReadonlyArray<PropertyKey>, expected: string, found?: string) => void;

/** Turns one zod issue into our words, choosing the most specific branch of a union. */
function zodIssue(issue: z.core.$ZodIssue, input: unknown, add: Add): void {
  const path = issue.path;
  const at = valueAt(input, path);
  switch (issue.code) {
    case "unrecognized_keys":
      for (const key of issue.keys) {
        const known = knownKeysAt(path, input);
        const near = known ? nearest(key, known) : undefined;
        add([...path, key], known ? `one of the keys ${known.join(", ")}${near ? ` (did you mean '${near}'?)` : ""}` : "no such key", `unknown key '${key}'`);
      }
      return;
    case "invalid_union": {
      const branches = issue.errors;
      if ("discriminator" in issue && issue.discriminator === "kind" && path[0] === "series") {
        const kindPath = path[path.length - 1] === "kind" ? path : [...path, "kind"];
        add(kindPath, "a series kind: cumulative or stock", describe(valueAt(input, kindPath)) ?? "no kind");
        return;
      }
      if ("discriminator" in issue && issue.discriminator === "kind") {
        const kindPath = path[path.length - 1] === "kind" ? path : [...path, "kind"];
        add(kindPath, "a relation kind: equal, part-of, sum, cumulative, percent-of, change or compare", describe(valueAt(input, kindPath)) ?? "no kind");
        return;
      }
      // Prefer the branch whose issues lie deepest (it matched the shape best).
      let best: z.core.$ZodIssue[] | undefined;
      let bestDepth = -1;
      for (const b of branches) {
        const depth = Math.min(...b.map((x) => (x.code === "invalid_type" && x.path.length === 0 ? -1 : x.path.length)));
        if (depth > bestDepth) {
          bestDepth = depth;
          best = b;
        }
      }
      if (best && bestDepth >= 0) {
        for (const sub of best) zodIssue({ ...sub, path: [...path, ...sub.path] } as z.core.$ZodIssue, input, add);
        return;
      }
      add(path, unionExpectation(path), describe(at));
      return;
    }
    case "invalid_type":
      add(path, at === undefined ? `${expectedType(issue.expected, path)} (required)` : expectedType(issue.expected, path), describe(at));
      return;
    case "too_small":
      add(path, issue.origin === "array" ? `a list of at least ${issue.minimum} item(s)` : issue.message, describe(at));
      return;
    default:
      add(path, issue.message.replace(/^Invalid input: expected /, "").replace(/^Invalid /, "a valid "), describe(at));
  }
}

function unionExpectation(path: ReadonlyArray<PropertyKey>): string {
  const parent = path[path.length - 2];
  if (parent === "claims") return `${VALUE_EXPECTATION}, or a claim object with value/unknown, unit, quote`;
  return "a value of the documented form";
}

function expectedType(t: string, path: ReadonlyArray<PropertyKey>): string {
  const last = path[path.length - 1];
  if (last === "value") return VALUE_EXPECTATION;
  if (t === "record") return last === "claims" ? "a mapping of claim ids to claims" : "a mapping of keys to values";
  return TYPE_WORDS[t] ?? `a ${t}`;
}

const TYPE_WORDS: Record<string, string> = {
  object: "a mapping of keys to values (an object)",
  array: "a list",
  string: "a string",
  number: "a number",
  boolean: "true or false",
};

function describe(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  if (typeof v === "number" && !Number.isFinite(v)) return String(v);
  return JSON.stringify(v);
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = input;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k as string];
  }
  return v;
}

const CLAIM_KEYS = ["value", "unknown", "unit", "quote", "occurrence", "integer", "period", "asOf", "date", "weekday", "length", "within", "sameAs", "note"];
const DOC_KEYS = ["id", "title", "url", "textFile", "text", "published", "covers"];
const SERIES_KEYS: Record<string, string[]> = {
  cumulative: ["kind", "id", "measure", "total", "added", "previous", "increments", "steps", "note"],
  stock: ["kind", "id", "measure", "open", "carriedOver", "inflows", "outflows", "steps", "note"],
};
const STEP_KEYS: Record<string, string[]> = {
  cumulative: ["release", "total", "added", "previous", "adjustments", "note"],
  stock: ["release", "open", "carriedOver", "inflows", "outflows", "adjustments", "note"],
};

function knownKeysAt(path: ReadonlyArray<PropertyKey>, input: unknown): string[] | undefined {
  const n = path.length;
  if (n === 0) return ["document", "documents", "claims", "relations", "series"];
  if (path[0] === "series") {
    const kind = valueAt(input, [path[0], path[1] ?? 0, "kind"]);
    const k = typeof kind === "string" && kind in SERIES_KEYS ? kind : undefined;
    if (n === 2) return k ? SERIES_KEYS[k] : undefined;
    if (n === 4 && path[2] === "steps") return k ? STEP_KEYS[k] : undefined;
    if (n === 6 && path[4] === "adjustments") return ["add", "subtract", "reason"];
    return undefined;
  }
  if (path[n - 2] === "claims") return CLAIM_KEYS;
  if (path[n - 1] === "document") return DOC_KEYS;
  if (path[n - 2] === "documents") return [...DOC_KEYS, "claims", "relations"];
  if (path[n - 2] === "relations") {
    const kind = valueAt(input, [...path, "kind"]);
    if (typeof kind === "string" && kind in ROLE_KEYS) {
      return ["kind", ...ROLE_KEYS[kind as RelationKind], ...(kind === "compare" ? ["op"] : []), "id", "note", "periods"];
    }
  }
  return undefined;
}

const claimMaps = new WeakMap<ClaimSet, ReadonlyMap<string, ClaimModel>>();

/**
 * The claims of a set by key, built once per set and shared by the engine, `check()` and every
 * rule (on a set of 200,000 claims, building it once per rule was a tenth of the whole check).
 *
 * @example
 * ```ts
 * import { claimsByKey, parseClaims } from "claimcheck";
 * claimsByKey(parseClaims({ claims: { a: 1 } })).get("a")?.id; //=> "a"
 * ```
 */
export function claimsByKey(set: ClaimSet): ReadonlyMap<string, ClaimModel> {
  let m = claimMaps.get(set);
  if (!m) claimMaps.set(set, (m = new Map(set.claims.map((c) => [c.key, c]))));
  return m;
}
