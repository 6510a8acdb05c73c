/**
 * The well-formed parts of an invalid claims file. When the schema rejects a file, the parser
 * still reads what is well formed (values, claim ids in relations), so that one run reports every
 * problem; this keeps each field only when its own schema accepts it, so the parser is never
 * given a value of the wrong type.
 */
import { WRITTEN_SPECS } from "../relations/registry.js";
import type { ClaimObjectOutput, SeriesInput } from "./schema.js";
import { CLAIM_OBJECT, ISO_DATE, RELATIONS } from "./validate.js";
import { relationKeys } from "./zod-words.js";

/** A claim as the parser reads it: an object, or just its value. */
export type ClaimData = ClaimObjectOutput | number | string;

/** A relation as the parser reads it: its kind, its roles and fields by key, and the shared keys. */
export interface RelationData {
  readonly kind: string;
  readonly id?: string | undefined;
  readonly note?: string | undefined;
  readonly periods?: "intended" | undefined;
  readonly cue?: string | undefined;
  readonly window?: "sentence" | "previous-sentence" | "paragraph" | undefined;
  readonly standing?: "proposed" | "suggested" | undefined;
  readonly readings?: ReadonlyArray<Readonly<Record<string, unknown>>> | undefined;
}

/** A document as the parser reads it. */
export interface DocumentData {
  readonly id: string;
  readonly title?: string | undefined;
  readonly url?: string | undefined;
  readonly textFile?: string | undefined;
  readonly text?: string | undefined;
  readonly published?: string | undefined;
  readonly covers?: string | number | { readonly from: string | number; readonly to?: string | number | undefined } | undefined;
  readonly numberFormat?: "decimal-point" | "decimal-comma" | undefined;
}

/** A document of a multi-document file, with its claims and relations. */
interface DocumentWithClaimsData extends DocumentData {
  readonly claims?: Readonly<Record<string, ClaimData>> | undefined;
  readonly relations?: readonly RelationData[] | undefined;
}

/** A claims file as the parser reads it (what the schema gives, or the well-formed parts of it). */
export interface FileData {
  readonly document?: DocumentData | undefined;
  readonly documents?: readonly DocumentWithClaimsData[] | undefined;
  readonly claims?: Readonly<Record<string, ClaimData>> | undefined;
  readonly relations?: readonly RelationData[] | undefined;
  readonly series?: readonly SeriesInput[] | undefined;
}

type Obj = Readonly<Record<string, unknown>>;

function obj(x: unknown): Obj | undefined {
  return typeof x === "object" && x !== null && !Array.isArray(x) ? (x as Obj) : undefined;
}

const CLAIM_FIELDS = Object.entries(CLAIM_OBJECT.shape!);

function claim(o: Obj): ClaimObjectOutput {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of CLAIM_FIELDS) {
    if (o[key] === undefined) continue;
    if (schema.run(o[key]).length === 0) out[key] = o[key];
  }
  return out as ClaimObjectOutput;
}

function claims(x: unknown): Record<string, ClaimData> | undefined {
  const o = obj(x);
  if (!o) return undefined;
  const out: Record<string, ClaimData> = {};
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === "number" || typeof v === "string") out[k] = v;
    else if (obj(v)) out[k] = claim(obj(v)!);
  }
  return out;
}

function relations(x: unknown): RelationData[] | undefined {
  if (!Array.isArray(x)) return undefined;
  return x.map((r): RelationData => {
    const o = obj(r);
    const spec = WRITTEN_SPECS.find((s) => s.kind === o?.kind);
    const schema = spec ? RELATIONS.get(spec.kind) : undefined;
    if (!o || !spec || !schema) return { kind: "equal" };
    const out: Record<string, unknown> = { kind: spec.kind };
    for (const key of relationKeys(spec)) {
      const field = schema.shape?.[key];
      if (key === "kind" || o[key] === undefined || !field) continue;
      if (field.run(o[key]).length === 0) out[key] = o[key];
    }
    return { ...out, kind: spec.kind };
  });
}

function document(x: unknown, fallbackId: string): DocumentData | undefined {
  const o = obj(x);
  if (!o) return undefined;
  const id = typeof o.id === "string" ? o.id : fallbackId;
  // Dates that time claims are read against (text without its year needs `published`).
  const published = o.published !== undefined && ISO_DATE.run(o.published).length === 0 ? (o.published as string) : undefined;
  const numberFormat = o.numberFormat === "decimal-point" || o.numberFormat === "decimal-comma" ? o.numberFormat : undefined;
  return { id, ...(published !== undefined ? { published } : {}), ...(numberFormat !== undefined ? { numberFormat } : {}) };
}

/**
 * The well-formed parts of a claims file's content, each field kept only when its schema accepts
 * it; series are left out (they are checked only in a valid file).
 *
 * @example
 * ```ts
 * looseParts({ claims: { a: { value: 3, vale: 4 }, b: true }, relations: [{ kind: "sum", parts: ["a", 7], total: "a" }] });
 * //=> { claims: { a: { value: 3 } }, relations: [{ kind: "sum", total: "a" }] }
 * ```
 */
export function looseParts(input: unknown): FileData {
  const o = obj(input) ?? {};
  const single = o.document !== undefined ? document(o.document, "document") : undefined;
  const many = Array.isArray(o.documents)
    ? o.documents.map((d, i): DocumentWithClaimsData => ({
        ...(document(d, `#${i}`) ?? { id: `#${i}` }),
        ...(obj(d)?.claims !== undefined ? { claims: claims(obj(d)!.claims) } : {}),
        ...(obj(d)?.relations !== undefined ? { relations: relations(obj(d)!.relations) } : {}),
      }))
    : undefined;
  return {
    ...(single ? { document: single } : {}),
    ...(many ? { documents: many } : {}),
    ...(o.claims !== undefined ? { claims: claims(o.claims) } : {}),
    ...(o.relations !== undefined ? { relations: relations(o.relations) } : {}),
  };
}
