/**
 * PLACEHOLDER: `checkText()` of the raw-text checker. The real one (it proposes claims and
 * relations from the text and checks them) replaces this file; until then it checks the text as
 * a document with no claims, so its findings are those of the rules that need no claims (such as
 * number-format and quote-marks), in the shape of a `CheckResult`. Nothing else depends on more
 * than the signature.
 */
import { check, type CheckOptions, type CheckResult } from "./check.js";

/**
 * Checks a raw text, with the options of `check` and the text's `id` (the document id findings
 * carry; default `"text"`) and `published` date (YYYY-MM-DD). Bad text never throws: it comes
 * back as a result.
 *
 * @example
 * ```ts
 * const r = checkText("A total of 24,160 strikes. The total was 1169.", { id: "a1" });
 * r.verdict; //=> "consistent"
 * r.findings[0].ruleId; //=> "number-format"
 * ```
 */
export function checkText(text: string, options: CheckOptions & { published?: string; id?: string } = {}): CheckResult {
  const { published, id, ...rest } = options;
  const document = { id: id ?? "text", text, ...(published !== undefined ? { published } : {}) };
  return check({ document, claims: {} }, rest);
}
