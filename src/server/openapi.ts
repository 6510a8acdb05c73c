/**
 * The OpenAPI 3.1 document of the API, generated: the request and response bodies are zod
 * schemas turned into JSON Schema (draft 2020-12) by zod, the claims file's is the one
 * `claimcheck schema` prints, and the paths, media types and problems come from the same tables
 * the app answers with (src/server/request.ts, src/server/problem.ts).
 */
import * as z from "zod/mini";
import { SEVERITIES } from "../base/severity.js";
import { ROUNDING_METHODS } from "../check/options.js";
import { claimsJsonSchema } from "../input/schema.js";
import { PROBLEMS } from "./problem.js";
import { BODY_KEYS, MEDIA_TYPES, type Endpoint } from "./request.js";

const severity = z.enum([...SEVERITIES]);
const int = z.int();

const Issue = z.object({
  path: z.string(),
  line: z.optional(int),
  column: z.optional(int),
  expected: z.string(),
  found: z.optional(z.string()),
  message: z.string(),
});

const Finding = z.looseObject({ ruleId: z.string(), severity, message: z.string(), claims: z.array(z.string()) });

const Report = z.object({
  version: z.literal(1),
  files: z.array(
    z.object({
      path: z.string(),
      verdict: z.enum(["consistent", "inconsistent", "undecidable", "invalid"]),
      findings: z.array(Finding),
      derived: z.array(z.looseObject({ claim: z.string(), min: z.nullable(z.number()), max: z.nullable(z.number()), interval: z.string(), exact: z.string() })),
      culprits: z.array(z.string()),
      errors: z.array(Issue),
      notes: z.array(z.looseObject({ noteId: z.string(), message: z.string() })),
      coverage: z.optional(z.looseObject({ numbers: int, inRelation: int, unbound: int, message: z.string() })),
    }),
  ),
  summary: z.object({ errors: int, warnings: int, infos: int, invalid: int }),
});

const Scan = z.object({
  version: z.literal(1),
  numbers: z.array(z.looseObject({ text: z.string(), value: z.number(), kind: z.string(), start: int, end: int, line: int, column: int })),
  findings: z.array(Finding),
});

const Problem = z.object({ type: z.string(), title: z.string(), status: int, detail: z.string(), issues: z.optional(z.array(Issue)) });

const Health = z.object({ status: z.literal("ok"), version: z.string() });

const Options = z.object({
  disable: z.optional(z.array(z.string())),
  severity: z.optional(z.record(z.string(), severity)),
  ruleOptions: z.optional(z.record(z.string(), z.unknown())),
  rounding: z.optional(z.enum([...ROUNDING_METHODS])),
  quiet: z.optional(z.boolean()),
});

const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const name = z.string().check(z.maxLength(256));
const CheckRequest = z.object({ claims: z.optional(z.string()), text: z.optional(z.string()), name: z.optional(name), published: z.optional(date), options: z.optional(Options) });
const ScanRequest = z.object({ text: z.string(), name: z.optional(name), options: z.optional(Options) });
const DraftRequest = z.object({ text: z.string(), published: z.optional(date) });

/** The schemas of the document's components, by name. */
function componentSchemas(): Record<string, Record<string, unknown>> {
  const registry = z.registry<{ id: string }>();
  const named = { Issue, Problem, Report, Scan, Health, Options, CheckRequest, ScanRequest, DraftRequest };
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, Record<string, unknown>> };
  const out: Record<string, Record<string, unknown>> = {};
  for (const [id, s] of Object.entries(schemas)) {
    const { $schema: _s, $id: _i, ...rest } = s;
    out[id] = rest;
  }
  // The claims of a check: a claims file's source (YAML or JSON) or its content.
  const check = out.CheckRequest as { properties: Record<string, unknown>; description?: string };
  check.properties.claims = { anyOf: [{ type: "string", description: "The claims file's source: YAML, or JSON when `name` ends .json." }, { $ref: "#/components/schemas/ClaimsFile" }] };
  check.description = `Either claims (a claims file) or text (a raw text, with an optional published date). The keys: ${BODY_KEYS.check.join(", ")}.`;
  const { $schema: _s, ...claimsFile } = claimsJsonSchema();
  out.ClaimsFile = claimsFile;
  return out;
}

/** What the document says of the server. */
export interface OpenApiOptions {
  readonly version: string;
  readonly maxBodyBytes: number;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const problems = (...names: Array<keyof typeof PROBLEMS>) =>
  Object.fromEntries(
    [...new Set(names.map((n) => PROBLEMS[n].status))].map((status) => [
      String(status),
      { description: names.filter((n) => PROBLEMS[n].status === status).map((n) => `${PROBLEMS[n].title} (urn:claimcheck:problem:${n})`).join("; "), content: { "application/problem+json": { schema: ref("Problem") } } },
    ]),
  );

/** The request bodies of an endpoint, by media type: the JSON body, and the raw claims file or text with its options in the query. */
function requestBody(endpoint: Endpoint): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  const json = { check: "CheckRequest", scan: "ScanRequest", draft: "DraftRequest" }[endpoint];
  for (const [type, kind] of Object.entries(MEDIA_TYPES[endpoint])) {
    content[type] = kind === "json" ? { schema: ref(json) } : { schema: { type: "string", description: kind === "yaml" ? "A claims file (YAML or JSON)." : "A raw text." } };
  }
  return { required: true, content };
}

const query = (q: string, description: string, schema: Record<string, unknown> = { type: "string" }) => ({ name: q, in: "query", required: false, description, schema });

const QUERY = {
  name: query("name", "With a body that is not JSON: the name of the claims file or text in the report (default <request>)."),
  published: query("published", "With a raw text that is not JSON: its publication date YYYY-MM-DD.", { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" }),
  disable: query("disable", "With a body that is not JSON: rule ids to turn off (repeat, or separate with commas).", { type: "array", items: { type: "string" } }),
  rounding: query("rounding", "With a body that is not JSON: how printed decimals were rounded.", { type: "string", enum: [...ROUNDING_METHODS] }),
  quiet: query("quiet", "With a body that is not JSON: report errors only (true or false).", { type: "string", enum: ["true", "false", "1", "0", ""] }),
};

/**
 * The OpenAPI 3.1 document of the server (`GET /openapi.json`).
 *
 * @example
 * ```ts
 * const doc = openApiDocument({ version: "1.0.0", maxBodyBytes: 1_000_000 });
 * doc.openapi; //=> "3.1.0"
 * Object.keys(doc.paths); //=> ["/v1/check", "/v1/scan", "/v1/draft", "/v1/schema", "/openapi.json", "/healthz"]
 * ```
 */
export function openApiDocument(options: OpenApiOptions): { openapi: string; paths: Record<string, unknown>; [key: string]: unknown } {
  const common = problems("unauthorized", "internal");
  const work = problems("malformed", "too-large", "unsupported-type", "saturated", "budget", "shutting-down", "unauthorized", "internal");
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "claimcheck",
      version: options.version,
      description: `Check the claims of a news text: can they all be true? The answers are the JSON reports of the claimcheck CLI, byte for byte; errors are RFC 9457 problem details. Bodies of at most ${options.maxBodyBytes.toLocaleString("en-US")} bytes.`,
    },
    paths: {
      "/v1/check": {
        post: {
          operationId: "check",
          summary: "Check a claims file, or a raw text (its claims proposed, then checked)",
          parameters: [QUERY.name, QUERY.published, QUERY.disable, QUERY.rounding, QUERY.quiet],
          requestBody: requestBody("check"),
          responses: {
            "200": { description: "The JSON report (claimcheck check --format json); the header X-Claimcheck-Verdict gives the verdict.", content: { "application/json": { schema: ref("Report") } } },
            ...work,
            ...problems("invalid-claims"),
          },
        },
      },
      "/v1/scan": {
        post: {
          operationId: "scan",
          summary: "The numbers of a raw text and the findings of the text-only rules",
          parameters: [QUERY.name, QUERY.disable, QUERY.rounding, QUERY.quiet],
          requestBody: requestBody("scan"),
          responses: { "200": { description: "The scan as claimcheck scan --format json prints it.", content: { "application/json": { schema: ref("Scan") } } }, ...work },
        },
      },
      "/v1/draft": {
        post: {
          operationId: "draft",
          summary: "The claims file proposed for a raw text, to confirm",
          parameters: [QUERY.published],
          requestBody: requestBody("draft"),
          responses: { "200": { description: "The draft claims file (YAML) as claimcheck draft - prints it.", content: { "application/yaml": { schema: { type: "string" } } } }, ...work },
        },
      },
      "/v1/schema": {
        get: { operationId: "schema", summary: "The claims file's JSON Schema", responses: { "200": { description: "As claimcheck schema prints it.", content: { "application/schema+json": { schema: { type: "object" } } } }, ...common } },
      },
      "/openapi.json": {
        get: { operationId: "openapi", summary: "This document", responses: { "200": { description: "The OpenAPI 3.1 document.", content: { "application/json": { schema: { type: "object" } } } }, ...common } },
      },
      "/healthz": {
        get: { operationId: "health", summary: "Whether the server is up (needs no token)", security: [], responses: { "200": { description: "Up.", content: { "application/json": { schema: ref("Health") } } } } },
      },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "Only when the server was started with a token." } },
    },
  };
}
