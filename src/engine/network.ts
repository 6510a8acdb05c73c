/**
 * The constraint network the engine solves: variables (one per claim, plus auxiliaries),
 * primitive constraints (linear and product), and the *elements* that own them — a claim's
 * stated value, or a relation. Conflicts are explained as sets of elements.
 */
import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";

/** A linear constraint Σ coef·var ∈ [lo, hi] (either end may be open or absent). */
interface LinearConstraint {
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
interface ProductConstraint {
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
  /** The values it can take whatever is stated: [0, ∞) for a count, (−∞, ∞) otherwise. */
  readonly domain: Interval;
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
 * import { Interval, Rational } from "claimcheck";
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
  private watchLists: number[][] | undefined;
  private ownedLists: number[][] | undefined;

  /**
   * Constraint indices per variable. Built on first use from the constraints, each list at its
   * exact size: growing a list per variable while compiling costs more memory than the
   * constraints themselves on a set of a hundred thousand claims.
   */
  get watches(): readonly (readonly number[])[] {
    if (!this.watchLists) {
      this.watchLists = group(this.variables.length, this.constraints, (c, add) => {
        // Each variable watches a constraint once (a relation may name a claim twice).
        const vars = c.vars;
        for (let k = 0; k < vars.length; k++) if (vars.indexOf(vars[k]!) === k) add(vars[k]!);
      });
    }
    return this.watchLists;
  }

  /** Constraint indices per element (the constraints a relation compiled to; none for a stated value). */
  get owned(): readonly (readonly number[])[] {
    this.ownedLists ??= group(this.elements.length, this.constraints, (c, add) => add(c.owner));
    return this.ownedLists;
  }

  /**
   * Adds a variable with its domain (default: any value); a stated interval gets its own element
   * and is kept within the domain.
   */
  variable(name: string, integer: boolean, stated?: Interval, domain: Interval = Interval.ALL): number {
    const index = this.variables.length;
    if (stated) {
      const statedElement = this.elements.length;
      this.elements.push({ type: "stated", variable: index });
      const within = domain === Interval.ALL ? stated : stated.intersect(domain);
      this.variables.push({ name, integer, domain, stated: integer ? within.integers() : within, statedElement });
    } else {
      this.variables.push({ name, integer, domain });
    }
    this.watchLists = this.ownedLists = undefined;
    return index;
  }

  /** Adds the element standing for relation `relation`. */
  relationElement(relation: number): number {
    this.elements.push({ type: "relation", relation });
    this.ownedLists = undefined;
    return this.elements.length - 1;
  }

  /** Σ coefs[i]·vars[i] ∈ range. */
  linear(vars: number[], coefs: readonly Rational[], range: Interval, owner: number): void {
    // ±1 is its own inverse: coefficients all ±1 (a ledger's) share their list as their inverses.
    const unit = (k: Rational) => k.d === 1n && (k.n === 1n || k.n === -1n);
    const inverses = coefs.every(unit) ? coefs : coefs.map((k) => (unit(k) ? k : Rational.ONE.div(k)));
    this.push({ type: "linear", vars, coefs, inverses, range, owner });
  }

  /** x · y = k · z. */
  product(x: number, y: number, z: number, k: Rational, owner: number): void {
    this.push({ type: "product", vars: [x, y, z], k, owner });
  }

  private push(c: Constraint): void {
    this.constraints.push(c);
    this.watchLists = this.ownedLists = undefined;
  }
}

/** One shared empty list for the many keys that have none. */
const NONE: number[] = [];

/** Groups constraint indices under keys: `keysOf(c, add)` calls `add(key)` for each key of constraint c. */
function group(size: number, constraints: readonly Constraint[], keysOf: (c: Constraint, add: (key: number) => void) => void): number[][] {
  const count = new Uint32Array(size);
  const tally = (key: number) => {
    count[key]!++;
  };
  for (const c of constraints) keysOf(c, tally);
  const lists: number[][] = new Array<number[]>(size);
  for (let key = 0; key < size; key++) lists[key] = count[key] === 0 ? NONE : new Array<number>(count[key]!);
  const filled = new Uint32Array(size);
  let current = 0;
  const place = (key: number) => {
    lists[key]![filled[key]!++] = current;
  };
  for (; current < constraints.length; current++) keysOf(constraints[current]!, place);
  return lists;
}
