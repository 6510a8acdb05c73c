/**
 * `quote-marks` (info): a quotation that never closes, a closing mark with no opening one, a
 * quotation opened in one style and closed in another (`"…”`), or a mark standing alone between
 * spaces. The quotation scanner (src/text/quotes.ts) reads the text either way; this rule says
 * where it had to make a choice, so that nothing is guessed silently.
 *
 * Finding data: `quote-unclosed` (`open`), `quote-unopened` (`mark`), `quote-mixed` (`open`,
 * `close`, `openStyle`, `closeStyle`), `quote-stray` (`mark`). The span is the mark; for
 * `quote-mixed` the mark of the style the text uses less (the odd one out: in the seed article,
 * the one straight " among curly marks), or the opening mark when both are as common.
 */
import type { Finding } from "./findings.js";
import type { QuoteProblem } from "../text/quotes.js";
import { textQuotes } from "./text-numbers.js";
import type { TextRule, TextRuleOptions } from "./rule.js";

const STYLE: Readonly<Record<string, string>> = {
  '"': "straight",
  "'": "straight",
  "\u201c": "curly",
  "\u201d": "curly",
  "\u2018": "curly",
  "\u2019": "curly",
  "\u201e": "low",
  "\u201a": "low",
  "\u00ab": "guillemet",
  "\u00bb": "guillemet",
  "\u2039": "guillemet",
  "\u203a": "guillemet",
};

/** How many quotation marks of each style the text uses. */
function styleCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Every quotation mark is '"' or above U+00AB; apostrophes are not counted.
    if (c !== 0x22 && c < 0xab) continue;
    const ch = text[i]!;
    const style = STYLE[ch];
    if (style !== undefined && ch !== "\u2019") counts.set(style, (counts.get(style) ?? 0) + 1);
  }
  return counts;
}

/**
 * Where a mixed quotation is reported: at the mark whose style the text uses less (the odd one
 * out, likely the slip); at the opening mark when both styles are as common.
 */
function mixedSpan(p: QuoteProblem, counts: Map<string, number>): QuoteProblem["span"] {
  const open = counts.get(STYLE[p.open ?? ""] ?? "") ?? 0;
  const close = counts.get(STYLE[p.close ?? ""] ?? "") ?? 0;
  return close < open ? { start: p.span.end - 1, end: p.span.end } : { start: p.span.start, end: p.span.start + 1 };
}

function finding(p: QuoteProblem, document: string, span: QuoteProblem["span"]): Finding {
  return { ruleId: "quote-marks", severity: "info", claims: [], data: dataOf(p), document, span };
}

function dataOf(p: QuoteProblem): Finding["data"] {
  switch (p.kind) {
    case "mixed":
      return { messageId: "quote-mixed", open: p.open, close: p.close, openStyle: STYLE[p.open ?? ""] ?? "other", closeStyle: STYLE[p.close ?? ""] ?? "other" };
    case "unclosed":
      return { messageId: "quote-unclosed", open: p.open };
    case "unopened":
      return { messageId: "quote-unopened", mark: p.mark };
    case "stray":
      return { messageId: "quote-stray", mark: p.mark };
  }
}

/**
 * The `quote-marks` rule.
 *
 * @example
 * ```ts
 * quoteMarksRule.checkText('"To date, …,” the statement said.', {})[0]?.data;
 * //=> { messageId: "quote-mixed", open: '"', close: "”", openStyle: "straight", closeStyle: "curly" }
 * ```
 */
export const quoteMarksRule: TextRule = {
  meta: {
    id: "quote-marks",
    severity: "info",
    description: "Quotation marks pair up: every quotation closes, with a mark of the style that opened it.",
  },
  check({ set, options }) {
    const out: Finding[] = [];
    for (const d of set.documents) {
      if (d.text === undefined) continue;
      for (const f of quoteMarksRule.checkText(d.text, { document: d.id, ...(options.ruleOptions ? { ruleOptions: options.ruleOptions } : {}) })) out.push(f);
    }
    return out;
  },
  checkText(text: string, options: TextRuleOptions) {
    const problems = textQuotes(text).problems;
    if (problems.length === 0) return [];
    const counts = problems.some((p) => p.kind === "mixed") ? styleCounts(text) : new Map<string, number>();
    return problems.map((p) => finding(p, options.document ?? "text", p.kind === "mixed" ? mixedSpan(p, counts) : p.span));
  },
};
