/**
 * Real HTTP against a server the test starts on 127.0.0.1 (an ephemeral port): `startServer`
 * in this process, or `claimcheck serve` as a child process.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:http";
import { startServer, type ServerOptions } from "../../src/server/node-serve.js";

/** A server started for a test, with its log lines. */
export async function server(options: ServerOptions = {}) {
  const logs: string[] = [];
  const running = await startServer({ port: 0, workers: 2, ...options, log: (l) => logs.push(l) });
  return { url: running.url, logs, close: () => running.close() };
}

/** A POST with a body of a content type. */
export function post(url: string, type: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "content-type": type, ...headers }, body });
}

/** `claimcheck serve` (the built CLI) as a child process, once it listens. */
export async function child(args: string[]): Promise<{ proc: ChildProcess; url: string; stderr: () => string; exit: Promise<number | null> }> {
  const proc = spawn(process.execPath, ["dist/cli.js", "serve", "--port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  const exit = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    proc.stderr!.on("data", (d: Buffer) => {
      stderr += d.toString("utf8");
      const m = /"url":"(http:\/\/[^"]+)"/.exec(stderr);
      if (m) resolve(m[1]!);
    });
    void exit.then(() => reject(new Error(`claimcheck serve exited: ${stderr}`)));
  });
  return { proc, url, stderr: () => stderr, exit };
}

/** A request whose body is sent in two parts: `finish()` sends the rest; `response` is its status and body. */
export function slowPost(url: string, type: string, first: string, rest: string) {
  const u = new URL(url);
  let finish!: () => void;
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path: u.pathname + u.search, method: "POST", headers: { "content-type": type, "content-length": Buffer.byteLength(first + rest) } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.write(first);
    finish = () => req.end(rest);
  });
  return { response, finish: () => finish() };
}
