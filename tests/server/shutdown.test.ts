/**
 * `claimcheck serve` as a process: bound to 127.0.0.1, its token from the environment, and a
 * graceful shutdown on SIGTERM that answers the request in flight before it exits 0.
 */
import { describe, expect, it } from "vitest";
import { child, slowPost } from "./http.js";

describe("claimcheck serve", () => {
  it("listens on 127.0.0.1 by default and takes its token from CLAIMCHECK_TOKEN", async () => {
    process.env.CLAIMCHECK_TOKEN = "from-the-environment-0123";
    const s = await child(["--workers", "1"]).finally(() => delete process.env.CLAIMCHECK_TOKEN);
    try {
      expect(new URL(s.url).hostname).toBe("127.0.0.1");
      expect((await fetch(`${s.url}/v1/schema`)).status).toBe(401);
      expect((await fetch(`${s.url}/v1/schema`, { headers: { authorization: "Bearer from-the-environment-0123" } })).status).toBe(200);
    } finally {
      s.proc.kill("SIGTERM");
      expect(await s.exit).toBe(0);
    }
  });

  it("on SIGTERM answers the request in flight, refuses new connections and exits 0", async () => {
    const s = await child(["--workers", "1"]);
    const text = "It investigated 37 reports. Of these, 40 were credible.";
    const inFlight = slowPost(`${s.url}/v1/check`, "text/plain", text.slice(0, 20), text.slice(20));
    // The request's headers and part of its body are in: the server has the request.
    await new Promise((r) => setTimeout(r, 200));
    s.proc.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 200));
    inFlight.finish();
    const res = await inFlight.response;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).files[0].verdict).toBe("inconsistent");
    expect(await s.exit).toBe(0);
    await expect(fetch(`${s.url}/healthz`)).rejects.toThrow();
    const events = s
      .stderr()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { event?: string; status?: number; path?: string });
    expect(events.map((e) => e.event ?? `${e.path} ${e.status}`)).toEqual(["listening", "closing", "/v1/check 200", "closed"]);
  });

  it("refuses a bad flag as a usage error", async () => {
    const { cli } = await import("../cli/run-cli.js");
    const run = await cli(["serve", "--port", "99999"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--port must be a port from 0 to 65535; got '99999'");
    expect((await cli(["serve", "--token", "short"])).stderr).toContain("must be 16 printable ASCII characters or more");
  });
});
