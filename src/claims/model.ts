/**
 * The claim set as the engine and the rules see it: documents, claims and relations, normalised
 * and checked. `src/input/` builds it from a claims file; nothing here reads input.
 */
import type { Measure } from "../numbers/measure.js";
import type { Quantity } from "../numbers/quantity.js";
import type { ClaimTime, Resolution, StatedPeriod } from "../time/claim-time.js";
import type { SeriesLink, SeriesModel } from "./series.js";

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
  /** How the document's values write decimals, when it says (`numberFormat:`). */
  readonly numberFormat?: "decimal-point" | "decimal-comma";
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
  /**
   * What the claim measures: from its `unit:` and its value's written form ("$5m" is money in
   * USD), or, for an unknown claim without a unit, from the claims beside it in its relations.
   */
  readonly measure?: Measure;
  readonly quote?: string;
  readonly occurrence?: number;
  /** Whether only whole numbers make sense. */
  readonly integer: boolean;
  /** A whole number that may be negative (`signed: true`); other counts are at least zero. */
  readonly signed?: boolean;
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
  /** The relation kind (`src/relations/` holds one spec per kind). */
  readonly kind: string;
  readonly id?: string;
  readonly note?: string;
  /** `intended`: the relation joins claims about different periods on purpose. */
  readonly periods?: "intended";
  /** For a relation compiled from a series: the releases it links. */
  readonly series?: SeriesLink;
  readonly roles: readonly RoleRef[];
  /** The kind's own fields besides its roles, as written (`op` of a `compare`). */
  readonly fields?: Readonly<Record<string, string>>;
  /** Key path of the relation in the file. */
  readonly path: string;
  /** The words of the text that licensed it, for a relation proposed from a raw text. */
  readonly cue?: string;
  /** How far apart its numbers are in the text. */
  readonly window?: "sentence" | "previous-sentence" | "paragraph";
  /** `proposed` (checked) or `suggested` (checked on its own, findings as info). */
  readonly standing?: "proposed" | "suggested";
  /** Alternative readings (two or more); the relation's own roles are those of the first. */
  readonly readings?: readonly RelationReading[];
}

/** One reading of a relation with alternatives: its roles and fields in full, and its words. */
export interface RelationReading {
  readonly roles: readonly RoleRef[];
  readonly fields?: Readonly<Record<string, string>>;
  readonly label: string;
}

/** A place in the claims file: 1-based line and column. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** A checked claim set, ready for the engine. */
export interface ClaimSet {
  /** The file it came from, when it came from one. */
  readonly file?: string;
  /**
   * Where the documents, claims and relations are written in the claims file, by key path
   * (`claims.july-credible`, `relations[0]`, `document.textFile`); the file loader fills it.
   */
  readonly positions?: ReadonlyMap<string, SourcePosition>;
  readonly documents: readonly DocumentModel[];
  readonly claims: readonly ClaimModel[];
  readonly relations: readonly RelationModel[];
  /** True when the file used `documents:` (claim keys are then `document/claim`). */
  readonly multiDocument: boolean;
  /** Series of releases (`series:`); their steps are among `relations` as `series-*` kinds. */
  readonly series?: readonly SeriesModel[];
}

/** A set's claims by key: what the engine and the rules look up. */
export type ClaimsByKey = Pick<ReadonlyMap<string, ClaimModel>, "get" | "has">;

/** The claims by key, by claims array (a set with only some of its relations shares its claims). */
const claimMaps = new WeakMap<readonly ClaimModel[], ClaimsByKey>();
/** Where each key's claim sits in its claims array, as the parser found it. */
const positionMaps = new WeakMap<readonly ClaimModel[], ReadonlyMap<string, number>>();
/** The position of each role's claim, relation by relation, by relations array. */
const roleLists = new WeakMap<readonly RelationModel[], Int32Array>();

/**
 * The claims of a set by key, built once per set and shared by the engine, `check()` and every
 * rule (on a set of 200,000 claims, building it once per rule was a tenth of the whole check).
 *
 * @example
 * ```ts
 * import { parseClaims } from "claimcheck";
 * claimsByKey(parseClaims({ claims: { a: 1 } })).get("a")?.id; //=> "a"
 * ```
 */
export function claimsByKey(set: ClaimSet): ClaimsByKey {
  let m = claimMaps.get(set.claims);
  if (!m) claimMaps.set(set.claims, (m = new Map(set.claims.map((c) => [c.key, c]))));
  return m;
}

/**
 * The position in `claims` of each key's claim, when the parser recorded it (every key once).
 *
 * @example
 * ```ts
 * import { parseClaims } from "claimcheck";
 * claimPositions(parseClaims({ claims: { a: 1, b: 2 } }).claims)?.get("b"); //=> 1
 * claimPositions([]); //=> undefined
 * ```
 */
export function claimPositions(claims: readonly ClaimModel[]): ReadonlyMap<string, number> | undefined {
  return positionMaps.get(claims);
}

/**
 * The position in the set's claims of each role's claim, relation by relation and role by role,
 * when the parser recorded them.
 *
 * @example
 * ```ts
 * import { parseClaims } from "claimcheck";
 * const set = parseClaims({ claims: { a: 1, b: 2 }, relations: [{ kind: "compare", left: "b", op: "<", right: "a" }] });
 * [...(rolePositions(set.relations) ?? [])]; //=> [1, 0]
 * ```
 */
export function rolePositions(relations: readonly RelationModel[]): Int32Array | undefined {
  return roleLists.get(relations);
}

/** The claim sets `parseClaims` made: `check()` takes only these as already parsed. */
const parsedSets = new WeakSet<object>();

/**
 * Records that `parseClaims` made this set, and returns it. A look-alike object (with `claims`,
 * `documents` and `relations` arrays) is not recorded, so `check()` validates it as input.
 * `positions`, when given, is where each key's claim sits in the set's claims (every key once):
 * the set's `claimsByKey` reads through it, and so does the engine. `roles`, when given, is the
 * position of each role's claim, relation by relation (see `rolePositions`).
 *
 * @example
 * ```ts
 * import { parseClaims } from "claimcheck";
 * isParsedClaimSet(parseClaims({ claims: { a: 1 } })); //=> true
 * isParsedClaimSet({ claims: [], documents: [], relations: [] }); //=> false
 * ```
 */
export function markParsed(set: ClaimSet, positions?: ReadonlyMap<string, number>, roles?: Int32Array): ClaimSet {
  parsedSets.add(set);
  if (positions && positions.size === set.claims.length) {
    positionMaps.set(set.claims, positions);
    // Read through the positions: no second map of every key.
    const claims = set.claims;
    claimMaps.set(set.claims, { get: (key) => claims[positions.get(key) ?? -1], has: (key) => positions.has(key) });
  }
  if (roles) roleLists.set(set.relations, roles);
  return set;
}

/** Whether `parseClaims` made this set (see `markParsed`). */
export function isParsedClaimSet(x: unknown): x is ClaimSet {
  return typeof x === "object" && x !== null && parsedSets.has(x);
}
