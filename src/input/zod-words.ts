/**
 * The schema's issues (zod's, or src/input/validate.ts's, which are the same) in claimcheck's
 * words: each becomes an `InputIssue` naming the key path, what was
 * expected there (the keys allowed, with a did-you-mean) and what was found.
 */
import { describeFound, excerpt } from "../base/input-issue.js";
import { didYouMean } from "../base/suggest.js";
import { VALUE_EXPECTATION } from "../numbers/quantity.js";
import { WRITTEN_SPECS } from "../relations/registry.js";
import type { RelationSpec } from "../relations/spec.js";
import { CLAIM_ID_WORDS, ID_WORDS, SCHEMA_MESSAGES, type SchemaIssue } from "./validate.js";

/** Reports one issue at a key path. */
export type AddIssue = (path: ReadonlyArray<PropertyKey>, expected: string, found?: string) => void;

/** Turns one issue of the schema into our words, choosing the most specific branch of a union. */
export function zodIssue(issue: SchemaIssue, input: unknown, add: AddIssue): void {
  const path = issue.path;
  const at = valueAt(input, path);
  switch (issue.code) {
    case "unrecognized_keys":
      for (const key of issue.keys ?? []) {
        const known = knownKeysAt(path, input);
        add([...path, key], known ? `one of the keys ${known.join(", ")}${didYouMean(key, known)}` : "no such key", `unknown key '${excerpt(key)}'`);
      }
      return;
    case "invalid_union": {
      const branches = issue.errors ?? [];
      if ("discriminator" in issue && issue.discriminator === "kind" && path[0] === "series") {
        const kindPath = path[path.length - 1] === "kind" ? path : [...path, "kind"];
        add(kindPath, "a series kind: cumulative or stock", describe(valueAt(input, kindPath)) ?? "no kind");
        return;
      }
      if ("discriminator" in issue && issue.discriminator === "kind") {
        const kindPath = path[path.length - 1] === "kind" ? path : [...path, "kind"];
        add(kindPath, `a relation kind: ${KIND_LIST}`, describe(valueAt(input, kindPath)) ?? "no kind");
        return;
      }
      // Prefer the branch whose issues lie deepest (it matched the shape best).
      let best: readonly SchemaIssue[] | undefined;
      let bestDepth = -1;
      for (const b of branches) {
        let depth = Infinity;
        for (const x of b) depth = Math.min(depth, x.code === "invalid_type" && x.path.length === 0 ? -1 : x.path.length);
        if (depth > bestDepth) {
          bestDepth = depth;
          best = b;
        }
      }
      if (best && bestDepth >= 0) {
        for (const sub of best) zodIssue({ ...sub, path: [...path, ...sub.path] }, input, add);
        return;
      }
      add(path, unionExpectation(path), describe(at));
      return;
    }
    case "invalid_type": {
      // A whole file that is no mapping is not quoted, not even its start: it may be any file.
      const found = path.length === 0 && typeof at === "string" ? `text of ${at.length} characters, not a mapping of keys` : describe(at);
      add(path, at === undefined ? `${expectedType(issue.expected ?? "", path)} (required)` : expectedType(issue.expected ?? "", path), found);
      return;
    }
    case "invalid_key": {
      const key = path[path.length - 1];
      const parent = path[path.length - 2];
      add(path, parent === "claims" ? CLAIM_ID_WORDS : ID_WORDS, `'${excerpt(String(key))}'`);
      return;
    }
    case "too_small":
      add(path, tooSmall(issue.origin ?? "", Number(issue.minimum), issue.inclusive !== false), describe(at));
      return;
    case "too_big":
      add(path, issue.origin === "number" ? `a number ${issue.inclusive !== false ? "of at most" : "below"} ${String(issue.maximum)}` : `at most ${String(issue.maximum)}`, describe(at));
      return;
    case "invalid_value": {
      const values = issue.values ?? [];
      add(path, values.length === 1 ? literal(values[0]) : `one of ${values.map(literal).join(", ")}`, describe(at));
      return;
    }
    case "invalid_format":
      // The schema words its formats itself (ids, dates); zod's own words need a locale.
      add(path, issue.message !== "" && issue.message !== "Invalid input" ? issue.message : `a valid ${issue.format}`, describe(at));
      return;
    default:
      // Never zod's own words: say what the claims file's format allows here.
      add(path, SCHEMA_MESSAGES.has(issue.message) ? issue.message : "a value of the documented form (see `claimcheck schema`)", describe(at));
  }
}

function unionExpectation(path: ReadonlyArray<PropertyKey>): string {
  if (path[path.length - 1] === "value") return VALUE_EXPECTATION;
  const parent = path[path.length - 2];
  if (parent === "claims") return `${VALUE_EXPECTATION}, or a claim object with value/unknown, unit, quote`;
  return "a value of the documented form";
}

function expectedType(t: string, path: ReadonlyArray<PropertyKey>): string {
  const last = path[path.length - 1];
  if (last === "value") return VALUE_EXPECTATION;
  if (t === "record") return last === "claims" ? "a mapping of claim ids to claims" : "a mapping of keys to values";
  return TYPE_WORDS[t] ?? "a value of the documented form";
}

function tooSmall(origin: string, minimum: number, inclusive: boolean): string {
  if (origin === "array") return `a list of at least ${minimum} item${minimum === 1 ? "" : "s"}`;
  if (origin === "string") return minimum === 1 ? "a non-empty string" : `a string of at least ${minimum} characters`;
  if (origin === "number") return `a number ${inclusive ? "of at least" : "above"} ${minimum}`;
  return `at least ${minimum}`;
}

function literal(v: unknown): string {
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

const TYPE_WORDS: Record<string, string> = {
  int: "a whole number",
  object: "a mapping of keys to values (an object)",
  array: "a list",
  string: "a string",
  number: "a number",
  boolean: "true or false",
};

function describe(v: unknown): string | undefined {
  return v === undefined ? undefined : describeFound(v);
}

/** The value at a key path of the input, if any. */
function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = input;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k as string];
  }
  return v;
}

/** The written relation kinds in words: "equal, part-of, … or compare". */
const KIND_LIST = (() => {
  const kinds = WRITTEN_SPECS.map((s) => s.kind);
  return `${kinds.slice(0, -1).join(", ")} or ${kinds[kinds.length - 1]}`;
})();

/** The keys of a claim object. */
const CLAIM_KEYS = ["value", "unknown", "unit", "quote", "occurrence", "integer", "signed", "period", "asOf", "date", "weekday", "length", "within", "sameAs", "note"];
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
    const spec = WRITTEN_SPECS.find((s) => s.kind === kind);
    if (spec) return relationKeys(spec);
  }
  return undefined;
}


/**
 * The keys a relation of a kind may have: `kind`, its roles, its fields, then `id`, `note` and
 * `periods`.
 */
export function relationKeys(spec: RelationSpec): string[] {
  return ["kind", ...spec.roles.map((r) => r.key), ...Object.keys(spec.fields ?? {}), "id", "note", "periods", "cue", "window", "standing", "readings"];
}
