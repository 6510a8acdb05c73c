/**
 * Random claim sets for the engine's property tests: sets consistent by construction (with a
 * scaled copy), and random networks of any claims and relations (cycles and products included).
 */
import fc from "fast-check";
import type { ClaimInput, RelationInput } from "../../src/input/schema.js";

export interface ClaimsFile {
  claims: Record<string, ClaimInput>;
  relations: RelationInput[];
}

// ---------------------------------------------------------------------------------------------
// Sets consistent by construction: every stated value is written so that it contains the true
// value the set was built from, and every relation holds for the true values.

/** A way of writing the true value `v` (a whole count, ≥ 0) that contains it, and the same form scaled by k. */
type Written = { value: ClaimInput; scale: (k: number) => ClaimInput };
const writtenCount = (v: number): fc.Arbitrary<Written> =>
  fc.oneof(
    fc.constant({ value: v, scale: (k: number) => v * k }),
    fc.constant({ value: v.toLocaleString("en-US"), scale: (k: number) => (v * k).toLocaleString("en-US") }),
    fc.nat({ max: 20 }).map((d) => {
      const x = Math.max(0, v - d);
      return { value: `at least ${x}`, scale: (k: number) => `at least ${x * k}` };
    }),
    fc.integer({ min: 1, max: 20 }).map((d) => {
      if (v - d < 0) return { value: v, scale: (k: number) => v * k };
      return { value: `more than ${v - d}`, scale: (k: number) => `more than ${(v - d) * k}` };
    }),
    fc.nat({ max: 20 }).map((d) => ({ value: `at most ${v + d}`, scale: (k: number) => `at most ${(v + d) * k}` })),
    fc.integer({ min: 1, max: 20 }).map((d) => ({ value: `fewer than ${v + d}`, scale: (k: number) => `fewer than ${(v + d) * k}` })),
    fc.constant({ value: { unknown: true as const }, scale: () => ({ unknown: true as const }) }),
  );

/** 100·num/den (den > 0) rounded half-up to one decimal, as "x.y%": within ±0.05 of the exact share. */
function percentWritten(num: number, den: number): string {
  const a = BigInt(Math.abs(num));
  const tenths = (a * 2000n + BigInt(den)) / (2n * BigInt(den)); // round(1000·|num|/den)
  return `${num < 0 ? "-" : ""}${tenths / 10n}.${tenths % 10n}%`;
}

type Shape =
  | { kind: "ledger"; start: number; added: number[] }
  | { kind: "sum"; parts: number[] }
  | { kind: "part-of"; parts: number[]; extra: number }
  | { kind: "equal"; value: number; copies: number }
  | { kind: "compare"; left: number; gap: number; op: "<" | "<=" | ">" | ">=" }
  | { kind: "percent-of"; part: number; extra: number }
  | { kind: "change"; from: number; diff: number };

const count = fc.nat({ max: 5000 });
const op = fc.constantFrom("<" as const, "<=" as const, ">" as const, ">=" as const);
/** Shapes whose relations are linear: ledgers, sums, parts of a whole, restatements, comparisons. */
const linearShape: fc.Arbitrary<Shape> = fc.oneof(
  fc.record({ kind: fc.constant("ledger" as const), start: count, added: fc.array(fc.nat({ max: 500 }), { minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant("sum" as const), parts: fc.array(count, { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant("part-of" as const), parts: fc.array(count, { minLength: 1, maxLength: 3 }), extra: count }),
  fc.record({ kind: fc.constant("equal" as const), value: count, copies: fc.integer({ min: 2, max: 4 }) }),
  fc.record({ kind: fc.constant("compare" as const), left: count, gap: fc.nat({ max: 100 }), op }),
);

/** Any shape, percentages (products) included. */
const anyShape: fc.Arbitrary<Shape> = fc.oneof(
  linearShape,
  fc.record({ kind: fc.constant("percent-of" as const), part: count, extra: fc.integer({ min: 1, max: 5000 }) }),
  fc.record({ kind: fc.constant("change" as const), from: fc.integer({ min: 1, max: 5000 }), diff: fc.integer({ min: -1000, max: 1000 }) }),
);

/** The true values and relations of one shape (claim ids prefixed with `p`). */
interface Built {
  /** Counts: id and true value. */
  readonly counts: Array<[string, number]>;
  /** Percentages: id and the share num/den they state (scaling num and den alike keeps it). */
  readonly percents: Array<[string, number, number]>;
  readonly relations: RelationInput[];
}

function build(s: Shape, p: string): Built {
  const counts: Array<[string, number]> = [];
  const percents: Array<[string, number, number]> = [];
  const relations: RelationInput[] = [];
  const c = (id: string, x: number) => {
    counts.push([`${p}${id}`, x]);
    return `${p}${id}`;
  };
  const pct = (id: string, num: number, den: number) => {
    percents.push([`${p}${id}`, num, den]);
    return `${p}${id}`;
  };
  switch (s.kind) {
    case "ledger": {
      let total = s.start;
      let prev = c("t0", total);
      s.added.forEach((a, i) => {
        total += a;
        const added = c(`a${i + 1}`, a);
        const next = c(`t${i + 1}`, total);
        relations.push({ kind: "cumulative", previous: prev, added, total: next });
        prev = next;
      });
      break;
    }
    case "sum": {
      const parts = s.parts.map((x, i) => c(`part${i}`, x));
      relations.push({ kind: "sum", parts, total: c("total", s.parts.reduce((a, b) => a + b, 0)) });
      break;
    }
    case "part-of": {
      const parts = s.parts.map((x, i) => c(`part${i}`, x));
      const whole = c("whole", s.parts.reduce((a, b) => a + b, 0) + s.extra);
      relations.push(parts.length === 1 ? { kind: "part-of", part: parts[0]!, whole } : { kind: "part-of", parts, whole });
      break;
    }
    case "equal":
      relations.push({ kind: "equal", claims: Array.from({ length: s.copies }, (_, i) => c(`copy${i}`, s.value)) });
      break;
    case "compare": {
      const gap = s.op === "<" || s.op === ">" ? s.gap + 1 : s.gap;
      const [l, r] = s.op === "<" || s.op === "<=" ? [s.left, s.left + gap] : [s.left + gap, s.left];
      relations.push({ kind: "compare", left: c("left", l), op: s.op, right: c("right", r) });
      break;
    }
    case "percent-of": {
      const whole = s.part + s.extra;
      relations.push({ kind: "percent-of", part: c("part", s.part), whole: c("whole", whole), percent: pct("pct", s.part, whole) });
      break;
    }
    case "change":
      relations.push({
        kind: "change",
        from: c("from", s.from),
        to: c("to", s.from + s.diff),
        difference: c("diff", s.diff),
        percent: pct("pct", s.diff, s.from),
      });
      break;
  }
  return { counts, percents, relations };
}

/** A consistent set, and the same set with every count scaled by k. */
export interface ConsistentSet {
  readonly file: ClaimsFile;
  readonly scaled: (k: number) => ClaimsFile;
  /** The counts' ids and true values. */
  readonly counts: ReadonlyArray<readonly [string, number]>;
}

/**
 * A consistent set: several shapes, each count written in a random form that contains it
 * ("at least", "fewer than", thousands separators, unknown), each percentage rounded to one
 * decimal. `linear` keeps to linear relations (no percentages).
 */
export const consistentSet = (linear: boolean): fc.Arbitrary<ConsistentSet> => fc
  .array(linear ? linearShape : anyShape, { minLength: 1, maxLength: 5 })
  .chain((shapes) => {
    const built = shapes.map((s, i) => build(s, `s${i}-`));
    const counts = built.flatMap((b) => b.counts);
    // Negative counts (a fall) are written exactly: qualifiers take no sign.
    const forms = counts.map(([, x]) => (x < 0 ? fc.constant<Written>({ value: x, scale: (k) => x * k }) : writtenCount(x)));
    return fc.tuple(fc.constant(built), fc.constant(counts), fc.tuple(...forms));
  })
  .map(([built, counts, forms]) => {
    const make = (k: number): ClaimsFile => {
      const claims: Record<string, ClaimInput> = {};
      counts.forEach(([id], i) => (claims[id] = k === 1 ? forms[i]!.value : forms[i]!.scale(k)));
      for (const b of built) for (const [id, num, den] of b.percents) claims[id] = percentWritten(num, den);
      return { claims, relations: built.flatMap((b) => b.relations) };
    };
    return { file: make(1), scaled: make, counts };
  });

/**
 * A consistent set with one count stated wrongly (its true value moved by 1 to 100 either way):
 * usually inconsistent, and shaped as a tree (no cycles), where propagation is exact.
 */
export const mutatedSet = (linear: boolean): fc.Arbitrary<ClaimsFile> =>
  fc.tuple(consistentSet(linear), fc.nat(), fc.integer({ min: 1, max: 100 }), fc.boolean()).map(([set, which, by, down]) => {
    const [id, value] = set.counts[which % set.counts.length]!;
    return { claims: { ...set.file.claims, [id]: down ? value - by : value + by }, relations: set.file.relations };
  });

// ---------------------------------------------------------------------------------------------
// Random networks: any claims, any relations among them (cycles and products included).

const writtenCountAny = fc.oneof(
  fc.nat({ max: 60 }).map((v) => String(v)),
  fc.nat({ max: 60 }).map((v) => `at least ${v}`),
  fc.nat({ max: 60 }).map((v) => `more than ${v}`),
  fc.nat({ max: 60 }).map((v) => `at most ${v}`),
  fc.integer({ min: 1, max: 60 }).map((v) => `fewer than ${v}`),
  fc.integer({ min: 1, max: 60 }).map((v) => `about ${v}`),
  fc.constant("unknown"),
);
const writtenAny = fc.oneof(
  writtenCountAny,
  fc.nat({ max: 100 }).map((v) => `${v}%`),
  fc.nat({ max: 999 }).map((v) => `${Math.floor(v / 10)}.${v % 10}%`),
);

/**
 * A random network of 3–8 claims and 1–10 relations among them, consistent or not, with cycles;
 * `linear` keeps to counts and linear relations (no percentages, no products).
 */
export const randomNetwork = (linear: boolean): fc.Arbitrary<ClaimsFile> => fc.integer({ min: 3, max: 8 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `c${i}`);
  const pick = (k: number) => fc.shuffledSubarray(ids, { minLength: k, maxLength: k });
  const linearRelation: fc.Arbitrary<RelationInput> = fc.oneof(
    pick(2).map(([a, b]) => ({ kind: "equal" as const, claims: [a!, b!] })),
    pick(2).map(([a, b]) => ({ kind: "part-of" as const, part: a!, whole: b! })),
    pick(3).map(([a, b, c]) => ({ kind: "part-of" as const, parts: [a!, b!], whole: c! })),
    pick(3).map(([a, b, c]) => ({ kind: "sum" as const, parts: [a!, b!], total: c! })),
    pick(3).map(([a, b, c]) => ({ kind: "cumulative" as const, previous: a!, added: b!, total: c! })),
    pick(3).map(([a, b, c]) => ({ kind: "change" as const, from: a!, to: b!, difference: c! })),
    fc.tuple(pick(2), fc.constantFrom("<" as const, "<=" as const, ">" as const, ">=" as const)).map(([[a, b], op]) => ({ kind: "compare" as const, left: a!, op, right: b! })),
  );
  const relation: fc.Arbitrary<RelationInput> = linear
    ? linearRelation
    : fc.oneof(
        linearRelation,
        pick(3).map(([a, b, c]) => ({ kind: "percent-of" as const, part: a!, whole: b!, percent: c! })),
        pick(3).map(([a, b, c]) => ({ kind: "change" as const, from: a!, to: b!, percent: c! })),
      );
  return fc.record({
    values: fc.array(linear ? writtenCountAny : writtenAny, { minLength: n, maxLength: n }),
    relations: fc.array(relation, { minLength: 1, maxLength: 10 }),
  }).map(({ values, relations }) => ({
    claims: Object.fromEntries(ids.map((id, i) => [id, values[i] === "unknown" ? { unknown: true as const } : values[i]!])),
    relations,
  }));
});
