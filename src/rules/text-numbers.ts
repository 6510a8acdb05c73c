/**
 * The numbers of a text, scanned once per run: `check()` and `scanText()` run their rules inside
 * `withTextNumbers`, and every rule that needs a text's numbers (`number-format`,
 * `number-coverage`) asks `textNumbers`, so a 10 MB text is scanned once, not once per rule.
 * Outside such a run, `textNumbers` simply scans.
 */
import { scanNumbers, type ScannedNumber } from "../text/scanner.js";

/** The numbers of the texts seen in the current run, by text (scanned with the default options). */
let scanned: Map<string, readonly ScannedNumber[]> | undefined;

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
  scanned = new Map(known);
  try {
    return fn();
  } finally {
    scanned = previous;
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
