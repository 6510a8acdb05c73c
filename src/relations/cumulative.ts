import { Interval } from "../numbers/interval.js";
import { Rational } from "../numbers/rational.js";
import { claimIn, type RelationSpec } from "./spec.js";

/** `cumulative`: previous + added = total (a running total raised by a new increment). */
export const cumulative = {
  kind: "cumulative",
  description: "A running total equals the previous total plus the increment.",
  help: "Relation `cumulative` (previous, added, total): previous + added = total, a running total raised by a new increment.",
  roles: [
    { key: "previous", role: "previous", holds: "quantity", words: "previous total", description: "The total before the increment." },
    { key: "added", role: "added", holds: "quantity", words: "increment", description: "The increment." },
    { key: "total", role: "total", holds: "quantity", words: "total", description: "The running total after it." },
  ],
  resultRole: "total",
  periods: [
    { check: "within", parts: ["previous", "added"], whole: "total", asOf: "ignore" },
    { check: "before", earlier: "previous", later: "added" },
    { check: "as-of-not-after", earlier: "previous", later: "total" },
  ],
  written: true,
  /** Adds the relation's constraints to the network. */
  compile(relation, { net, owner, variable }) {
    const previous = variable(claimIn(relation, "previous")!);
    const added = variable(claimIn(relation, "added")!);
    const total = variable(claimIn(relation, "total")!);
    net.linear([previous, added, total], COEFS, ZERO, owner);
  },
} as const satisfies RelationSpec;

// previous + added − total = 0 (shared by every cumulative relation: a ledger has thousands).
const COEFS = [Rational.ONE, Rational.ONE, Rational.ONE.neg()] as const;
const ZERO = Interval.point(Rational.ZERO);
