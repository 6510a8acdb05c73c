/**
 * `claimcheck init [text-file]`: a starter claims file next to a text, with one claim anchored to
 * a number the text states (found by the scanner) and commented examples of the rest.
 */
import { basename, dirname, extname, join } from "node:path";
import { scanText } from "../check/scan.js";

/** Number kinds that make a good first claim (a year or a date would be a time claim). */
const VALUE_KINDS = new Set(["count", "decimal", "percent", "money"]);

/** A YAML id from a file name: `My Article.txt` → `my-article`. */
function idOf(textFile: string): string {
  const id = basename(textFile, extname(textFile))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return id === "" ? "article" : id;
}

/** A quote for a number: the number and a word or two around it, on its line, verbatim. */
function quoteAround(text: string, start: number, end: number): string {
  let a = start;
  let words = 0;
  while (a > 0 && text[a - 1] !== "\n" && text[a - 1] !== "\r" && !/[“”"«»]/.test(text[a - 1]!) && words < 2) {
    a--;
    if (text[a] === " " && a < start - 1) words++;
  }
  let b = end;
  words = 0;
  while (b < text.length && text[b] !== "\n" && text[b] !== "\r" && !/[“”"«».,;:]/.test(text[b]!) && words < 2) {
    if (text[b] === " " && b > end) words++;
    b++;
  }
  return text.slice(a, b).trim();
}

/** The starter claims file for a text (its source), and where to write it. */
export function starterClaims(text: string | undefined, textFile: string | undefined): { file: string; source: string; claim?: string } {
  const file = textFile === undefined ? "claims.yaml" : join(dirname(textFile), "claims.yaml");
  const header = [
    "# A claimcheck claims file: each claim is a number the text states, and each relation says how",
    "# claims hang together. `claimcheck check` checks it; `claimcheck schema` prints its JSON Schema.",
  ];
  let number: { text: string; quote: string } | undefined;
  if (text !== undefined) {
    const n = scanText(text).numbers.find((x) => VALUE_KINDS.has(x.kind)) ?? undefined;
    if (n) number = { text: n.text, quote: quoteAround(text, n.start, n.end) };
  }
  const document = textFile !== undefined ? ["document:", `  id: ${idOf(textFile)}`, `  textFile: ${JSON.stringify(basename(textFile))}`] : ["document:", "  id: article", '  text: "The coalition investigated 37 reports; 13 were credible."   # or textFile: article.txt'];
  const claim = number ?? (textFile === undefined ? { text: "37", quote: "investigated 37 reports" } : undefined);
  const claims = claim
    ? ["claims:", `  first-figure: { value: ${JSON.stringify(claim.text)}, quote: ${JSON.stringify(claim.quote)} }   # the words of the text, verbatim`]
    : ["claims:", "  # the text states no number: write each claim as { value: 37, quote: \"investigated 37 reports\" }", "  {}"];
  const examples = [
    "  # more claims:",
    '  # credible: { value: 13, unit: report, quote: "13 were credible" }',
    '  # share: { value: "35%", quote: "35% of them" }',
    "  # prior: { unknown: true, note: implied, not stated }",
    "# relations:",
    "#   - { kind: part-of, part: credible, whole: first-figure }",
    "#   - { kind: percent-of, part: credible, whole: first-figure, percent: share }",
  ];
  return { file, source: [...header, ...document, ...claims, ...(claim ? examples : []), ""].join("\n"), ...(claim ? { claim: claim.text } : {}) };
}
