/**
 * A request's body and query read into a job, or into the problem that says why not: 415 for a
 * content type the endpoint does not take, 400 for a body or an option that is not what the
 * endpoint reads (each issue with its path, what was expected and what was found).
 */
import { describeFound, excerpt, formatInputIssue, type InputIssue } from "../base/input-issue.js";
import { didYouMean } from "../base/suggest.js";
import { ROUNDING_METHODS, validateOptions } from "../check/options.js";
import type { RoundingMethod } from "../numbers/quantity.js";
import { parseIsoUnit } from "../time/calendar.js";
import { problem, type Problem } from "./problem.js";
import type { Job, JobOptions } from "./work.js";

/** The endpoints that take a body. */
export type Endpoint = "check" | "scan" | "draft";

/** What a body is, by its content type. */
type BodyKind = "json" | "yaml" | "text";

/** The content types each endpoint takes, by what they are. */
export const MEDIA_TYPES: Readonly<Record<Endpoint, Readonly<Record<string, BodyKind>>>> = {
  check: { "application/json": "json", "application/yaml": "yaml", "application/x-yaml": "yaml", "text/yaml": "yaml", "text/plain": "text" },
  scan: { "application/json": "json", "text/plain": "text" },
  draft: { "application/json": "json", "text/plain": "text" },
};

/** The keys of the JSON body of each endpoint. */
export const BODY_KEYS: Readonly<Record<Endpoint, readonly string[]>> = {
  check: ["claims", "text", "name", "published", "options"],
  scan: ["text", "name", "options"],
  draft: ["text", "published"],
};

/** The keys of `options` (and the query parameters besides `name` and `published`). */
const OPTION_KEYS = ["disable", "severity", "ruleOptions", "rounding", "quiet"] as const;

/** The query parameters each endpoint reads with a body that is not JSON. */
const QUERY_KEYS: Readonly<Record<Endpoint, readonly string[]>> = {
  check: ["name", "published", "disable", "rounding", "quiet"],
  scan: ["name", "disable", "rounding", "quiet"],
  draft: ["published"],
};

/** The media type of a Content-Type header: lower case, without parameters. */
function mediaType(header: string | null | undefined): string {
  return (header ?? "").split(";")[0]!.trim().toLowerCase();
}

/** A request's content type checked for an endpoint: what its body is, or the 415 problem. */
export function bodyKind(endpoint: Endpoint, contentType: string | null | undefined): BodyKind | Problem {
  const type = mediaType(contentType);
  const kind = MEDIA_TYPES[endpoint][type];
  if (kind !== undefined) return kind;
  const allowed = Object.keys(MEDIA_TYPES[endpoint]).join(", ");
  return problem("unsupported-type", `POST /v1/${endpoint} takes a body of type ${allowed}; got ${type === "" ? "no Content-Type" : `'${excerpt(type)}'`}`);
}

/**
 * A request read into a job: the body (already decoded, within the size limit) and the query.
 *
 * @example
 * ```ts
 * const job = readJob("check", "text", "It had 37 reports.", new URLSearchParams("published=2017-09-01"));
 * "kind" in job && job.kind; //=> "check-text"
 * ```
 */
export function readJob(endpoint: Endpoint, kind: BodyKind, body: string, query: URLSearchParams): Job | Problem {
  const issues: InputIssue[] = [];
  const add = (path: string, expected: string, found?: string) => issues.push({ path, expected, ...(found !== undefined ? { found } : {}) });
  let fields: Record<string, unknown>;
  if (kind === "json") {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return problem("malformed", "the body is not JSON");
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) return malformed([{ path: "", expected: `a JSON object with the keys ${BODY_KEYS[endpoint].join(", ")}`, found: describeFound(value) }]);
    fields = value as Record<string, unknown>;
    for (const key of Object.keys(fields)) {
      if (!BODY_KEYS[endpoint].includes(key)) add(key, `one of the keys ${BODY_KEYS[endpoint].join(", ")}${didYouMean(key, BODY_KEYS[endpoint])}`, `unknown key '${excerpt(key)}'`);
    }
    for (const key of [...query.keys()]) add(`?${key}`, "no query parameter with a JSON body (options go in its `options`)", `'${excerpt(key)}'`);
  } else {
    fields = kind === "yaml" ? { claims: body } : { text: body };
    const options: Record<string, unknown> = {};
    for (const key of new Set(query.keys())) {
      const values = query.getAll(key);
      if (!QUERY_KEYS[endpoint].includes(key)) add(`?${key}`, `one of the query parameters ${QUERY_KEYS[endpoint].join(", ")}${didYouMean(key, QUERY_KEYS[endpoint])}`, `'${excerpt(key)}'`);
      else if (key === "disable") options.disable = values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
      else if (values.length > 1) add(`?${key}`, "the parameter once", `${values.length} values`);
      else if (key === "quiet") options.quiet = values[0] === "" || values[0] === "true" || values[0] === "1" ? true : values[0] === "false" || values[0] === "0" ? false : values[0];
      else if (key === "name" || key === "published") fields[key] = values[0];
      else options[key] = values[0];
    }
    if (Object.keys(options).length > 0) fields.options = options;
  }
  if (issues.length > 0) return malformed(issues);

  const name = fields.name;
  if (name !== undefined && !(typeof name === "string" && name.trim() !== "" && name.length <= 256)) add("name", "the name of the claims file or text in the report (a string of at most 256 characters)", describeFound(name));
  const published = fields.published;
  if (published !== undefined && !(typeof published === "string" && published.length === 10 && parseIsoUnit(published)?.granularity === "day")) {
    add("published", "a publication date YYYY-MM-DD (a day of the calendar)", describeFound(published));
  }
  const options = readOptions(endpoint === "draft" ? undefined : fields.options, add);
  const text = fields.text;
  const claims = fields.claims;
  if (endpoint === "check" && (text === undefined) === (claims === undefined)) add("", "a body with either `claims` (a claims file) or `text` (a raw text)", text === undefined ? "neither" : "both");
  if (text !== undefined && typeof text !== "string") add("text", "the text (a string)", describeFound(text));
  if (endpoint !== "check" && text === undefined) add("text", "the text (a string)", "nothing");
  if (claims !== undefined && (typeof claims !== "string" && (typeof claims !== "object" || claims === null || Array.isArray(claims)))) add("claims", "a claims file: its content (an object) or its source (a YAML or JSON string)", describeFound(claims));
  if (published !== undefined && claims !== undefined) add("published", "no published date with a claims file (its document says when it was published)", describeFound(published));
  if (issues.length > 0) return malformed(issues);

  const shown = typeof name === "string" ? name : undefined;
  const date = typeof published === "string" ? { published } : {};
  if (endpoint === "draft") return { kind: "draft", text: text as string, ...date };
  if (endpoint === "scan") return { kind: "scan", text: text as string, ...(shown !== undefined ? { name: shown } : {}), options };
  if (typeof text === "string") return { kind: "check-text", name: shown ?? "<request>", text, ...date, options };
  return { kind: "check-claims", name: shown ?? "<request>", ...(typeof claims === "string" ? { source: claims } : { claims }), options };
}

/** The options of a request, checked as `check()` checks its own (unknown rule ids with a did-you-mean). */
function readOptions(value: unknown, add: (path: string, expected: string, found?: string) => void): JobOptions {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    add("options", `an object with the keys ${OPTION_KEYS.join(", ")}`, describeFound(value));
    return {};
  }
  const { quiet, ...rest } = value as Record<string, unknown>;
  let bad = false;
  for (const i of validateOptions(rest, { keys: OPTION_KEYS.filter((k) => k !== "quiet"), extraRules: [] })) {
    bad = true;
    add(i.path, i.path === "options" ? i.expected : i.expected.replace("one of the options disable, severity, ruleOptions, rounding", `one of the options ${OPTION_KEYS.join(", ")}`), i.found);
  }
  if (quiet !== undefined && typeof quiet !== "boolean") {
    bad = true;
    add("options.quiet", "true or false", describeFound(quiet));
  }
  if (bad) return {};
  const o = rest as { disable?: string[]; severity?: JobOptions["severity"]; ruleOptions?: JobOptions["ruleOptions"]; rounding?: string };
  return {
    ...(o.disable !== undefined ? { disable: o.disable } : {}),
    ...(o.severity !== undefined ? { severity: o.severity } : {}),
    ...(o.ruleOptions !== undefined ? { ruleOptions: o.ruleOptions } : {}),
    ...(o.rounding !== undefined && (ROUNDING_METHODS as readonly string[]).includes(o.rounding) ? { rounding: o.rounding as RoundingMethod } : {}),
    ...(quiet === true ? { quiet: true } : {}),
  };
}

/** The 400 problem of a request's issues. */
function malformed(issues: readonly InputIssue[]): Problem {
  return problem("malformed", issues.length === 1 ? "the request has a problem" : `the request has ${issues.length} problems`, {
    issues: issues.map((i) => ({ path: i.path, expected: i.expected, ...(i.found !== undefined ? { found: i.found } : {}), message: formatInputIssue(i) })),
  });
}
