/**
 * The engine behind `quote-confusable`: context patterns over tokens that tell when a real word
 * ("accessed") stands where another one ("assessed") was meant. The dictionary is data
 * (src/text/confusables.ts); users add and disable entries through `check()`'s options.
 *
 * A pattern is a short list of token tests written as a string, with exactly one target in
 * square brackets:
 *
 * | element      | matches                                                              |
 * |--------------|----------------------------------------------------------------------|
 * | `word`       | that word (any case, but not an all-capitals name: "IS" is not "is") |
 * | `a\|b\|c`    | any of them; alternatives may be sets, `#` or `*`                    |
 * | `@set`       | a word of a named set (the shared `WORD_SETS` or the entry's `sets`)  |
 * | `#`          | a number in digits                                                   |
 * | `*`          | any word or number                                                   |
 * | `,` `.` …    | that punctuation mark                                                |
 * | `x?`         | optional                                                             |
 * | `!x`         | the next token, if there is one in the sentence, is not x            |
 * | `$`          | the edge of the sentence (closing or opening marks aside): its end    |
 * |              | after the target, its start before it                                |
 * |              | (also as an alternative: `by\|,\|$`)                                  |
 * | `[a\|b]`     | the target: one of the entry's `suggest` keys                        |
 *
 * "@be [accessed] to be @eval" fires on "13 were accessed to be credible". Patterns never read
 * across a sentence boundary or a punctuation mark they do not name, and a target written with a
 * capital in the middle of a sentence ("Principal Financial") or in capitals is a name, not a
 * word: it never fires. Matching is a fixed-length check around each candidate word, so the
 * whole run is linear in the text.
 */
import type { Span } from "../base/span.js";
import { ClaimcheckInputError, type InputIssue } from "../base/input-issue.js";
import { sentences } from "./sentences.js";
import { tokenizeSome, type Token } from "./words.js";

/** One entry of the confusion dictionary: a pair of words and when one stands for the other. */
export interface ConfusionEntry {
  /** `written/meant`, e.g. `accessed/assessed`: how findings name it and how users disable it. */
  readonly id: string;
  /** Each form that may be written wrongly → the form meant, e.g. `{ accessed: "assessed" }` (lower case). */
  readonly suggest: Readonly<Record<string, string>>;
  /** Context patterns (see the module comment); the entry fires when any matches. */
  readonly patterns: readonly string[];
  /** Word sets of this entry, used in patterns as `@name`. */
  readonly sets?: Readonly<Record<string, readonly string[]>>;
  /**
   * Examples, for an entry of your own: `fire`, texts with the wrong word marked
   * `{written→meant}`; `pass`, texts it must leave alone. claimcheck does not read them (the
   * built-in entries keep theirs in src/text/confusable-examples.ts, where tests run them).
   */
  readonly examples?: { readonly fire: readonly string[]; readonly pass: readonly string[] };
  /** Why the words get confused, for the docs (the built-in entries' notes sit with their examples). */
  readonly note?: string;
}

/** A word that is likely a typo or misquote. */
export interface ConfusionMatch {
  readonly span: Span;
  /** The word as written. */
  readonly word: string;
  /** The word meant, in the case of the word as written. */
  readonly suggestion: string;
  /** The entry's id. */
  readonly pair: string;
  /** The pattern that matched. */
  readonly pattern: string;
}

type Test = (t: Token) => boolean;

interface Element {
  readonly test: Test;
  readonly optional: boolean;
  readonly negated: boolean;
  /** `$` alone: only the edge of the sentence (its end, or read backwards its start). */
  readonly edge: boolean;
  /** `$` among alternatives: the edge of the sentence also matches. */
  readonly edgeOk: boolean;
}

interface CompiledPattern {
  readonly entry: ConfusionEntry;
  readonly source: string;
  /** Elements before the target, nearest first. */
  readonly before: readonly Element[];
  /** Elements after the target, nearest first. */
  readonly after: readonly Element[];
}

const MAX_ELEMENTS = 8;

/**
 * Compiles dictionary entries into a matcher; throws `ClaimcheckInputError` naming the entry and
 * pattern at fault.
 *
 * @example
 * ```ts
 * import { WORD_SETS } from "./confusables.js";
 * const m = new ConfusionMatcher([{ id: "reign/rein", suggest: { reign: "rein" }, patterns: ["free [reign]"] }], WORD_SETS);
 * m.match("They had free reign.")[0]?.span; //=> { start: 14, end: 19 }
 * ```
 */
export class ConfusionMatcher {
  private readonly byWord = new Map<string, CompiledPattern[]>();
  /** The entries, in order. */
  readonly entries: readonly ConfusionEntry[];

  /**
   * @param entries the dictionary entries
   * @param sets shared word sets (`@be`, `@det`, …)
   * @param pathOf key path of entry `e` in the options, for error messages (`confusables.add[0]`)
   */
  constructor(
    entries: readonly ConfusionEntry[],
    sets: Readonly<Record<string, readonly string[]>>,
    pathOf: (e: number) => string = (e) => `confusables[${e}]`,
  ) {
    this.entries = entries;
    const issues: InputIssue[] = [];
    const ids = new Set<string>();
    entries.forEach((entry, e) => {
      const at = pathOf(e);
      if (typeof entry?.id !== "string" || entry.id.length === 0) {
        issues.push({ path: `${at}.id`, expected: "a non-empty id such as 'accessed/assessed'", found: JSON.stringify(entry?.id) });
        return;
      }
      if (ids.has(entry.id)) issues.push({ path: `${at}.id`, expected: "an id used once", found: `'${entry.id}' again` });
      ids.add(entry.id);
      if (typeof entry.suggest !== "object" || entry.suggest === null || Object.keys(entry.suggest).length === 0) {
        issues.push({ path: `${at}.suggest`, expected: "a map of written form → meant form, e.g. { accessed: 'assessed' }", found: JSON.stringify(entry.suggest) });
        return;
      }
      if (!Array.isArray(entry.patterns) || entry.patterns.length === 0) {
        issues.push({ path: `${at}.patterns`, expected: "a list of one or more context patterns", found: JSON.stringify(entry.patterns) });
        return;
      }
      entry.patterns.forEach((source, p) => {
        try {
          const { targets, pattern } = compilePattern(entry, source, sets);
          for (const w of targets) {
            let list = this.byWord.get(w);
            if (!list) this.byWord.set(w, (list = []));
            list.push(pattern);
          }
        } catch (err) {
          issues.push({ path: `${at}.patterns[${p}]`, expected: "a context pattern (see the confusion dictionary docs)", found: `'${source}': ${(err as Error).message}` });
        }
      });
    });
    if (issues.length > 0) throw new ClaimcheckInputError(issues);
  }

  /**
   * Every likely confusion in a text, in order. At most one per word (the first entry wins).
   *
   * @example
   * ```ts
   * import { CONFUSABLES, WORD_SETS } from "./confusables.js";
   * const m = new ConfusionMatcher(CONFUSABLES, WORD_SETS);
   * m.match("13 were accessed to be credible")[0]?.suggestion; //=> "assessed"
   * ```
   */
  match(text: string): ConfusionMatch[] {
    const out: ConfusionMatch[] = [];
    if (this.byWord.size === 0) return out;
    for (const s of sentences(text)) this.matchSentence(text, s.start, s.end, out);
    return out;
  }

  /**
   * Reads one sentence's tokens in pieces of CHUNK, carrying CONTEXT tokens of context over from
   * one piece to the next, so that memory stays bounded on a hostile "sentence" of millions of
   * tokens. A candidate word is checked once it has CONTEXT tokens after it (or the sentence ends).
   */
  private matchSentence(text: string, start: number, end: number, out: ConfusionMatch[]): void {
    let carry: Token[] = [];
    let checkFrom = 0;
    let firstWord = -1;
    let pos = start;
    for (;;) {
      const { tokens: piece, next } = tokenizeSome(text, pos, end, CHUNK);
      pos = next;
      const done = pos >= end || piece.length === 0;
      const tokens = carry.length > 0 ? carry.concat(piece) : piece;
      if (firstWord < 0) firstWord = tokens.find((t) => t.kind !== "punct")?.start ?? -1;
      const checkTo = done ? tokens.length : tokens.length - CONTEXT;
      for (let i = checkFrom; i < checkTo; i++) this.matchAt(tokens, i, firstWord, out);
      if (done) return;
      carry = tokens.slice(Math.max(0, tokens.length - 2 * CONTEXT));
      checkFrom = carry.length - CONTEXT;
    }
  }

  private matchAt(tokens: readonly Token[], i: number, firstWord: number, out: ConfusionMatch[]): void {
    const t = tokens[i]!;
    if (t.kind !== "word" || t.caps) return;
    const patterns = this.byWord.get(t.norm);
    if (!patterns) return;
    // A capital in mid-sentence makes a name ("Principal Financial"), unless it follows a colon or opens a quote.
    if (t.capitalised && t.start !== firstWord && !afterOpening(tokens, i)) return;
    for (const p of patterns) {
      if (!matchSide(p.before, 0, tokens, i - 1, -1) || !matchSide(p.after, 0, tokens, i + 1, 1)) continue;
      const meant = p.entry.suggest[t.norm]!;
      out.push({ span: { start: t.start, end: t.end }, word: t.text, suggestion: t.capitalised ? capitalise(meant) : meant, pair: p.entry.id, pattern: p.source });
      return;
    }
  }
}

/** Tokens read at a time from one sentence. */
const CHUNK = 4096;
/** Tokens of context kept on each side of a candidate: more than a pattern reads (8 elements, then up to 4 marks for `$`). */
const CONTEXT = 16;

/** True when token i follows a colon, an opening quotation mark or bracket (where a capital may start a phrase). */
function afterOpening(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && prev.kind === "punct" && OPENING.includes(prev.norm);
}

const OPENING = ':"\'\u201c\u2018\u201e\u201a\u00ab\u2039([';

function capitalise(w: string): string {
  return w.length > 0 ? w[0]!.toUpperCase() + w.slice(1) : w;
}

/** Matches elements[k…] against tokens from index j going in direction dir. Bounded by the pattern's length. */
function matchSide(elements: readonly Element[], k: number, tokens: readonly Token[], j: number, dir: 1 | -1): boolean {
  if (k === elements.length) return true;
  const el = elements[k]!;
  const t = j >= 0 && j < tokens.length ? tokens[j] : undefined;
  if (el.edge) return atEdge(tokens, j, dir) && matchSide(elements, k + 1, tokens, j, dir);
  if (el.edgeOk && atEdge(tokens, j, dir)) return matchSide(elements, k + 1, tokens, j, dir);
  if (el.negated) {
    if (t === undefined) return matchSide(elements, k + 1, tokens, j, dir);
    return !el.test(t) && matchSide(elements, k + 1, tokens, j + dir, dir);
  }
  if (t !== undefined && el.test(t) && matchSide(elements, k + 1, tokens, j + dir, dir)) return true;
  return el.optional && matchSide(elements, k + 1, tokens, j, dir);
}

const FINAL = new Set([".", "!", "?", "\u2026", '"', "'", "\u201d", "\u2019", ")", "]"]);
const INITIAL = new Set(['"', "'", "\u201c", "\u2018", "\u201e", "(", "["]);

/**
 * True at the edge of the sentence: no token left in direction dir, or only (at most four)
 * closing punctuation marks after (". ”"), or opening marks before ("“").
 */
function atEdge(tokens: readonly Token[], j: number, dir: 1 | -1): boolean {
  const marks = dir === 1 ? FINAL : INITIAL;
  for (let k = j, n = 0; k >= 0 && k < tokens.length; k += dir, n++) {
    if (n === 4 || tokens[k]!.kind !== "punct" || !marks.has(tokens[k]!.norm)) return false;
  }
  return true;
}

function compilePattern(
  entry: ConfusionEntry,
  source: string,
  shared: Readonly<Record<string, readonly string[]>>,
): { targets: string[]; pattern: CompiledPattern } {
  if (typeof source !== "string") throw new Error("not a string");
  const parts = source.trim().split(/ +/);
  const before: Element[] = [];
  const after: Element[] = [];
  let targets: string[] | undefined;
  if (parts.length > MAX_ELEMENTS + 1) throw new Error(`more than ${MAX_ELEMENTS} context elements`);
  for (const raw of parts) {
    if (raw.startsWith("[")) {
      if (targets) throw new Error("more than one [target]");
      if (!raw.endsWith("]") || raw.length < 3) throw new Error(`target '${raw}' must look like [word] or [word|word]`);
      targets = raw.slice(1, -1).split("|");
      for (const w of targets) {
        if (w !== w.toLowerCase()) throw new Error(`target word '${w}' must be written in lower case (it matches any case)`);
        if (!Object.hasOwn(entry.suggest, w) || typeof entry.suggest[w] !== "string") throw new Error(`target word '${w}' is not a key of suggest`);
      }
      continue;
    }
    const el = compileElement(raw, entry, shared);
    (targets ? after : before).push(el);
  }
  if (!targets) throw new Error("no [target]");
  before.reverse();
  return { targets, pattern: { entry, source, before, after } };
}

function compileElement(raw: string, entry: ConfusionEntry, shared: Readonly<Record<string, readonly string[]>>): Element {
  if (raw === "$") return { test: () => false, optional: false, negated: false, edge: true, edgeOk: true };
  let s = raw;
  let negated = false;
  let optional = false;
  if (s.startsWith("!")) {
    negated = true;
    s = s.slice(1);
  }
  if (s.length > 1 && s.endsWith("?")) {
    optional = true;
    s = s.slice(0, -1);
  }
  if (negated && optional) throw new Error(`'${raw}': an element cannot be both negated and optional`);
  if (s.length === 0) throw new Error(`empty element in '${raw}'`);
  const words = new Set<string>();
  let number = false;
  let any = false;
  let edgeOk = false;
  for (const alt of s.split("|")) {
    if (alt === "#") number = true;
    else if (alt === "$") edgeOk = true;
    else if (alt === "*") any = true;
    else if (alt.startsWith("@")) {
      const name = alt.slice(1);
      const set = entry.sets?.[name] ?? shared[name];
      if (!set) throw new Error(`unknown word set '@${name}'`);
      for (const w of set) words.add(w.toLowerCase());
    } else if (alt.length === 0) throw new Error(`empty alternative in '${raw}'`);
    else words.add(alt.toLowerCase());
  }
  const test: Test = (t) =>
    (any && t.kind !== "punct") || (number && t.kind === "number") || (words.has(t.norm) && !t.caps);
  if (negated && edgeOk) throw new Error(`'${raw}': a negated element already matches the edge of the sentence`);
  return { test, optional, negated, edge: false, edgeOk };
}

/**
 * How users change the dictionary: `add` entries of their own (same shape as the built-in
 * ones), `disable` built-in (or added) entries by id.
 *
 * @example
 * ```ts
 * const options: ConfusablesOptions = {
 *   add: [{ id: "sanction/sanctions", suggest: { santions: "sanctions" }, patterns: ["[santions]"] }],
 *   disable: ["affect/effect"],
 * };
 * ```
 */
export interface ConfusablesOptions {
  readonly add?: readonly ConfusionEntry[];
  readonly disable?: readonly string[];
}

/**
 * The entries in force: the built-in ones less the disabled ones, plus the added ones. Throws
 * `ClaimcheckInputError` for a disabled id that names no entry.
 *
 * @example
 * ```ts
 * import { CONFUSABLES } from "claimcheck";
 * confusionEntries(CONFUSABLES, { disable: ["affect/effect"] }).length === CONFUSABLES.length - 1; //=> true
 * ```
 */
export function confusionEntries(builtin: readonly ConfusionEntry[], options: ConfusablesOptions = {}): ConfusionEntry[] {
  const added = options.add ?? [];
  const disable = options.disable ?? [];
  const known = new Set([...builtin, ...added].map((e) => e?.id));
  const issues: InputIssue[] = [];
  disable.forEach((id, i) => {
    if (!known.has(id)) issues.push({ path: `confusables.disable[${i}]`, expected: "the id of a confusion pair, such as 'affect/effect'", found: JSON.stringify(id) });
  });
  if (issues.length > 0) throw new ClaimcheckInputError(issues);
  const off = new Set(disable);
  return [...builtin, ...added].filter((e) => !off.has(e?.id));
}
