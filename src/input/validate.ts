/**
 * The claims file format checked without zod, for the runtime path of `check()` and
 * `parseClaims()`: the same schema as src/input/schema.ts (which stays the source of the JSON
 * Schema, the exported zod schema and the TypeScript types), written with a dozen small
 * combinators that report exactly the issues zod reports for it — same codes, paths, order and
 * fields — so that src/input/zod-words.ts words both alike. A test runs both on the same inputs
 * (tests/input/validate.test.ts) and requires the same issues.
 *
 * The combinators follow zod 4's rules: a schema's checks run after its type test and are skipped
 * once an issue aborts (a type error does; a failed check or an unknown key does not), except the
 * length checks, which run on anything that has a length unless a check asked to stop; a union
 * returns the first option without issues, else the issues of its one option that did not abort,
 * else an `invalid_union` holding every option's issues.
 */
import { WRITTEN_SPECS } from "../relations/registry.js";
import type { RelationSpec } from "../relations/spec.js";

/** What an id must match (src/input/fast-valid.ts tests it too). */
export const ID_PATTERN: RegExp = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** What a claim reference must match: `claim-id`, or `document-id/claim-id`. */
export const CLAIM_REF_PATTERN: RegExp = /^([A-Za-z0-9][A-Za-z0-9_.-]*\/)?[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** A calendar date, `YYYY-MM-DD`, leap days included (the pattern of zod's `z.iso.date()`). */
const ISO_DATE_PATTERN: RegExp =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;
/** A list of numbers may give each as a decimal string. */
export const DECIMAL_STRING_PATTERN: RegExp = /^-?[0-9]+(\.[0-9]+)?$/;
/** A positive whole number, as a string. */
export const POSITIVE_STRING_PATTERN: RegExp = /^[1-9][0-9]*$/;

/** What an id must look like, in words. */
export const ID_WORDS = "an id of letters, digits, '_', '.' or '-' that starts with a letter or a digit (no '/')";
/** The same, for a claim id. */
export const CLAIM_ID_WORDS = "a claim id of letters, digits, '_', '.' or '-' that starts with a letter or a digit (no '/')";
/** What a claim reference must look like, in words. */
export const REF_WORDS = "a claim id, or document-id/claim-id";
/** What a date must look like, in words. */
export const DATE_WORDS = "an ISO date such as 2017-09-01";
/** The messages the schema gives itself (every other message is put in claimcheck's words). */
export const SCHEMA_MESSAGES: ReadonlySet<string> = new Set([ID_WORDS, REF_WORDS, DATE_WORDS]);

/** The message of an issue that carries none of the schema's own. */
const NO_MESSAGE = "Invalid input";

/** One problem the schema finds, in the shape of a zod issue (the fields src/input/zod-words.ts reads). */
export interface SchemaIssue {
  readonly code: "invalid_type" | "invalid_format" | "invalid_value" | "invalid_union" | "invalid_key" | "too_small" | "too_big" | "unrecognized_keys";
  /** Where, from the value the schema was given. */
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: string;
  readonly format?: string;
  readonly origin?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly inclusive?: boolean;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  /** Of a union: each option's issues. */
  readonly errors?: ReadonlyArray<readonly SchemaIssue[]>;
  /** Of a discriminated union that found no option for its key. */
  readonly discriminator?: string;
  /** False: the checks after it do not run; true: they do; absent: only the length checks do. */
  readonly continue?: boolean;
}

/** A schema: the issues it finds in a value (none: the value is valid). */
export interface Schema {
  readonly run: (value: unknown) => SchemaIssue[];
  /** An optional key may be absent or undefined. */
  readonly optional?: boolean;
  /** The keys of an object schema, each with its schema, in order. */
  readonly shape?: Readonly<Record<string, Schema>>;
  /** The values a literal or an enum takes. */
  readonly values?: readonly unknown[];
}

interface Check {
  /** Length checks run whenever this holds, unless an issue asked to stop. */
  readonly when?: (value: unknown) => boolean;
  readonly check: (value: unknown, out: SchemaIssue[]) => void;
}

const aborts = (issues: readonly SchemaIssue[], from = 0): boolean => {
  for (let i = from; i < issues.length; i++) if (issues[i]!.continue !== true) return true;
  return false;
};

const issue = (fields: Omit<SchemaIssue, "path" | "message"> & { message?: string }): SchemaIssue => ({ path: [], message: NO_MESSAGE, ...fields });

/** A schema from its type test and its checks. */
function schema(test: (value: unknown, out: SchemaIssue[]) => void, checks: readonly Check[] = [], extra: Omit<Schema, "run"> = {}): Schema {
  return {
    ...extra,
    run(value) {
      const out: SchemaIssue[] = [];
      test(value, out);
      let aborted = aborts(out);
      for (const c of checks) {
        if (c.when) {
          if (out.some((i) => i.continue === false) || !c.when(value)) continue;
        } else if (aborted) continue;
        const before = out.length;
        c.check(value, out);
        if (!aborted && out.length > before) aborted = aborts(out, before);
      }
      return out;
    },
  };
}

const typeTest =
  (expected: string, ok: (v: unknown) => boolean, message = NO_MESSAGE) =>
  (v: unknown, out: SchemaIssue[]) => {
    if (!ok(v)) out.push(issue({ code: "invalid_type", expected, message }));
  };

const isObject = (v: unknown): v is Record<PropertyKey, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A plain object, as zod's records want it (a class instance is not one). */
function isPlainObject(v: unknown): v is Record<PropertyKey, unknown> {
  if (!isObject(v)) return false;
  const ctor: unknown = (v as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== "function") return true;
  const proto: unknown = (ctor as { prototype?: unknown }).prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, "isPrototypeOf");
}

/** Adds issues found under a key (or an index), their paths from the value holding it. */
function addUnder(out: SchemaIssue[], key: PropertyKey, issues: readonly SchemaIssue[]): void {
  for (const i of issues) out.push({ ...i, path: [key, ...i.path] });
}

/** Checks of strings: a pattern, with the schema's words for it. */
function regex(pattern: RegExp, message = NO_MESSAGE): Check {
  return {
    check(v, out) {
      if (!pattern.test(v as string)) out.push(issue({ code: "invalid_format", format: "regex", origin: "string", message, continue: true }));
    },
  };
}

/** At least `minimum` items or characters (counted in code points). */
function minLength(minimum: number): Check {
  return {
    when: (v) => v !== undefined && v !== null && (v as { length?: unknown }).length !== undefined,
    check(v, out) {
      const length = typeof v === "string" ? [...v].length : (v as { length: number }).length;
      if (length >= minimum) return;
      const origin = Array.isArray(v) ? "array" : typeof v === "string" ? "string" : "unknown";
      out.push(issue({ code: "too_small", origin, minimum, inclusive: true, continue: true }));
    },
  };
}

/** At least (or above) a number. */
function above(minimum: number, inclusive: boolean): Check {
  return {
    check(v, out) {
      if (inclusive ? (v as number) >= minimum : (v as number) > minimum) return;
      out.push(issue({ code: "too_small", origin: "number", minimum, inclusive, continue: true }));
    },
  };
}

/** At most a number. */
function atMost(maximum: number): Check {
  return {
    check(v, out) {
      if ((v as number) <= maximum) return;
      out.push(issue({ code: "too_big", origin: "number", maximum, inclusive: true, continue: true }));
    },
  };
}

/** A whole number within the safe integers; the checks after it do not run on a fraction. */
const wholeNumber: Check = {
  check(v, out) {
    const n = v as number;
    if (!Number.isInteger(n)) out.push(issue({ code: "invalid_type", expected: "int", format: "safeint", continue: false }));
    else if (!Number.isSafeInteger(n))
      out.push(n > 0 ? issue({ code: "too_big", origin: "int", maximum: Number.MAX_SAFE_INTEGER, inclusive: true, continue: true }) : issue({ code: "too_small", origin: "int", minimum: Number.MIN_SAFE_INTEGER, inclusive: true, continue: true }));
  },
};

const string = (...checks: Check[]): Schema => schema(typeTest("string", (v) => typeof v === "string"), checks);
const isNumber = typeTest("number", (v) => typeof v === "number" && Number.isFinite(v));
const number = (...checks: Check[]): Schema => schema(isNumber, checks);
const int = (...checks: Check[]): Schema => schema(isNumber, [wholeNumber, ...checks]);
const boolean = (): Schema => schema(typeTest("boolean", (v) => typeof v === "boolean"));

/** One of some values (a literal, an enum). */
function oneOf(values: readonly unknown[]): Schema {
  const set = new Set(values);
  return schema(
    (v, out) => {
      if (!set.has(v)) out.push(issue({ code: "invalid_value", values }));
    },
    [],
    { values },
  );
}

/** A calendar date, `YYYY-MM-DD`. */
const isoDate = (): Schema => {
  const format: Check = {
    check(v, out) {
      if (!ISO_DATE_PATTERN.test(v as string)) out.push(issue({ code: "invalid_format", format: "date", origin: "string", message: DATE_WORDS, continue: true }));
    },
  };
  return schema(typeTest("string", (v) => typeof v === "string", DATE_WORDS), [format]);
};

function optional(inner: Schema): Schema {
  return { ...inner, optional: true, run: (v) => (v === undefined ? [] : inner.run(v)) };
}

function union(options: readonly Schema[]): Schema {
  return {
    run(v) {
      const results: SchemaIssue[][] = [];
      for (const o of options) {
        const r = o.run(v);
        if (r.length === 0) return r;
        results.push(r);
      }
      const standing = results.filter((r) => !aborts(r));
      if (standing.length === 1) return standing[0]!;
      return [issue({ code: "invalid_union", errors: results })];
    },
  };
}

/** An object with exactly these keys (an unknown key is an issue). */
function strictObject(shape: Readonly<Record<string, Schema>>): Schema {
  const keys = Object.keys(shape);
  const known = new Set(keys);
  return {
    shape,
    run(v) {
      if (!isObject(v)) return [issue({ code: "invalid_type", expected: "object" })];
      const out: SchemaIssue[] = [];
      for (const key of keys) {
        const s = shape[key]!;
        const present = key in v;
        if (!present && s.optional) continue;
        const r = s.run(v[key]);
        if (r.length > 0) addUnder(out, key, r);
        else if (!present) out.push(issue({ code: "invalid_type", expected: "nonoptional" }));
      }
      const unknown: string[] = [];
      for (const key in v) if (!known.has(key)) unknown.push(key);
      if (unknown.length > 0) out.push(issue({ code: "unrecognized_keys", keys: unknown, continue: true }));
      return out;
    },
  };
}

/** Objects told apart by a key whose value names the option (`kind`). */
function discriminatedUnion(key: string, options: readonly Schema[]): Schema {
  const byValue = new Map<unknown, Schema>();
  for (const o of options) for (const value of o.shape![key]!.values!) byValue.set(value, o);
  return {
    run(v) {
      if (!isObject(v)) return [issue({ code: "invalid_type", expected: "object" })];
      const option = byValue.get(v[key]);
      if (option) return option.run(v);
      return [{ ...issue({ code: "invalid_union", errors: [], discriminator: key }), path: [key] }];
    },
  };
}

function array(element: Schema, ...checks: Check[]): Schema {
  return schema((v, out) => {
    if (!Array.isArray(v)) {
      out.push(issue({ code: "invalid_type", expected: "array" }));
      return;
    }
    for (let i = 0; i < v.length; i++) {
      const r = element.run(v[i]);
      addUnder(out, i, r);
    }
  }, checks);
}

/** A mapping from keys of one schema to values of another. */
function record(key: Schema, value: Schema): Schema {
  return {
    run(v) {
      if (!isPlainObject(v)) return [issue({ code: "invalid_type", expected: "record" })];
      const out: SchemaIssue[] = [];
      for (const k of Reflect.ownKeys(v)) {
        if (k === "__proto__" || !Object.prototype.propertyIsEnumerable.call(v, k)) continue;
        if (key.run(k).length > 0) {
          out.push({ ...issue({ code: "invalid_key", origin: "record" }), path: [k] });
          continue;
        }
        const r = value.run(v[k]);
        addUnder(out, k, r);
      }
      return out;
    },
  };
}

// The claims file, key for key as in src/input/schema.ts.

const Id = string(regex(ID_PATTERN, ID_WORDS));
const ClaimRef = string(regex(CLAIM_REF_PATTERN, REF_WORDS));
const PeriodString = union([string(minLength(1)), int(above(1000, true), atMost(9999))]);
const Period = union([PeriodString, strictObject({ from: PeriodString, to: optional(PeriodString) })]);
const Value = union([number(), string()]);

/** One claim given as an object. */
export const CLAIM_OBJECT: Schema = strictObject({
  value: optional(Value),
  unknown: optional(oneOf([true])),
  unit: optional(string()),
  quote: optional(string(minLength(1))),
  occurrence: optional(int(above(1, true))),
  integer: optional(boolean()),
  signed: optional(boolean()),
  period: optional(Period),
  asOf: optional(isoDate()),
  date: optional(union([string(minLength(1)), int()])),
  weekday: optional(string()),
  length: optional(string()),
  within: optional(ClaimRef),
  sameAs: optional(union([ClaimRef, array(ClaimRef, minLength(1))])),
  note: optional(string()),
});

const Claim = union([Value, CLAIM_OBJECT]);

function relationSchema(spec: RelationSpec): Schema {
  const shape: Record<string, Schema> = { kind: oneOf([spec.kind]) };
  for (const role of spec.roles) {
    const refs = role.many ? array(ClaimRef, minLength(role.min ?? 1)) : ClaimRef;
    shape[role.key] = role.optional ? optional(refs) : refs;
  }
  for (const [key, field] of Object.entries(spec.fields ?? {})) {
    shape[key] =
      field.numbersPer !== undefined
        ? optional(array(union([number(), string(regex(DECIMAL_STRING_PATTERN))]), minLength(1)))
        : field.positiveInteger
          ? optional(union([number(wholeNumber, above(0, false)), string(regex(POSITIVE_STRING_PATTERN))]))
          : field.optional
            ? optional(oneOf(field.oneOf))
            : oneOf(field.oneOf);
  }
  const readings: Record<string, Schema> = {};
  for (const role of spec.roles) readings[role.key] = optional(role.many ? array(ClaimRef, minLength(role.min ?? 1)) : ClaimRef);
  for (const [key, field] of Object.entries(spec.fields ?? {})) {
    if (field.numbersPer === undefined && field.positiveInteger !== true) readings[key] = optional(oneOf(field.oneOf));
  }
  readings.label = optional(string());
  return strictObject({
    ...shape,
    id: optional(string()),
    note: optional(string()),
    periods: optional(oneOf(["intended"])),
    cue: optional(string()),
    window: optional(oneOf(["sentence", "previous-sentence", "paragraph"])),
    standing: optional(oneOf(["proposed", "suggested"])),
    readings: optional(array(strictObject(readings), minLength(2))),
  });
}

/** The schema of each written relation kind, by kind. */
export const RELATIONS: ReadonlyMap<string, Schema> = new Map(WRITTEN_SPECS.map((s) => [s.kind, relationSchema(s)]));

const Relation = discriminatedUnion("kind", [...RELATIONS.values()]);

/** The date a document was published, or any other ISO date. */
export const ISO_DATE: Schema = isoDate();

const documentFields = {
  id: Id,
  title: optional(string()),
  url: optional(string()),
  textFile: optional(string()),
  text: optional(string()),
  published: optional(ISO_DATE),
  covers: optional(Period),
  numberFormat: optional(oneOf(["decimal-point", "decimal-comma"])),
};

const Adjustment = union([strictObject({ add: Id, reason: string(minLength(1)) }), strictObject({ subtract: Id, reason: string(minLength(1)) })]);
const stepBase = { release: Id, adjustments: optional(array(Adjustment)), note: optional(string()) };
const IdList = array(Id);

const Series = discriminatedUnion("kind", [
  strictObject({
    kind: oneOf(["cumulative"]),
    id: Id,
    measure: optional(string()),
    total: Id,
    added: optional(Id),
    previous: optional(Id),
    increments: optional(oneOf(["exact", "at-least"])),
    steps: array(union([Id, strictObject({ ...stepBase, total: optional(Id), added: optional(Id), previous: optional(Id) })]), minLength(1)),
    note: optional(string()),
  }),
  strictObject({
    kind: oneOf(["stock"]),
    id: Id,
    measure: optional(string()),
    open: Id,
    carriedOver: optional(Id),
    inflows: optional(IdList),
    outflows: optional(IdList),
    steps: array(
      union([Id, strictObject({ ...stepBase, open: optional(Id), carriedOver: optional(Id), inflows: optional(IdList), outflows: optional(IdList) })]),
      minLength(1),
    ),
    note: optional(string()),
  }),
]);

const ClaimsFile = strictObject({
  $schema: optional(string()),
  document: optional(strictObject(documentFields)),
  documents: optional(array(strictObject({ ...documentFields, claims: optional(record(Id, Claim)), relations: optional(array(Relation)) }), minLength(1))),
  claims: optional(record(Id, Claim)),
  relations: optional(array(Relation)),
  series: optional(array(Series)),
});

/**
 * The issues the claims file's schema finds in a file's content, as zod would report them; none
 * when it is valid.
 *
 * @example
 * ```ts
 * claimsFileIssues({ claims: { total: 624 } }); //=> []
 * claimsFileIssues({ claims: { total: true } })[0]?.code; //=> "invalid_union"
 * ```
 */
export function claimsFileIssues(input: unknown): SchemaIssue[] {
  return ClaimsFile.run(input);
}
