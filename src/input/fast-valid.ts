/**
 * A quick yes to the common well-formed claims file, so that the schema (src/input/validate.ts,
 * the zod schema's twin) runs only when there may be something to word: a file of `claims:`
 * (plain values, or claim objects, which the claim's own schema checks one by one) and
 * `relations:` (checked against the same specs the schema is derived from). Anything else —
 * documents, series, an unexpected key or type — answers "not sure", and the whole file goes
 * through the schema, so every message stays the schema's. A yes must never be given to a file
 * the schema would refuse (tests/input/fast-valid.test.ts checks that zod agrees).
 */
import { WRITTEN_SPECS } from "../relations/registry.js";
import type { FieldSpec, RelationSpec } from "../relations/spec.js";
import { CLAIM_OBJECT, CLAIM_REF_PATTERN, ID_PATTERN } from "./validate.js";

/** Per relation kind: each key it may have and what the key must hold. */
type KeyCheck = (value: unknown) => boolean;
interface KindCheck {
  readonly keys: ReadonlyMap<string, KeyCheck>;
  readonly required: readonly string[];
}

const isRef: KeyCheck = (v) => typeof v === "string" && CLAIM_REF_PATTERN.test(v);
/** Every element a claim reference (a hole in the array is not). */
function everyRef(list: readonly unknown[]): boolean {
  for (let i = 0; i < list.length; i++) if (!isRef(list[i])) return false;
  return true;
}
const isString: KeyCheck = (v) => typeof v === "string";

function kindCheck(spec: RelationSpec): KindCheck {
  const keys = new Map<string, KeyCheck>([
    ["kind", (v) => v === spec.kind],
    ["id", isString],
    ["note", isString],
    ["periods", (v) => v === "intended"],
    ["cue", isString],
    ["window", (v) => v === "sentence" || v === "previous-sentence" || v === "paragraph"],
    ["standing", (v) => v === "proposed" || v === "suggested"],
    // Readings: the schema decides.
    ["readings", () => false],
  ]);
  const required = ["kind"];
  for (const role of spec.roles) {
    const min = role.min ?? 1;
    keys.set(role.key, role.many ? (v) => Array.isArray(v) && v.length >= min && everyRef(v) : isRef);
    if (!role.optional) required.push(role.key);
  }
  for (const [key, field] of Object.entries<FieldSpec>(spec.fields ?? {})) {
    if (field.numbersPer !== undefined || field.positiveInteger === true) {
      // Lists of numbers and counts: present, the schema decides; absent, nothing to check.
      keys.set(key, () => false);
      continue;
    }
    const allowed = new Set<unknown>(field.oneOf);
    keys.set(key, (v) => allowed.has(v));
    if (field.optional !== true) required.push(key);
  }
  return { keys, required };
}

let kinds: ReadonlyMap<string, KindCheck> | undefined;

/** A plain object (not an array, not a class instance). */
function isPlain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * True when `input` is a claims file of claims and relations that the schema accepts; false when
 * it may not be (then the schema decides, and words what it finds).
 *
 * @example
 * ```ts
 * fastValid({ claims: { a: 1, b: "at least 2" }, relations: [{ kind: "compare", left: "a", op: "<", right: "b" }] }); //=> true
 * fastValid({ claims: { a: 1 }, relations: [{ kind: "compare", left: "a" }] }); //=> false
 * const read: ClaimsRead = {};
 * fastValid({ claims: { b: 1, a: 2 } }, read) && read.claims; //=> { ids: ["b", "a"], values: [1, 2] }
 * ```
 *
 * `read`, when given, receives the ids under `claims:` and their values, in order (those of a
 * file found valid), so that the parser need not look up the keys of a large mapping again.
 */
export function fastValid(input: unknown, read?: ClaimsRead): boolean {
  if (!isPlain(input)) return false;
  for (const key in input) {
    if (!hasOwn(input, key)) continue;
    const value = input[key];
    if (key === "$schema") {
      if (value !== undefined && typeof value !== "string") return false;
    } else if (key === "claims") {
      if (value !== undefined) {
        const claims = claimsValid(value);
        if (!claims) return false;
        if (read) read.claims = claims;
      }
    } else if (key === "relations") {
      if (value !== undefined && !relationsValid(value)) return false;
    } else return false;
  }
  return true;
}

/** What `fastValid` read under `claims:`: the ids and their values, in order. */
export interface ClaimsRead {
  claims?: { readonly ids: readonly string[]; readonly values: readonly unknown[] };
}

/** The ids and values of a valid `claims:` mapping, in order; undefined when the schema should decide. */
function claimsValid(claims: unknown): { ids: string[]; values: unknown[] } | undefined {
  if (!isPlain(claims)) return undefined;
  const ids = Object.keys(claims);
  const values: unknown[] = new Array<unknown>(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (!ID_PATTERN.test(id)) return undefined;
    const c = (values[i] = claims[id]);
    if (typeof c === "string") continue;
    if (typeof c === "number") {
      if (!Number.isFinite(c)) return undefined;
      continue;
    }
    if (!isPlain(c) || CLAIM_OBJECT.run(c).length > 0) return undefined;
  }
  return { ids, values };
}

function relationsValid(relations: unknown): boolean {
  if (!Array.isArray(relations)) return false;
  kinds ??= new Map(WRITTEN_SPECS.map((s) => [s.kind, kindCheck(s as RelationSpec)]));
  for (let i = 0; i < relations.length; i++) {
    if (!(i in relations)) return false;
    const r: unknown = relations[i];
    if (!isPlain(r) || typeof r.kind !== "string") return false;
    const check = kinds.get(r.kind);
    if (!check) return false;
    for (const key in r) {
      if (!hasOwn(r, key)) continue;
      const test = check.keys.get(key);
      if (!test) return false;
      const value = r[key];
      // An optional key may hold undefined; a required one may not (checked below).
      if (value !== undefined && !test(value)) return false;
    }
    for (const key of check.required) if (r[key] === undefined) return false;
  }
  return true;
}
