/**
 * `proposeClaims`: from a raw news text to a claims file. Every quantity of the text becomes a
 * claim anchored to its span (its quote, with `occurrence` when the quote recurs), with the noun
 * it counts as its unit; every relation a cue of src/propose/cues/ licenses becomes a relation
 * carrying its cue, its window and its standing. One pass over the sentences, each cue looking
 * back at most three sentences of the same paragraph.
 *
 * Which numbers become claims: counts, decimals, percentages, money and "X out of Y" (two
 * claims, part and whole). Years, dates, periods, times, ordinals, scores, decades and names
 * ("COVID-19") are never claims and never bound into arithmetic (coverage reason "not a
 * quantity").
 */
import type { ClaimsFileInput } from "../input/schema.js";
import { parseQuantity } from "../numbers/quantity.js";
import { measureOfUnit } from "../numbers/measure.js";
import { physicalUnitBySymbol } from "../numbers/units.js";
import { scanNumbers } from "../text/scanner.js";
import { QuoteIndex } from "../text/occurrences.js";
import { paragraphs, sentences } from "../text/sentences.js";
import type { Binding, Cue, Rejection, RoleTarget, Reading } from "./cue.js";
import { average } from "./cues/average.js";
import { bracketShare } from "./cues/bracket-share.js";
import { change } from "./cues/change.js";
import { cumulative } from "./cues/cumulative.js";
import { conversion } from "./cues/conversion.js";
import { equal } from "./cues/equal.js";
import { partOf } from "./cues/part-of.js";
import { percentOf } from "./cues/percent-of.js";
import { rate } from "./cues/rate.js";
import { ratio } from "./cues/ratio.js";
import { restated } from "./cues/restated.js";
import { shareOfTotal } from "./cues/share-of-total.js";
import { shares } from "./cues/shares.js";
import { sum } from "./cues/sum.js";
import { together } from "./cues/together.js";
import { totalNouns } from "./cues/total-nouns.js";
import { outOfParts, readSentences, type Num, type Sentence } from "./reading.js";

/** Options of `proposeClaims`. */
export interface ProposeOptions {
  /** The publication date of the text (YYYY-MM-DD), written into the document. */
  readonly published?: string;
  /** The document id (default "text"). */
  readonly id?: string;
}

/** Why a number sits in no relation, and how many do. */
export interface CoverageReason {
  /** "no cue", "ambiguous", "different nouns", "not a quantity", or a cue's own reason ("a rating"). */
  readonly reason: "no cue" | "ambiguous" | "different nouns" | "not a quantity" | (string & {});
  readonly count: number;
}

/** How many numbers of a text sit in a checked relation, how many in none, and why. */
export interface Coverage {
  /** Every number the scanner finds in the text. */
  readonly numbers: number;
  /** Numbers bound into at least one proposed or suggested relation. */
  readonly inRelation: number;
  /** Numbers in no relation. */
  readonly unbound: number;
  /** Why, commonest first. */
  readonly reasons: readonly CoverageReason[];
}

/** What `proposeClaims` returns: a claims file (plain data, the schema's input shape) and the coverage. */
export interface Proposal {
  readonly claimsFile: ClaimsFileInput;
  readonly coverage: Coverage;
}

/** The cues, in the order they are tried; a relation a later cue finds again is not repeated. */
const CUES: readonly Cue[] = [partOf, cumulative, percentOf, bracketShare, shareOfTotal, sum, together, change, ratio, rate, shares, equal, conversion, average, totalNouns, restated];

/** How many sentences back (in the same paragraph) a cue may look. */
const LOOK_BACK = 3;

/** Reasons, strongest first: an unbound number is given the first it has. */
const REASON_ORDER = ["ambiguous", "different nouns"];

/**
 * Proposes the claims and relations of a raw text, as a claims file a person can check and edit.
 *
 * @example
 * ```ts
 * import { proposeClaims } from "claimcheck";
 * const { claimsFile, coverage } = proposeClaims("It investigated 37 reports. Of these, 13 were credible.");
 * claimsFile.claims; //=> { "n1-reports": { value: "37", unit: "report", quote: "37" }, n2: { value: "13", quote: "13" } }
 * claimsFile.relations;
 * //=> [{ kind: "part-of", part: "n2", whole: "n1-reports", cue: "Of these", window: "previous-sentence", standing: "proposed" }]
 * coverage; //=> { numbers: 2, inRelation: 2, unbound: 0, reasons: [] }
 * ```
 */
export function proposeClaims(text: string, options: ProposeOptions = {}): Proposal {
  const source = typeof text === "string" ? text : "";
  const numbers = scanNumbers(source);
  const read = readSentences(source, numbers, { paragraphs: paragraphs(source), sentences: sentences(source) });
  const bindings: Binding[] = [];
  const rejections: Rejection[] = [];
  const before: Sentence[] = [];
  let last: Sentence | undefined;
  for (const sentence of read) {
    while (before.length > 0 && before[0]!.paragraph !== sentence.paragraph) before.length = 0;
    const opens = last !== undefined && last.paragraph === sentence.paragraph - 1 && before.length === 0;
    const ctx = { text: source, sentence, before, ...(opens ? { previousParagraph: last } : {}) };
    last = sentence;
    if (sentence.nums.length > 0) {
      for (const cue of CUES) {
        const found = cue.find(ctx);
        for (const b of found.bindings) bindings.push(b);
        for (const r of found.rejections) rejections.push(r);
      }
    }
    before.unshift(sentence);
    if (before.length > LOOK_BACK) before.length = LOOK_BACK;
  }
  const all: Num[] = [];
  for (const s of read) for (const n of s.nums) all.push(n);
  for (const cue of CUES) {
    if (!cue.findAll) continue;
    const found = cue.findAll(all, source);
    for (const b of found.bindings) bindings.push(b);
    for (const r of found.rejections) rejections.push(r);
  }
  return build(source, all, bindings, rejections, options);
}

/**
 * The coverage in words, for a draft's header (reports word it through src/messages).
 *
 * @example
 * ```ts
 * coverageWords({ numbers: 3, inRelation: 2, unbound: 1, reasons: [{ reason: "no cue", count: 1 }] });
 * //=> "coverage: 2 of 3 numbers in a relation; 1 in none (1 no cue)"
 * ```
 */
export function coverageWords(c: Coverage): string {
  const why = c.reasons.length > 0 ? ` (${c.reasons.map((r) => `${r.count} ${r.reason}`).join(", ")})` : "";
  return `coverage: ${c.inRelation} of ${c.numbers} number${c.numbers === 1 ? "" : "s"} in a relation; ${c.unbound} in none${why}`;
}

/** A claim id's noun part: the head as written, letters and digits only. */
function slug(word: string): string {
  let out = "";
  for (const ch of word.toLowerCase()) out += (ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9") ? ch : out.endsWith("-") ? "" : "-";
  return out.replace(/^-+|-+$/g, "").slice(0, 24);
}

/** Closing quotation marks a noun phrase may end just before. */
const CLOSING = new Set(["”", '"', "’", "»"]);

/**
 * Whether a quote holds a quotation mark with no partner in it: “ without ” (or ” first), an
 * odd number of straight double marks, « without », or ‘ with no ’ after it (a lone ’ may be an
 * apostrophe, and a lone ' is one).
 */
function unpaired(quote: string): boolean {
  let curly = 0;
  let straight = 0;
  let guillemet = 0;
  let single = 0;
  for (const c of quote) {
    if (c === "“") curly++;
    else if (c === "”" && --curly < 0) return true;
    else if (c === '"') straight++;
    else if (c === "«") guillemet++;
    else if (c === "»" && --guillemet < 0) return true;
    else if (c === "‘") single++;
    else if (c === "’" && single > 0) single--;
  }
  return curly !== 0 || straight % 2 !== 0 || guillemet !== 0 || single !== 0;
}

/** Where an offset stands among a quote's occurrences (ascending), by halving: a figure written 8,000 times is found in 13 steps, not 8,000. */
function rankOf(hits: readonly number[], start: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return hits[lo] === start ? lo : -1;
}

/** The roles whose claims are one measure: a measurement's unit carries over to a bare figure in them. */
const SAME_MEASURE_ROLES: ReadonlySet<string> = new Set(["from", "to", "difference", "part", "parts", "whole", "total", "previous", "added", "claims", "left", "right"]);

/**
 * Whether a noun may be the `unit:` of a value that carries the unit `measured` (by symbol): any
 * noun for a bare figure, only its own unit for a measurement ("1,850 miles" of the noun "mile",
 * not of "wall" in "a 30-foot wall").
 */
function nounFits(measured: string | undefined, head: string): boolean {
  return measured === undefined || measureOfUnit(head).unit === measured;
}

type ClaimEntry = { value?: string; unknown?: true; unit?: string; quote?: string; occurrence?: number; note?: string };

function build(text: string, all: readonly Num[], bindings: readonly Binding[], rejections: readonly Rejection[], options: ProposeOptions): Proposal {
  const claims: Record<string, ClaimEntry> = {};
  const idOf = new Map<Num, string>();
  const quotes: string[] = [];
  for (const n of all) {
    if (!n.quantity) continue;
    quotes.push(text.slice(n.scanned.start, n.valueEnd ?? n.scanned.end), n.scanned.text);
    if (n.noun && !n.noun.before) quotes.push(text.slice(n.scanned.start, n.noun.end));
  }
  for (const b of bindings) {
    for (const t of Object.values(b.roles).flat()) {
      if ("num" in t && (t.lead !== undefined || t.upTo !== undefined)) quotes.push(text.slice(t.lead ?? t.num.scanned.start, t.upTo ?? t.num.valueEnd ?? t.num.scanned.end));
    }
  }
  const index = new QuoteIndex(text, quotes);
  const occurrences = (_text: string, q: string) => index.of(q);
  // A quote anchored to exactly the number's span: its figure, with its noun when that makes it
  // unique. A noun read inside quotation marks ("61 “unintentional civilian deaths”") takes its
  // closing mark when the mark follows it, and is left out when not: a quote never holds an
  // unpaired mark.
  const anchored = (start: number, end: number, nounEnd: number | undefined): { quote: string; occurrence?: number } => {
    const quote = text.slice(start, end);
    const hits = occurrences(text, quote);
    if (hits.length === 1) return { quote };
    if (nounEnd !== undefined && nounEnd > end && unpaired(text.slice(start, nounEnd))) {
      nounEnd = CLOSING.has(text[nounEnd] ?? "") && !unpaired(text.slice(start, nounEnd + 1)) ? nounEnd + 1 : undefined;
    }
    if (nounEnd !== undefined && nounEnd > end) {
      const longer = text.slice(start, nounEnd);
      const longHits = occurrences(text, longer);
      if (longHits.length === 1) return { quote: longer };
      return { quote: longer, occurrence: rankOf(longHits, start) + 1 };
    }
    return { quote, occurrence: rankOf(hits, start) + 1 };
  };
  // A quote from a direction word to the end of its figure ("down 4 points"): unique, or its occurrence.
  const leadQuote = (start: number, end: number): { quote: string; occurrence?: number } => {
    const quote = text.slice(start, end);
    const hits = index.of(quote);
    return hits.length === 1 ? { quote } : { quote, occurrence: rankOf(hits, start) + 1 };
  };
  for (const n of all) {
    if (!n.quantity) continue;
    const s = n.scanned;
    const base = `n${n.index + 1}`;
    const out = outOfParts(s);
    if (out) {
      const at = anchored(s.start, s.end, undefined);
      claims[`${base}-part`] = { value: out.part, ...at };
      claims[`${base}-whole`] = { value: out.whole, ...at };
      idOf.set(n, base);
      continue;
    }
    const id = n.noun ? `${base}-${slug(n.noun.written)}` : base;
    // The unit word joins the value only when the value still reads ("4 points", not "4  points").
    const end = n.valueEnd !== undefined && parseQuantity(text.slice(s.start, n.valueEnd)).ok ? n.valueEnd : s.end;
    const at = anchored(s.start, end, n.noun && !n.noun.before ? n.noun.end : undefined);
    const measured = end === n.valueEnd ? n.measured : undefined;
    claims[id] = { value: text.slice(s.start, end), ...(n.noun && nounFits(measured, n.noun.head) ? { unit: n.noun.head } : {}), ...at };
    idOf.set(n, id);
  }

  const ref = (t: RoleTarget): string => {
    if ("num" in t) {
      const id = idOf.get(t.num)!;
      // The figure written with its direction: its value and quote start at the direction word
      // ("down 4 points"), or end at it ("15% fewer").
      if ((t.lead !== undefined || t.upTo !== undefined) && claims[id] && t.sub === undefined) {
        const start = t.lead ?? t.num.scanned.start;
        const end = t.upTo ?? t.num.valueEnd ?? t.num.scanned.end;
        const written = text.slice(start, end);
        if (parseQuantity(written).ok) {
          // The longer quote has its own occurrence (or none): the figure's own does not carry over.
          const { occurrence: _, ...rest } = claims[id];
          claims[id] = { ...rest, value: written, ...leadQuote(start, end) };
        }
      }
      return t.sub !== undefined ? `${id}-${t.sub}` : id;
    }
    if ("unknown" in t) {
      const id = `${idOf.get(t.of)!}-${t.unknown}`;
      claims[id] ??= { unknown: true, ...(t.unit !== undefined ? { unit: t.unit } : {}), note: t.note };
      return id;
    }
    const id = `${idOf.get(t.of)!}-factor`;
    // "Doubled" in news is seldom exact ("doubled to 3,400 from 1,650"): the factor of a verb is
    // about the multiple, as "about" reads a figure.
    claims[id] ??= { value: `about ${t.factor}`, note: `the factor of "${t.word}"` };
    return id;
  };
  const roles = (r: Readonly<Record<string, RoleTarget | readonly RoleTarget[]>>): Record<string, string | string[]> => {
    const o: Record<string, string | string[]> = {};
    for (const [key, t] of Object.entries(r)) o[key] = Array.isArray(t) ? (t as readonly RoleTarget[]).map(ref) : ref(t as RoleTarget);
    return o;
  };

  // A bare figure beside a measurement in the same relation is in its unit: "from 38 to 45 a week,
  // an increase of 7 hours" is 38 and 45 hours. Only roles that share one measure take it (not a
  // percentage, a factor or a rate), and only when the relation's measurements are in one unit.
  for (const b of bindings) {
    const nums: Num[] = [];
    for (const [key, t] of Object.entries(b.roles)) {
      if (!SAME_MEASURE_ROLES.has(key)) continue;
      for (const x of [t].flat() as RoleTarget[]) if ("num" in x && x.sub === undefined) nums.push(x.num);
    }
    const units = new Set(nums.flatMap((n) => (n.measured !== undefined ? [n.measured] : [])));
    const unit = units.size === 1 ? physicalUnitBySymbol([...units][0]!) : undefined;
    if (!unit) continue;
    for (const n of nums) {
      const claim = claims[idOf.get(n) ?? ""];
      const kind = n.scanned.kind;
      if (claim && n.measured === undefined && claim.unit === undefined && (kind === "count" || kind === "decimal")) claim.unit = unit.singular;
    }
  }

  const relations: Array<Record<string, unknown>> = [];
  const seen = new Set<string>();
  const bound = new Set<Num>();
  // A share whose whole a cue found ("Of the 64 cases, 41 (64%)") replaces the same share read
  // with its whole unknown ("41 (64%)").
  const sharesKnown = new Set<Num>();
  for (const b of bindings) {
    const pct = b.roles["percent"] as RoleTarget | undefined;
    const w = b.roles["whole"] as RoleTarget | undefined;
    if (b.kind === "percent-of" && pct && "num" in pct && w && "num" in w) sharesKnown.add(pct.num);
  }
  for (const b of bindings) {
    const pct = b.roles["percent"] as RoleTarget | undefined;
    const w = b.roles["whole"] as RoleTarget | undefined;
    if (b.kind === "percent-of" && pct && "num" in pct && sharesKnown.has(pct.num) && w && "unknown" in w) continue;
    const r = roles(b.roles);
    const key = `${b.kind}|${JSON.stringify(r)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const targets = b.readings ? b.readings.flatMap((x) => Object.values(x.roles)) : Object.values(b.roles);
    for (const t of targets.flat()) if ("num" in t) bound.add(t.num);
    relations.push({
      kind: b.kind,
      ...r,
      ...(b.fields ?? {}),
      cue: b.cue,
      window: b.window,
      standing: b.standing,
      ...(b.readings ? { readings: b.readings.map((x: Reading) => ({ ...roles(x.roles), ...(x.fields ?? {}), label: x.label })) } : {}),
    });
  }

  const reasonOf = new Map<Num, string>();
  for (const r of rejections) {
    const had = reasonOf.get(r.num);
    const rank = (x: string | undefined) => (x === undefined ? 99 : REASON_ORDER.includes(x) ? REASON_ORDER.indexOf(x) : REASON_ORDER.length);
    if (rank(r.reason) < rank(had)) reasonOf.set(r.num, r.reason);
  }
  const counts = new Map<string, number>();
  for (const n of all) {
    if (bound.has(n)) continue;
    const reason = !n.quantity ? "not a quantity" : (reasonOf.get(n) ?? "no cue");
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  const reasons = [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
  const document = { id: options.id ?? "text", text, ...(options.published !== undefined ? { published: options.published } : {}) };
  return {
    claimsFile: { document, claims, relations } as unknown as ClaimsFileInput,
    coverage: { numbers: all.length, inRelation: bound.size, unbound: all.length - bound.size, reasons },
  };
}
