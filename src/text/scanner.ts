/**
 * The number scanner: one forward pass over a text that finds every number a reader sees, with
 * its exact UTF-16 span and what kind of number it is. It reads numerals only through the one
 * number grammar (src/numbers/grammar.ts) that also reads claim values, so "24,160", "sixty-one"
 * or "at least 685" mean the same in a claims file and in the text.
 *
 * Linear time: the main loop moves forward word by word; every look-around is bounded by a
 * constant number of characters (or by the end of the previous number), and no regular expression
 * runs over unbounded input.
 */
import {
  digitAt,
  digitRunEnd,
  isLetterAt,
  isSpace,
  readCurrencyAfter,
  readCurrencyBefore,
  readMonth,
  readNumeral,
  readFractionWords,
  readOrdinalSuffix,
  readSuffixUnit,
  readQualifier,
  readTrailingQualifier,
  wholeWordAt,
  wordAt,
  type Numeral,
  type Qualifier,
  type SeparatorStyle,
} from "../numbers/grammar.js";
import { ClaimcheckInputError, describeFound } from "../base/input-issue.js";
import { Interval } from "../numbers/interval.js";
import { numeralInterval, type QuantityOptions } from "../numbers/quantity.js";
import { Rational } from "../numbers/rational.js";
import { readPhysicalUnit } from "../numbers/units.js";

/**
 * What a scanned number is.
 *
 * - `count`: a whole number of things, in digits or words ("24,160", "sixty-one", "a dozen",
 *   "1.2 million", "3.5m").
 * - `decimal`: a figure with decimals and no multiplier ("4.5").
 * - `percent`: "12.5%", "48 percent", "4.8 per cent"; `value` is the percentage (12.5).
 * - `points`: percentage points or basis points ("3 percentage points", "2pp", "25 basis points",
 *   "60bp"); `value` is in points (25 basis points is 0.25). A bare "10 points" may be a score or
 *   an index: it stays a `count` with `unit: "points"`.
 * - `money`: a figure with a currency sign or code ("$4.5 billion", "£2bn", "USD 5"); `currency`
 *   holds the ISO code, `value` the amount.
 * - `ordinal`: "14th".
 * - `year`: "2014" where it names a year ("since 2014", "in 2017", "for 2024", "the 2024 budget");
 *   `value` is the year.
 * - `period`: a fiscal or season year named by the calendar years it spans: "2020/21", "2024-25",
 *   "FY2024", "FY 2024-25", "fiscal 2024"; `value` is the first year written, `valueTo` the second
 *   when two are written ("2020/21" is 2020 to 2021; "FY2024" is 2024 alone).
 * - `date`: a day or month of a date, with its neighbours: "March 14", "14 March 2017",
 *   "August 2014", "2017-09-01", "2017-03", "14/03/2017" (day first unless the first part cannot be a
 *   day); `date` holds the parts, `value` the day (or the year when there is no day).
 * - `time`: a time of day ("10:30", "3pm"); `value` is in hours (10:30 → 10.5).
 * - `range`: "2014-2017", "2014–17", "10-15%", "$5-10bn", "between 10 and 20": `value` is the
 *   lower end, `valueTo` the upper end, `rangeOf` what they are.
 * - `score`: a result of a game or vote beside a word that says so ("won 1-2", "a 3-1 win", "lost
 *   2–1", "a 1-1 draw"): `value` is the first figure, `valueTo` the second, in the order written.
 * - `ratio`: "one in five", "1 in 5", "13 out of 37", and fractions in words ("two-thirds", "three
 *   quarters", "one third"; "half", "a third", "a quarter" only before "of" or "the": "a third
 *   term" is an ordinal, "the first half of 2017" a period): `value` is the fraction, with
 *   `numerator` and `denominator`.
 * - `decade`: "the 1990s" (span "1990s"), "'90s": `value` is the first year as written (1990, 90).
 * - `name`: digits that name something rather than count it: "COVID-19", "F-35", "G20", "MH17",
 *   "Resolution 2254", "Article 5", "4G", and labels and emergency numbers: "Category 4",
 *   "category one", "Level 3", "the 999 hotline", "dial 911"; `value` is the figure inside the name.
 *
 * Not reported at all: digit chains that are not one numeral ("1.2.3", "192.168.0.1", "1,1,1",
 * "3,4"), digit runs of more than 30 digits, "one" used as a pronoun ("one of the", "no one",
 * "No-one"), the Dutch particle of a surname ("Erik ten Hag") and ordinals in words ("first",
 * "third"). "up to" after a verb is a particle, not a bound: "revised the toll up to 90" is 90.
 */
export type NumberKind =
  | "count"
  | "decimal"
  | "percent"
  | "points"
  | "money"
  | "ordinal"
  | "year"
  | "period"
  | "date"
  | "time"
  | "range"
  | "ratio"
  | "score"
  | "decade"
  | "name";

/** The parts of a scanned date. */
export interface ScannedDate {
  readonly year?: number;
  /** 1–12. */
  readonly month?: number;
  readonly day?: number;
}

/** A number found in a text. */
export interface ScannedNumber {
  /** The text of the span: `text.slice(start, end)`. */
  readonly text: string;
  readonly kind: NumberKind;
  /** UTF-16 offset of the first character (of the qualifier, currency or month, when there is one). */
  readonly start: number;
  /** UTF-16 offset just after the last character. Surrounding punctuation is never included. */
  readonly end: number;
  /** 1-based line and column of `start` (UTF-16 code units; lines end at `\n`, `\r\n` or `\r`). */
  readonly line: number;
  readonly column: number;
  /** The number's value; see `NumberKind` for what it is for each kind. Never rounded. */
  readonly value: Rational;
  /** The upper end of a range, the second year of a period, the second figure of a score. */
  readonly valueTo?: Rational;
  /** A ratio's terms: "one in five" is 1 and 5. */
  readonly numerator?: Rational;
  readonly denominator?: Rational;
  /** What a range's ends are. */
  readonly rangeOf?: "year" | "count" | "decimal" | "percent" | "money";
  /** The qualifier, when one bounds the number ("at least", "more than", "or more"). */
  readonly qualifier?: Qualifier;
  /**
   * Every value the written figure allows, by the rules of `parseQuantity` (printed precision,
   * qualifier): for counts, decimals, percents, money, ordinals and ranges.
   */
  readonly interval?: Interval;
  /** How the (first) numeral groups its thousands. */
  readonly separator: SeparatorStyle;
  /** True when spelled in words ("sixty-one", "a dozen"). */
  readonly words: boolean;
  /** Digits after the decimal point, as written. */
  readonly decimals: number;
  /** The multiplier word as written in the grammar's terms ("million", "bn", "m"). */
  readonly multiplier?: string;
  /** ISO 4217 code of money. */
  readonly currency?: string;
  /**
   * A unit glued to the digits ("5km" → "km"), or a unit of measurement written after the figure
   * by its symbol ("3 hours" → "h", "a 30-foot wall" → "ft", "12 kg" → "kg"), or "points" after a
   * bare count ("scored 30 points"); not part of the span.
   */
  readonly unit?: string;
  /** The parts of a date. */
  readonly date?: ScannedDate;
}

/** Options of `scanNumbers`: how printed figures and qualifiers widen into intervals. */
export type ScanNumbersOptions = QuantityOptions;

/**
 * Finds every number in a text, in one linear pass: counts, decimals, percents, money, ordinals,
 * years, dates, times, ranges, ratios, number words, decades and names that contain digits.
 * Spans never overlap and come in text order.
 *
 * @example
 * ```ts
 * import { scanNumbers } from "claimcheck";
 * scanNumbers("raising the total to at least 685 (4.8%) since 2014").map((n) => [n.kind, n.text]);
 * //=> [["count", "at least 685"], ["percent", "4.8%"], ["year", "2014"]]
 * scanNumbers("one in five")[0].value.toString(); //=> "1/5"
 * scanNumbers("COVID-19")[0].kind; //=> "name"
 * scanNumbers("spending for 2024, the 2024-25 budget, a 2-1 win, the 999 hotline").map((n) => [n.kind, n.text]);
 * //=> [["year", "2024"], ["period", "2024-25"], ["score", "2-1"], ["name", "999"]]
 * scanNumbers("revised the toll up to 90")[0].qualifier; //=> undefined
 * scanNumbers("P5 billion")[0].currency; //=> "PHP"
 * ```
 */
export function scanNumbers(text: string, options: ScanNumbersOptions = {}): ScannedNumber[] {
  if (typeof text !== "string") throw new ClaimcheckInputError([{ path: "text", expected: "a string (the text to scan)", found: describeFound(text) }]);
  return new Scanner(text, typeof options === "object" && options !== null ? options : {}).run();
}

/** Digit runs longer than this are codes or noise, never quantities (and would be costly to read). */
const MAX_DIGITS = 30;

/** Exact base-27 packing of a lower-case ASCII word of at most 10 letters. */
function pack(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = h * 27 + (word.charCodeAt(k) - 0x60);
  return h;
}

/** Words that can start a number in words (see `readNumeral`). */
const NUMBER_WORD_STARTS = new Set(
  [
    "a", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
    "fifty", "sixty", "seventy", "eighty", "ninety",
  ].map(pack),
);

/** Words that can start a fraction in words ("half of", "a third of", "two-thirds"). */
const FRACTION_STARTS = new Set(["half", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"].map(pack));

/** What a fraction in words is written as, for the fields a numeral gives (`words`, no decimals). */
const WORDS_NUMERAL: Numeral = { start: 0, end: 0, mantissa: "1", decimals: 0, mantissaValue: Rational.of(1n), percent: false, words: true, separator: "none", value: Rational.of(1n) };

/** Words before "half" that make it a part of a period, not a share ("the first half of 2017"). */
const HALF_NOT_SHARE = new Set(["first", "second", "other", "latter", "former", "back", "front", "top", "bottom", "lower", "upper", "northern", "southern", "eastern", "western"]);

/** Words after which a four-digit figure is a year ("since 2014", "in 2017", "mid-2014"). */
const YEAR_BEFORE = new Set([
  "in", "since", "during", "until", "till", "from", "between", "early", "late", "mid", "spring", "summer", "autumn",
  "fall", "winter", "year", "fiscal", "circa", "throughout", "before", "after", "by", "of", "to", "and", "or", "through",
  "pre", "post", "for", "against", "versus", "than", "like",
]);
/** Words before "by" that make the figure after it an amount, not a deadline: "rose by 2000 jobs". */
const CHANGE_BEFORE_BY = new Set([
  "rose", "risen", "rise", "rises", "fell", "fallen", "fall", "falls", "increased", "increase", "increases", "decreased",
  "decrease", "decreases", "grew", "grown", "grow", "grows", "up", "down", "dropped", "drop", "declined", "jumped",
  "climbed", "reduced", "raised", "expanded", "shrank", "outnumbered", "exceeded", "beat", "won", "lost", "led", "trailed",
  "higher", "lower", "more", "fewer", "less", "surpassed", "outvoted",
]);
/** Of YEAR_BEFORE, the words strong enough to win over a following noun ("in 2014 civilians…"). */
const YEAR_BEFORE_STRONG = new Set([
  "in", "since", "during", "until", "till", "from", "between", "early", "late", "mid", "spring", "summer", "autumn",
  "fall", "winter", "year", "fiscal", "circa", "throughout", "pre", "post",
]);
/** Words that may follow a year; any other lower-case word after a bare figure makes it a count ("2000 people"). */
const AFTER_YEAR = new Set([
  "and", "or", "to", "was", "were", "is", "are", "will", "had", "has", "have", "when", "as", "with", "at", "in", "on",
  "for", "from", "after", "before", "until", "since", "through", "but", "that", "which", "while", "where", "who", "it",
  "its", "he", "she", "they", "we", "there", "this", "the", "a", "an", "of", "by", "saw", "onwards", "onward", "alone",
  "levels", "level", "figures", "figure", "election", "elections", "census", "budget", "season", "report", "deadline",
  // verbs and function words ("spending for 2024 rose"), singular nouns a year names ("a 2030 target")
  "rose", "fell", "grew", "increased", "decreased", "declined", "reached", "totaled", "totalled", "stood", "remained",
  "showed", "ended", "began", "would", "could", "should", "may", "might", "must", "can", "did", "does", "also", "still",
  "only", "compared", "among", "ahead", "target", "plan", "forecast", "estimate", "survey", "total", "average", "rate",
  "funding", "spending", "revenue", "deficit", "data", "goal", "law", "war", "vote", "games",
]);

/** Words after which "up to" is a particle of the verb, not a bound: "rose up to 90", "revised the toll up to 90". */
const UP_VERBS = new Set([
  "rose", "risen", "rise", "rises", "rising", "went", "go", "goes", "going", "climbed", "jumped", "shot", "soared",
  "moved", "revised", "revise", "revises", "raised", "raise", "pushed", "bumped", "scaled", "ramped", "hiked",
  "edged", "edges", "edging", "ticked", "ticks", "crept", "creeps", "inched", "inches", "crawled", "drifted", "nudged",
]);

/** The word (ASCII letters, at most 14) that ends one space before `i`, not part of a longer word or a number. */
function plainWordBefore(s: string, i: number): { word: string; start: number } | undefined {
  if (i < 2 || !isSpace(s.charCodeAt(i - 1))) return undefined;
  const e = i - 1;
  let p = e;
  while (p > 0 && e - p < 15 && isAsciiLetter(s.charCodeAt(p - 1))) p--;
  if (p === e || e - p >= 15) return undefined;
  if (p > 0) {
    const c = s.charCodeAt(p - 1);
    if (isAsciiLetter(c) || (c >= 0x30 && c <= 0x39)) return undefined;
  }
  return { word: s.slice(p, e), start: p };
}

/**
 * True when the "up to" starting at `start` is the particle of a verb before it, not a bound:
 * right after the verb ("edged up to 3.9%") or after its object ("revised the death toll up to
 * 90"). Looks back at most four words and stops at a preposition or conjunction; "killed up to
 * 90" keeps the bound. The scanner and the claim anchors read "up to" the same way through it.
 *
 * @example
 * ```ts
 * isUpToParticle("The rate edged up to 3.9%.", 15); //=> true
 * isUpToParticle("The storm killed up to 90 people.", 17); //=> false
 * ```
 */
export function isUpToParticle(s: string, start: number): boolean {
  let p = start;
  for (let k = 0; k < 4; k++) {
    const w = plainWordBefore(s, p);
    if (w === undefined) return false;
    const word = w.word.toLowerCase();
    if (UP_VERBS.has(word)) return true;
    if (UP_STOP.has(word)) return false;
    if (DETERMINERS.has(word)) return UP_VERBS.has(plainWordBefore(s, w.start)?.word.toLowerCase() ?? "");
    p = w.start;
  }
  return false;
}

/** How far back from "over" another figure of its clause may end ("6,000 vehicles over 5 years"). */
const OVER_BACK = 30;

/**
 * True when the "over" starting at `start`, before a duration, spans the time rather than bounds
 * it: after another figure of the same clause ("cut costs by 20% over 5 years", "6,000 vehicles
 * over 5 years": a digit or % at most 30 characters back, no punctuation or "than" between), or
 * opening the sentence with a comma after the unit ("Over 5 years, the city spent …"); never
 * before "old", "ago", "of" or "older" ("children over 5 years old"). The scanner and the claim
 * anchors read "over" the same way through it.
 *
 * @example
 * ```ts
 * isOverSpan("It cut costs by 20% over 5 years.", 20); //=> true
 * isOverSpan("He was jailed for over 5 years.", 18); //=> false
 * ```
 */
export function isOverSpan(s: string, start: number): boolean {
  if (!(s.startsWith("over", start) || s.startsWith("Over", start)) || !isSpace(s.charCodeAt(start + 4))) return false;
  const num = digitAt(s, start + 5) !== null || isAsciiLetter(s.charCodeAt(start + 5)) ? readNumeral(s, start + 5) : null;
  const unit = num ? readPhysicalUnit(s, num.end) : null;
  if (!unit || unit.unit.dimension !== "duration") return false;
  const next = plainWordAfter(s, unit.end);
  if (next === "old" || next === "ago" || next === "of" || next === "older") return false;
  let figure = false;
  for (let k = start - 1; k >= 0 && start - k <= OVER_BACK; k--) {
    const c = s[k]!;
    if (c === "," || c === ";" || c === ":" || c === "." || c === "(" || c === ")" || c === "\n") break;
    if (c === "%" || digitAt(s, k) !== null) {
      figure = !` ${s.slice(k + 1, start)} `.includes(" than ");
      break;
    }
  }
  if (figure) return true;
  let p = start - 1;
  while (p >= 0 && isSpace(s.charCodeAt(p))) p--;
  const opens = p < 0 || s[p] === "." || s[p] === "!" || s[p] === "?" || s[p] === "\n";
  return opens && s[unit.end] === ",";
}

/** The lower-case word right after `j` and one space, or undefined (at most 14 letters). */
function plainWordAfter(s: string, j: number): string | undefined {
  if (!isSpace(s.charCodeAt(j))) return undefined;
  let e = j + 1;
  while (e < s.length && e - j <= 15 && isAsciiLetter(s.charCodeAt(e))) e++;
  return e > j + 1 && e - j <= 15 ? s.slice(j + 1, e).toLowerCase() : undefined;
}

/** Comparison signs before a figure, as qualifiers: "≥18 years". */
const SIGN_QUALIFIERS: Readonly<Record<string, Qualifier["kind"]>> = { "≥": "at-least", "≤": "at-most", ">": "more-than", "<": "less-than" };

/** Words before "N to M" that make it a change, not a range: "from 5 to 10", "rose 3 to 5". */
const CHANGE_WORDS = new Set([
  "from", "rose", "risen", "rise", "rises", "fell", "fall", "falls", "increased", "increase", "decreased", "decrease",
  "declined", "grew", "dropped", "jumped", "climbed", "up", "down", "by", "revised", "raised", "cut", "lowered",
  "reduced", "changed", "went", "moved", "doubled", "gained", "lost",
]);

/** Words that end the look-back for the verb of "up to": "went on to kill up to 90" keeps the bound. */
const UP_STOP = new Set(["to", "and", "or", "with", "of", "for", "in", "at", "by", "that", "who", "which"]);
/** Determiners of the object between a verb and its "up to": "revised the toll up to 90". */
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that"]);

/** Words before a score ("won 1-2", "beat Chelsea 2-1", "the score was 1-1"), at most three words back. */
const SCORE_BEFORE = new Set([
  "won", "win", "wins", "lost", "lose", "loses", "beat", "beats", "defeated", "drew", "draw", "tied", "score", "scored",
  "trailed", "led", "leading", "thrashed", "edged", "victory", "result", "finished", "ended", "vote", "voted", "votes",
]);
/** Words after a score ("a 3-1 win", "2-1 home defeat"), at most two words on. */
const SCORE_AFTER = new Set([
  "win", "victory", "defeat", "loss", "draw", "lead", "scoreline", "triumph", "result", "score", "aggregate", "vote",
  "votes", "ruling", "decision", "majority", "verdict",
]);
/** Short numbers that are emergency or help lines: a name beside a word that says so ("the 999 hotline", "dial 911"). */
const EMERGENCY_NUMBERS = new Set(["999", "911", "112", "111", "988", "101", "000", "119", "110", "100", "1122"]);
const EMERGENCY_BEFORE = new Set(["call", "calls", "called", "calling", "dial", "dialed", "dialled", "dialing", "dialling", "ring", "rang", "phone", "phoned", "text", "contact"]);
const EMERGENCY_AFTER = new Set(["hotline", "line", "call", "operator", "dispatcher", "emergency", "service", "number", "centre", "center", "system", "helpline"]);
/** Words before which a number in words or digits is a label: "category one", "level 3", "phase two". */
const LABEL_WORDS = new Set(["category", "level", "phase", "stage", "tier", "grade", "class", "type"]);
/** Words before "ten" in a Dutch surname when the word before is not capitalised: "coach ten Hag". */
const TITLE_WORDS = new Set(["coach", "manager", "boss", "mr", "dr", "minister", "captain"]);
/** Words after "ten Hag" that make it a surname with no first name or title before it: verbs of speech, auxiliaries, function words. */
const SURNAME_NEXT = new Set([
  "said", "says", "told", "added", "explained", "insisted", "admitted", "believes", "thinks", "wants", "who", "has", "had", "is",
  "was", "will", "would", "could", "and", "on", "in", "at", "after", "before", "when", "as",
]);
/** Capitalised words that open a sentence rather than name a person: "Yesterday ten Iraqi soldiers". */
const NOT_FIRST_NAMES = new Set(["Yesterday", "Today", "Now", "Then", "Meanwhile", "Overall", "Last", "In", "On", "And", "But", "Some", "Only", "The", "All", "When", "After", "By", "For", "With"]);

/** Capitalised words after which digits name something: "Resolution 2254", "Article 5", "Flight 17". */
const NAME_WORDS = new Set([
  "Resolution", "Article", "Section", "Chapter", "Clause", "Paragraph", "Amendment", "Flight", "Route", "Highway",
  "Interstate", "Room", "Apollo", "Windows", "Boeing", "Airbus", "Protocol", "Phase", "Level", "Category", "Model",
  "Version", "Volume", "Vol", "Issue", "Page", "Figure", "Table", "Appendix", "Annex", "Camp", "Gate", "Platform",
  "Terminal", "Building", "Unit", "Battalion", "Brigade", "Division", "Regiment", "Squadron", "Corps", "Fleet", "Bill",
  "Decree", "Directive", "Regulation", "Vision", "Agenda", "Euro", "Formula", "Channel", "Track", "Episode", "Stage",
  "Zone", "Sector", "Block", "Grade", "Class", "Type", "Mark", "Mk", "No", "Nos", "Nr", "Number", "Psalm", "Pier",
  "Precinct", "District", "Ward", "Lot", "Bus", "Train", "Line", "Exit", "Junction", "Hangar", "Pillar", "Tier",
  "Tower", "Vintage", "Stage", "Grade", "Pad",
]);
/** Abbreviations written with a full stop before a number that they name: "No. 10", "Vol. 3". */
const NAME_ABBREVIATIONS = new Set(["No", "Nos", "Nr", "Vol", "Mk", "Art", "Sec"]);
/** Name words that also work in lower case ("under article 5", "resolution 2254"). */
const NAME_WORDS_LOWER = new Set([
  "resolution", "article", "section", "chapter", "paragraph", "clause", "amendment", "flight", "route", "room", "category",
  "level", "phase", "stage", "tier", "grade",
]);

/** Lower-case prefixes that keep a number a number across a hyphen: "mid-2014", "pre-2011", "over-65s". */
const NUMBER_PREFIXES = new Set(["mid", "pre", "post", "early", "late", "over", "under", "non", "ex", "top", "sub", "all", "circa"]);

/** Units glued to digits ("5km"): the number is reported, the unit is not part of the span. */
const GLUED_UNITS = new Set([
  "km", "kg", "mm", "cm", "mph", "kph", "kmh", "ft", "lb", "lbs", "oz", "kw", "kwh", "mw", "mwh", "gw", "gwh", "ml", "ha",
  "sqm", "sqkm", "x", "kt", "nm", "gb", "mb", "tb", "c", "f",
]);

/** Points glued to the digits. */
const GLUED_POINTS = new Set(["pp", "ppt", "bp", "bps"]);

/** Words before which "one" is a pronoun or determiner, not a count. */
const ONE_PRONOUN_BEFORE = new Set(["no", "any", "every", "each", "the", "this", "that", "which", "someone", "anyone", "everyone"]);
const ONE_PRONOUN_AFTER = new Set(["of", "another", "day", "way", "time", "thing", "side", "hand"]);

type Kind = NumberKind;

/** A ScannedNumber being built. */
type Draft = { -readonly [K in keyof ScannedNumber]: ScannedNumber[K] };

function isAsciiLetter(c: number): boolean {
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x7a;
}

function isUpperAscii(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

class Scanner {
  private readonly n: number;
  private readonly out: ScannedNumber[] = [];
  /** End of the last reported span: nothing reported later starts before it. */
  private lastEnd = 0;
  /** End of the last label reported ("Category 3"), so that "4 or 5" after it are labels too. */
  private labelEnd = -1;
  /** Lines are counted up to here (numbers come in order, so the text is read once more, in pieces). */
  private lineCursor = 0;
  private line = 1;
  private lineStart = 0;
  /** Intervals of small whole percentages ("48%"), shared: they depend only on the options. */
  private readonly percentPoints: Interval[] = [];

  constructor(
    private readonly s: string,
    private readonly options: ScanNumbersOptions,
  ) {
    this.n = s.length;
  }

  run(): ScannedNumber[] {
    const s = this.s;
    const n = this.n;
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if (isAsciiDigit(c)) {
          i = Math.max(i + 1, this.atDigits(i));
          continue;
        }
        if (isAsciiLetter(c)) {
          i = this.atWord(i);
          continue;
        }
        i++;
        continue;
      }
      if (c >= 0x660 && digitAt(s, i)) {
        i = Math.max(i + 1, this.atDigits(i));
        continue;
      }
      i++;
    }
    return this.out;
  }

  // ─── words ────────────────────────────────────────────────────────────────────────────────

  /** At the start of an ASCII letter run: a number in words, or skip the word. */
  private atWord(i: number): number {
    const s = this.s;
    let j = i;
    let h = 0;
    while (j < this.n) {
      const c = s.charCodeAt(j);
      if (!isAsciiLetter(c)) break;
      if (j - i < 11) h = h * 27 + ((c | 0x20) - 0x60);
      j++;
    }
    if (j - i <= 5 && FRACTION_STARTS.has(h) && !(i > 0 && this.isWordChar(i - 1)) && i >= this.lastEnd) {
      const end = this.fraction(i);
      if (end > i) return end;
    }
    if (j - i <= 10 && NUMBER_WORD_STARTS.has(h) && !(i > 0 && this.isWordChar(i - 1)) && i >= this.lastEnd) {
      const end = this.atNumberWord(i);
      if (end > i) return end;
    }
    return j;
  }

  /**
   * A fraction in words: "two-thirds", "three quarters", "one third", and with "of" after it
   * "half of", "half the", "a third of", "a quarter of". A ratio (value the fraction), or -1.
   * "a third" alone is an ordinal ("a third term"), "the first half of 2017" a period.
   */
  private fraction(i: number): number {
    const s = this.s;
    const fr = readFractionWords(s, i);
    if (!fr) return -1;
    let w = i;
    while (w < this.n && isAsciiLetter(s.charCodeAt(w))) w++;
    const word = s.slice(i, w).toLowerCase();
    if (word === "half" || word === "a" || word === "an") {
      const k = fr.end + 1;
      if (!isSpace(s.charCodeAt(fr.end)) || !(wholeWordAt(s, k, "of") || wholeWordAt(s, k, "the"))) return -1;
      const before = word === "half" ? this.wordBefore(i) : undefined;
      if (before !== undefined && HALF_NOT_SHARE.has(before.word.toLowerCase())) return -1;
    }
    const qualifier = this.qualifierBefore(i);
    const d = draft(WORDS_NUMERAL, "ratio", qualifier ? qualifier.start : i, fr.end, Rational.of(BigInt(fr.numerator), BigInt(fr.denominator)));
    return this.emit(d, { numerator: Rational.of(BigInt(fr.numerator)), denominator: Rational.of(BigInt(fr.denominator)), qualifier: qualifier ? stripNext(qualifier) : undefined });
  }

  private atNumberWord(i: number): number {
    const s = this.s;
    const num = readNumeral(s, i);
    if (!num) return -1;
    if (num.mantissa === "1" && num.end === i + 3 && this.isPronounOne(i, num.end)) return -1;
    if (num.mantissa === "10" && num.end === i + 3 && (s.charCodeAt(i) === 0x74 || s.charCodeAt(i) === 0x54) && this.isSurnameTen(i, num.end)) return -1;
    // "category one", "level three", "phase two": a label.
    const before = this.wordBefore(i);
    if (before !== undefined && before.start >= this.lastEnd && LABEL_WORDS.has(before.word.toLowerCase()) && !num.multiplier && !num.percent) {
      const end = this.emit(draft(num, "name", before.start, num.end, num.value));
      this.labelEnd = end;
      return end;
    }
    return this.finishQuantity(i, num);
  }

  /**
   * "Erik ten Hag", "coach ten Hag", "ten Hag said", "Ten Hag's side": the particle of a Dutch
   * surname, not ten. After a title or a first name, "ten" before a capitalised word is the
   * particle; with neither, the capitalised word must be singular (not "ten Britons") and be
   * followed by a possessive or a verb of speech or a function word ("said", "who", "on"), never
   * by a noun ("ten Iraqi soldiers", "ten Labour MPs"). A capital "Ten" takes only that second
   * reading.
   */
  private isSurnameTen(start: number, end: number): boolean {
    const s = this.s;
    const after = this.wordAfter(end);
    if (after === undefined || !isUpperAscii(after.word.charCodeAt(0)) || after.word.length < 2 || isUpperAscii(after.word.charCodeAt(1))) return false;
    if (readMonth(s, after.start) !== null) return false;
    const before = s.charCodeAt(start) === 0x74 ? this.wordBefore(start) : undefined;
    if (before !== undefined) {
      if (TITLE_WORDS.has(before.word.toLowerCase())) return true;
      if (isUpperAscii(before.word.charCodeAt(0)) && !NOT_FIRST_NAMES.has(before.word) && !(before.word.length > 1 && isUpperAscii(before.word.charCodeAt(1)))) return true;
    }
    if (after.word.endsWith("s")) return false;
    const e = after.start + after.word.length;
    if ((s[e] === "'" || s[e] === "\u2019") && s[e + 1] === "s") return true;
    const next = this.wordAfter(e);
    return next !== undefined && SURNAME_NEXT.has(next.word);
  }

  /** "one of the", "no one", "one another", "one's": not a count. */
  private isPronounOne(start: number, end: number): boolean {
    const s = this.s;
    const c = s[end];
    if (c === "'" || c === "\u2019" || c === "-") return true;
    // "No-one", "no-one", "any-one"
    if (s[start - 1] === "-" && start >= 3) {
      let p = start - 1;
      while (p > 0 && start - 1 - p < 6 && isAsciiLetter(s.charCodeAt(p - 1))) p--;
      if (!(p > 0 && this.isWordChar(p - 1)) && ONE_PRONOUN_BEFORE.has(s.slice(p, start - 1).toLowerCase())) return true;
    }
    const after = this.wordAfter(end);
    if (after !== undefined && ONE_PRONOUN_AFTER.has(after.word.toLowerCase())) return true;
    const before = this.wordBefore(start);
    return before !== undefined && ONE_PRONOUN_BEFORE.has(before.word.toLowerCase());
  }

  // ─── digits ───────────────────────────────────────────────────────────────────────────────

  private atDigits(i: number): number {
    const s = this.s;
    if (i < this.lastEnd) return this.lastEnd;
    // Digits glued to letters before them: "G20", "F-35", "COVID-19", "MH17".
    const nameStart = this.gluedNameStart(i);
    if (nameStart >= 0) {
      // "FY2024", "FY24-25": a fiscal year; "P5 billion", "P500,000": Philippine pesos ("P5" alone is a name).
      if (i - nameStart === 2 && s[nameStart] === "F" && s[nameStart + 1] === "Y") {
        const fy = this.fiscal(nameStart, i);
        if (fy > 0) return fy;
      }
      if (i - nameStart === 1 && s[nameStart] === "P" && digitRunEnd(s, i) - i <= MAX_DIGITS) {
        const peso = readNumeral(s, i)!;
        if ((peso.multiplier || peso.separator === "comma" || peso.decimals === 2) && !peso.percent && !isLetterAt(s, peso.end)) {
          return this.finishQuantity(i, peso, undefined, { code: "PHP", start: nameStart });
        }
      }
      if (i - nameStart === 2 && s[nameStart] === "R" && s[nameStart + 1] === "s" && digitRunEnd(s, i) - i <= MAX_DIGITS) {
        const rupees = readNumeral(s, i)!;
        if (!rupees.percent && !isLetterAt(s, rupees.end)) return this.finishQuantity(i, rupees); // "Rs500"
      }
      return this.emitGluedName(nameStart, i);
    }
    const runEnd = digitRunEnd(s, i);
    if (runEnd - i > MAX_DIGITS) return this.skipChain(i);
    const num = readNumeral(s, i)!;
    const plain = !num.multiplier && !num.percent;
    const next = s[num.end];
    // Chains of digits that are not one numeral: versions, addresses, lists without spaces.
    if (plain && (next === "." || next === ",") && digitAt(s, num.end + 1)) return this.skipChain(i);
    if (plain && next === ":" && num.decimals === 0) {
      const t = this.time(i, num);
      if (t > 0) return t;
    }
    if (plain && next === "/" && num.decimals === 0 && digitAt(s, num.end + 1)) return this.slash(i, num);
    if (plain && num.decimals === 0 && num.mantissa.length === 4 && (next === "-" || next === "\u2013")) {
      const iso = this.isoDate(i, num);
      if (iso > 0) return iso;
    }
    // Letters glued after: ordinal, decade, am/pm, a unit, or a name ("4G").
    if (plain && isLetterAt(s, num.end)) return this.gluedAfter(i, num);
    if (plain && (next === "'" || next === "\u2019") && s[num.end + 1] === "s" && !isLetterAt(s, num.end + 2)) {
      const d = this.decade(i, num, num.end + 2);
      if (d > 0) return d;
    }
    // Dates around a day or a year: "March 14", "14 March 2017", "August 2014".
    if (plain && num.decimals === 0 && num.separator === "none") {
      const d = this.dateAround(i, num, num.end);
      if (d > 0) return d;
    }
    // Scores: "won 1-2", "a 3-1 win"; labels and lines: "the 999 hotline", "dial 911"; fiscal years: "FY 2024".
    if (plain && num.decimals === 0 && num.separator === "none") {
      // "until 615 PM CDT", "from 6 PM": a time of day in the style of weather warnings.
      const am = s.charCodeAt(num.end + 1) | 0x20;
      if (num.mantissa.length <= 4 && (am === 0x61 || am === 0x70) && isSpace(s.charCodeAt(num.end))) {
        const ap = this.amPm(num.end);
        const v = Number(num.mantissa);
        const h = num.mantissa.length <= 2 ? v : Math.floor(v / 100);
        if (ap > 0 && h >= 1 && h <= 12 && v % 100 <= 59) {
          const pm = /p/i.test(s.slice(num.end, ap)) && h < 12;
          const am12 = !pm && h === 12 && /a/i.test(s.slice(num.end, ap));
          return this.emit(draft(num, "time", i, ap, Rational.of(((pm ? h + 12 : am12 ? 0 : h) * 60) + (v % 100), 60)));
        }
      }
      // "Category 3, 4 or 5": the labels after a label.
      if (this.labelEnd === this.lastEnd && this.lastEnd > 0 && num.mantissa.length <= 2 && Number(num.mantissa) <= 10 && this.isListGap(this.lastEnd, i) && (s[i - 2] !== "," || this.listGoesOn(num.end))) {
        const end = this.emit(draft(num, "name", i, num.end, num.mantissaValue));
        this.labelEnd = end;
        return end;
      }
      if (num.mantissa.length <= 2 && (next === "-" || next === "\u2013")) {
        const score = this.score(i, num);
        if (score > 0) return score;
      }
      if (EMERGENCY_NUMBERS.has(num.mantissa) && this.isHelpLine(i, num.end)) {
        return this.emit(draft(num, "name", i, num.end, num.mantissaValue));
      }
      // Only a word ending in "Y" ("FY"), "l" ("fiscal") or "r" ("fiscal year") can mark a fiscal year.
      const last = s.charCodeAt(i - 2);
      const before = last === 0x59 || last === 0x6c || last === 0x72 ? this.wordBefore(i) : undefined;
      if (before !== undefined && before.start >= this.lastEnd && before.word === "FY") {
        const fy = this.fiscal(before.start, i);
        if (fy > 0) return fy;
      }
      if (before !== undefined && this.isFiscalWord(before)) {
        const fy = this.fiscal(i, i);
        if (fy > 0) return fy;
      }
    }
    // Names: "Resolution 2254", "Article 5", "No. 10".
    if (plain && num.decimals === 0 && num.separator === "none") {
      const before = this.wordBefore(i, true);
      const dotted = before !== undefined && s[before.end] === ".";
      const named = before !== undefined && (dotted ? NAME_ABBREVIATIONS.has(before.word) : NAME_WORDS.has(before.word) || NAME_WORDS_LOWER.has(before.word));
      if (before && named && before.start >= this.lastEnd) {
        const end = this.emit(draft(num, "name", before.start, num.end, num.mantissaValue));
        if (LABEL_WORDS.has(before.word.toLowerCase())) this.labelEnd = end;
        return end;
      }
    }
    return this.finishQuantity(i, num);
  }

  /** True when ", ", " or " or " and " and a digit follow `end`: "Category 3, 4 or 5" goes on after the 4 (but "Phase 2, 40 people" does not). */
  private listGoesOn(end: number): boolean {
    const s = this.s;
    for (const gap of [", ", " or ", " and ", ", or ", ", and "]) if (s.startsWith(gap, end) && digitAt(s, end + gap.length)) return true;
    return false;
  }

  /** True when the text from `a` to `b` is ", ", " or ", " and ", ", or " or ", and " (a list of labels). */
  private isListGap(a: number, b: number): boolean {
    const gap = b - a;
    if (gap > 6) return false;
    const t = this.s.slice(a, b);
    return t === ", " || t === " or " || t === " and " || t === ", or " || t === ", and " || t === "/";
  }

  /** "fiscal 2024", "fiscal year 2024-25": the word before a fiscal year written in digits. */
  private isFiscalWord(before: { word: string; start: number }): boolean {
    const w = before.word.toLowerCase();
    if (w === "fiscal") return true;
    return w === "year" && this.wordBefore(before.start)?.word.toLowerCase() === "fiscal";
  }

  /**
   * A fiscal year whose marker starts at `start` and whose digits start at `i`: "FY2024", "FY24",
   * "FY 2024-25", "2024/25" after "fiscal". The second year must follow the first. Or -1.
   */
  private fiscal(start: number, i: number): number {
    const s = this.s;
    const e = digitRunEnd(s, i);
    const len = e - i;
    if ((len !== 2 && len !== 4) || isLetterAt(s, e) || ((s[e] === "." || s[e] === ",") && digitAt(s, e + 1))) return -1;
    const v = runValue(s, i, e);
    const year = len === 2 ? 2000 + v : v;
    if (year < 1900 || year > 2100) return -1;
    const num = readNumeral(s, i)!;
    let end = e;
    let to: number | undefined;
    const sep = s[e];
    if ((sep === "-" || sep === "\u2013" || sep === "/") && digitAt(s, e + 1)) {
      const e2 = digitRunEnd(s, e + 1);
      const len2 = e2 - (e + 1);
      const v2 = runValue(s, e + 1, e2);
      const next = len2 === 2 ? (year + 1) % 100 : len2 === 4 ? year + 1 : -1;
      if (v2 === next && !isLetterAt(s, e2) && !digitAt(s, e2)) {
        to = year + 1;
        end = e2;
      }
    }
    return this.emit(draft(num, "period", start, end, Rational.of(year)), to !== undefined ? { valueTo: Rational.of(to) } : undefined);
  }

  /** "won 1-2", "beat Chelsea 2–1", "a 3-1 win", "a 1-1 draw": a score of two small figures, or -1. */
  private score(i: number, num: Numeral): number {
    const s = this.s;
    const j = num.end + 1;
    const e = digitRunEnd(s, j);
    if (e === j || e - j > 2 || isLetterAt(s, e) || s[e] === "%" || ((s[e] === "." || s[e] === "," || s[e] === "-" || s[e] === "\u2013") && digitAt(s, e + 1))) return -1;
    let scored = false;
    let p = i;
    for (let k = 0; k < 3 && !scored; k++) {
      const w = this.wordBefore(p);
      if (w === undefined) break;
      scored = SCORE_BEFORE.has(w.word.toLowerCase());
      p = w.start;
    }
    let q = e;
    for (let k = 0; k < 2 && !scored; k++) {
      const w = this.wordAfter(q);
      if (w === undefined) break;
      scored = SCORE_AFTER.has(w.word.toLowerCase());
      q = w.start + w.word.length;
    }
    if (!scored) return -1;
    return this.emit(draft(num, "score", i, e, num.value), { valueTo: Rational.of(runValue(s, j, e)) });
  }

  /** "the 999 hotline", "dial 911", "calls to 112": an emergency or help line beside the figure at `i`. */
  private isHelpLine(i: number, end: number): boolean {
    const after = this.wordAfter(end);
    if (after !== undefined && EMERGENCY_AFTER.has(after.word.toLowerCase())) return true;
    const before = this.wordBefore(i);
    if (before === undefined) return false;
    const w = before.word.toLowerCase();
    if (EMERGENCY_BEFORE.has(w)) return true;
    return w === "to" && EMERGENCY_BEFORE.has(this.wordBefore(before.start)?.word.toLowerCase() ?? "");
  }

  /** Start of a name when the digits at i are glued to letters before them, or -1. */
  private gluedNameStart(i: number): number {
    const s = this.s;
    let k = i;
    if (k > 0 && s[k - 1] === "-") k--;
    if (!(k > 0 && isLetterAt(s, k - 1))) return -1;
    const floor = Math.max(this.lastEnd, i - 32);
    let p = k;
    while (p > floor && (isLetterAt(s, p - 1) || (s[p - 1] === "-" && p - 1 > floor && isLetterAt(s, p - 2)))) p--;
    if (k < i && NUMBER_PREFIXES.has(s.slice(p, k).toLowerCase())) return -1;
    return p;
  }

  /** Reports a name that runs from `start` over letters, digits and inner hyphens before digits. */
  private emitGluedName(start: number, i: number): number {
    const s = this.s;
    let j = i;
    for (;;) {
      const c = s.charCodeAt(j);
      if (isAsciiDigit(c) || isAsciiLetter(c)) {
        j++;
        continue;
      }
      if (c >= 0x660 && !Number.isNaN(c)) {
        const d = digitAt(s, j);
        if (d) {
          j += d.w;
          continue;
        }
      }
      if (c === 0x2d && digitAt(s, j + 1)) {
        j++;
        continue;
      }
      break;
    }
    const runEnd = digitRunEnd(s, i);
    if (runEnd - i > MAX_DIGITS) return j;
    const num = readNumeral(s, i)!;
    return this.emit(draft(num, "name", start, j, num.mantissaValue));
  }

  /** Skips a chain of digit runs joined by single dots or commas ("1.2.3", "1,1,1"). */
  private skipChain(i: number): number {
    const s = this.s;
    let j = i;
    for (;;) {
      j = digitRunEnd(s, j);
      const c = s[j];
      if ((c === "." || c === ",") && digitAt(s, j + 1)) {
        j++;
        continue;
      }
      return j;
    }
  }

  /** "10:30", "10:30:15", "9:45pm": a time of day, or -1. */
  private time(i: number, num: Numeral): number {
    const s = this.s;
    const h = Number(num.mantissa);
    if (num.mantissa.length > 2 || h > 24) return -1;
    const m = num.end + 1;
    let j = digitRunEnd(s, m);
    if (j - m !== 2) return -1;
    const minutes = runValue(s, m, j);
    if (minutes > 59) return -1;
    if (s[j] === ":" && digitRunEnd(s, j + 1) - (j + 1) === 2) j += 3; // seconds
    if (digitAt(s, j) || ((s[j] === ":" || s[j] === "." || s[j] === ",") && digitAt(s, j + 1))) return -1;
    const ap = this.amPm(j);
    if (ap < 0 && isLetterAt(s, j)) return -1;
    const pm = ap > 0 && /p/i.test(s.slice(j, ap)) && h < 12;
    const value = Rational.of((pm ? h + 12 : h) * 60 + minutes, 60);
    return this.emit(draft(num, "time", i, ap > 0 ? ap : j, value));
  }

  /** "am", "pm", "a.m.", "p.m." glued or after one space: its end, or -1. */
  private amPm(j: number): number {
    const s = this.s;
    const k = isSpace(s.charCodeAt(j)) ? j + 1 : j;
    for (const w of ["a.m.", "p.m.", "am", "pm"]) {
      if (!wordAt(s, k, w)) continue;
      if (w.endsWith(".") || !isLetterAt(s, k + w.length)) return k + w.length;
    }
    return -1;
  }

  /** "14/03/2017" (a date), "9/11" and "24/7" (names), "1/5" (a ratio). */
  private slash(i: number, num: Numeral): number {
    const s = this.s;
    const b = readNumeral(s, num.end + 1)!;
    if (b.multiplier || b.percent) return this.finishQuantity(i, num);
    if (s[b.end] === "/" && digitAt(s, b.end + 1)) {
      const c = readNumeral(s, b.end + 1)!;
      const ok = num.mantissa.length <= 2 && b.mantissa.length <= 2 && (c.mantissa.length === 2 || c.mantissa.length === 4) && !c.multiplier && !c.percent && c.decimals === 0;
      if (!ok || isLetterAt(s, c.end) || (s[c.end] === "/" && digitAt(s, c.end + 1))) return this.skipSlashes(i);
      const x = Number(num.mantissa);
      const y = Number(b.mantissa);
      // Day first unless the first part cannot be a day of a month that the second allows.
      const [day, month] = y > 12 && x <= 12 ? [y, x] : [x, y];
      if (day < 1 || day > 31 || month < 1 || month > 12) return this.skipSlashes(i);
      const year = c.mantissa.length === 4 ? Number(c.mantissa) : 2000 + Number(c.mantissa);
      return this.emit(draft(num, "date", i, c.end, Rational.of(day)), { date: { year, month, day } });
    }
    if (isLetterAt(s, b.end) || b.decimals > 0 || num.decimals > 0) return this.skipSlashes(i);
    // "2020/21", "2020/2021": a fiscal or season year.
    if (num.mantissa.length === 4 && num.separator === "none" && b.separator === "none") {
      const from = Number(num.mantissa);
      const to = b.mantissa.length === 2 ? from - (from % 100) + Number(b.mantissa) : b.mantissa.length === 4 ? Number(b.mantissa) : -1;
      if (from >= 1900 && from <= 2100 && to === from + 1) return this.emit(draft(num, "period", i, b.end, num.value), { valueTo: Rational.of(to) });
    }
    const text = s.slice(i, b.end);
    if (text === "9/11" || text === "24/7") return this.emit(draft(num, "name", i, b.end, num.mantissaValue));
    if (b.value.sign() === 0) return this.skipSlashes(i);
    return this.emit(draft(num, "ratio", i, b.end, num.value.div(b.value)), { numerator: num.value, denominator: b.value });
  }

  private skipSlashes(i: number): number {
    const s = this.s;
    let j = i;
    for (;;) {
      j = digitRunEnd(s, j);
      if ((s[j] === "/" || s[j] === "." || s[j] === ",") && digitAt(s, j + 1)) {
        j++;
        continue;
      }
      return j;
    }
  }

  /**
   * "2017-09-01": an ISO date; "2017-03": an ISO month, when the two digits cannot end a range of
   * years ("2011-12" stays the season 2011–12). Or -1.
   */
  private isoDate(i: number, num: Numeral): number {
    const s = this.s;
    const m1 = num.end + 1;
    const m2 = digitRunEnd(s, m1);
    if (m2 - m1 !== 2) return -1;
    const year = Number(num.mantissa);
    const month = runValue(s, m1, m2);
    if (month < 1 || month > 12) return -1;
    if (s[m2] === s[num.end] && digitRunEnd(s, m2 + 1) - (m2 + 1) === 2) {
      const end = m2 + 3;
      if (isLetterAt(s, end) || digitAt(s, end)) return -1;
      const day = runValue(s, m2 + 1, end);
      if (day < 1 || day > 31) return -1;
      return this.emit(draft(num, "date", i, end, Rational.of(day)), { date: { year, month, day } });
    }
    if (month > year % 100 || isLetterAt(s, m2) || ((s[m2] === "-" || s[m2] === "\u2013" || s[m2] === "." || s[m2] === ",") && digitAt(s, m2 + 1))) return -1;
    return this.emit(draft(num, "date", i, m2, num.value), { date: { year, month } });
  }

  /** Letters glued after digits: "14th", "1990s", "3pm", "5km", "4G". */
  private gluedAfter(i: number, num: Numeral): number {
    const s = this.s;
    const e = num.end;
    if (num.decimals === 0) {
      const ord = readOrdinalSuffix(s, e);
      if (ord > 0) {
        const d = this.dateAround(i, num, ord);
        if (d > 0) return d;
        return this.emit(draft(num, "ordinal", i, ord, num.value), { interval: Interval.point(num.value) });
      }
      if (s[e] === "s" && !isLetterAt(s, e + 1)) {
        const d = this.decade(i, num, e + 1);
        if (d > 0) return d;
      }
    }
    const ap = this.amPm(e);
    if (ap > 0 && num.separator === "none" && (num.decimals === 0 || num.decimals === 2)) {
      // "3pm", "9.30am": the decimals are minutes
      const [h, m] = num.mantissa.split(".").map(Number) as [number, number | undefined];
      if (h >= 1 && h <= 12 && (m ?? 0) <= 59) {
        const hours = (/p/i.test(s.slice(e, ap)) && h < 12 ? h + 12 : h) * 60 + (m ?? 0);
        return this.emit(draft(num, "time", i, ap, Rational.of(hours, 60)));
      }
    }
    let j = e;
    while (j < this.n && isAsciiLetter(s.charCodeAt(j)) && j - e < 6) j++;
    const word = s.slice(e, j).toLowerCase();
    if (!isLetterAt(s, j) && GLUED_POINTS.has(word)) return this.finishQuantity(i, num); // "2.5pp", "25bp": points
    if (!isLetterAt(s, j) && GLUED_UNITS.has(word)) return Math.max(j, this.finishQuantity(i, num, word));
    if (num.value.isInteger && s[e] === "s" && !isLetterAt(s, e + 1)) return this.finishQuantity(i, num); // "100s"
    return this.emitGluedName(i, i);
  }

  /** "1990s", "'90s", "mid-1990s": a decade ending at `end`, or -1. */
  private decade(i: number, num: Numeral, end: number): number {
    const len = num.mantissa.length;
    if (num.decimals > 0 || num.separator !== "none" || (len !== 2 && len !== 4) || !num.value.isInteger || num.value.n % 10n !== 0n) return -1;
    const s = this.s;
    let start = i;
    if (len === 2 && (s[i - 1] === "'" || s[i - 1] === "\u2019") && !(i > 1 && isLetterAt(s, i - 2)) && i - 1 >= this.lastEnd) start = i - 1;
    return this.emit(draft(num, "decade", start, end, num.value));
  }

  /**
   * A date around the number at `i` (whose digits, with an ordinal suffix, end at `end`):
   * "March 14", "March 14, 2017", "14 March", "14th of March 2017", "August 2014". Or -1.
   */
  private dateAround(i: number, num: Numeral, end: number): number {
    const s = this.s;
    const digits = num.mantissa.length;
    const v = Number(num.mantissa);
    const isDay = digits <= 2 && v >= 1 && v <= 31;
    const isYear = digits === 4 && v >= 1000 && v <= 2999;
    if (!isDay && !isYear) return -1;
    const before = this.wordBefore(i, true);
    const month = before && before.start >= this.lastEnd ? readMonth(s, before.start) : null;
    if (month && month.end === i - 1) {
      if (isYear && end === num.end) {
        return this.emit(draft(num, "date", before!.start, end, num.value), { date: { year: v, month: month.month } });
      }
      if (isDay) {
        const y = this.yearAfter(end, true);
        const date: ScannedDate = y ? { year: y.year, month: month.month, day: v } : { month: month.month, day: v };
        return this.emit(draft(num, "date", before!.start, y ? y.end : end, Rational.of(v)), { date });
      }
    }
    if (!isDay) return -1;
    // "14 March", "14th of March"
    let k = isSpace(s.charCodeAt(end)) ? end + 1 : -1;
    if (k < 0) return -1;
    if (wholeWordAt(s, k, "of") && isSpace(s.charCodeAt(k + 2))) k += 3;
    const m = readMonth(s, k);
    if (!m) return -1;
    const y = this.yearAfter(m.end, false);
    const date: ScannedDate = y ? { year: y.year, month: m.month, day: v } : { month: m.month, day: v };
    return this.emit(draft(num, "date", i, y ? y.end : m.end, Rational.of(v)), { date });
  }

  /** A four-digit year after a day or month: " 2017" or ", 2017". */
  private yearAfter(j: number, comma: boolean): { year: number; end: number } | undefined {
    const s = this.s;
    let k = j;
    if (comma && s[k] === ",") k++;
    if (!isSpace(s.charCodeAt(k))) return undefined;
    k++;
    const e = digitRunEnd(s, k);
    if (e - k !== 4 || isLetterAt(s, e) || ((s[e] === "," || s[e] === ".") && digitAt(s, e + 1))) return undefined;
    const y = readNumeral(s, k)!;
    if (y.multiplier || y.percent || y.decimals > 0) return undefined;
    return { year: Number(y.mantissa), end: e };
  }

  // ─── quantities ───────────────────────────────────────────────────────────────────────────

  /**
   * Reports the numeral at `i` as a count, decimal, percent, money, year, range or ratio, with its
   * qualifier and interval. Returns the end.
   */
  private finishQuantity(i: number, num: Numeral, unit?: string, forced?: { code: string; start: number }): number {
    const s = this.s;
    let start = i;
    let negative = false;
    const cur = forced ?? (!num.percent ? readCurrencyBefore(s, i) : null);
    let currency = cur && cur.start >= this.lastEnd ? cur.code : undefined;
    if (currency !== undefined) start = cur!.start;
    else if (!num.words && (s[i - 1] === "-" || s[i - 1] === "\u2212") && i - 1 >= this.lastEnd && !(i > 1 && this.isWordChar(i - 2))) {
      negative = true;
      start = i - 1;
    }
    let end = num.end;
    if (currency === undefined && !num.percent && unit === undefined) {
      const after = readCurrencyAfter(s, end);
      if (after) {
        currency = after.code;
        end = after.end;
      }
    }
    // "9 cents": money in dollars (0.09).
    let cents = false;
    if (currency === undefined && !num.percent && !num.multiplier && unit === undefined && !num.words && isSpace(s.charCodeAt(end)) && (wholeWordAt(s, end + 1, "cents") || wholeWordAt(s, end + 1, "cent"))) {
      cents = true;
      currency = "USD";
      end = s[end + 5] === "s" ? end + 6 : end + 5;
    }
    // "3 percentage points", "25 basis points", "2pp": points (basis points as hundredths of one).
    // Bare "points" is also a score or an index: a count with `unit: "points"`.
    let points: "points" | "basis-points" | undefined;
    let unitWord = false;
    if (currency === undefined && !num.percent && unit === undefined && !num.multiplier) {
      const su = readSuffixUnit(s, end);
      if (su && (su.unit === "points" || su.unit === "basis-points")) {
        const k = isSpace(s.charCodeAt(end)) ? end + 1 : end;
        if (su.unit === "basis-points" || wordAt(s, k, "percentage") || su.end - k <= 3) [points, end] = [su.unit, su.end];
        else [unit, unitWord] = ["points", true];
      }
    }
    let qualifier = negative ? null : this.qualifierBefore(start);
    // A year: a bare four-digit figure in context (never after a qualifier: "at least 2000").
    const year = currency === undefined && !negative && unit === undefined && points === undefined && qualifier === null && this.isYear(i, num);
    if (year) {
      const range = this.range(i, num, undefined, true);
      if (range > 0) return range;
    }
    if (!negative && unit === undefined && points === undefined) {
      const range = this.range(start, num, currency, false);
      if (range > 0) return range;
      if (year) return this.emit(draft(num, "year", i, num.end, num.value));
      const ratio = this.ratio(start, num, currency, qualifier);
      if (ratio > 0) return ratio;
    }
    const figureStart = start;
    if (qualifier) start = qualifier.start;
    else {
      // "61 or more", and after one word of unit: "27 weeks or more", "39 mph or higher".
      let tail = this.tailQualifier(end);
      if (!tail && currency === undefined) {
        const w = this.wordAfter(end);
        if (w !== undefined && w.word.charCodeAt(0) >= 0x61 && w.word !== "or" && w.word !== "and") {
          const t = this.tailQualifier(w.start + w.word.length);
          if (t && t.kind !== "about") tail = t;
        }
      }
      if (tail) {
        qualifier = tail;
        end = tail.end;
      }
    }
    if (points !== undefined) return this.points(num, points, qualifier ? qualifier.start : start, end, qualifier, negative);
    // "3 hours", "a 30-foot wall", "12 kg": the unit word is noted, outside the span.
    if (unit === undefined && currency === undefined && !num.percent && !num.multiplier) {
      const pu = readPhysicalUnit(s, end);
      if (pu) {
        unit = pu.unit.symbol;
        // "6,000 vehicles over 5 years", "Over 5 years, the city spent": the span of time, not "more than 5".
        if (qualifier !== null && pu.unit.dimension === "duration" && isOverSpan(s, qualifier.start)) {
          qualifier = null;
          start = figureStart;
        }
      }
    } else if (unitWord) unit = "points";
    const kind: Kind = currency !== undefined ? "money" : num.percent ? "percent" : num.decimals === 0 || num.multiplier ? "count" : "decimal";
    const exactSmall = !qualifier && !negative && kind !== "percent" && num.decimals === 0 && !num.multiplier && smallInteger(num.value);
    // Small exact counts share their (immutable) value and interval: most numbers in news are
    // small, and fewer objects kept per number is what keeps the scanner fast.
    const value = exactSmall ? smallValue(num.value) : negative ? num.value.neg() : num.value;
    const smallPercent = !qualifier && !negative && kind === "percent" && num.decimals === 0 && !num.multiplier && smallInteger(num.value);
    const interval = exactSmall
      ? smallPoint(value)
      : smallPercent
        ? (this.percentPoints[Number(num.value.n)] ??= numeralInterval(num, "exact", this.options).interval)
        : numeralInterval(num, qualifier?.kind ?? "exact", this.options, negative).interval;
    // Built without spreads: this is the hot path of the scanner.
    const d = draft(num, kind, start, end, value);
    d.interval = interval;
    d.qualifier = qualifier ? stripNext(qualifier) : undefined;
    if (currency !== undefined) d.currency = currency;
    if (unit !== undefined) d.unit = unit;
    if (cents) {
      d.value = value.div(HUNDRED);
      d.interval = interval.scale(HUNDREDTH);
    }
    return this.emit(d);
  }

  /** Percentage points or basis points: `value` in points, rounded as a percentage is. */
  private points(num: Numeral, unit: "points" | "basis-points", start: number, end: number, qualifier: (Qualifier & { next: number }) | null, negative: boolean): number {
    const asPercent: Numeral = { ...num, percent: true };
    let interval = numeralInterval(asPercent, qualifier?.kind ?? "exact", this.options, negative).interval;
    let value = negative ? num.value.neg() : num.value;
    if (unit === "basis-points") {
      interval = interval.scale(HUNDREDTH);
      value = value.div(HUNDRED);
    }
    const d = draft(num, "points", start, end, value);
    d.interval = interval;
    d.qualifier = qualifier ? stripNext(qualifier) : undefined;
    return this.emit(d);
  }

  /** Whether a bare four-digit figure at `i` is a year. */
  private isYear(i: number, num: Numeral): boolean {
    if (num.words || num.separator !== "none" || num.decimals > 0 || num.multiplier || num.percent || num.mantissa.length !== 4) return false;
    const v = Number(num.mantissa);
    if (v < 1500 || v > 2100) return false;
    const s = this.s;
    const word = this.wordBefore(i);
    let before = word?.word.toLowerCase();
    if (before === undefined && (s[i - 1] === "-" || s[i - 1] === "\u2013") && i > 1 && isLetterAt(s, i - 2)) {
      let p = i - 1;
      while (p > 0 && i - p < 8 && isAsciiLetter(s.charCodeAt(p - 1))) p--;
      before = s.slice(p, i - 1).toLowerCase(); // "mid-2014"
    }
    if (before !== undefined && (YEAR_BEFORE_STRONG.has(before) || before === "the")) return true; // "the 2003 invasion"
    // "halve by 2030 emissions", "By 2030 emissions must fall": a deadline; "rose by 2000 jobs" is a count.
    if (before === "by" && !CHANGE_BEFORE_BY.has(this.wordBefore(word!.start)?.word.toLowerCase() ?? "")) return true;
    const after = this.wordAfter(num.end);
    if (after && after.word.charCodeAt(0) >= 0x61 && !AFTER_YEAR.has(after.word)) return false;
    if (before !== undefined && YEAR_BEFORE.has(before)) return true;
    return v >= 1900;
  }

  /**
   * "2014-2017", "2014–17", "10-15%", "$5-10bn", "10 – 15", "between 10 and 20": a range starting
   * with the numeral at `num`, or -1.
   */
  private range(start: number, num: Numeral, currency: string | undefined, years: boolean): number {
    const s = this.s;
    if (num.words) return -1;
    let j = num.end;
    let between = false;
    const dash = s[j];
    if (dash === "-" || dash === "\u2013") j++;
    else if (isSpace(s.charCodeAt(j)) && s[j + 1] === "\u2013" && isSpace(s.charCodeAt(j + 2))) j += 3;
    else if (isSpace(s.charCodeAt(j)) && wholeWordAt(s, j + 1, "and") && isSpace(s.charCodeAt(j + 4)) && this.wordBefore(start)?.word.toLowerCase() === "between") {
      j += 5;
      between = true;
    } else if (!years && isSpace(s.charCodeAt(j)) && wholeWordAt(s, j + 1, "to") && isSpace(s.charCodeAt(j + 3)) && !looksLikeYear(num) && this.mayStartToRange(start)) {
      j += 4; // "1 to 2 inches", "17 to 25 named storms"
      between = true;
    } else return -1;
    if (currency !== undefined && readCurrencyBefore(s, j + 1)?.start === j) j++;
    if (!digitAt(s, j) || digitRunEnd(s, j) - j > MAX_DIGITS) return -1;
    const r = readNumeral(s, j)!;
    if (isLetterAt(s, r.end) || ((s[r.end] === "-" || s[r.end] === "." || s[r.end] === ",") && digitAt(s, r.end + 1))) return -1;
    if (between && !years && looksLikeYear(r)) return -1;
    if (years) {
      if (num.decimals > 0 || r.decimals > 0 || r.multiplier || r.percent || r.separator !== "none") return -1;
      const from = Number(num.mantissa);
      let to: number;
      if (r.mantissa.length === 4) to = Number(r.mantissa);
      else if (r.mantissa.length === 2 && !between) to = from - (from % 100) + Number(r.mantissa);
      else return -1;
      if (to <= from || to > 2100) return -1;
      // "2024-25", "the 2011–12 season": one fiscal or season year, not a range of two years.
      if (r.mantissa.length === 2 && to === from + 1 && j === num.end + 1) {
        return this.emit(draft(num, "period", start, r.end, num.value), { valueTo: Rational.of(to) });
      }
      return this.emit(draft(num, "range", start, r.end, num.value), { valueTo: Rational.of(to), rangeOf: "year" });
    }
    // The left end takes the right end's multiplier and percent sign: "5-10bn", "10-15%".
    if (num.multiplier && !r.multiplier) return -1;
    if (num.percent && !r.percent) return -1;
    const left: Numeral =
      !num.multiplier && r.multiplier
        ? { ...num, multiplier: r.multiplier, value: num.mantissaValue.mul(r.multiplier.factor), percent: r.percent, end: num.end }
        : { ...num, percent: r.percent };
    if (r.value.cmp(left.value) <= 0) return -1;
    let end = r.end;
    let cur = currency;
    if (cur === undefined && !r.percent) {
      const after = readCurrencyAfter(s, end);
      if (after) {
        cur = after.code;
        end = after.end;
      }
    }
    // A qualifier before the range bounds both ends: "around 30-40" is [27, 44].
    const qualifier = between ? null : this.qualifierBefore(start);
    const kind = qualifier?.kind ?? "exact";
    const lo = numeralInterval(left, kind, this.options).interval;
    const hi = numeralInterval(r, kind, this.options).interval;
    const rangeOf = cur !== undefined ? "money" : r.percent ? "percent" : num.decimals === 0 && r.decimals === 0 ? "count" : r.multiplier ? "count" : "decimal";
    return this.emit(draft(num, "range", qualifier ? qualifier.start : start, end, left.value), {
      valueTo: r.value,
      rangeOf,
      qualifier: qualifier ? stripNext(qualifier) : undefined,
      interval: new Interval(lo.lo, hi.hi),
      multiplier: r.multiplier?.word,
      currency: cur,
    });
  }

  /**
   * Whether "N to M" starting at `start` may be a range: not after "from" or a verb of change
   * within three words ("rose from 5 to 10", "increased 3.7 percent to 4.1 percent" are changes).
   */
  private mayStartToRange(start: number): boolean {
    let p = start;
    for (let k = 0; k < 3; k++) {
      const w = this.wordBefore(p);
      if (w === undefined) return true;
      const word = w.word.toLowerCase();
      if (CHANGE_WORDS.has(word)) return false;
      p = w.start;
    }
    return true;
  }

  /** "one in five", "1 in 5", "one in every five", "13 out of 37": a ratio, or -1. */
  private ratio(start: number, num: Numeral, currency: string | undefined, qualifier: (Qualifier & { next: number }) | null = null): number {
    const s = this.s;
    if (currency !== undefined || num.percent || num.multiplier || num.decimals > 0 || num.value.sign() <= 0) return -1;
    let j = num.end;
    if (!isSpace(s.charCodeAt(j))) return -1;
    j++;
    if (wholeWordAt(s, j, "in") && isSpace(s.charCodeAt(j + 2))) {
      j += 3;
      if (wholeWordAt(s, j, "every") && isSpace(s.charCodeAt(j + 5))) j += 6;
    } else if (wholeWordAt(s, j, "out") && isSpace(s.charCodeAt(j + 3)) && wholeWordAt(s, j + 4, "of") && isSpace(s.charCodeAt(j + 6))) j += 7;
    else return -1;
    if (digitRunEnd(s, j) - j > MAX_DIGITS) return -1;
    const r = readNumeral(s, j);
    if (!r || r.percent || r.decimals > 0 || isLetterAt(s, r.end) || r.value.cmp(num.value) < 0) return -1;
    if (!r.words && r.separator === "none" && r.mantissa.length === 4 && Number(r.mantissa) >= 1500 && Number(r.mantissa) <= 2100) return -1;
    if (r.words && r.mantissa === "1") return -1;
    // "nearly one in five": the qualifier bounds the ratio.
    return this.emit(draft(num, "ratio", qualifier ? qualifier.start : start, r.end, num.value.div(r.value)), {
      numerator: num.value,
      denominator: r.value,
      qualifier: qualifier ? stripNext(qualifier) : undefined,
    });
  }

  /** A qualifier ending with one space right before `start` ("at least 685"), within bounds. */
  private qualifierBefore(start: number): (Qualifier & { next: number }) | null {
    const s = this.s;
    // "≥18", "< 5", "≤ 2": a sign glued or after one space.
    const k = isSpace(s.charCodeAt(start - 1)) ? start - 2 : start - 1;
    const sign = k >= this.lastEnd && k >= 0 ? SIGN_QUALIFIERS[s[k]!] : undefined;
    if (sign !== undefined) return { text: s[k]!, kind: sign, start: k, end: k + 1, next: start };
    if (start < 2 || !isSpace(s.charCodeAt(start - 1))) return null;
    const floor = Math.max(this.lastEnd, start - 16);
    let best: (Qualifier & { next: number }) | null = null;
    for (let p = start - 2; p >= floor; p--) {
      const c = s.charCodeAt(p);
      if (isSpace(c)) continue;
      if (!isAsciiLetter(c)) break;
      if (p > 0 && isAsciiLetter(s.charCodeAt(p - 1))) continue;
      const q = readQualifier(s, p);
      if (q && q.next === start) best = q;
    }
    if (best !== null && best.kind === "at-most" && wordAt(s, best.start, "up") && this.isUpParticle(best.start)) return null;
    return best;
  }

  /**
   * True when "up to" at `start` follows a verb it belongs to: right after it ("rose up to 90") or
   * after its object ("revised estimates up to 90", "revised the death toll up to 90"). Looks back
   * at most four words and stops at a preposition or conjunction; "killed up to 90" keeps the bound.
   */
  private isUpParticle(start: number): boolean {
    return isUpToParticle(this.s, start);
  }

  /** "61 or more", "60 or so": a qualifier after the number. */
  private tailQualifier(end: number): (Qualifier & { next: number }) | null {
    return readTrailingQualifier(this.s, end);
  }

  // ─── helpers ──────────────────────────────────────────────────────────────────────────────

  private isWordChar(i: number): boolean {
    const c = this.s.charCodeAt(i);
    if (isAsciiLetter(c) || isAsciiDigit(c)) return true;
    if (c < 0x80 || Number.isNaN(c)) return false;
    return isLetterAt(this.s, i) || digitAt(this.s, i) !== null;
  }

  /**
   * The word right before `i`, separated by one space (and, with `dot`, an optional full stop:
   * "No. 10"). At most 14 letters are read, so the look-back is bounded.
   */
  private wordBefore(i: number, dot = false): { word: string; start: number; end: number } | undefined {
    const s = this.s;
    if (i < 2 || !isSpace(s.charCodeAt(i - 1))) return undefined;
    let e = i - 1;
    if (dot && s[e - 1] === ".") e--;
    let p = e;
    while (p > 0 && e - p < 15 && isAsciiLetter(s.charCodeAt(p - 1))) p--;
    if (p === e || e - p >= 15 || (p > 0 && this.isWordChar(p - 1))) return undefined;
    return { word: s.slice(p, e), start: p, end: e };
  }

  /** The lower-case-sensitive word right after `j`, separated by one space (at most 14 letters). */
  private wordAfter(j: number): { word: string; start: number } | undefined {
    const s = this.s;
    if (!isSpace(s.charCodeAt(j))) return undefined;
    const k = j + 1;
    let e = k;
    while (e < this.n && e - k < 15 && isAsciiLetter(s.charCodeAt(e))) e++;
    if (e === k || e - k >= 15) return undefined;
    return { word: s.slice(k, e), start: k };
  }

  private emit(d: Draft, extra?: Partial<Draft>): number {
    if (d.start < this.lastEnd || d.end <= d.start) return Math.max(d.end, this.lastEnd);
    // Only the fields a number has are set: a rare field left out costs nothing.
    if (extra) for (const k in extra) if (extra[k as keyof Draft] !== undefined) (d as Record<string, unknown>)[k] = extra[k as keyof Draft];
    d.text = this.s.slice(d.start, d.end);
    this.locate(d);
    this.out.push(d);
    this.lastEnd = d.end;
    return d.end;
  }

  /** Sets the line and column of a number, counting line breaks since the previous one. */
  private locate(d: Draft): void {
    const s = this.s;
    let line = this.line;
    let lineStart = this.lineStart;
    for (let i = this.lineCursor; i < d.start; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) {
        line++;
        lineStart = i + 1;
      } else if (c === 13) {
        if (s.charCodeAt(i + 1) === 10) i++;
        line++;
        lineStart = i + 1;
      }
    }
    this.lineCursor = d.start;
    this.line = line;
    this.lineStart = lineStart;
    d.line = line;
    d.column = d.start - lineStart + 1;
  }
}

/** A bare four-digit figure between 1500 and 2100: never an end of an "N to M" range. */
function looksLikeYear(num: Numeral): boolean {
  if (num.words || num.separator !== "none" || num.decimals > 0 || num.multiplier || num.percent || num.mantissa.length !== 4) return false;
  const v = Number(num.mantissa);
  return v >= 1500 && v <= 2100;
}

const HUNDRED = Rational.of(100n);
const HUNDREDTH = Rational.of(1n, 100n);

const SMALL = 10_000n;
const smallValues: Rational[] = [];
const smallPoints: Interval[] = [];

function smallInteger(v: Rational): boolean {
  return v.d === 1n && v.n >= 0n && v.n < SMALL;
}

/** The shared Rational of a small whole number. */
function smallValue(v: Rational): Rational {
  const k = Number(v.n);
  return (smallValues[k] ??= v);
}

/** The shared point interval of a small whole number (exact: counts in digits are exact). */
function smallPoint(v: Rational): Interval {
  const k = Number(v.n);
  return (smallPoints[k] ??= Interval.point(v));
}

/**
 * A new number with the fields most numbers have, in one object shape (that keeps the scanner
 * fast); rare fields (a range's end, a ratio's terms, currency, unit, date) are added only to the
 * numbers that have them, so a plain count takes no room for them. The text, line and column
 * are filled in when it is reported.
 */
function draft(num: Numeral, kind: Kind, start: number, end: number, value: Rational): Draft {
  const plain = kind === "name" || kind === "year" || kind === "date" || kind === "decade" || kind === "time" || kind === "period" || kind === "score";
  return {
    text: "",
    kind,
    start,
    end,
    line: 0,
    column: 0,
    value: smallInteger(value) ? smallValue(value) : value,
    qualifier: undefined,
    interval: undefined,
    separator: num.separator,
    words: num.words,
    decimals: plain ? 0 : num.decimals,
    multiplier: plain ? undefined : num.multiplier?.word,
  };
}

/**
 * The value of the digits from `i` to `end` (a run of digits in any script), read digit by
 * digit: never more than the run, so "01.1" after an ISO month is the day 1, not 1.1.
 */
function runValue(s: string, i: number, end: number): number {
  let v = 0;
  for (let k = i; k < end; ) {
    const d = digitAt(s, k)!;
    v = v * 10 + d.d;
    k += d.w;
  }
  return v;
}

function stripNext(q: Qualifier & { next?: number }): Qualifier {
  return { text: q.text, kind: q.kind, start: q.start, end: q.end };
}
