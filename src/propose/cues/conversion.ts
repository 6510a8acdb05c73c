/**
 * Cue `conversion`: a measurement followed by the same measurement in another unit, in brackets:
 * "a 30-foot (9-metre) wall", "26.2 miles (42.2 km)", "4,000 hectares (9,900 acres)". The two are
 * a `conversion`, from the figure to the bracket. Traps: a bracket in another dimension ("30
 * minutes (5 km)"), a bracket with more words than the figure ("(9 metres high)"), the second
 * half of a compound figure ("5 feet 10 inches (1.78 m)": 10 inches alone is not 1.78 m), and
 * durations of no fixed length ("two years (24 months)").
 */
import { physicalUnitBySymbol, type PhysicalUnit } from "../../numbers/units.js";
import { isCount, none, words, type Cue, type CueContext, type CueResult } from "../cue.js";
import type { Item, Num } from "../reading.js";

/** The unit of measurement a figure's value carries ("30 feet": foot), when it has a fixed size. */
function unitOf(it: Item | undefined): PhysicalUnit | undefined {
  return isCount(it) && it.num.measured !== undefined ? physicalUnitBySymbol(it.num.measured) : undefined;
}

/** The index of the first item at or after an offset. */
function itemAt(items: readonly Item[], from: number, offset: number): number {
  let k = from;
  while (k < items.length && items[k]!.start < offset) k++;
  return k;
}

export const conversion: Cue = {
  name: "conversion",
  find(ctx: CueContext): CueResult {
    const out = none();
    const { items } = ctx.sentence;
    let previous: { num: Num; unit: PhysicalUnit; at: number } | undefined;
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      const unit = unitOf(it);
      if (!unit) continue;
      const n = it.num!;
      // "5 feet 10 inches": the second figure right after the first's unit is half of one length.
      const compound = previous !== undefined && previous.unit.dimension === unit.dimension && itemAt(items, previous.at + 1, previous.num.valueEnd!) === i;
      previous = { num: n, unit, at: i };
      if (compound) continue;
      const open = itemAt(items, i + 1, n.valueEnd!);
      const inner = items[open + 1];
      const other = unitOf(inner);
      if (items[open]?.norm !== "(" || !other || other.dimension !== unit.dimension || other.symbol === unit.symbol) continue;
      const close = itemAt(items, open + 2, inner!.num!.valueEnd!);
      if (items[close]?.norm !== ")") continue;
      out.bindings.push({
        kind: "conversion",
        roles: { from: { num: n }, to: { num: inner!.num! } },
        cue: words(ctx.text, n.scanned.start, items[close]!.end),
        window: "sentence",
        standing: "proposed",
        by: "conversion",
      });
    }
    return out;
  },
};
