/**
 * The endpoints answered over real HTTP: each answer is what the CLI prints for the same input,
 * byte for byte (the JSON report of check and scan, the draft, the schema).
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../cli/run-cli.js";
import { post, server } from "./http.js";

const ARTICLE = "claims/seed/article.txt";
const article = readFileSync(ARTICLE, "utf8");
const stdin = (text: string) => ({ readStdin: () => Promise.resolve(text) });

/** A claims file with its text inline (the server reads no textFile). */
const CLAIMS = `document:
  id: d
  text: "It investigated 37 reports. Of these, 40 were credible."
claims:
  reports: { value: 37, quote: "37 reports" }
  credible: { value: 40, quote: "40 were credible" }
relations:
  - kind: part-of
    part: credible
    whole: reports
`;

let s: Awaited<ReturnType<typeof server>>;
beforeAll(async () => {
  s = await server();
});
afterAll(() => s.close());

describe("GET", () => {
  it("/healthz says the server is up", async () => {
    const res = await fetch(`${s.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok" });
  });

  it("/v1/schema is the JSON Schema claimcheck schema prints", async () => {
    const res = await fetch(`${s.url}/v1/schema`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/schema+json; charset=utf-8");
    expect(await res.text()).toBe((await cli(["schema"])).stdout);
  });
});

describe("POST /v1/check", () => {
  it("a raw text (text/plain, options in the query) gives the CLI's JSON report, byte for byte", async () => {
    const res = await post(`${s.url}/v1/check?name=${encodeURIComponent(ARTICLE)}&published=2017-09-01`, "text/plain", article);
    const run = await cli(["check", "-", "--input", "text", "--stdin-filename", ARTICLE, "--published", "2017-09-01", "--format", "json"], stdin(article));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("x-claimcheck-verdict")).toBe("consistent");
    expect(await res.text()).toBe(run.stdout);
  });

  it("a raw text in a JSON body, with options, gives the same report as the CLI's flags", async () => {
    const res = await post(`${s.url}/v1/check`, "application/json", JSON.stringify({ text: article, name: "a.txt", published: "2017-09-01", options: { disable: ["quote-confusable"], quiet: true } }));
    const run = await cli(["check", "-", "--input", "text", "--stdin-filename", "a.txt", "--published", "2017-09-01", "--disable", "quote-confusable", "--quiet", "--format", "json"], stdin(article));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(run.stdout);
  });

  it("a claims file as YAML (application/yaml) gives the CLI's report, byte for byte", async () => {
    const res = await post(`${s.url}/v1/check?name=budget.yaml`, "application/yaml", CLAIMS);
    const run = await cli(["check", "-", "--stdin-filename", "budget.yaml", "--format", "json"], stdin(CLAIMS));
    expect(res.status).toBe(200);
    expect(res.headers.get("x-claimcheck-verdict")).toBe("inconsistent");
    expect(run.code).toBe(1);
    expect(await res.text()).toBe(run.stdout);
  });

  it("a claims file as JSON, its source or its content, in a JSON body", async () => {
    const content = { claims: { a: 40, b: 37 }, relations: [{ kind: "part-of", part: "a", whole: "b" }] };
    const source = JSON.stringify(content, null, 2);
    const run = await cli(["check", "-", "--stdin-filename", "c.json", "--format", "json"], stdin(source));
    const bySource = await post(`${s.url}/v1/check`, "application/json", JSON.stringify({ claims: source, name: "c.json" }));
    expect(await bySource.text()).toBe(run.stdout);
    const byContent = await post(`${s.url}/v1/check`, "application/json", JSON.stringify({ claims: content, name: "c.json" }));
    expect(byContent.status).toBe(200);
    expect((await byContent.json()).files[0].verdict).toBe("inconsistent");
  });
});

describe("POST /v1/scan and /v1/draft", () => {
  it("/v1/scan gives what claimcheck scan --format json prints", async () => {
    const res = await post(`${s.url}/v1/scan?name=${encodeURIComponent(ARTICLE)}`, "text/plain", article);
    const run = await cli(["scan", ARTICLE, "--format", "json"]);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(run.stdout);
    const json = await post(`${s.url}/v1/scan`, "application/json", JSON.stringify({ text: article, name: ARTICLE }));
    expect(await json.text()).toBe(run.stdout);
  });

  it("/v1/draft gives the claims file claimcheck draft - prints", async () => {
    const res = await post(`${s.url}/v1/draft`, "application/json", JSON.stringify({ text: article, published: "2017-09-01" }));
    const run = await cli(["draft", "-", "--published", "2017-09-01"], stdin(article));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/yaml; charset=utf-8");
    expect(await res.text()).toBe(run.stdout);
    const plain = await post(`${s.url}/v1/draft?published=2017-09-01`, "text/plain", article);
    expect(await plain.text()).toBe(run.stdout);
  });
});

describe("the log", () => {
  it("has one JSON line per request, with its id, status and time, and none of its text", async () => {
    const marker = "Zebulon-Quixotic-Marker reported 12 cases.";
    const before = s.logs.length;
    const res = await post(`${s.url}/v1/check`, "text/plain", marker, { "x-request-id": "req-42" });
    expect(res.headers.get("x-request-id")).toBe("req-42");
    const lines = s.logs.slice(before);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ id: "req-42", method: "POST", path: "/v1/check", status: 200, ms: expect.any(Number) });
    expect(s.logs.join("\n")).not.toContain("Zebulon");
  });
});
