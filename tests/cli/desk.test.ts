/**
 * `claimcheck desk`: it serves the built page (dist/desk/) on 127.0.0.1 and nothing else — a
 * fixed list of files, GET and HEAD only, with the page's content security policy as a header —
 * and stops on a signal. `--path` prints the page's file instead.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESK_CSP, deskFolder, serveDesk, type DeskServer } from "../../src/cli/desk.js";
import { run } from "../../src/cli/run.js";
import { cli } from "./run-cli.js";

let desk: DeskServer;
beforeAll(async () => {
  const folder = deskFolder();
  if (!folder) throw new Error("dist/desk is not built: run npm run build");
  desk = await serveDesk(folder, { host: "127.0.0.1", port: 0 });
});
afterAll(() => desk.close());

describe("the desk server", () => {
  it("serves the page and its scripts with the content security policy", async () => {
    const page = await fetch(desk.url);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-security-policy")).toBe(DESK_CSP);
    expect(DESK_CSP).toContain("connect-src 'none'");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    const html = await page.text();
    expect(html).toContain("<title>claimcheck desk</title>");
    // The page carries the same policy itself, for when it is opened from a file.
    expect(html).toContain(`content="${DESK_CSP.replace("; frame-ancestors 'none'", "")}"`);
    for (const [path, type] of [
      ["desk.js", "text/javascript; charset=utf-8"],
      ["core.js", "text/javascript; charset=utf-8"],
      ["worker.js", "text/javascript; charset=utf-8"],
      ["desk.css", "text/css; charset=utf-8"],
    ]) {
      const r = await fetch(new URL(path!, desk.url));
      expect([path, r.status, r.headers.get("content-type")]).toEqual([path, 200, type]);
    }
  });

  it.each([["/../package.json"], ["/%2e%2e/package.json"], ["/dist/index.js"], ["/index.html/x"], ["/.hidden"]])("answers 404 for %s", async (path) => {
    const r = await fetch(desk.url.replace(/\/$/, "") + path);
    expect(r.status).toBe(404);
  });

  it("answers 405 to anything but GET and HEAD", async () => {
    const r = await fetch(desk.url, { method: "POST", body: "text" });
    expect(r.status).toBe(405);
    expect(r.headers.get("allow")).toBe("GET, HEAD");
    const head = await fetch(desk.url, { method: "HEAD" });
    expect(head.status).toBe(200);
  });
});

describe("claimcheck desk", () => {
  it("--path prints the page's index.html", async () => {
    const r = await cli(["desk", "--path"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(join(deskFolder()!, "index.html"));
    expect(existsSync(r.stdout.trim())).toBe(true);
  });

  it("serves on 127.0.0.1 until stopped, printing its URL", async () => {
    const stop = new AbortController();
    let stdout = "";
    let stderr = "";
    const running = run(["desk", "--port", "0"], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, isTTY: false, signal: stop.signal });
    for (let i = 0; i < 250 && !stdout.endsWith("\n"); i++) await new Promise((r) => setTimeout(r, 20));
    expect(stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\n$/);
    const page = await fetch(stdout.trim());
    expect(page.status).toBe(200);
    expect(stderr).toContain("nothing you paste is sent anywhere");
    stop.abort();
    expect(await running).toBe(0);
    // Closed: the port no longer answers.
    await expect(fetch(stdout.trim())).rejects.toThrow();
  });

  it.skipIf(process.platform !== "linux")("--open hands the URL to the default browser (xdg-open)", async () => {
    const bin = mkdtempSync(join(tmpdir(), "claimcheck-open-"));
    const seen = join(bin, "opened.txt");
    writeFileSync(join(bin, "xdg-open"), `#!/bin/sh\necho "$1" > "${seen}"\n`, { mode: 0o755 });
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path ?? ""}`;
    const stop = new AbortController();
    let stdout = "";
    try {
      const running = run(["desk", "--port", "0", "--open"], { stdout: (t) => (stdout += t), stderr: () => {}, env: {}, isTTY: false, signal: stop.signal });
      for (let i = 0; i < 250 && !(existsSync(seen) && readFileSync(seen, "utf8").endsWith("\n")); i++) await new Promise((r) => setTimeout(r, 20));
      stop.abort();
      expect(await running).toBe(0);
      expect(readFileSync(seen, "utf8")).toBe(stdout);
    } finally {
      process.env.PATH = path;
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it("a port in use is a usage error that says what to do", async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", () => r()));
    const port = (blocker.address() as { port: number }).port;
    const r = await cli(["desk", "--port", String(port)]);
    blocker.close();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`port ${port} is in use: choose another with --port (0 takes a free one)`);
  });

  it.each([
    [["desk", "article.txt"], "desk takes no arguments: paste the article into the page"],
    [["desk", "--port", "http"], "--port must be a port from 0 to 65535; got 'http'"],
    [["desk", "--prot", "1"], "--port"],
  ])("%j is a usage error", async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it("--help describes every option", async () => {
    const r = await cli(["desk", "--help"]);
    expect(r.code).toBe(0);
    for (const o of ["--host", "--port", "--open", "--path", "--help"]) expect(r.stdout).toContain(o);
  });
});
