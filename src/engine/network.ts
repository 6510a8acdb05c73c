/**
 * The constraint network the engine solves: variables (one per claim, plus auxiliaries),
 * primitive constraints (linear and product), and the *elements* that own them — a claim's
 * stated value, or a relation. Conflicts are explained as sets of elements.
 */
import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";

/** A linear constraint Σ coef·var ∈ [lo, hi] (either end may be open or absent). */
export interface LinearConstraint {
  readonly type: "linear";
  readonly vars: readonly number[];
  readonly coefs: readonly Rational[];
  /** 1 / coefs[i], computed once (propagation divides by each coefficient on every visit). */
  readonly inverses: readonly Rational[];
  readonly range: Interval;
  /** The element (relation) that owns it. */
  readonly owner: number;
}

/** A product constraint x · y = k · z. */
export interface ProductConstraint {
  readonly type: "product";
  readonly vars: readonly [x: number, y: number, z: number];
  readonly k: Rational;
  readonly owner: number;
}

/** A primitive constraint. */
export type Constraint = LinearConstraint | ProductConstraint;

/** What an element is: the stated value of a claim, or a relation. */
export type Element = { readonly type: "stated"; readonly variable: number } | { readonly type: "relation"; readonly relation: number };

/** A variable: a claim's quantity or an auxiliary one. */
export interface Variable {
  readonly name: string;
  readonly integer: boolean;
  /** The interval its stated value allows, when it has one. */
  readonly stated?: Interval;
  /** The element id of that stated value. */
  readonly statedElement?: number;
}

/**
 * A network under construction and, once built, read by the solver.
 *
 * @example
 * ```ts
 * const net = new Network();
 * const a = net.variable("a", true, Interval.point(Rational.of(2)));
 * const b = net.variable("b", true);
 * const rel = net.relationElement(0);
 * net.linear([a, b], [Rational.ONE, Rational.ONE.neg()], Interval.point(Rational.ZERO), rel); // a = b
 * ```
 */
export class Network {
  readonly variables: Variable[] = [];
  readonly constraints: Constraint[] = [];
  readonly elements: Element[] = [];
  /** Constraint indices per variable. */
  readonly watches: number[][] = [];
  /** Constraint indices per element. */
  readonly owned: number[][] = [];

  /** Adds a variable; a stated interval gets its own element. */
  variable(name: string, integer: boolean, stated?: Interval): number {
    const index = this.variables.length;
    if (stated) {
      const statedElement = this.elements.length;
      this.elements.push({ type: "stated", variable: index });
      this.owned.push(OWNS_NOTHING);
      this.variables.push({ name, integer, stated: integer ? stated.integers() : stated, statedElement });
    } else {
      this.variables.push({ name, integer });
    }
    this.watches.push([]);
    return index;
  }

  /** Adds the element standing for relation `relation`. */
  relationElement(relation: number): number {
    this.elements.push({ type: "relation", relation });
    this.owned.push([]);
    return this.elements.length - 1;
  }

  /** Σ coefs[i]·vars[i] ∈ range. */
  linear(vars: number[], coefs: Rational[], range: Interval, owner: number): void {
    const inverses = coefs.map((k) => (k.d === 1n && (k.n === 1n || k.n === -1n) ? k : Rational.ONE.div(k)));
    this.push({ type: "linear", vars, coefs, inverses, range, owner });
  }

  /** x · y = k · z. */
  product(x: number, y: number, z: number, k: Rational, owner: number): void {
    this.push({ type: "product", vars: [x, y, z], k, owner });
  }

  private push(c: Constraint): void {
    const i = this.constraints.length;
    this.constraints.push(c);
    if (this.owned[c.owner] === OWNS_NOTHING) this.owned[c.owner] = [];
    this.owned[c.owner]!.push(i);
    // Each variable watches the constraint once (a relation may name a claim twice).
    const vars = c.vars;
    for (let k = 0; k < vars.length; k++) if (vars.indexOf(vars[k]!) === k) this.watches[vars[k]!]!.push(i);
  }
}

/** What a stated value's element owns: no constraint (one shared empty list, never written). */
const OWNS_NOTHING: number[] = [];

/** Coefficient helpers used by the relation rules. */
export const ONE = Rational.ONE;
export const MINUS_ONE = Rational.ONE.neg();
