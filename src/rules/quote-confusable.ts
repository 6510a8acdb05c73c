/**
 * `quote-confusable` (warning): a real word that, in its context, is likely a typo or a misquote
 * for another ("13 were accessed to be credible" → "assessed"). Spell checkers cannot see these.
 * The words and contexts come from the confusion dictionary (src/text/confusables.ts); users add
 * and disable pairs with the `confusables` option of `check()` (or `ruleOptions["quote-confusable"]`
 * when a text is checked on its own). Inside a quotation the message says it may be a misquote:
 * the error may be the reporter's, or the source's own words.
 *
 * Finding data (`confusable`, or `confusable-quoted` inside a quotation): `word`, `suggestion`,
 * `pair` (the entry's id), `quoted`; `expected` is the suggestion, `actual` the word.
 */
import type { Finding } from "./findings.js";
import { CONFUSABLES, WORD_SETS } from "../text/confusables.js";
import { ClaimcheckInputError, type InputIssue } from "../base/input-issue.js";
import { ConfusionMatcher, confusionEntries, type ConfusablesOptions } from "../text/confusion.js";
import { QuoteIndex } from "../text/quotes.js";
import { textQuotes } from "./text-numbers.js";
import type { OptionIssue, TextRule, TextRuleOptions } from "./rule.js";
import { didYouMean } from "../base/suggest.js";
import { formatPath } from "../base/input-issue.js";

let builtinMatcher: ConfusionMatcher | undefined;
const matchers = new WeakMap<ConfusablesOptions, ConfusionMatcher>();

/** The matcher for a set of options: the built-in one (compiled once) when there are none. */
function matcherFor(options: ConfusablesOptions | undefined): ConfusionMatcher {
  if (!options || ((options.add ?? []).length === 0 && (options.disable ?? []).length === 0)) {
    return (builtinMatcher ??= new ConfusionMatcher(CONFUSABLES, WORD_SETS));
  }
  let m = matchers.get(options);
  if (m) return m;
  const added = options.add ?? [];
  if (!Array.isArray(added)) {
    throw new ClaimcheckInputError([{ path: "confusables.add", expected: "a list of confusion entries", found: JSON.stringify(added) }]);
  }
  // Added entries are checked on their own first, so that errors name `confusables.add[i]`.
  new ConfusionMatcher(added, WORD_SETS, (e) => `confusables.add[${e}]`);
  const builtinIds = new Set(CONFUSABLES.map((e) => e.id));
  const clashes: InputIssue[] = added.flatMap((e, i) =>
    builtinIds.has(e.id) ? [{ path: `confusables.add[${i}].id`, expected: "an id that no built-in pair uses (to replace a built-in pair, disable it and add yours under another id)", found: `'${e.id}'` }] : [],
  );
  if (clashes.length > 0) throw new ClaimcheckInputError(clashes);
  m = new ConfusionMatcher(confusionEntries(CONFUSABLES, { add: added, disable: options.disable ?? [] }), WORD_SETS);
  matchers.set(options, m);
  return m;
}

/** The problems of a value given as the confusables options (`{ add, disable }`), at key paths below it. */
function validateOptions(value: unknown): OptionIssue[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return [{ path: "", expected: "an object { add?: [entries], disable?: [ids] }", found: JSON.stringify(value) ?? String(value) }];
  }
  const issues: OptionIssue[] = [];
  for (const key of Object.keys(value)) {
    if (key !== "add" && key !== "disable") issues.push({ path: formatPath([key]), expected: `one of the keys add, disable${didYouMean(key, ["add", "disable"])}`, found: `unknown key '${key}'` });
  }
  const disable: unknown = Reflect.get(value, "disable");
  if (disable !== undefined && (!Array.isArray(disable) || disable.some((d) => typeof d !== "string"))) {
    issues.push({ path: "disable", expected: "a list of built-in pair ids", found: JSON.stringify(disable) });
  }
  if (issues.length > 0) return issues;
  try {
    matcherFor(value);
  } catch (e) {
    // The dictionary compiler reports bad entries and unknown ids as input errors; anything else is a bug.
    if (!(e instanceof ClaimcheckInputError)) throw e;
    return e.issues.map((i) => ({ path: i.path.replace(/^confusables\.?/, ""), expected: i.expected, ...(i.found !== undefined ? { found: i.found } : {}) }));
  }
  return [];
}

/** The confusables options from `check()`'s options or from `ruleOptions["quote-confusable"]`. */
function confusablesOf(options: TextRuleOptions & { readonly confusables?: ConfusablesOptions }): ConfusablesOptions | undefined {
  return options.confusables ?? (options.ruleOptions?.["quote-confusable"] as ConfusablesOptions | undefined);
}

/**
 * The `quote-confusable` rule. `checkText` also takes `{ confusables: { add, disable } }`.
 *
 * @example
 * ```ts
 * const [f] = quoteConfusableRule.checkText("“13 were accessed to be credible”", {});
 * f?.data; //=> { messageId: "confusable-quoted", word: "accessed", suggestion: "assessed", pair: "accessed/assessed", quoted: true, … }
 * f?.span; //=> { start: 9, end: 17 }
 * ```
 */
export const quoteConfusableRule: TextRule & {
  /** The rule's findings on one raw text; `confusables` adds or disables confusion pairs. */
  checkText(text: string, options: TextRuleOptions & { readonly confusables?: ConfusablesOptions }): Finding[];
} = {
  meta: {
    id: "quote-confusable",
    severity: "warning",
    description: "A real word that its context shows to be a likely typo or misquote for another (\"accessed\" for \"assessed\").",
    validateOptions,
  },
  check({ set, options }) {
    const out: Finding[] = [];
    for (const d of set.documents) {
      if (d.text === undefined) continue;
      const found = quoteConfusableRule.checkText(d.text, {
        document: d.id,
        ...(options.ruleOptions ? { ruleOptions: options.ruleOptions } : {}),
        ...(options.confusables ? { confusables: options.confusables } : {}),
      });
      for (const f of found) out.push(f);
    }
    return out;
  },
  checkText(text, options) {
    const matches = matcherFor(confusablesOf(options)).match(text);
    if (matches.length === 0) return [];
    const quotes = new QuoteIndex(textQuotes(text).passages);
    return matches.map((m) => {
      const quoted = quotes.at(m.span.start) !== undefined;
      return {
        ruleId: "quote-confusable",
        severity: "warning",
        claims: [],
        data: {
          messageId: quoted ? "confusable-quoted" : "confusable",
          word: m.word,
          suggestion: m.suggestion,
          pair: m.pair,
          quoted,
          expected: m.suggestion,
          actual: m.word,
        },
        document: options.document ?? "text",
        span: m.span,
      };
    });
  },
};
