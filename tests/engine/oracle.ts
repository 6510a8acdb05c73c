/**
 * A brute-force oracle for the engine: random small systems over every relation kind (cycles
 * included), decided by trying every assignment of whole numbers in a small domain (depth first,
 * checking each relation as soon as its claims have values). Unknown counts range over 0..BOUND,
 * a change's unknown difference over −BOUND..BOUND; stated figures are at most 4; percentages and
 * factors are stated, and so are the wholes they apply to, so each product is checked exactly from
 * its whole-number operands and stays small. With
 * figures this small, at most 3 relations among 4 claims, and factors and shares that at most
 * double a value (2, 1.5, 0.5; 50%, 66.7%, 75%, 100%; not "0%", which lets a part of 1 sit in a
 * whole of 200 or more), no solution needs a value beyond 24, so "no
 * assignment in the domain" means "no solution" and a range that reaches BOUND is unbounded.
 */
import fc from "fast-check";
import type { ClaimInput, RelationInput } from "../../src/input/schema.js";

/** The domain of counts: 0..BOUND (differences −BOUND..BOUND). */
const BOUND = 40;

/** How a claim may be stated, as written, with the whole numbers it allows. */
interface Stated {
  readonly written: string;
  /** Allowed whole numbers (within the domain). */
  readonly allows: (n: number) => boolean;
}

/** A stated share or factor: written, and its exact interval as small fractions. */
interface Ratio {
  readonly written: string;
  /** [lo, hi] as numerator/denominator pairs, closed. */
  readonly lo: readonly [number, number];
  readonly hi: readonly [number, number];
}

interface OracleClaim {
  readonly id: string;
  /** A change's difference: may be negative. */
  readonly signed: boolean;
  readonly stated?: Stated;
}

type OracleRelation =
  | { readonly kind: "equal"; readonly claims: readonly string[] }
  | { readonly kind: "part-of"; readonly parts: readonly string[]; readonly whole: string }
  | { readonly kind: "sum"; readonly parts: readonly string[]; readonly total: string }
  | { readonly kind: "cumulative"; readonly previous: string; readonly added: string; readonly total: string }
  | { readonly kind: "compare"; readonly left: string; readonly op: "<" | "<=" | ">" | ">="; readonly right: string }
  | { readonly kind: "change"; readonly from: string; readonly to: string; readonly difference: string }
  | { readonly kind: "percent-of"; readonly part: string; readonly whole: string; readonly percent: Ratio }
  | { readonly kind: "ratio"; readonly from: string; readonly to: string; readonly factor: Ratio };

export interface OracleSystem {
  readonly claims: readonly OracleClaim[];
  readonly relations: readonly OracleRelation[];
}

const exact = (n: number): Stated => ({ written: String(n), allows: (x) => x === n });
const atMost = (n: number): Stated => ({ written: `at most ${n}`, allows: (x) => x >= 0 && x <= n });
const fewerThan = (n: number): Stated => ({ written: `fewer than ${n}`, allows: (x) => x >= 0 && x < n });

/** Percentages as printed, with the interval "48%" stands for ([47.5, 48.5]). */
const PERCENTS: readonly Ratio[] = [
  { written: "50%", lo: [99, 2], hi: [101, 2] },
  { written: "100%", lo: [199, 2], hi: [201, 2] },
  { written: "75%", lo: [149, 2], hi: [151, 2] },
  { written: "66.7%", lo: [1333, 20], hi: [1335, 20] },
];
/** Factors: whole ones exact, "1.5" for [1.45, 1.55]. */
const FACTORS: readonly Ratio[] = [
  { written: "2", lo: [2, 1], hi: [2, 1] },
  { written: "1.5", lo: [29, 20], hi: [31, 20] },
  { written: "0.5", lo: [9, 20], hi: [11, 20] },
];

/** A random system of 2 to 4 claims and 1 to 3 relations among them. */
export const oracleSystem: fc.Arbitrary<OracleSystem> = fc
  .record({
    size: fc.integer({ min: 2, max: 4 }),
    statedKinds: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 4, maxLength: 4 }),
    values: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 4, maxLength: 4 }),
    relations: fc.array(
      fc.record({
        kind: fc.integer({ min: 0, max: 8 }),
        picks: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
        op: fc.constantFrom("<" as const, "<=" as const, ">" as const, ">=" as const),
        ratio: fc.integer({ min: 0, max: 5 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ size, statedKinds, values, relations }) => {
    const ids = ["a", "b", "c", "d"].slice(0, size);
    const pick = (k: number) => ids[k % size]!;
    const rels: OracleRelation[] = [];
    const differences = new Set<string>();
    // The whole of a percent-of and the start of a ratio are stated: with an unknown one, a
    // rounded share lets whole numbers far beyond the domain solve it (b < a = 100% of b holds
    // at b = 200, a = 201).
    const mustState = new Set<string>();
    for (const r of relations) {
      const [x, y, z] = [pick(r.picks[0]!), pick(r.picks[1]!), pick(r.picks[2]!)];
      switch (r.kind) {
        case 0:
          if (x !== y) rels.push({ kind: "equal", claims: [x, y] });
          break;
        case 1:
          if (x !== y) rels.push({ kind: "part-of", parts: [x], whole: y });
          break;
        case 2:
          if (new Set([x, y, z]).size === 3) rels.push({ kind: "part-of", parts: [x, y], whole: z });
          break;
        case 3:
          if (new Set([x, y, z]).size === 3) rels.push({ kind: "sum", parts: [x, y], total: z });
          break;
        case 4:
          if (new Set([x, y, z]).size === 3) rels.push({ kind: "cumulative", previous: x, added: y, total: z });
          break;
        case 5:
          if (x !== y) rels.push({ kind: "compare", left: x, op: r.op, right: y });
          break;
        case 6:
          if (new Set([x, y, z]).size === 3) {
            rels.push({ kind: "change", from: x, to: y, difference: z });
            differences.add(z);
          }
          break;
        case 7:
          if (x !== y) {
            rels.push({ kind: "percent-of", part: x, whole: y, percent: PERCENTS[r.ratio % PERCENTS.length]! });
            mustState.add(y);
          }
          break;
        default:
          if (x !== y) {
            rels.push({ kind: "ratio", from: x, to: y, factor: FACTORS[r.ratio % FACTORS.length]! });
            mustState.add(x);
          }
      }
    }
    const claims = ids.map((id, i): OracleClaim => {
      const signed = differences.has(id);
      const v = values[i]!;
      const k = mustState.has(id) && statedKinds[i]! <= 2 ? 9 : statedKinds[i]!;
      // Unknown (about a third), or stated as exact, at most, fewer than.
      const stated = k <= 2 ? undefined : k <= 5 ? exact(signed && k === 5 ? -v : v) : k === 6 ? atMost(v) : k === 7 ? fewerThan(v + 1) : exact(v);
      return { id, signed, ...(stated ? { stated } : {}) };
    });
    return { claims, relations: rels.length > 0 ? rels : [{ kind: "compare" as const, left: ids[0]!, op: "<=" as const, right: ids[1]! }] };
  });

/** The claims file of a system, for `check()`. */
export function toClaimsFile(system: OracleSystem): { claims: Record<string, ClaimInput>; relations: RelationInput[] } {
  const claims: Record<string, ClaimInput> = {};
  for (const c of system.claims) claims[c.id] = c.stated ? c.stated.written : { unknown: true, unit: "report" };
  let n = 0;
  const relations = system.relations.map((r): RelationInput => {
    switch (r.kind) {
      case "percent-of": {
        const id = `p${n++}`;
        claims[id] = r.percent.written;
        return { kind: "percent-of", part: r.part, whole: r.whole, percent: id };
      }
      case "ratio": {
        const id = `f${n++}`;
        claims[id] = { value: r.factor.written, integer: false };
        return { kind: "ratio", from: r.from, to: r.to, factor: id };
      }
      case "part-of":
        return { kind: "part-of", parts: [...r.parts], whole: r.whole };
      case "equal":
        return { kind: "equal", claims: [...r.claims] };
      case "sum":
        return { kind: "sum", parts: [...r.parts], total: r.total };
      default:
        return r;
    }
  });
  return { claims, relations };
}

/** lo ≤ num/den ≤ hi, for den > 0, exactly (small whole numbers). */
function within(num: number, den: number, r: Ratio): boolean {
  // num / den within [lo, hi], for a denominator of either sign (a signed whole: 50% of −4 is −2).
  if (den < 0) return within(-num, -den, r);
  return num * r.lo[1] >= r.lo[0] * den && num * r.hi[1] <= r.hi[0] * den;
}

function holds(r: OracleRelation, v: (id: string) => number): boolean {
  switch (r.kind) {
    case "equal":
      return r.claims.every((c) => v(c) === v(r.claims[0]!));
    case "part-of":
      return r.parts.reduce((s, c) => s + v(c), 0) <= v(r.whole);
    case "sum":
      return r.parts.reduce((s, c) => s + v(c), 0) === v(r.total);
    case "cumulative":
      return v(r.previous) + v(r.added) === v(r.total);
    case "compare": {
      const a = v(r.left);
      const b = v(r.right);
      return r.op === "<" ? a < b : r.op === "<=" ? a <= b : r.op === ">" ? a > b : a >= b;
    }
    case "change":
      return v(r.to) - v(r.from) === v(r.difference);
    case "percent-of": {
      // percent · whole = 100 · part, for some percent in its interval.
      const whole = v(r.whole);
      const part = v(r.part);
      return whole === 0 ? part === 0 : within(100 * part, whole, r.percent);
    }
    case "ratio": {
      // factor · from = to, for some factor in its interval.
      const from = v(r.from);
      const to = v(r.to);
      return from === 0 ? to === 0 : within(to, from, r.factor);
    }
  }
}

/** The part of a system that takes part: which claims keep their stated value, which relations stay. */
export interface Subset {
  readonly stated: ReadonlySet<string>;
  readonly relations: ReadonlySet<number>;
}

/**
 * Whether the oracle decides a subset truthfully: every percent-of's whole and every ratio's start
 * in it is stated (a free one lets rounded shares reach beyond the domain).
 */
export function trusted(system: OracleSystem, subset: Subset): boolean {
  return system.relations.every((r, i) => {
    if (!subset.relations.has(i)) return true;
    if (r.kind === "percent-of") return subset.stated.has(r.whole);
    if (r.kind === "ratio") return subset.stated.has(r.from);
    return true;
  });
}

/** The values a claim may take: its stated ones (when stated and in the subset), else the domain. */
function domainOf(c: OracleClaim, subset: Subset | undefined, bound = BOUND): number[] {
  const out: number[] = [];
  const stated = c.stated && (!subset || subset.stated.has(c.id));
  const [lo, hi] = stated ? [-4, 4] : [c.signed ? -bound : 0, bound];
  for (let x = lo; x <= hi; x++) if (!stated || c.stated!.allows(x)) out.push(x);
  return out;
}

/**
 * Whether (a subset of) a system has a solution, with some claims fixed: depth first over the
 * claims, each relation checked as soon as all its claims have values.
 */
export function satisfiable(system: OracleSystem, subset?: Subset, fixed?: ReadonlyMap<string, number>, bound = BOUND): boolean {
  const ids = system.claims.map((c) => c.id);
  const domains = system.claims.map((c) => (fixed?.has(c.id) ? [fixed.get(c.id)!] : domainOf(c, subset, bound)));
  const relations = system.relations.filter((_, i) => !subset || subset.relations.has(i));
  const position = new Map(ids.map((id, i) => [id, i]));
  // Each relation is checked at the depth of its last claim.
  const checkAt: OracleRelation[][] = ids.map(() => []);
  for (const r of relations) checkAt[Math.max(...claimsOf(r).map((c) => position.get(c)!))]!.push(r);
  const values = new Map<string, number>();
  const get = (id: string) => values.get(id)!;
  const walk = (i: number): boolean => {
    if (i === ids.length) return true;
    for (const x of domains[i]!) {
      values.set(ids[i]!, x);
      if (checkAt[i]!.every((r) => holds(r, get)) && walk(i + 1)) return true;
    }
    values.delete(ids[i]!);
    return false;
  };
  return walk(0);
}

/**
 * The least and greatest value of a claim over all solutions (null: unbounded; undefined when
 * there are none). An end that moves when the domain of the unknowns doubles is unbounded (b =
 * 50% of an unknown a reaches 20 with a ≤ 40, and 40 with a ≤ 80).
 */
export function range(system: OracleSystem, id: string): { min: number | null; max: number | null } | undefined {
  const ends = (bound: number) => {
    const c = system.claims.find((x) => x.id === id)!;
    const domain = domainOf(c, undefined, bound);
    const ok = (x: number) => satisfiable(system, undefined, new Map([[id, x]]), bound);
    const min = domain.find(ok);
    return min === undefined ? undefined : { min, max: [...domain].reverse().find(ok)! };
  };
  const small = ends(BOUND);
  if (!small) return undefined;
  const large = ends(2 * BOUND)!;
  return { min: large.min === small.min ? small.min : null, max: large.max === small.max ? small.max : null };
}

function claimsOf(r: OracleRelation): string[] {
  switch (r.kind) {
    case "equal":
      return [...r.claims];
    case "part-of":
      return [...r.parts, r.whole];
    case "sum":
      return [...r.parts, r.total];
    case "cumulative":
      return [r.previous, r.added, r.total];
    case "compare":
      return [r.left, r.right];
    case "change":
      return [r.from, r.to, r.difference];
    case "percent-of":
      return [r.part, r.whole];
    case "ratio":
      return [r.from, r.to];
  }
}
