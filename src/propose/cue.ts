/**
 * What a cue is: one module under src/propose/cues/ that reads one sentence (with bounded looks
 * at the sentences before it) and returns the relations its words license, as bindings of the
 * sentence's numbers to the roles of a relation kind, and the numbers it looked at and turned
 * down, with why (for the coverage line).
 */
import type { Item, Num, Sentence } from "./reading.js";

/** How far a relation reaches: within a sentence, to the one before it, or across a paragraph. */
type RelationWindow = "sentence" | "previous-sentence" | "paragraph";

/** `proposed`: an explicit cue, checked (its conflicts are errors); `suggested`: looser, listed, never an error. */
type Standing = "proposed" | "suggested";

/**
 * What a role is bound to: a number of the text (`sub` picks one figure of "13 out of 37"), a
 * figure whose value starts earlier, at `lead`, with the word that gives its direction ("down 4
 * points", "fell 12%"), or ends later, at `upTo` ("15% fewer", "3 points lower"), an unknown quantity the text implies (the total before an increment: derived by the engine), or a
 * factor written as a word ("doubled" is 2).
 */
export type RoleTarget =
  | { readonly num: Num; readonly sub?: "part" | "whole"; readonly lead?: number; readonly upTo?: number }
  | { readonly unknown: string; readonly of: Num; readonly unit?: string; readonly note: string }
  | { readonly factor: string; readonly of: Num; readonly word: string };

/** One reading of an ambiguous cue: the roles (and fields) it binds differently, and its words. */
export interface Reading {
  readonly roles: Readonly<Record<string, RoleTarget | readonly RoleTarget[]>>;
  readonly fields?: Readonly<Record<string, string>>;
  /** The reading in words, for the finding: "whole: 37 reports", "×5". */
  readonly label: string;
}

/** A relation a cue licenses. */
export interface Binding {
  readonly kind: string;
  readonly roles: Readonly<Record<string, RoleTarget | readonly RoleTarget[]>>;
  readonly fields?: Readonly<Record<string, string>>;
  /** The exact words that licensed it ("of these", "raising … to"). */
  readonly cue: string;
  readonly window: RelationWindow;
  readonly standing: Standing;
  /** Alternative readings (two or more): the relation holds when one of them does. The first is the relation's own. */
  readonly readings?: readonly Reading[];
  /** The name of the cue module that found it. */
  readonly by: string;
}

/** A number a cue looked at and did not bind, and why. */
export interface Rejection {
  readonly num: Num;
  readonly reason: "ambiguous" | "different nouns" | string;
}

/** What a cue reads: the sentence, and the sentences of the text (for bounded looks back). */
export interface CueContext {
  readonly text: string;
  readonly sentence: Sentence;
  /** The sentences before it in the same paragraph, nearest first (at most three). */
  readonly before: readonly Sentence[];
  /** The last sentence of the paragraph before, when this sentence opens its paragraph (a total named again by "the total"). */
  readonly previousParagraph?: Sentence;
}

/** What a cue finds in one sentence. */
export interface CueResult {
  readonly bindings: Binding[];
  readonly rejections: Rejection[];
}

/**
 * A cue: its name (its file's name) and what it finds in a sentence; a cue that links figures
 * across paragraphs (one figure restated) also reads the text's numbers once, after the
 * sentences (`findAll`, linear in the numbers).
 */
export interface Cue {
  readonly name: string;
  find(ctx: CueContext): CueResult;
  findAll?(nums: readonly Num[], text: string): CueResult;
}

/** The words of a text between two offsets, white space folded (a cue's words). */
export function words(text: string, start: number, end: number): string {
  let out = "";
  let space = false;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c === " " || c === "\n" || c === "\r" || c === "\t") space = true;
    else {
      if (space && out.length > 0) out += " ";
      space = false;
      out += c;
    }
  }
  return out;
}

/** Whether an item is a quantity number (not a year, a date, a name…). */
export function isQuantity(it: Item | undefined): it is Item & { num: Num } {
  return it !== undefined && it.kind === "num" && it.num !== undefined && it.num.quantity;
}

/** Whether an item is a count (a whole number of things, or a decimal count), not a percent or money. */
export function isCount(it: Item | undefined): it is Item & { num: Num } {
  return isQuantity(it) && (it.num.scanned.kind === "count" || it.num.scanned.kind === "decimal");
}

/** Whether an item is a percentage. */
export function isPercent(it: Item | undefined): it is Item & { num: Num } {
  return isQuantity(it) && it.num.scanned.kind === "percent";
}

/** Whether an item is the word `w` (one of `w`, when a list is given). */
export function isWord(it: Item | undefined, ...w: readonly string[]): boolean {
  return it !== undefined && it.kind === "word" && w.includes(it.norm);
}

/**
 * What a figure is, for the cues that add or compare figures: counts and decimals together
 * ("count"), amounts of money apart ("money"), any other kind by its name.
 *
 * @example
 * ```ts
 * import { scanNumbers } from "claimcheck";
 * const [n] = scanNumbers("$4 million");
 * figureFamily({ index: 0, scanned: n!, sentence: 0, paragraph: 0, quantity: true }); //=> "money"
 * ```
 */
export function figureFamily(n: Num): string {
  const k = n.scanned.kind;
  return k === "money" ? "money" : k === "decimal" || k === "count" ? "count" : k;
}

/** Whether an item is a figure that may be a part or a total: a count, or an amount of money. */
export function isFigure(it: Item | undefined): it is Item & { num: Num } {
  return isCount(it) || (isQuantity(it) && it.num.scanned.kind === "money");
}

/** The index of the item after the figure at `k` and the noun read after it ("4.5 million gallons" → the item after "gallons"). */
export function afterNoun(items: readonly Item[], k: number): number {
  let a = k + 1;
  const noun = items[k]!.num?.noun;
  if (noun && !noun.before) while (a < items.length && items[a]!.end <= noun.end) a++;
  return a;
}

/** An empty result. */
export function none(): CueResult {
  return { bindings: [], rejections: [] };
}
