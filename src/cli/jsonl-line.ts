/**
 * One line of an archive (`claimcheck check --jsonl`): a JSON object `{"id", "text",
 * "published"?}` in, one JSON line out. A checked text gives `{"id", "line", ...}` followed by
 * the fields the JSON report gives a result (its `path` left out: the id and the line number say
 * which text it is); a line that is not such an object gives `{"line", "id"?, "error"}`. Nothing
 * here throws: a failure inside the check is an error line too. The same function runs in the
 * worker threads and, with `--workers 1`, in the CLI's own thread, so both write the same bytes.
 */
import { describeFound, excerpt, formatInputIssue, type InputIssue } from "../base/input-issue.js";
import type { Severity } from "../base/severity.js";
import { didYouMean } from "../base/suggest.js";
import type { CheckOptions, CheckResult } from "../check/check.js";
import { checkText } from "../check/check-text.js";
import { toJsonReport } from "../formats/json.js";
import { parseIsoUnit } from "../time/calendar.js";

/** The keys an input line may have. */
const LINE_KEYS = ["id", "text", "published"] as const;

/** The options of `check` a line is checked with: plain data, so they can be sent to a worker. */
type LineCheckOptions = Pick<CheckOptions, "disable" | "severity" | "ruleOptions" | "rounding">;

/** How lines are checked: the same for every line of a run. */
export interface LineOptions {
  /** The archive's name in error messages: its file name, or `<stdin>`. */
  readonly source: string;
  readonly check: LineCheckOptions;
  /** Report errors only (--quiet): warnings and infos are left out of each line and of the counts. */
  readonly quiet: boolean;
}

/** What one line gave: the output line, and what the exit code needs. */
export interface LineOutcome {
  /** The output line: JSON, without the newline. */
  readonly json: string;
  /** `checked`: a text was checked; `malformed`: the line is not a valid input line; `failed`: claimcheck failed on it (a bug). */
  readonly kind: "checked" | "malformed" | "failed";
  /** The verdict of a checked text. */
  readonly verdict?: CheckResult["verdict"];
  /** The findings reported on the line, by severity. */
  readonly counts: Readonly<Record<Severity, number>>;
}

/** The error of a line, as the output line gives it. */
interface LineError {
  readonly message: string;
  readonly path: string;
  readonly expected: string;
  readonly found?: string;
}

const NONE: Readonly<Record<Severity, number>> = { error: 0, warning: 0, info: 0 };

/**
 * Checks one line of an archive (the line without its newline; `line` is its 1-based number).
 *
 * @example
 * ```ts
 * const options = { source: "a.jsonl", check: {}, quiet: false };
 * JSON.parse(checkLine('{"id": "a1", "text": "It had 37 reports."}', 1, options).json).verdict; //=> "consistent"
 * JSON.parse(checkLine('{"id": "a1", "txt": "It had 37 reports."}', 2, options).json).error.expected;
 * //=> "one of the keys id, text, published (did you mean 'text'?)"
 * ```
 */
export function checkLine(raw: string, line: number, options: LineOptions): LineOutcome {
  let id: string | number | undefined;
  try {
    const parsed = readLine(raw);
    if ("issue" in parsed) {
      if (parsed.id !== undefined) id = parsed.id;
      return errorLine("malformed", line, id, parsed.issue, options.source);
    }
    id = parsed.id;
    const result = checkText(parsed.text, { ...options.check, id: String(parsed.id), ...(parsed.published !== undefined ? { published: parsed.published } : {}) });
    const shown = options.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === "error") } : result;
    const { path: _path, ...entry } = toJsonReport([shown]).files[0]!;
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of shown.findings) counts[f.severity]++;
    return { json: JSON.stringify({ id: parsed.id, line, ...entry }), kind: "checked", verdict: result.verdict, counts };
  } catch (e) {
    return failedLine(line, id, e instanceof Error ? e.message : String(e), options.source);
  }
}

/**
 * The error line of a line that claimcheck failed on: a bug in claimcheck, or a worker that
 * stopped while it held the line.
 */
export function failedLine(line: number, id: string | number | undefined, why: string, source: string): LineOutcome {
  const issue = { path: "", expected: "a line claimcheck can check (this is a bug in claimcheck, not in the line: please report it)", found: `a failure: ${excerpt(why, 200)}` };
  return errorLine("failed", line, id, issue, source);
}

/**
 * The error line of a line too long to read (longer than --max-file-size): it is skipped
 * unread.
 */
export function tooLongLine(line: number, bytes: number, limit: string, source: string): LineOutcome {
  return errorLine("malformed", line, undefined, { path: "", expected: `a line of at most ${limit} (--max-file-size raises the limit)`, found: `a line of ${bytes.toLocaleString("en-US")} bytes` }, source);
}

/** The error line of a line that is not UTF-8. */
export function notTextLine(line: number, source: string): LineOutcome {
  return errorLine("malformed", line, undefined, { path: "", expected: "a line of UTF-8 text", found: "bytes that are not UTF-8" }, source);
}

function errorLine(kind: "malformed" | "failed", line: number, id: string | number | undefined, issue: Omit<InputIssue, "file" | "line">, source: string): LineOutcome {
  const error: LineError = {
    message: formatInputIssue({ ...issue, file: source, line, column: 1 }),
    path: issue.path,
    expected: issue.expected,
    ...(issue.found !== undefined ? { found: issue.found } : {}),
  };
  return { json: JSON.stringify({ line, ...(id !== undefined ? { id } : {}), error }), kind, counts: NONE };
}

type Read = { readonly id: string | number; readonly text: string; readonly published?: string } | { readonly id?: string | number; readonly issue: Omit<InputIssue, "file" | "line"> };

const SHAPE = 'a JSON object {"id": …, "text": …, "published"?: …} on one line';

/** What a line that is not JSON holds, in claimcheck's words (not the parser's): where it stops being JSON. */
function notJson(raw: string, e: unknown): string {
  const message = e instanceof Error ? e.message : "";
  const at = /at position (\d+)/.exec(message);
  const pos = at ? Number(at[1]) : -1;
  if (message.includes("Unexpected end of JSON input") || pos >= raw.length) return `JSON that ends too soon: ${describeFound(raw)}`;
  return pos >= 0 ? `text that is not JSON at character ${pos + 1}: ${describeFound(raw.slice(pos))}` : `text that is not JSON: ${describeFound(raw)}`;
}

/** An input line read and validated: its fields, or its first problem (with its id when that is valid). */
function readLine(raw: string): Read {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return { issue: { path: "", expected: SHAPE, found: notJson(raw, e) } };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { issue: { path: "", expected: SHAPE, found: describeFound(value) } };
  const fields = value as Readonly<Record<string, unknown>>;
  const id = Object.hasOwn(fields, "id") ? fields.id : undefined;
  const validId = (typeof id === "string" && id.trim() !== "") || (typeof id === "number" && Number.isSafeInteger(id)) ? id : undefined;
  if (validId === undefined) return { issue: { path: "id", expected: "an id: a non-empty string or a whole number", found: describeFound(id) } };
  const at = (issue: Omit<InputIssue, "file" | "line">): Read => ({ id: validId, issue });
  for (const key of Object.keys(fields)) {
    if (!(LINE_KEYS as readonly string[]).includes(key)) return at({ path: key, expected: `one of the keys ${LINE_KEYS.join(", ")}${didYouMean(key, LINE_KEYS)}`, found: `unknown key '${excerpt(key)}'` });
  }
  const text = Object.hasOwn(fields, "text") ? fields.text : undefined;
  if (typeof text !== "string") return at({ path: "text", expected: "the text to check (a string)", found: describeFound(text) });
  const published = Object.hasOwn(fields, "published") ? fields.published : undefined;
  if (published !== undefined && !(typeof published === "string" && published.length === 10 && parseIsoUnit(published)?.granularity === "day")) {
    return at({ path: "published", expected: "a publication date YYYY-MM-DD (a day of the calendar)", found: describeFound(published) });
  }
  return { id: validId, text, ...(typeof published === "string" ? { published } : {}) };
}
