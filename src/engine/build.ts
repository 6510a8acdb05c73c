/**
 * From a claim set to the constraint network: claims become variables (with their stated
 * intervals), relations become constraints through their specs, in a canonical order.
 */
import { claimPositions, rolePositions, type ClaimSet, type RelationModel } from "../claims/model.js";
import { roleSpec, specOf } from "../relations/registry.js";
import { isNeverWhole } from "../relations/spec.js";
import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import { Network } from "./network.js";

const NON_NEGATIVE = Interval.atLeast(Rational.ZERO);

/** The variable of each claim, by key. */
export type ClaimVariables = Pick<ReadonlyMap<string, number>, "get">;

/** A claim set compiled into a network. */
export interface Built {
  readonly net: Network;
  readonly claimVar: ClaimVariables;
  /** The claim's position in the set (declaration order), by variable; -1 for an auxiliary. */
  readonly claimIndex: Int32Array;
  /** The variable of each claim, by its position in the set (what `claimVar` gives for its key). */
  readonly claimVariable: Int32Array;
  readonly relationElement: number[];
}

/**
 * Compiles a claim set into the network the solver works on: one variable per claim, the
 * constraints of each relation from its kind's spec.
 */
export function build(set: ClaimSet): Built {
  const net = new Network();
  // A claim in a role that holds a share or a factor (the percentage of a percent-of, the factor
  // of a ratio) is never a count: 13 of 37 is 1300/37 %, so forcing it to a whole number (as an
  // unknown claim without a unit would be) would turn a consistent set into a false conflict.
  const percentage = new Set<string>();
  // A count is at least zero, unless its claim says otherwise (a negative stated value) or it
  // sits in a role that may be negative (the difference of a change).
  const signed = new Set<string>();
  for (const r of set.relations) {
    for (const x of r.roles) {
      const role = roleSpec(r.kind, x.role);
      if (role && isNeverWhole(role.holds)) percentage.add(x.claim);
      if (role && role.holds !== "quantity") signed.add(x.claim);
    }
  }
  // The network is built in a canonical order (claims by key, relations by content), not in the
  // order written: propagation, conflict search and shrinking then give the same findings however
  // the claims file is ordered.
  // (No map from key to claim: this runs on sets of a hundred thousand claims.)
  const keys = set.claims.map((c) => c.key);
  const order = keys.map((_, i) => i).sort((a, b) => compareStrings(keys[a]!, keys[b]!));
  const claimIndexOf: number[] = [];
  const claimVariable = new Int32Array(set.claims.length);
  // Where the parser put each key's claim (every key once): a claim's variable is then found
  // through it, with no second map of every key.
  const positions = claimPositions(set.claims);
  const byKey = positions ? undefined : new Map<string, number>();
  for (const i of order) {
    const c = set.claims[i]!;
    const integer = c.integer && !percentage.has(c.key);
    const stated = c.quantity?.interval;
    const count = integer && c.signed !== true && !signed.has(c.key) && (stated === undefined || (stated.lo !== null && stated.lo.v.sign() >= 0));
    const v = net.variable(c.key, integer, stated, count ? NON_NEGATIVE : Interval.ALL);
    byKey?.set(c.key, v);
    claimIndexOf[v] = i;
    claimVariable[i] = v;
  }
  const claimVar: ClaimVariables = byKey ?? {
    get: (key) => {
      const i = positions!.get(key);
      return i === undefined ? undefined : claimVariable[i];
    },
  };
  const unique = !byKey || byKey.size === set.claims.length;
  // A key given twice names the variable of its last claim in key order.
  if (!unique) set.claims.forEach((c, i) => (claimVariable[i] = claimVar.get(c.key)!));
  // The variable of each role's claim, from the claims' positions the parser recorded.
  const roles = unique && positions ? rolePositions(set.relations) : undefined;
  const roleVariables = roles && new Int32Array(roles.length);
  if (roles && roleVariables) for (let j = 0; j < roles.length; j++) roleVariables[j] = claimVariable[roles[j]!]!;
  const ranked = unique ? byClaimRank(set.relations, claimVar, roleVariables) : undefined;
  const relations = ranked?.relations ?? bySignature(set.relations);
  const relationElement: number[] = [];
  // The relation being compiled, and where its claims' variables start in `ranked.ranks` (its
  // claims' ranks are their variables): most lookups then need no map.
  let current: RelationModel | undefined;
  let at = 0;
  const variable = (key: string) => {
    if (ranked && current) {
      const roles = current.roles;
      for (let k = 0; k < roles.length; k++) if (roles[k]!.claim === key) return ranked.ranks[at + k]!;
    }
    return claimVar.get(key)!;
  };
  const aux = (name: string, integer: boolean) => net.variable(name, integer);
  const quantity = (key: string) => {
    const v = claimVar.get(key.startsWith("\u0000") ? key.slice(1) : key);
    return v === undefined ? undefined : set.claims[claimIndexOf[v]!]?.quantity;
  };
  // Measurements are kept in their base unit, but a role of its own unit (the count of an average,
  // the population of a rate) counts units as written: "177.3 bushels per acre on 85.2 million
  // acres". Such a role gets the figure in its written unit, base = scale × written.
  const scaleOf = new Map<string, Rational>();
  for (const c of set.claims) if (c.quantity?.scale !== undefined) scaleOf.set(c.key, c.quantity.scale);
  for (const r of relations) {
    const owner = net.relationElement(r.index);
    relationElement[r.index] = owner;
    const own = scaleOf.size > 0 ? ownUnitRoles(r.kind) : undefined;
    const scaled = own ? r.roles.filter((x) => own.has(x.role) && scaleOf.has(x.claim)) : [];
    if (scaled.length === 0) {
      current = r;
      at = r.index * r.roles.length;
      specOf(r.kind).compile(r, { net, owner, variable, aux, quantity });
      current = undefined;
      continue;
    }
    const written = new Map<string, number>();
    for (const x of scaled) {
      if (written.has(x.claim)) continue;
      const w = net.variable(`${x.claim} (as written)`, false);
      net.linear([claimVar.get(x.claim)!, w], [Rational.ONE, scaleOf.get(x.claim)!.neg()], Interval.point(Rational.ZERO), owner);
      written.set(x.claim, w);
    }
    // The compiler asks by claim; a claim in an own-unit role of this relation is read as written.
    specOf(r.kind).compile({ ...r, roles: r.roles.map((x) => (written.has(x.claim) && own!.has(x.role) ? { ...x, claim: `\u0000${x.claim}` } : x)) }, {
      net,
      owner,
      variable: (key) => (key.startsWith("\u0000") ? written.get(key.slice(1))! : claimVar.get(key)!),
      aux,
      quantity,
    });
  }
  const claimIndex = new Int32Array(net.variables.length).fill(-1);
  claimIndexOf.forEach((i, v) => (claimIndex[v] = i));
  return { net, claimVar, claimIndex, claimVariable, relationElement };
}

/**
 * The relations in canonical order: by signature (the kind, its fields, then each role and its
 * claim, as one string), then by index as a string.
 *
 * @example
 * ```ts
 * const r = (index: number, claim: string) => ({ index, kind: "compare", roles: [{ role: "left", claim }], path: "" });
 * bySignature([r(0, "b"), r(1, "a"), r(2, "a")]).map((x) => x.index); //=> [1, 2, 0]
 * ```
 */
export function bySignature(relations: readonly RelationModel[]): RelationModel[] {
  // Each relation's signature, then a separator below any character, then its index.
  const signatures = relations.map((r) => {
    let sig = `${r.kind} ${Object.values(r.fields ?? {}).join(" ")}`;
    for (const x of r.roles) sig += ` ${x.role}=${x.claim}`;
    return `${sig}\u0000${r.index}`;
  });
  return signatures.sort().map((sig) => relations[Number(sig.slice(sig.lastIndexOf("\u0000") + 1))]!);
}

/** A character at or below the space, which sorts before the space that ends a claim in a signature. */
const LOW_CHARACTER = /[\u0000- ]/;

/**
 * The same order as `bySignature`, without building a string per relation, when every relation
 * has the same kind, fields and roles (a ledger of a hundred thousand `cumulative` relations):
 * their signatures then differ only in the claims, and since a claim key holds no character at or
 * below the space that follows it in a signature, comparing the signatures compares the claims
 * role by role, each by its rank among the claim keys (`claimVar`, numbered in key order). The
 * ranks are sorted digit by digit (a counting sort per role, last role first) from the order of
 * the indices as strings, which relations with the same claims keep. Also gives the ranks, relation by relation (`index × roles
 * + role`). Undefined when the relations differ otherwise (or a key has such a character, or
 * names no claim). `known`, when given, holds those ranks already, role by role (then no key is
 * looked up).
 *
 * @example
 * ```ts
 * const r = (index: number, claim: string) => ({ index, kind: "compare", roles: [{ role: "left", claim }], path: "" });
 * byClaimRank([r(0, "b"), r(1, "a"), r(2, "a")], new Map([["a", 0], ["b", 1]]))?.relations.map((x) => x.index); //=> [1, 2, 0]
 * ```
 */
export function byClaimRank(
  relations: readonly RelationModel[],
  claimVar: ClaimVariables,
  known?: Int32Array,
): { relations: RelationModel[]; ranks: Int32Array } | undefined {
  const n = relations.length;
  if (n === 0) return { relations: [], ranks: new Int32Array(0) };
  const first = relations[0]!;
  const width = first.roles.length;
  const fields = fieldsText(first);
  // The known ranks count only when every relation has as many roles as the first (checked below).
  const given = known?.length === n * width ? known : undefined;
  const ranks = given ?? new Int32Array(n * width);
  let top = 0;
  for (let i = 0; i < n; i++) {
    const r = relations[i]!;
    if (r.index !== i || r.kind !== first.kind || r.roles.length !== width || (r.fields !== first.fields && fieldsText(r) !== fields)) return undefined;
    for (let k = 0; k < width; k++) {
      const x = r.roles[k]!;
      const rank = given ? given[i * width + k]! : claimVar.get(x.claim);
      if (x.role !== first.roles[k]!.role || rank === undefined || LOW_CHARACTER.test(x.claim)) return undefined;
      ranks[i * width + k] = rank;
      if (rank >= top) top = rank + 1;
    }
  }
  // Least significant role first; each pass is stable, so the order is by all roles at the end,
  // and relations with the same claims stay in the order they start in: by index as a string.
  let order = new Int32Array(n);
  for (let j = 0, i = 0; j < n; j++) {
    order[j] = i;
    if (j + 1 === n) break;
    // The next index in the order of their decimal strings: 0, 1, 10, 100, …, 11, …, 2, …
    if (i === 0 || i * 10 >= n) {
      while (i % 10 === 9 || i + 1 >= n) i = Math.floor(i / 10);
      i++;
    } else i *= 10;
  }
  let next = new Int32Array(n);
  const count = new Int32Array(top + 1);
  for (let k = width - 1; k >= 0; k--) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[ranks[i * width + k]! + 1]!++;
    for (let v = 1; v <= top; v++) count[v]! += count[v - 1]!;
    for (let j = 0; j < n; j++) {
      const i = order[j]!;
      next[count[ranks[i * width + k]!]!++] = i;
    }
    [order, next] = [next, order];
  }
  return { relations: Array.from(order, (i) => relations[i]!), ranks };
}

/** A relation's fields as its signature writes them. */
function fieldsText(r: RelationModel): string {
  return r.fields === undefined ? "" : Object.values(r.fields).join(" ");
}

const OWN_UNIT_ROLES = new Map<string, ReadonlySet<string>>();

/** The roles of a kind measured in a unit of their own. */
function ownUnitRoles(kind: string): ReadonlySet<string> {
  let roles = OWN_UNIT_ROLES.get(kind);
  if (!roles) OWN_UNIT_ROLES.set(kind, (roles = new Set(specOf(kind).roles.filter((r) => r.unit === "own").map((r) => r.role))));
  return roles;
}

/** Compares strings by code unit (locale-independent). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

