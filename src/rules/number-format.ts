/**
 * `number-format` (info): one text mixing number styles, e.g. "1169" beside "24,160". Every
 * figure of 1,000 or more written in digits (counts, decimals, percents, money) groups its
 * thousands one way: with commas, with (no-break, narrow or thin) spaces, with the Arabic
 * separator, or not at all. The style most figures use is the text's style (on a tie, grouped
 * beats ungrouped, commas beat spaces); each figure written otherwise gets a finding that shows it
 * in the text's style. With spaces, four-digit figures may stand ungrouped ("1169" beside
 * "24 160" is the SI convention, not a mix).
 *
 * Years, dates, names and ranges are not figures here; numbers in words have no separator.
 *
 * Finding data (`number-style`): `written`, `style` (`none`, `comma`, `space`, `arabic`), `house`
 * (the text's style), `example` (a figure in the text's style), `expected` (the figure in that
 * style) and `actual` (as written). In `check()` the finding names the claims whose quotes
 * contain the figure.
 */
import type { Finding } from "./findings.js";
import type { SeparatorStyle } from "../numbers/grammar.js";
import { Rational } from "../numbers/rational.js";
import { quoteSpanOf, type Span } from "../claims/anchor.js";
import type { ScannedNumber } from "../text/scanner.js";
import { textNumbers } from "./text-numbers.js";
import { figureSpan, quotingClaims } from "./number-coverage.js";
import type { TextRule, TextRuleOptions } from "./rule.js";

const THOUSAND = Rational.of(1000);
/** Tie-break between styles used equally often: grouped first. */
const PREFERENCE: readonly SeparatorStyle[] = ["comma", "space", "arabic", "none"];
const SEPARATOR_CHAR: Record<Exclude<SeparatorStyle, "none">, string> = { comma: ",", space: "\u202f", arabic: "\u066c", point: "." };

/** Whether a figure shows a thousands style at all: digits, no multiplier, 1,000 or more. */
function styled(n: ScannedNumber): boolean {
  if (n.words || n.multiplier !== undefined) return false;
  if (n.kind !== "count" && n.kind !== "decimal" && n.kind !== "percent" && n.kind !== "money") return false;
  const v = n.value.sign() < 0 ? n.value.neg() : n.value;
  return v.cmp(THOUSAND) >= 0;
}

/** The integer part's digits as written (any script), separators dropped: "24,160.5" → 5 digits. */
function integerDigits(n: ScannedNumber): number {
  const v = n.value.sign() < 0 ? n.value.neg() : n.value;
  return v.floor().toString().length;
}

/** A figure rewritten with another thousands separator ("1169" → "1,169"); other text kept. */
function regroup(text: string, style: SeparatorStyle, example: string): string {
  // Find the run of the integer part: from the first digit to the decimal point or the end of digits.
  const first = text.search(/\p{Nd}/u);
  if (first < 0) return text;
  const chars = [...text.slice(first)];
  const digits: string[] = [];
  let consumed = 0;
  for (const ch of chars) {
    if (/\p{Nd}/u.test(ch)) digits.push(ch);
    else if (!(ch === "," || ch === "\u00a0" || ch === "\u202f" || ch === "\u2009" || ch === "\u066c")) break;
    consumed += ch.length;
  }
  const end = first + consumed;
  let sep = "";
  if (style !== "none") {
    // Use the very separator character of the example when it has one ("24 160" with a thin space).
    const inExample = [...example].find((ch) => ch === "," || ch === "\u00a0" || ch === "\u202f" || ch === "\u2009" || ch === "\u066c");
    sep = inExample ?? SEPARATOR_CHAR[style];
  }
  let grouped = "";
  for (let k = 0; k < digits.length; k++) {
    if (k > 0 && (digits.length - k) % 3 === 0) grouped += sep;
    grouped += digits[k];
  }
  return text.slice(0, first) + grouped + text.slice(end);
}

/** The findings of one text, before claims are attached. */
function findingsOf(text: string, document: string | undefined): Finding[] {
  const figures = textNumbers(text).filter(styled);
  if (figures.length < 2) return [];
  const counts = new Map<SeparatorStyle, number>();
  for (const f of figures) counts.set(f.separator, (counts.get(f.separator) ?? 0) + 1);
  if (counts.size < 2) return [];
  let house: SeparatorStyle = "none";
  let best = -1;
  for (const style of PREFERENCE) {
    const c = counts.get(style) ?? 0;
    if (c > best) {
      best = c;
      house = style;
    }
  }
  // Figures are quoted without their qualifiers: "24,160", not "a total of 24,160".
  const figure = (n: ScannedNumber): { text: string; span: Span } => {
    const span = figureSpan(n);
    return { text: text.slice(span.start, span.end), span };
  };
  const example = figure(figures.find((f) => f.separator === house)!).text;
  const out: Finding[] = [];
  for (const f of figures) {
    if (f.separator === house) continue;
    // SI: with spaces as the house style, four-digit figures may stand without a separator.
    if (house === "space" && f.separator === "none" && integerDigits(f) === 4) continue;
    const { text: written, span } = figure(f);
    const expected = regroup(written, house, example);
    out.push({
      ruleId: "number-format",
      severity: "info",
      claims: [],
      data: { messageId: "number-style", written, style: f.separator, house, example, expected, actual: written },
      ...(document !== undefined ? { document } : {}),
      span,
    });
  }
  return out;
}

/**
 * The `number-format` rule: runs on every document's text in `check()`, and on a raw text with
 * `checkText` (what `scanText` and `claimcheck scan` do).
 *
 * @example
 * ```ts
 * import { messageOf } from "../messages/messages.js";
 * const [f] = numberFormatRule.checkText("a total of 24,160 strikes; 1169 reports", {});
 * messageOf(f); //=> '"1169" has no thousands separator, but this text groups thousands with commas, as in "24,160": "1,169" in that style'
 * ```
 */
export const numberFormatRule: TextRule = {
  meta: {
    id: "number-format",
    severity: "info",
    description: 'One text writes its figures in one style: "1169" beside "24,160" mixes an ungrouped and a comma-grouped figure.',
  },
  checkText(text: string, options: TextRuleOptions): Finding[] {
    return findingsOf(text, options.document ?? "text");
  },
  check({ set }) {
    const out: Finding[] = [];
    const quoting = quotingClaims(set);
    for (const doc of set.documents) {
      if (doc.text === undefined) continue;
      const quotes: Array<{ claim: string; span: Span; order: number }> = [];
      for (const c of quoting.get(doc.id) ?? []) {
        const span = quoteSpanOf(set, c.key);
        if (span) quotes.push({ claim: c.key, span, order: quotes.length });
      }
      // Findings come in text order: a sweep over the quotes (by start) keeps those that may
      // still contain one, so each finding is matched against the quotes around it only.
      quotes.sort((a, b) => a.span.start - b.span.start);
      let next = 0;
      let open: typeof quotes = [];
      for (const f of findingsOf(doc.text, doc.id)) {
        const span = f.span!;
        while (next < quotes.length && quotes[next]!.span.start <= span.start) open.push(quotes[next++]!);
        open = open.filter((q) => q.span.end >= span.start);
        // In the order the claims file declares them.
        const claims = open
          .filter((q) => span.end <= q.span.end)
          .sort((a, b) => a.order - b.order)
          .map((q) => q.claim);
        out.push({ ...f, claims: [...new Set(claims)] });
      }
    }
    return out;
  },
};
