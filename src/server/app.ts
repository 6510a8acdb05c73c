/**
 * The HTTP API as a Fetch-API app (Hono): `createApp(options)` gives an app whose `fetch` answers
 * `Request`s, so it runs on Node (src/server/node-serve.ts), or wherever Fetch-API runtimes run.
 * Every answer is JSON (the CLI's JSON report, byte for byte), YAML (the draft) or an RFC 9457
 * problem; one structured log line per request, with its id, status and time and never its text.
 */
import { Hono, type Context } from "hono";
import { cors } from "hono/cors";
import { claimsJsonSchema } from "../input/schema.js";
import { inProcessEngine, type Engine } from "./engine.js";
import { openApiDocument } from "./openapi.js";
import { problem, type Problem } from "./problem.js";
import { bodyKind, readJob, type Endpoint } from "./request.js";
import { JSON_TYPE, problemOutcome, type Outcome } from "./work.js";

/**
 * The largest request body by default, in bytes (1 MB: a long article is some 50 kB).
 *
 * @example
 * ```ts
 * DEFAULT_MAX_BODY_BYTES; //=> 1000000
 * ```
 */
export const DEFAULT_MAX_BODY_BYTES = 1_000_000;

/** How the app answers. */
export interface AppOptions {
  /** Where the work runs. Default: in the request's own thread (`inProcessEngine()`). */
  readonly engine?: Engine;
  /** The largest request body, in bytes: a larger one is a 413. Default 1,000,000. */
  readonly maxBodyBytes?: number;
  /** A bearer token every request but `GET /healthz` must carry (`Authorization: Bearer …`). Default: none. */
  readonly token?: string;
  /** Origins allowed by CORS. Default: none (no CORS headers). */
  readonly corsOrigins?: readonly string[];
  /** Takes one JSON log line per request (without a newline). Default: no log. */
  readonly log?: (line: string) => void;
  /** Whether the server is shutting down: answers then close their connection. */
  readonly closing?: () => boolean;
  /** The version named in `/healthz` and the OpenAPI document. */
  readonly version?: string;
}

/** An app that answers Fetch-API requests (a Hono app: mount it with `app.route`, or serve its `fetch`). */
export interface FetchApp {
  /** Answers a request. */
  fetch(request: Request): Response | Promise<Response>;
}

/** The paths of the API and the methods each takes. */
const ROUTES: Readonly<Record<string, string>> = {
  "/v1/check": "POST",
  "/v1/scan": "POST",
  "/v1/draft": "POST",
  "/v1/schema": "GET",
  "/openapi.json": "GET",
  "/healthz": "GET",
};

/**
 * The HTTP API of claimcheck as a Fetch-API app: `app.fetch(request)` answers a `Request`.
 *
 * @example
 * ```ts
 * const app = createApp();
 * const res = await app.fetch(new Request("http://localhost/v1/check", { method: "POST", headers: { "content-type": "text/plain" }, body: "It had 37 reports. Of these, 40 were credible." }));
 * res.status; //=> 200
 * (await res.json()).files[0].verdict; //=> "inconsistent"
 * ```
 */
export function createApp(options: AppOptions = {}): FetchApp {
  const engine = options.engine ?? inProcessEngine();
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const app = new Hono<{ Variables: { id: string } }>();
  const schema = JSON.stringify(claimsJsonSchema(), null, 2) + "\n";
  const openapi = JSON.stringify(openApiDocument({ version: options.version ?? "0.0.0", maxBodyBytes: maxBody }), null, 2) + "\n";

  app.use("*", async (c, next) => {
    const started = performance.now();
    const given = c.req.header("x-request-id");
    const id = given !== undefined && /^[A-Za-z0-9._:-]{1,128}$/.test(given) ? given : crypto.randomUUID();
    c.set("id", id);
    await next();
    c.header("X-Request-Id", id);
    if (options.closing?.()) c.header("Connection", "close");
    const path = new URL(c.req.url).pathname;
    const line = { time: new Date().toISOString(), id, method: c.req.method, path: path.length > 200 ? path.slice(0, 200) : path, status: c.res.status, ms: Math.round((performance.now() - started) * 10) / 10 };
    options.log?.(JSON.stringify(line));
  });
  if (options.corsOrigins && options.corsOrigins.length > 0) {
    app.use("*", cors({ origin: [...options.corsOrigins], allowMethods: ["GET", "POST", "OPTIONS"], allowHeaders: ["Content-Type", "Authorization", "X-Request-Id"], exposeHeaders: ["X-Request-Id", "X-Claimcheck-Verdict"] }));
  }
  if (options.token !== undefined) {
    const expected = `Bearer ${options.token}`;
    app.use("*", async (c, next) => {
      if (c.req.method === "OPTIONS" || new URL(c.req.url).pathname === "/healthz") return next();
      if (!sameString(c.req.header("authorization") ?? "", expected)) {
        const res = answer(problem("unauthorized", "this server needs a bearer token: Authorization: Bearer <token>"));
        res.headers.set("WWW-Authenticate", 'Bearer realm="claimcheck"');
        return res;
      }
      return next();
    });
  }

  app.get("/healthz", (c) => c.body(JSON.stringify({ status: "ok", version: options.version ?? "0.0.0" }) + "\n", 200, { "Content-Type": JSON_TYPE }));
  app.get("/v1/schema", (c) => c.body(schema, 200, { "Content-Type": "application/schema+json; charset=utf-8" }));
  app.get("/openapi.json", (c) => c.body(openapi, 200, { "Content-Type": JSON_TYPE }));
  for (const endpoint of ["check", "scan", "draft"] as const) app.post(`/v1/${endpoint}`, (c) => work(c, endpoint));

  app.all("*", (c) => {
    const path = new URL(c.req.url).pathname;
    const allowed = ROUTES[path];
    if (allowed === undefined) return answer(problem("not-found", `no endpoint at this path (the endpoints: ${Object.keys(ROUTES).join(", ")})`));
    const res = answer(problem("method-not-allowed", `${path} takes ${allowed}`));
    res.headers.set("Allow", allowed);
    return res;
  });
  app.onError(() => answer(problem("internal", "claimcheck failed on this request (a bug in claimcheck, not in the request: please report it)")));

  async function work(c: Context, endpoint: Endpoint): Promise<Response> {
    const kind = bodyKind(endpoint, c.req.header("content-type"));
    if (typeof kind !== "string") return answer(kind);
    const body = await readBody(c.req.raw, maxBody);
    if (typeof body !== "string") return answer(body, body.status === 413);
    const job = readJob(endpoint, kind, body, new URL(c.req.url).searchParams);
    if ("type" in job) return answer(job);
    return outcome(await engine.run(job));
  }
  return app;
}

/** An outcome as a response. */
function outcome(out: Outcome): Response {
  const headers: Record<string, string> = { "Content-Type": out.contentType };
  if (out.verdict !== undefined) headers["X-Claimcheck-Verdict"] = out.verdict;
  if (out.status === 503 && out.body.includes("urn:claimcheck:problem:saturated")) headers["Retry-After"] = "1";
  return new Response(out.body, { status: out.status, headers });
}

/** A problem as a response (closing the connection when the body was left unread). */
function answer(p: Problem, close = false): Response {
  const res = outcome(problemOutcome(p));
  if (close) res.headers.set("Connection", "close");
  return res;
}

/** The body as UTF-8 text, read up to the limit: or the 413 (too large) or 400 (not UTF-8) problem. */
async function readBody(request: Request, max: number): Promise<string | Problem> {
  const tooLarge = () => problem("too-large", `a body of at most ${max.toLocaleString("en-US")} bytes`);
  const length = request.headers.get("content-length");
  if (length !== null && Number(length) > max) return tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      let read;
      try {
        read = await reader.read();
      } catch {
        return problem("malformed", "the body could not be read to its end");
      }
      if (read.done) break;
      size += read.value.byteLength;
      if (size > max) {
        await reader.cancel().catch(() => undefined);
        return tooLarge();
      }
      chunks.push(read.value);
    }
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return problem("malformed", "the body is not UTF-8 text");
  }
}

/** Whether two strings are equal, in a time that does not depend on where they differ. */
function sameString(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (i < a.length ? a.charCodeAt(i) : 0) ^ b.charCodeAt(i);
  return diff === 0;
}
