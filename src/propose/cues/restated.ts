/**
 * Cue `restated`: one figure written again with the same noun, anywhere in the text — the seed's
 * three "at least 685" civilian deaths, "13 were credible, … involved 61 civilian deaths. The 61
 * deaths raised …", "a total of 64 cases … Of the 64 cases". The figures of one value as written
 * (the same interval: "at least 685" is not "685"), of one kind, and of one noun (or none; deaths and the people killed
 * are one noun) are `equal`, a `suggested` relation: the same figure twice may count two things. Read once over the
 * text's numbers (a map by value), after its sentences. Traps: small bare counts ("2 … 2" with no
 * noun: a coincidence more often than a restatement), figures of different nouns ("61 deaths …
 * 61 reports"), a figure and a bound of it ("685 … at least 685").
 */
import { physicalUnitBySymbol } from "../../numbers/units.js";
import { none, type Cue, type CueContext, type CueResult } from "../cue.js";
import { outOfParts, type Num } from "../reading.js";

/** Kinds of figure that are restated. */
const KINDS = new Set(["count", "decimal", "percent", "money", "points"]);
/** Heads that count the dead: "at least 685 civilian deaths" restates "at least 685 civilians … killed". */
const DEATHS = new Set(["death", "civilian", "person", "victim", "casualty", "fatality"]);
/** Below this, a bare count with no noun is not taken as restated ("2 … 2"). */
const SMALL = 10n;

export const restated: Cue = {
  name: "restated",
  find(_ctx: CueContext): CueResult {
    return none();
  },
  findAll(nums: readonly Num[]): CueResult {
    const out = none();
    const groups = new Map<string, Num[]>();
    for (const n of nums) {
      const s = n.scanned;
      if (!n.quantity || !KINDS.has(s.kind) || s.interval === undefined || outOfParts(s)) continue;
      // A measurement is restated in its own unit: "100 miles" is not "100 km".
      const unit = s.unit !== undefined && physicalUnitBySymbol(s.unit) ? s.unit : "";
      const key = `${s.kind === "decimal" ? "count" : s.kind}|${s.currency ?? ""}|${unit}|${s.interval.toString()}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(n);
    }
    for (const g of groups.values()) {
      if (g.length < 2) continue;
      // One noun: the figures that name it, and those that name none when only one is named.
      const heads = new Set<string>();
      for (const n of g) if (n.noun) heads.add(DEATHS.has(n.noun.head) ? "death" : n.noun.head);
      if (heads.size > 1) continue;
      const s = g[0]!.scanned;
      const small = (s.kind === "count" || s.kind === "decimal") && s.qualifier === undefined && s.value.isInteger && s.value.n < SMALL;
      if (small && g.some((n) => !n.noun)) continue;
      out.bindings.push({
        kind: "equal",
        roles: { claims: g.map((num) => ({ num })) },
        cue: `${g[0]!.scanned.text} … ${g[g.length - 1]!.scanned.text}`,
        window: "paragraph",
        standing: "suggested",
        by: "restated",
      });
    }
    return out;
  },
};
