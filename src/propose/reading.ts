/**
 * What the cues read: the numbers of a text (from the scanner), each with the sentence and
 * paragraph it sits in and the noun it counts, and each sentence as a list of items — words,
 * punctuation and whole numbers (a scanned number, "at least 685" or "14%", is one item). One
 * forward pass over the sentences; every look-around of a cue is bounded by a constant number
 * of items.
 */
import { parseQuantity } from "../numbers/quantity.js";
import { physicalUnitBySymbol, readPhysicalUnit } from "../numbers/units.js";
import type { ScannedNumber } from "../text/scanner.js";
import { tokenize } from "../text/words.js";

/** The kinds of number that are quantities a relation may bind (the others are never bound). */
const QUANTITY_KINDS: ReadonlySet<string> = new Set(["count", "decimal", "percent", "money", "ratio", "points"]);

/** What a number counts, where the text says it. */
interface Noun {
  /** The head noun folded to its singular: "reports" → "report". */
  readonly head: string;
  /** The head as written ("reports"). */
  readonly written: string;
  /** Words before the head that narrow it ("credible", "unintentional civilian"). */
  readonly modifiers: readonly string[];
  /** Offset of the phrase's first word ("total" of "the total number of reports", or the first modifier). */
  readonly start: number;
  /** Offset just after the head. */
  readonly end: number;
  /** True when read before the number ("the total number of reports … was 1169"). */
  readonly before: boolean;
}

/** One number of the text. */
export interface Num {
  /** Position among the text's numbers (0-based, scan order). */
  readonly index: number;
  readonly scanned: ScannedNumber;
  readonly sentence: number;
  readonly paragraph: number;
  /** Whether it is a quantity a relation may bind (not a year, date, time, name, ordinal, score…). */
  readonly quantity: boolean;
  readonly noun?: Noun;
  /** Where its value as written ends when a unit word after the figure belongs to it ("4 points", "three times", "30 feet"). */
  readonly valueEnd?: number;
  /** The unit of measurement its value carries, by symbol ("30 feet": "ft"), when it has a fixed size. */
  readonly measured?: string;
}

/** An item of a sentence: a word, a punctuation mark, or a whole scanned number. */
export interface Item {
  readonly kind: "word" | "punct" | "num";
  /** Lower case ("of", "“"); the number's text for a number. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  readonly num?: Num;
}

/** A sentence of the text, as items. */
export interface Sentence {
  readonly index: number;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly items: readonly Item[];
  /** The numbers in it, in order. */
  readonly nums: readonly Num[];
}

/** Quotation marks a noun may sit inside (“unintentional civilian deaths”). */
const QUOTE_MARKS = new Set(["“", "”", '"', "‘", "’", "'", "«", "»"]);

/** Words that end a noun phrase: function words and common verbs. */
const STOP = new Set([
  "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "nor", "were", "was", "is", "are", "be",
  "been", "being", "have", "has", "had", "will", "would", "could", "can", "may", "might", "must", "should", "shall",
  "said", "say", "says", "that", "which", "who", "whom", "whose", "the", "a", "an", "this", "these", "those", "it",
  "its", "their", "his", "her", "our", "than", "as", "per", "each", "including", "since", "during", "after", "before",
  "more", "less", "fewer", "times", "percent", "points", "point", "out", "up", "down", "over", "under", "about", "into",
  "did", "do", "does", "not", "no", "so", "then", "there", "here", "when", "where", "while", "also", "only", "just",
  "all", "both", "some", "any", "such", "very", "took", "take", "takes", "bringing", "raising", "taking", "pushing",
  "rose", "fell", "grew", "went", "got", "made", "came", "left", "died", "cut", "saw", "see", "get", "put", "set",
  "became", "remain", "remained", "stood", "reached", "totalled", "totaled", "is", "am", "if", "because", "yet",
  "in-all", "altogether", "total", "respectively", "again", "ago", "later", "earlier", "now", "today", "yesterday",
  "year", "years", "month", "months", "week", "weeks", "day", "days", "last", "next",
]);

/** Words before a head noun that narrow it: skipped to find the head, kept as modifiers. */
const MODIFIERS = new Set([
  "new", "additional", "other", "further", "extra", "possible", "unintentional", "intentional", "civilian", "credible",
  "confirmed", "suspected", "reported", "recorded", "registered", "known", "separate", "different", "young", "old",
  "local", "foreign", "more", "serious", "minor", "fatal", "non-fatal", "open", "active", "total", "probable",
  "alleged", "unconfirmed", "verified", "innocent", "eligible", "registered", "full-time", "part-time", "adult",
  "elderly", "injured", "wounded", "missing", "displaced", "international", "domestic", "british", "american",
  "syrian", "iraqi", "afghan", "small", "large", "big", "major", "individual",
]);

/** Adjectives that are never the head of a count. */
const ADJECTIVES = new Set(["available", "unavailable", "stable", "unchanged", "able", "unable", "valid", "invalid"]);

/** Irregular plurals (and words that look plural and are not). */
const SINGULAR: Readonly<Record<string, string>> = {
  people: "person", persons: "person", children: "child", women: "woman", men: "man", mice: "mouse", feet: "foot",
  teeth: "tooth", geese: "goose", data: "data", media: "media", news: "news", series: "series", species: "species",
  crises: "crisis", analyses: "analysis", bus: "bus", buses: "bus", status: "status", census: "census", lives: "life",
  wives: "wife", knives: "knife", leaves: "leaf", thieves: "thief", police: "police", staff: "staff",
};

/**
 * The singular of a noun by a small fold: a few irregular plurals, then -ies → -y, -sses /
 * -ches / -shes / -xes → drop -es, a final -s (not -ss, -us, -is) dropped.
 * ("casualties" → casualty, "people" → person, "churches" → church, "census" stays).
 *
 * @example
 * ```ts
 * [singular("casualties"), singular("People"), singular("churches"), singular("census")];
 * //=> ["casualty", "person", "church", "census"]
 * ```
 */
export function singular(word: string): string {
  const w = word.toLowerCase();
  const irregular = SINGULAR[w];
  if (irregular !== undefined) return irregular;
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes"))) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) return w.slice(0, -1);
  return w;
}

/** Heads that count one thing under two names: a ballot counted is a vote. */
const SAME_THING: Readonly<Record<string, string>> = { ballot: "vote" };

/**
 * The head a count's noun counts, with the names of one thing folded to one ("ballot" → "vote"),
 * for the cues that ask whether a part and a whole count the same.
 *
 * @example
 * ```ts
 * [countedAs("ballot"), countedAs("vote"), countedAs("report")]; //=> ["vote", "vote", "report"]
 * ```
 */
export function countedAs(head: string): string {
  return SAME_THING[head] ?? head;
}

/** Whether a word can be the head noun of a count ("reports", "civilians"), not a verb or an adverb. */
function canBeHead(norm: string): boolean {
  if (STOP.has(norm) || norm.length < 2) return false;
  if (norm.endsWith("ly")) return false;
  if (norm.endsWith("ed") && !norm.endsWith("eed")) return false;
  if (norm.endsWith("ing")) return false;
  // Adjectives a count may stand before with its noun left out: "16 credible", "45 stable".
  if (norm.endsWith("ible") || ADJECTIVES.has(norm)) return false;
  for (let k = 0; k < norm.length; k++) {
    const c = norm.charCodeAt(k);
    const letter = (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x27 || c > 0x7f;
    if (!letter) return false;
  }
  return true;
}

/** At most this many words are read after a number for its noun, or before it for "number of …". */
const NOUN_WINDOW = 5;
const BEFORE_WINDOW = 14;

/**
 * The noun phrase that starts at item `from`: quotation marks skipped, then modifiers, then the
 * head. Undefined when the words there are not a noun phrase ("13 were accessed").
 */
function nounAt(items: readonly Item[], from: number, before: boolean, phraseStart?: number): Noun | undefined {
  let i = from;
  while (i < items.length && items[i]!.kind === "punct" && QUOTE_MARKS.has(items[i]!.norm)) i++;
  const modifiers: string[] = [];
  const start = phraseStart ?? items[i]?.start ?? 0;
  for (let read = 0; read < NOUN_WINDOW && i < items.length; read++, i++) {
    const it = items[i]!;
    if (it.kind !== "word" || STOP.has(it.norm)) return undefined;
    const next = items[i + 1];
    const nextIsWord = next !== undefined && next.kind === "word" && !STOP.has(next.norm);
    const pluralNext = nextIsWord && next.norm.length > 3 && next.norm.endsWith("s") && !it.norm.endsWith("s") && canBeHead(next.norm);
    // A word in -ed right after the figure is its verb ("41 needed intensive care", "187 used scanners") unless a known modifier.
    const edModifier = it.norm.endsWith("ed") && (read > 0 || phraseStart !== undefined);
    const modifier = MODIFIERS.has(it.norm) || pluralNext || (nextIsWord && (it.norm.endsWith("al") || it.norm.endsWith("ous") || it.norm.endsWith("ible") || it.norm.endsWith("able") || edModifier));
    if (modifier && nextIsWord) {
      modifiers.push(it.norm);
      continue;
    }
    if (!canBeHead(it.norm)) return undefined;
    return { head: singular(it.norm), written: it.norm, modifiers, start, end: it.end, before };
  }
  return undefined;
}

/**
 * The noun before a number with none after it: "the total number of credible reports … was
 * 164" → report, modified by "credible". Read at most BEFORE_WINDOW items back, not across
 * another number.
 */
function nounBefore(items: readonly Item[], at: number): Noun | undefined {
  for (let i = at - 1; i >= 0 && at - i <= BEFORE_WINDOW; i--) {
    const it = items[i]!;
    if (it.kind === "num") return undefined;
    if ((it.norm === "number" || it.norm === "total") && items[i + 1]?.norm === "of" && items[i + 2]?.kind === "word") {
      const first = items[i - 1]?.norm === "total" ? items[i - 1]! : it;
      return nounAt(items, i + 2, true, first.start);
    }
  }
  return undefined;
}

/** The paragraph and sentence spans of a text, as given by src/text/sentences.ts. */
export interface Layout {
  readonly paragraphs: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  readonly sentences: ReadonlyArray<{ readonly start: number; readonly end: number }>;
}

/**
 * The sentences of a text as items, with every number placed in its sentence and given its
 * noun. Linear: sentences, numbers and tokens are each walked once, in order.
 *
 * @example
 * ```ts
 * import { scanNumbers } from "claimcheck";
 * import { paragraphs, sentences } from "../text/sentences.js";
 * const text = "It investigated 37 reports. Of these, 13 were credible.";
 * const read = readSentences(text, scanNumbers(text), { paragraphs: paragraphs(text), sentences: sentences(text) });
 * read.map((s) => s.nums.map((n) => [n.scanned.text, n.noun?.head ?? null]));
 * //=> [[["37", "report"]], [["13", null]]]
 * ```
 */
export function readSentences(text: string, numbers: readonly ScannedNumber[], layout: Layout): Sentence[] {
  const out: Sentence[] = [];
  let k = 0; // next number
  let p = 0; // current paragraph
  let index = 0;
  let counter = 0;
  for (const s of layout.sentences) {
    while (p + 1 < layout.paragraphs.length && layout.paragraphs[p]!.end <= s.start) p++;
    // Numbers before this sentence (between sentences: never, the spans are trimmed) are skipped.
    while (k < numbers.length && numbers[k]!.start < s.start) k++;
    const inside: ScannedNumber[] = [];
    while (k < numbers.length && numbers[k]!.start < s.end) inside.push(numbers[k++]!);
    const tokens = tokenize(text, s.start, s.end);
    const items: Item[] = [];
    const placed: Array<{ item: number; n: ScannedNumber }> = [];
    let j = 0;
    for (let t = 0; t < tokens.length; t++) {
      const tok = tokens[t]!;
      const n = inside[j];
      if (n && tok.start >= n.start && tok.start < n.end) {
        placed.push({ item: items.length, n });
        items.push({ kind: "num", norm: n.text, start: n.start, end: n.end });
        while (t + 1 < tokens.length && tokens[t + 1]!.start < n.end) t++;
        j++;
        continue;
      }
      while (inside[j] && inside[j]!.end <= tok.start) j++;
      items.push({ kind: tok.kind === "punct" ? "punct" : "word", norm: tok.norm, start: tok.start, end: tok.end });
    }
    const nums: Num[] = [];
    for (const { item, n } of placed) {
      // A qualifier written as a sign ("<0", "~5") is left out: claims read qualifiers in words.
      const signed = n.qualifier !== undefined && !/^[A-Za-z]/.test(n.qualifier.text);
      const quantity = QUANTITY_KINDS.has(n.kind) && !signed && (n.interval !== undefined || outOfParts(n) !== undefined || parseQuantity(n.text).ok);
      const counts = quantity && (n.kind === "count" || n.kind === "decimal");
      // A measurement's unit is part of its value ("30 feet", "a 9-metre wall"); months and years,
      // which have no fixed length, are left as counts.
      const unit = counts && n.unit !== undefined && physicalUnitBySymbol(n.unit)?.factor !== undefined ? readPhysicalUnit(text, n.end) : null;
      const noun = counts ? (nounAt(items, item + 1, false) ?? nounBefore(items, item)) : undefined;
      const valueEnd = unit ? unit.end : counts ? unitWordEnd(items, item + 1) : undefined;
      const num: Num = {
        index: counter++,
        scanned: n,
        sentence: index,
        paragraph: p,
        quantity,
        ...(noun ? { noun } : {}),
        ...(valueEnd !== undefined ? { valueEnd } : {}),
        ...(unit ? { measured: unit.unit.symbol } : {}),
      };
      nums.push(num);
      items[item] = { ...items[item]!, num };
    }
    out.push({ index, paragraph: p, start: s.start, end: s.end, items, nums });
    index++;
  }
  return out;
}

/** The end of "points", "percentage points" or "times" when those words follow a figure. */
function unitWordEnd(items: readonly Item[], i: number): number | undefined {
  const a = items[i]?.kind === "word" ? items[i]!.norm : "";
  if (a === "points" || a === "point" || a === "times") return items[i]!.end;
  const b = items[i + 1]?.kind === "word" ? items[i + 1]!.norm : "";
  if (a === "percentage" && (b === "points" || b === "point")) return items[i + 1]!.end;
  return undefined;
}


/** The written numerator and denominator of "13 out of 37". */
export function outOfParts(n: ScannedNumber): { part: string; whole: string } | undefined {
  if (n.kind !== "ratio") return undefined;
  const at = n.text.indexOf(" out of ");
  if (at < 0) return undefined;
  return { part: n.text.slice(0, at), whole: n.text.slice(at + " out of ".length) };
}
