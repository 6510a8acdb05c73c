/**
 * Series properties on generated ledgers: a ledger consistent by construction gives no finding
 * at all; one planted break gives exactly one error, which names the two releases around it and
 * their publication dates.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import type { ClaimsFileInput } from "../../src/input/schema.js";

/** Release i covers month i of 2010 onwards and is published on the 15th of the month after. */
function month(i: number): string {
  const y = 2010 + Math.floor(i / 12);
  return `${y}-${String((i % 12) + 1).padStart(2, "0")}`;
}
const published = (i: number) => `${month(i + 1)}-15`;
const id = (i: number) => `r${i}`;

interface CumulativeLedger {
  readonly start: number;
  readonly increments: readonly number[];
  /** Which releases state their total / their increment. */
  readonly totalShown: readonly boolean[];
  readonly addedShown: readonly boolean[];
}

const cumulativeArb: fc.Arbitrary<CumulativeLedger> = fc.integer({ min: 2, max: 12 }).chain((n) =>
  fc.record({
    start: fc.integer({ min: 0, max: 100_000 }),
    increments: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: n, maxLength: n }),
    // The first total is always stated (a series needs one figure to follow).
    totalShown: fc.array(fc.boolean(), { minLength: n - 1, maxLength: n - 1 }).map((b) => [true, ...b]),
    addedShown: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
  }),
);

/** Totals of a cumulative ledger: t0 = start + a0, ti = ti−1 + ai. */
function totals(l: CumulativeLedger): number[] {
  const out: number[] = [];
  let t = l.start;
  for (const a of l.increments) out.push((t += a));
  return out;
}

function cumulativeFile(l: CumulativeLedger, t: readonly number[], increments: "exact" | "at-least" = "exact"): ClaimsFileInput {
  return {
    documents: l.increments.map((a, i) => ({
      id: id(i),
      published: published(i),
      covers: month(i),
      claims: {
        ...(l.totalShown[i] ? { total: t[i]! } : {}),
        ...(l.addedShown[i] ? { added: a } : {}),
      },
    })),
    // (a series names only claim ids some release has: one no release has would be a misspelling)
    series: [
      { id: "count", kind: "cumulative", total: "total", ...(l.addedShown.some(Boolean) ? { added: "added" } : {}), increments, steps: l.increments.map((_, i) => id(i)) },
    ],
  } as ClaimsFileInput;
}

interface StockLedger {
  readonly open0: number;
  readonly flows: ReadonlyArray<{ readonly inflow: number; readonly outflow: number }>;
  readonly shown: readonly boolean[];
}

const stockArb: fc.Arbitrary<StockLedger> = fc.integer({ min: 2, max: 12 }).chain((n) =>
  fc.record({
    open0: fc.integer({ min: 0, max: 1000 }),
    flows: fc.array(fc.record({ inflow: fc.integer({ min: 0, max: 300 }), outflow: fc.integer({ min: 0, max: 300 }) }), { minLength: n, maxLength: n }),
    shown: fc.array(fc.boolean(), { minLength: n - 1, maxLength: n - 1 }).map((b) => [true, ...b]),
  }),
);

/** Open stock at the end of each release: open = previous + in − out, never below zero (out is capped). */
function stockFile(l: StockLedger, shift?: { from: number; by: number }): ClaimsFileInput {
  let open = l.open0;
  const documents = l.flows.map((f, i) => {
    const out = Math.min(f.outflow, open + f.inflow);
    const carried = open;
    open = open + f.inflow - out;
    const stated = open + (shift && i >= shift.from ? shift.by : 0);
    return {
      id: id(i),
      published: published(i),
      covers: month(i),
      claims: { ...(i === 0 ? { carried } : {}), new: f.inflow, completed: out, ...(l.shown[i] || shift !== undefined ? { open: stated } : {}) },
    };
  });
  return {
    documents,
    series: [{ id: "open", kind: "stock", open: "open", carriedOver: "carried", inflows: ["new"], outflows: ["completed"], steps: documents.map((d) => d.id) }],
  } as ClaimsFileInput;
}

describe("a ledger consistent by construction", () => {
  it("cumulative: no finding, whichever totals and increments are stated", () => {
    fc.assert(
      fc.property(cumulativeArb, fc.constantFrom("exact" as const, "at-least" as const), (l, inc) => {
        const r = check(cumulativeFile(l, totals(l), inc));
        expect(r.errors).toEqual([]);
        expect(r.findings.map((f) => f.message)).toEqual([]);
        expect(r.verdict).toBe("consistent");
      }),
    );
  });

  it("stock: no finding, whichever open figures are stated", () => {
    fc.assert(
      fc.property(stockArb, (l) => {
        const r = check(stockFile(l));
        expect(r.errors).toEqual([]);
        expect(r.findings.map((f) => f.message)).toEqual([]);
        expect(r.verdict).toBe("consistent");
      }),
    );
  });
});

describe("one planted break", () => {
  const breakArb = <T extends { readonly increments?: readonly unknown[]; readonly flows?: readonly unknown[] }>(arb: fc.Arbitrary<T>) =>
    arb.chain((l) => {
      const n = (l.increments ?? l.flows)!.length;
      return fc.record({ l: fc.constant(l), at: fc.integer({ min: 1, max: n - 1 }), by: fc.integer({ min: -50, max: 50 }).filter((d) => d !== 0) });
    });

  const expectOneError = (file: ClaimsFileInput, at: number, ruleId: string) => {
    const r = check(file);
    expect(r.errors).toEqual([]);
    const errors = r.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.ruleId)).toEqual([ruleId]);
    const e = errors[0]!;
    const link = (e.data as { relation: { series?: { from: { release: string }; to: { release: string } } } }).relation.series!;
    expect([link.from.release, link.to.release]).toEqual([id(at - 1), id(at)]);
    for (const s of [id(at - 1), published(at - 1), id(at), published(at)]) expect(e.message).toContain(s);
    expect(r.verdict).toBe("inconsistent");
  };

  it("cumulative: every total from one release on shifted gives one series-step error", () => {
    fc.assert(
      fc.property(breakArb(cumulativeArb), ({ l, at, by }) => {
        const all = { ...l, totalShown: l.increments.map(() => true), addedShown: l.increments.map(() => true) };
        const t = totals(all).map((x, i) => (i >= at ? x + by : x));
        expectOneError(cumulativeFile(all, t), at, "series-step");
      }),
    );
  });

  it("cumulative without increments: a fall from one release on gives one series-monotonic error", () => {
    fc.assert(
      fc.property(breakArb(cumulativeArb), ({ l, at, by }) => {
        const all = { ...l, totalShown: l.increments.map(() => true), addedShown: l.increments.map(() => false) };
        // Fall below the previous total by |by| at `at`, and keep rising after it.
        const t0 = totals(all);
        const drop = t0[at]! - t0[at - 1]! + Math.abs(by);
        const t = t0.map((x, i) => (i >= at ? x - drop : x));
        expectOneError(cumulativeFile(all, t), at, "series-monotonic");
      }),
    );
  });

  it("stock: every open figure from one release on shifted gives one series-step error", () => {
    fc.assert(fc.property(breakArb(stockArb), ({ l, at, by }) => expectOneError(stockFile(l, { from: at, by }), at, "series-step")));
  });
});
