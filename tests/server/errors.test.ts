/**
 * Every error status over real HTTP, each an RFC 9457 problem (application/problem+json) with
 * no stack trace; the token; CORS.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../cli/run-cli.js";
import { post, server } from "./http.js";
import { startServer } from "../../src/server/node-serve.js";
import { createApp } from "../../src/server/app.js";
import { createAdaptorServer } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import type { Engine } from "../../src/server/engine.js";
import { workerPoolEngine } from "../../src/server/node-pool.js";

/** A response's problem, checked to be one. */
async function problemOf(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const text = await res.text();
  expect(text).not.toMatch(/\bat .+:\d+:\d+\)|node_modules|\.ts:\d+/);
  const p = JSON.parse(text) as { type: string; title: string; status: number; detail: string; issues?: Array<{ path: string; message: string }> };
  expect(p).toMatchObject({ type: expect.stringMatching(/^urn:claimcheck:problem:/), title: expect.any(String), status, detail: expect.any(String) });
  return p;
}

/** The app on a Node server of the test's own, with an engine of the test's own. */
async function withEngine(engine: Engine) {
  const http = createAdaptorServer({ fetch: createApp({ engine }).fetch }) as Server;
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return { url, close: () => new Promise<void>((r) => http.close(() => r())) };
}

let s: Awaited<ReturnType<typeof server>>;
beforeAll(async () => {
  s = await server({ maxBodyBytes: 2_000 });
});
afterAll(() => s.close());

describe("problems", () => {
  it("400: a body that is not JSON, an unknown key, an unknown rule id, neither claims nor text", async () => {
    expect((await problemOf(await post(`${s.url}/v1/check`, "application/json", "{not json"), 400)).detail).toBe("the body is not JSON");
    const key = await problemOf(await post(`${s.url}/v1/check`, "application/json", JSON.stringify({ txt: "x" })), 400);
    expect(key.issues?.[0]?.message).toBe("at txt: expected one of the keys claims, text, name, published, options (did you mean 'text'?), found unknown key 'txt'");
    const rule = await problemOf(await post(`${s.url}/v1/check?disable=part-fo`, "text/plain", "It had 37 reports."), 400);
    expect(rule.issues?.[0]).toMatchObject({ path: "options.disable[0]", message: expect.stringContaining("did you mean 'part-of'?") });
    const neither = await problemOf(await post(`${s.url}/v1/check`, "application/json", "{}"), 400);
    expect(neither.issues?.[0]?.message).toContain("either `claims` (a claims file) or `text` (a raw text)");
    const date = await problemOf(await post(`${s.url}/v1/draft?published=2017-02-30`, "text/plain", "x"), 400);
    expect(date.issues?.[0]?.path).toBe("published");
    const bytes = await fetch(`${s.url}/v1/scan`, { method: "POST", headers: { "content-type": "text/plain" }, body: new Uint8Array([0x41, 0xff, 0x41]) });
    expect((await problemOf(bytes, 400)).detail).toBe("the body is not UTF-8 text");
  });

  it("404 for a path the API has not, 405 (with Allow) for a method a path does not take", async () => {
    await problemOf(await fetch(`${s.url}/v2/check`), 404);
    const res = await fetch(`${s.url}/v1/check`);
    expect(res.headers.get("allow")).toBe("POST");
    await problemOf(res, 405);
  });

  it("413 for a body over the limit, by its Content-Length or as it streams", async () => {
    const big = "It had 37 reports. ".repeat(200);
    expect((await problemOf(await post(`${s.url}/v1/scan`, "text/plain", big), 413)).detail).toBe("a body of at most 2,000 bytes");
    const chunked = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode(big.slice(0, 500)));
        c.close();
      },
    });
    const res = await fetch(`${s.url}/v1/scan`, { method: "POST", headers: { "content-type": "text/plain" }, body: chunked, duplex: "half" } as RequestInit);
    await problemOf(res, 413);
  });

  it("415 for a content type the endpoint does not take", async () => {
    const p = await problemOf(await post(`${s.url}/v1/check`, "application/xml", "<a/>"), 415);
    expect(p.detail).toBe("POST /v1/check takes a body of type application/json, application/yaml, application/x-yaml, text/yaml, text/plain; got 'application/xml'");
    await problemOf(await post(`${s.url}/v1/draft`, "application/yaml", "a: 1"), 415);
  });

  it("422 for an invalid claims file, with the issues the CLI prints", async () => {
    const source = "claims:\n  a: 40\n  b: 37\nrelations:\n  - kind: part-of\n    part: a\n    whole: bb\n";
    const p = await problemOf(await post(`${s.url}/v1/check?name=c.yaml`, "application/yaml", source), 422);
    const run = await cli(["check", "-", "--stdin-filename", "c.yaml", "--format", "json"], { readStdin: () => Promise.resolve(source) });
    expect(run.code).toBe(2);
    expect(p.issues!.map((i) => `claimcheck: ${i.message}\n`).join("")).toBe(run.stderr);
    expect(p.issues![0]).toMatchObject({ path: "relations[0].whole", line: 7, column: 12 });
    const yaml = await problemOf(await post(`${s.url}/v1/check`, "application/yaml", "claims: [a\n"), 422);
    expect(yaml.issues?.length).toBeGreaterThan(0);
  });

  it("422 for a textFile: a request never makes the server read a file", async () => {
    const source = readFileSync("claims/seed/claims.yaml", "utf8");
    const res = await post(`${s.url}/v1/check`, "application/json", JSON.stringify({ claims: { document: { id: "d", textFile: "/etc/passwd" }, claims: { a: 1 } } }));
    const p = await problemOf(res, 422);
    expect(p.issues![0]).toMatchObject({ path: "document.textFile", message: expect.stringContaining("the server reads no file") });
    const big = await server();
    try {
      const seed = await problemOf(await post(`${big.url}/v1/check?name=claims/seed/claims.yaml`, "application/yaml", source), 422);
      expect(seed.issues![0]).toMatchObject({ path: "document.textFile", line: 7 });
    } finally {
      await big.close();
    }
  });

  it("500 when the engine fails, without its stack", async () => {
    const h = await withEngine({ run: () => Promise.reject(new Error("boom at /secret/path.ts:1:2")) });
    try {
      const p = await problemOf(await post(`${h.url}/v1/scan`, "text/plain", "x"), 500);
      expect(JSON.stringify(p)).not.toContain("boom");
    } finally {
      await h.close();
    }
  });

  it("503 when every worker is busy and the queue is full, with Retry-After", async () => {
    const pool = workerPoolEngine({ workers: 1, maxQueue: 0, budgetMs: 60_000 });
    const h = await withEngine(pool);
    try {
      // The pool's one worker holds a long job; the next finds no worker and no room in the queue.
      const long = "It had 37 reports. Of these, 40 were credible. ".repeat(2_000);
      const first = post(`${h.url}/v1/check`, "text/plain", long);
      for (let i = 0; i < 200 && pool.busy === 0; i++) await new Promise((r) => setTimeout(r, 5));
      expect(pool.busy).toBe(1);
      const res = await post(`${h.url}/v1/scan`, "text/plain", "It had 37 reports.");
      expect(res.headers.get("retry-after")).toBe("1");
      expect((await problemOf(res, 503)).type).toBe("urn:claimcheck:problem:saturated");
      expect((await first).status).toBe(200);
    } finally {
      await h.close();
      await pool.close();
    }
  });

  it("503 when a request runs past the engine's budget; the next request is answered", async () => {
    const tight = await server({ budgetMs: 1, workers: 1 });
    try {
      const long = "It had 37 reports. Of these, 40 were credible. ".repeat(2_000);
      expect((await problemOf(await post(`${tight.url}/v1/check`, "text/plain", long), 503)).type).toBe("urn:claimcheck:problem:budget");
      expect((await fetch(`${tight.url}/healthz`)).status).toBe(200);
    } finally {
      await tight.close();
    }
  });
});

describe("the pool", () => {
  it("answers a light request while a heavy one holds a worker", async () => {
    const long = "It had 37 reports. Of these, 40 were credible. ".repeat(2_000);
    let heavyDone = false;
    const big = await server({ workers: 2, maxBodyBytes: 1_000_000 });
    try {
      const slow = post(`${big.url}/v1/check`, "text/plain", long).then((r) => ((heavyDone = true), r.status));
      await new Promise((r) => setTimeout(r, 100));
      const light = await post(`${big.url}/v1/scan`, "text/plain", "It had 37 reports.");
      expect(light.status).toBe(200);
      expect(heavyDone).toBe(false);
      expect(await slow).toBe(200);
    } finally {
      await big.close();
    }
  });
});

describe("the token", () => {
  it("is needed by every endpoint but /healthz, as a bearer token", async () => {
    const t = await server({ token: "s3cret-token-0123456789" });
    try {
      const none = await fetch(`${t.url}/v1/schema`);
      expect(none.headers.get("www-authenticate")).toBe('Bearer realm="claimcheck"');
      await problemOf(none, 401);
      await problemOf(await fetch(`${t.url}/openapi.json`, { headers: { authorization: "Bearer s3cret-token-012345678" } }), 401);
      await problemOf(await post(`${t.url}/v1/scan`, "text/plain", "x", { authorization: "Basic s3cret-token-0123456789" }), 401);
      expect((await post(`${t.url}/v1/scan`, "text/plain", "x", { authorization: "Bearer s3cret-token-0123456789" })).status).toBe(200);
      expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe("CORS", () => {
  it("is off by default, and allows only the origins given", async () => {
    const preflight = { method: "OPTIONS", headers: { origin: "https://cms.example.org", "access-control-request-method": "POST" } };
    expect((await fetch(`${s.url}/v1/check`, preflight)).headers.get("access-control-allow-origin")).toBeNull();
    const c = await startServer({ port: 0, workers: 1, corsOrigins: ["https://cms.example.org"] });
    try {
      expect((await fetch(`${c.url}/v1/check`, preflight)).headers.get("access-control-allow-origin")).toBe("https://cms.example.org");
      const other = await fetch(`${c.url}/healthz`, { headers: { origin: "https://evil.example" } });
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await c.close();
    }
  });
});

describe("a client that never finishes its request", () => {
  it("is answered 408 and its connection closed, never left hanging", async () => {
    const { connect } = await import("node:net");
    const slow = await startServer({ port: 0, workers: 1, requestTimeoutMs: 600 });
    try {
      const { hostname, port } = new URL(slow.url);
      const started = Date.now();
      // Headers saying 100 bytes of body, then 10 bytes, then nothing.
      const reply = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), hostname, () => {
          socket.write(`POST /v1/check HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n0123456789`);
        });
        let got = "";
        socket.on("data", (d) => (got += d.toString()));
        socket.on("close", () => resolve(got));
        socket.on("error", reject);
        setTimeout(() => reject(new Error("the connection was left open")), 10_000).unref();
      });
      expect(reply).toMatch(/^HTTP\/1\.1 408/);
      // Closed within a few timeouts' worth, not Node's default 30 s.
      expect(Date.now() - started).toBeLessThan(8_000);
    } finally {
      await slow.close();
    }
  });
});
