/**
 * The direct minimisers of src/engine/tree-shrink.ts and src/engine/cycle-shrink.ts: hand-checked
 * cases, and on random trees and rings (fast-check, fixed seed) the minimality they claim checked
 * by brute deletion with the general procedures (propagation, exact on trees; the exact solver).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import { Interval } from "../../src/numbers/interval.js";
import { Rational } from "../../src/numbers/rational.js";
import { components } from "../../src/engine/components.js";
import { cycleShrink } from "../../src/engine/cycle-shrink.js";
import { decide } from "../../src/engine/decide.js";
import { Network } from "../../src/engine/network.js";
import { solve } from "../../src/engine/solve.js";
import { treeShrink } from "../../src/engine/tree-shrink.js";

const r = (n: number) => Rational.of(n);

/** Infeasible by propagation (exact on a tree of ±1 relations). */
function propagationFails(net: Network, subset: ReadonlySet<number>): boolean {
  return !solve(net, { active: (e) => subset.has(e), explain: false }).ok;
}

/**
 * Infeasible by the general exact solver (simplex, branch and bound), component by component: an
 * `extra` map, even empty, keeps decide() off its own negative-cycle path. Undefined when it runs
 * out of budget (branch and bound over unbounded whole numbers can: x0 − x1 < −1, x1 − x0 < 2).
 */
function exactlyInfeasible(net: Network, subset: ReadonlySet<number>): boolean | undefined {
  const has = (e: number) => subset.has(e);
  if (!solve(net, { active: has, explain: false }).ok) return true;
  const statuses = components(net, has).map((k) => decide(net, { active: has, variables: k.variables, constraints: k.constraints }, new Map()).status);
  return statuses.includes("unsat") ? true : statuses.includes("unknown") ? undefined : false;
}

/** Minimal: infeasible, and feasible without any one element (undefined when a test could not tell). */
function isMinimal(conflict: readonly number[], infeasible: (s: ReadonlySet<number>) => boolean | undefined): boolean | undefined {
  const verdicts = [infeasible(new Set(conflict)), ...conflict.map((e) => infeasible(new Set(conflict.filter((x) => x !== e))))];
  if (verdicts.includes(undefined)) return undefined;
  return verdicts[0] === true && verdicts.slice(1).every((v) => v === false);
}

describe("treeShrink", () => {
  it("a chain x0 = 0, x(i+1) = x(i) + 1 (four links), x4 stated as 5: every element is needed", () => {
    const net = new Network();
    const x = [net.variable("x0", true, Interval.point(r(0)), Interval.ALL)];
    for (let i = 1; i <= 4; i++) x.push(net.variable(`x${i}`, true, i === 4 ? Interval.point(r(5)) : undefined, Interval.ALL));
    for (let i = 0; i < 4; i++) net.linear([x[i + 1]!, x[i]!], [r(1), r(-1)], Interval.point(r(1)), net.relationElement(i));
    const all = net.elements.map((_, e) => e);
    // Elements: 0 = x0's stated value, 1 = x4's, 2..5 the four links.
    expect(treeShrink(net, all)?.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("a branch that takes no part is dropped: a + b = t with a = 7, t = 5, b ≥ 0; and b = c, c = 1", () => {
    const net = new Network();
    const count = Interval.atLeast(r(0));
    const a = net.variable("a", true, Interval.point(r(7)), count); // element 0
    const b = net.variable("b", true, undefined, count);
    const t = net.variable("t", true, Interval.point(r(5)), count); // element 1
    const c = net.variable("c", true, Interval.point(r(1)), count); // element 2
    const sum = net.relationElement(0); // 3
    net.linear([a, b, t], [r(1), r(1), r(-1)], Interval.point(r(0)), sum);
    const same = net.relationElement(1); // 4
    net.linear([b, c], [r(1), r(-1)], Interval.point(r(0)), same);
    // 7 + b = 5 needs b = −2 < 0: a, t and the sum alone.
    expect(treeShrink(net, [same, sum, 0, 1, 2])?.sort((x, y) => x - y)).toEqual([0, 1, 3]);
  });

  it("is undefined for a cycle", () => {
    const net = new Network();
    const [x, y] = [net.variable("x", false, Interval.point(r(0))), net.variable("y", false, Interval.point(r(1)))];
    net.linear([x, y], [r(1), r(-1)], Interval.point(r(0)), net.relationElement(0));
    net.linear([x, y], [r(1), r(1)], Interval.point(r(0)), net.relationElement(1));
    expect(treeShrink(net, [0, 1, 2, 3])).toBeUndefined();
  });

  it("on random trees of ±1 relations over whole numbers or reals (open ends too), what it returns is minimal by brute deletion", () => {
    // A random tree: each relation joins one figure already placed to one or two new ones.
    const tree = fc.record({
      links: fc.array(fc.record({ at: fc.nat(), width: fc.integer({ min: 1, max: 2 }), signs: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), lo: fc.integer({ min: -6, max: 6 }), span: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 8 }),
      stated: fc.array(fc.option(fc.record({ lo: fc.integer({ min: -6, max: 6 }), span: fc.integer({ min: 0, max: 2 }) })), { minLength: 17, maxLength: 17 }),
      counts: fc.boolean(),
      whole: fc.boolean(),
    });
    let checked = 0;
    fc.assert(
      fc.property(tree, ({ links, stated, counts, whole }) => {
        const net = new Network();
        const domain = counts ? Interval.atLeast(r(0)) : Interval.ALL;
        const figures: number[] = [];
        const figure = () => {
          const s = stated[figures.length];
          // A stated value outside the domain is set aside before any conflict is looked for (analyze.ts).
          const lo = counts ? Math.abs(s?.lo ?? 0) : (s?.lo ?? 0);
          figures.push(net.variable(`v${figures.length}`, whole, s ? Interval.between(r(lo), r(lo + s!.span)) : undefined, domain));
          return figures[figures.length - 1]!;
        };
        figure();
        links.forEach((l, i) => {
          const vars = [figures[l.at % figures.length]!];
          for (let k = 0; k < l.width; k++) vars.push(figure());
          net.linear(vars, vars.map((_, k) => (l.signs[k] ? r(1) : r(-1))), Interval.between(r(l.lo), r(l.lo + l.span), false, !whole && l.span > 0 && i % 2 === 0), net.relationElement(i));
        });
        const all = net.elements.map((_, e) => e);
        const found = treeShrink(net, all);
        expect(found !== undefined).toBe(propagationFails(net, new Set(all)));
        if (found) {
          checked++;
          expect(isMinimal(found, (s) => propagationFails(net, s))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
    expect(checked).toBeGreaterThan(100);
  });
});

describe("cycleShrink", () => {
  it("x < y < z < x over unknown counts: the three compares, proven minimal", () => {
    const net = new Network();
    const [x, y, z] = ["x", "y", "z"].map((n) => net.variable(n, true, undefined, Interval.atLeast(r(0))));
    const less = (a: number, b: number, i: number) => net.linear([a, b], [r(1), r(-1)], Interval.atMost(r(0), true), net.relationElement(i));
    less(x!, y!, 0);
    less(y!, z!, 1);
    less(z!, x!, 2);
    expect(cycleShrink(net, [0, 1, 2])).toEqual({ elements: [0, 1, 2], minimal: true });
  });

  it("through a stated value: x = 5, x < y, y ≤ 3 is a cycle through zero, left to the exact shrinking", () => {
    const net = new Network();
    const x = net.variable("x", false, Interval.point(r(5))); // element 0
    const y = net.variable("y", false, Interval.atMost(r(3))); // element 1
    net.linear([x, y], [r(1), r(-1)], Interval.atMost(r(0), true), net.relationElement(0)); // element 2
    const found = cycleShrink(net, [0, 1, 2]);
    expect(found?.elements.sort()).toEqual([0, 1, 2]);
    expect(found?.minimal).toBe(false);
  });

  it("on random rings and chords of compares, a cycle it proves minimal is minimal for the exact solver", () => {
    const system = fc.record({
      n: fc.integer({ min: 2, max: 6 }),
      edges: fc.array(fc.record({ a: fc.nat(), b: fc.nat(), op: fc.constantFrom("<", "<=", "="), k: fc.integer({ min: -2, max: 2 }) }), { minLength: 2, maxLength: 9 }),
      whole: fc.boolean(),
    });
    let proven = 0;
    let undecided = 0;
    fc.assert(
      fc.property(system, ({ n, edges, whole }) => {
        const net = new Network();
        const vars = Array.from({ length: n }, (_, i) => net.variable(`x${i}`, whole, undefined, Interval.atLeast(r(0))));
        edges.forEach((e, i) => {
          const [a, b] = [vars[e.a % n]!, vars[e.b % n]!];
          if (a === b) return;
          const range = e.op === "<" ? Interval.atMost(r(e.k), true) : e.op === "<=" ? Interval.atMost(r(e.k)) : Interval.point(r(e.k));
          net.linear([a, b], [r(1), r(-1)], range, net.relationElement(i));
        });
        const all = net.elements.map((_, e) => e);
        const found = cycleShrink(net, all);
        const infeasible = exactlyInfeasible(net, new Set(all));
        if (infeasible === undefined) {
          undecided++;
          return;
        }
        expect(found !== undefined).toBe(infeasible);
        // decide() on its negative-cycle path agrees with the general procedure.
        const has = () => true;
        const parts = components(net, has);
        expect(parts.some((k) => decide(net, { active: has, variables: k.variables, constraints: k.constraints }).status === "unsat")).toBe(infeasible);
        if (found?.minimal) {
          const minimal = isMinimal(found.elements, (s) => exactlyInfeasible(net, s));
          if (minimal !== undefined) proven++;
          expect(minimal).not.toBe(false);
        } else if (found) expect(exactlyInfeasible(net, new Set(found.elements))).not.toBe(false);
      }),
      { numRuns: 2000 },
    );
    expect(proven).toBeGreaterThan(50);
    expect(undecided).toBeLessThan(500);
  });
});

/** x0 = 0, x(i+1) − x(i) = 1 over unknowns for n links, x(n) stated as n + 1 (bench/engine.mjs). */
function changeChain(n: number) {
  const claims: Record<string, unknown> = { x0: 0 };
  const relations = [];
  for (let i = 0; i < n; i++) {
    claims[`d${i}`] = 1;
    if (i + 1 < n) claims[`x${i + 1}`] = { unknown: true };
    relations.push({ kind: "change", from: `x${i}`, to: `x${i + 1}`, difference: `d${i}` });
  }
  claims[`x${n}`] = n + 1;
  return { claims, relations };
}

describe("long conflicts", () => {
  it("a chain of 10,000 changes: one conflict of every link and figure, minimal, its message summarised", () => {
    const r = check(changeChain(10_000) as never);
    expect(r.verdict).toBe("inconsistent");
    const [conflict] = r.analysis!.conflicts;
    expect(r.analysis!.conflicts).toHaveLength(1);
    expect(conflict!.minimal).toBe(true);
    expect(conflict!.relations).toHaveLength(10_000);
    expect(conflict!.stated).toHaveLength(10_002); // x0, x10000 and the 10,000 differences
    const message = r.findings.find((f) => f.severity === "error")!.message;
    expect(message.length).toBeLessThan(1000);
  });

  it("a ring of 10,000 strict compares: decided inconsistent, every compare in the conflict, message summarised", () => {
    const claims: Record<string, unknown> = {};
    const relations = [];
    for (let i = 0; i < 10_000; i++) {
      claims[`x${i}`] = { unknown: true };
      relations.push({ kind: "compare", left: `x${i}`, op: "<", right: `x${(i + 1) % 10_000}` });
    }
    const r = check({ claims, relations } as never);
    expect(r.verdict).toBe("inconsistent");
    expect(r.analysis!.conflicts).toHaveLength(1);
    expect(r.analysis!.conflicts[0]!.relations).toHaveLength(10_000);
    expect(r.findings.find((f) => f.severity === "error")!.message.length).toBeLessThan(1000);
  });
});
