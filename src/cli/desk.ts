/**
 * `claimcheck desk`: serves the desk page's files (dist/desk/) on this machine. A static server
 * of a fixed list of files, GET and HEAD only, with the page's content security policy as a
 * header too (no request may leave the page after load), no caching and no directory listing.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The content security policy of the page: its own scripts, styles and worker; nothing else, no connection at all. */
export const DESK_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; worker-src 'self'; img-src 'self' data: blob:; connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/**
 * The folder of the built page: dist/desk beside the CLI's chunks, or (run from the sources)
 * the repository's dist/desk. Undefined when it is not built.
 *
 * @example
 * ```ts
 * import { deskFolder } from "./desk.js";
 * deskFolder()?.endsWith("desk"); //=> true
 * ```
 */
export function deskFolder(): string | undefined {
  for (const rel of ["./desk/", "../../dist/desk/"]) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(join(dir, "index.html"))) return dir.replace(/[\\/]$/, "");
  }
  return undefined;
}

/** A running desk server. */
export interface DeskServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

/**
 * Serves the desk page from `folder` on host:port (port 0 takes a free one).
 *
 * @example
 * ```ts
 * import { deskFolder, serveDesk } from "./desk.js";
 * const desk = await serveDesk(deskFolder()!, { host: "127.0.0.1", port: 0 });
 * desk.url.startsWith("http://127.0.0.1:"); //=> true
 * await desk.close();
 * ```
 */
export function serveDesk(folder: string, options: { readonly host: string; readonly port: number }): Promise<DeskServer> {
  // The files are read once: the page is small, and a fixed list cannot be walked out of.
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const name of readdirSync(folder)) {
    const dot = name.lastIndexOf(".");
    const type = TYPES[dot < 0 ? "" : name.slice(dot)];
    if (type) files.set(`/${name}`, { body: readFileSync(join(folder, name)), type });
  }
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const file = files.get(path === "/" ? "/index.html" : path);
    const headers = {
      "Content-Security-Policy": DESK_CSP,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Resource-Policy": "same-origin",
      "Cache-Control": "no-store",
    };
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...headers, Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
      res.end("method not allowed: the desk serves its page only\n");
      return;
    }
    if (!file) {
      res.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
      res.end("not found\n");
      return;
    }
    res.writeHead(200, { ...headers, "Content-Type": file.type, "Content-Length": String(file.body.length) });
    res.end(req.method === "HEAD" ? undefined : file.body);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : options.port;
      const host = options.host.includes(":") ? `[${options.host}]` : options.host;
      resolve({
        url: `http://${host}:${port}/`,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/**
 * Opens a URL in the default browser (xdg-open, open or start), without waiting for it.
 * Returns false when no opener could be started.
 *
 * @example
 * ```ts
 * import { openInBrowser } from "./desk.js";
 * typeof openInBrowser; //=> "function"
 * ```
 */
export function openInBrowser(url: string, platform: string = process.platform): boolean {
  const [cmd, args] = platform === "darwin" ? ["open", [url]] : platform === "win32" ? ["cmd", ["/c", "start", "", url]] : ["xdg-open", [url]];
  try {
    const child = spawn(cmd, args, { stdio: "ignore", detached: true });
    child.on("error", () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}
