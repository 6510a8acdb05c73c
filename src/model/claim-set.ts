/**
 * From a parsed claims file (YAML, JSON or the TS DSL) to the checked, normalised model the
 * engine and the rules work on. Every problem becomes an `InputIssue` with its key path.
 */
import type { z } from "zod";
import { parseQuantity, VALUE_EXPECTATION, type Quantity, type QuantityOptions } from "../numbers/quantity.js";
import { ClaimcheckInputError, formatPath, type InputIssue } from "./input-error.js";
import { ClaimsFileSchema, type ClaimInput, type RelationInput } from "./schema.js";

/** The relation kinds of DESIGN §4. */
export type RelationKind = "equal" | "part-of" | "sum" | "cumulative" | "percent-of" | "change" | "compare";

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
  readonly period?: string | { from: string; to: string };
  readonly asOf?: string;
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
  readonly kind: RelationKind;
  readonly id?: string;
  readonly note?: string;
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
  const claims: ClaimModel[] = [];
  const byKey = new Map<string, ClaimModel>();
  const relationInputs: Array<{ rel: RelationInput; path: Array<string | number>; doc?: string }> = [];
  const multiDocument = data.documents !== undefined;

  if (data.document && data.documents) add(["documents"], "either `document:` or `documents:`, not both");
  if (multiDocument && data.claims) add(["claims"], "claims inside each document when a file has `documents:`");

  const addDocument = (d: { id: string; title?: string | undefined; url?: string | undefined; textFile?: string | undefined; text?: string | undefined; published?: string | undefined }, path: Array<string | number>) => {
    if (d.text !== undefined && d.textFile !== undefined) add([...path, "text"], "either `text:` or `textFile:`, not both");
    if (documents.some((x) => x.id === d.id)) add([...path, "id"], "a document id used once in the file", `'${d.id}' again`);
    const text = d.text ?? (d.textFile !== undefined ? options.texts?.[d.id] : undefined);
    documents.push({
      id: d.id,
      path: formatPath(path),
      ...(d.title !== undefined ? { title: d.title } : {}),
      ...(d.url !== undefined ? { url: d.url } : {}),
      ...(text !== undefined ? { text } : {}),
      ...(d.textFile !== undefined ? { textFile: d.textFile } : {}),
      ...(d.published !== undefined ? { published: d.published } : {}),
    });
  };

  const addClaims = (record: Record<string, ClaimInput> | undefined, doc: string, path: Array<string | number>) => {
    for (const [id, raw] of Object.entries(record ?? {})) {
      const claimPath = [...path, id];
      const key = multiDocument ? `${doc}/${id}` : id;
      const obj = typeof raw === "object" ? raw : { value: raw };
      let quantity: Quantity | undefined;
      if (obj.value !== undefined && obj.unknown) {
        add(claimPath, "either `value:` or `unknown: true`, not both");
      } else if (obj.value === undefined && !obj.unknown) {
        add(claimPath, "a `value:` (the number as written) or `unknown: true`");
      } else if (obj.value !== undefined) {
        const q = parseQuantity(obj.value, options);
        if (q.ok) quantity = q.quantity;
        else add(typeof raw === "object" ? [...claimPath, "value"] : claimPath, VALUE_EXPECTATION, JSON.stringify(obj.value));
      }
      const unitIsPercent = obj.unit !== undefined && /%|percent|per cent/i.test(obj.unit);
      const claim: ClaimModel = {
        key,
        id,
        document: doc,
        unknown: obj.unknown === true,
        integer: obj.integer ?? (quantity ? quantity.integer : !unitIsPercent),
        path: formatPath(claimPath),
        ...(quantity ? { quantity } : {}),
        ...(obj.unit !== undefined ? { unit: obj.unit } : {}),
        ...(obj.quote !== undefined ? { quote: obj.quote } : {}),
        ...(obj.occurrence !== undefined ? { occurrence: obj.occurrence } : {}),
        ...(obj.period !== undefined ? { period: obj.period } : {}),
        ...(obj.asOf !== undefined ? { asOf: obj.asOf } : {}),
        ...(obj.note !== undefined ? { note: obj.note } : {}),
      };
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

  const relations: RelationModel[] = [];
  for (const { rel, path, doc } of relationInputs) {
    const roles: RoleRef[] = [];
    const resolve = (ref: string, keyPath: Array<string | number>): string | undefined => {
      const key = multiDocument && doc !== undefined && !ref.includes("/") ? `${doc}/${ref}` : ref;
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
      ...(rel.kind === "compare" ? { op: rel.op } : {}),
    });
  }

  if (issues.length > 0) throw new ClaimcheckInputError(dedupe(issues));
  return { ...(file !== undefined ? { file } : {}), documents, claims, relations, multiDocument };
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
    return o && typeof o.id === "string" ? { id: o.id } : undefined;
  };
  const o = obj(input) ?? {};
  return {
    ...(doc(o.document) ? { document: doc(o.document) } : {}),
    ...(Array.isArray(o.documents)
      ? { documents: o.documents.map((d, i) => ({ id: doc(d)?.id ?? `#${i}`, claims: claims(obj(d)?.claims), relations: relations(obj(d)?.relations) })) }
      : {}),
    ...(o.claims !== undefined ? { claims: claims(o.claims) } : {}),
    ...(o.relations !== undefined ? { relations: relations(o.relations) } : {}),
  };
}

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
      add(path, at === undefined ? `a required ${issue.expected}` : expectedType(issue.expected, path), describe(at));
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
  return `a ${t}`;
}

function describe(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
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

const CLAIM_KEYS = ["value", "unknown", "unit", "quote", "occurrence", "integer", "period", "asOf", "note"];
const DOC_KEYS = ["id", "title", "url", "textFile", "text", "published"];

function knownKeysAt(path: ReadonlyArray<PropertyKey>, input: unknown): string[] | undefined {
  const n = path.length;
  if (n === 0) return ["document", "documents", "claims", "relations"];
  if (path[n - 2] === "claims") return CLAIM_KEYS;
  if (path[n - 1] === "document") return DOC_KEYS;
  if (path[n - 2] === "documents") return [...DOC_KEYS, "claims", "relations"];
  if (path[n - 2] === "relations") {
    const kind = valueAt(input, [...path, "kind"]);
    if (typeof kind === "string" && kind in ROLE_KEYS) {
      return ["kind", ...ROLE_KEYS[kind as RelationKind], ...(kind === "compare" ? ["op"] : []), "id", "note"];
    }
  }
  return undefined;
}
