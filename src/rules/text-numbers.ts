/**
 * The numbers and quotations of a text, scanned once per run: `check()` and `scanText()` run
 * their rules inside `withTextNumbers`, and every rule that needs a text's numbers
 * (`number-format`, `number-coverage`) asks `textNumbers`, and every rule that needs its
 * quotations (`quote-marks`, `quote-confusable`) asks `textQuotes`, so a 10 MB text is scanned
 * once, not once per rule. Outside such a run, both simply scan.
 */
import { scanQuotes, type QuoteScan } from "../text/quotes.js";
import { scanNumbers, type ScannedNumber } from "../text/scanner.js";

/** The numbers of the texts seen in the current run, by text (scanned with the default options). */
let scanned: Map<string, readonly ScannedNumber[]> | undefined;
/** The quotations of the texts seen in the current run, by text. */
let quoted: Map<string, QuoteScan> | undefined;

/**
 * Runs `fn` with a fresh cache of scanned texts (given some already scanned, by text), dropped
 * when it returns.
 *
 * @example
 * ```ts
 * withTextNumbers(() => textNumbers("37 of 40") === textNumbers("37 of 40")); //=> true
 * ```
 */
export function withTextNumbers<T>(fn: () => T, known?: ReadonlyArray<readonly [string, readonly ScannedNumber[]]>): T {
  const previous = scanned;
  const previousQuotes = quoted;
  scanned = new Map(known);
  quoted = new Map();
  try {
    return fn();
  } finally {
    scanned = previous;
    quoted = previousQuotes;
  }
}

/**
 * The numbers of a text (default options: spans, kinds and separators, which no option changes).
 *
 * @example
 * ```ts
 * textNumbers("37 of 40").map((n) => n.text); //=> ["37", "40"]
 * ```
 */
export function textNumbers(text: string): readonly ScannedNumber[] {
  if (!scanned) return scanNumbers(text);
  let numbers = scanned.get(text);
  if (!numbers) scanned.set(text, (numbers = scanNumbers(text)));
  return numbers;
}

/**
 * The quotations of a text and the problems of their marks, scanned once per run.
 *
 * @example
 * ```ts
 * withTextNumbers(() => textQuotes("“Yes,” she said.") === textQuotes("“Yes,” she said.")); //=> true
 * textQuotes("“Yes,” she said.").passages.length; //=> 1
 * ```
 */
export function textQuotes(text: string): QuoteScan {
  if (!quoted) return scanQuotes(text);
  let scan = quoted.get(text);
  if (!scan) quoted.set(text, (scan = scanQuotes(text)));
  return scan;
}
