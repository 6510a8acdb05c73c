/**
 * Compares the scanner's readings of a corpus passage with its annotation. Shared by the corpus
 * test; bench/scanner.mjs has its own copy in plain JavaScript (it runs against the built package).
 */
import { Rational } from "../../src/numbers/rational.js";
import type { ScannedNumber } from "../../src/text/scanner.js";

/** A number as a careful reader takes it. */
interface CorpusNumber {
  readonly kind: string;
  readonly text: string;
  readonly value?: string;
  readonly valueTo?: string;
  readonly qualifier?: string;
  readonly currency?: string;
}

export interface CorpusPassage {
  readonly id: string;
  readonly source: string;
  readonly styleOf: string;
  readonly text: string;
  readonly numbers: readonly CorpusNumber[];
}

/** One misreading: the annotated number that was read otherwise (or missed), or a number read where none is. */
export interface Misreading {
  /** "p05 9 cents" */
  readonly key: string;
  readonly want?: CorpusNumber;
  readonly got?: string;
}

const CHECK_VALUE = new Set(["count", "decimal", "percent", "points", "money", "ordinal", "year", "period", "range", "ratio", "score", "decade"]);

function same(a: string | undefined, b: Rational | undefined): boolean {
  if (a === undefined) return true;
  return b !== undefined && Rational.parse(a).equals(b);
}

function describe(n: ScannedNumber): string {
  return `${n.kind} ${JSON.stringify(n.text)} ${n.value.toString()}${n.valueTo ? "–" + n.valueTo.toString() : ""}${n.qualifier ? " " + n.qualifier.kind : ""}${n.currency ? " " + n.currency : ""}`;
}

/**
 * The misreadings of one passage: each annotated number is looked for (by its span, in order) among
 * the scanned ones; it is right when one starts and ends there with the same kind, value, upper
 * end, qualifier and currency. A scanned number at no annotated span is a misreading too.
 */
export function misreadings(p: CorpusPassage, found: readonly ScannedNumber[]): Misreading[] {
  const out: Misreading[] = [];
  const used = new Set<ScannedNumber>();
  let from = 0;
  for (const want of p.numbers) {
    const start = p.text.indexOf(want.text, from);
    from = start + want.text.length;
    const got = found.find((n) => n.start === start && n.end === from);
    const ok =
      got !== undefined &&
      got.kind === want.kind &&
      (!CHECK_VALUE.has(want.kind) || (same(want.value, got.value) && same(want.valueTo, got.valueTo))) &&
      (want.qualifier ?? "none") === (got.qualifier?.kind ?? "none") &&
      (want.currency === undefined || want.currency === got.currency);
    if (got) used.add(got);
    if (!ok) {
      const near = got ?? found.find((n) => n.start < from && n.end > start);
      if (near) used.add(near);
      out.push({ key: `${p.id} ${want.text}`, want, got: near ? describe(near) : "missed" });
    }
  }
  for (const n of found) if (!used.has(n)) out.push({ key: `${p.id} +${n.text}`, got: describe(n) });
  return out;
}
