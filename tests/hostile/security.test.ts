/**
 * A claims file reads only what belongs to its claim set. Every file the loader opens goes
 * through `open` of node:fs/promises, which this test wraps to record each path: a test here
 * fails if the file it protects is opened at all, not only if its content shows in the report.
 * The files outside the root hold a marker that must appear nowhere in the output either; the
 * FIFO would block a reader forever (vitest's time limit would fail the test).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const opened: string[] = [];

vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...actual,
    open: (path: Parameters<typeof actual.open>[0], ...rest: [number | string | undefined, number | undefined]) => {
      opened.push(String(path));
      return actual.open(path, ...rest);
    },
  };
});

const { run } = await import("../../src/cli/run.js");

const base = mkdtempSync(join(tmpdir(), "claimcheck-security-"));
/** The folder someone sent: the claims files and what they may read. */
const sent = join(base, "sent");
/** Outside it: a file that must never be read. */
const secret = join(base, "secret.txt");
const MARKER = "TOP-SECRET-MARKER-4711";
let server: Server | undefined;

beforeAll(async () => {
  mkdirSync(join(sent, "sub"), { recursive: true });
  writeFileSync(secret, `${MARKER} 37 reports\n`);
  writeFileSync(join(sent, "article.txt"), "It investigated 37 reports.\n");
  symlinkSync(secret, join(sent, "link.txt"));
  symlinkSync(join(sent, "loop-a"), join(sent, "loop-b"));
  symlinkSync(join(sent, "loop-b"), join(sent, "loop-a"));
  execFileSync("mkfifo", [join(sent, "pipe.txt")]);
  execFileSync("mkfifo", [join(sent, "pipe.claims.yaml")]);
  server = createServer();
  await new Promise<void>((resolve) => server!.listen(join(sent, "socket.txt"), resolve));
});

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  rmSync(base, { recursive: true, force: true });
});

beforeEach(() => {
  opened.length = 0;
});

/** A claims file in the sent folder whose document reads `textFile`. */
function claims(name: string, textFile: string): string {
  const p = join(sent, name);
  writeFileSync(p, `document: { id: d, textFile: ${JSON.stringify(textFile)} }\nclaims:\n  reports: { value: 37, quote: "37 reports" }\n`);
  return p;
}

async function cli(argv: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const code = await run(argv, { stdout: (s) => void (out += s), stderr: (s) => void (out += s), env: {}, isTTY: false });
  return { code, out };
}

describe("a textFile is read only inside the claims file's folder (or --root), and only if it is a regular file", () => {
  it.each([
    ["a path that leads outside with ..", "up.claims.yaml", "../secret.txt", secret, /found '\.\.\/secret\.txt', which is outside it/],
    ["an absolute path outside", "abs.claims.yaml", secret, secret, /which is outside it/],
    ["/proc/self/environ", "environ.claims.yaml", "/proc/self/environ", "/proc/self/environ", /found '\/proc\/self\/environ', which is outside it/],
    ["../../../../../../etc/passwd", "passwd.claims.yaml", "../../../../../../../../etc/passwd", "/etc/passwd", /found '(\.\.\/)+etc\/passwd', which is outside it/],
    ["a symbolic link that leaves the folder", "link.claims.yaml", "link.txt", secret, /found 'link\.txt', a symbolic link to a file outside it/],
    ["a FIFO (reading it would block forever)", "fifo.claims.yaml", "pipe.txt", join(sent, "pipe.txt"), /found 'pipe\.txt': a FIFO \(named pipe\)/],
    ["a socket", "socket.claims.yaml", "socket.txt", join(sent, "socket.txt"), /found 'socket\.txt': a socket/],
    ["a directory", "dir.claims.yaml", "sub", join(sent, "sub"), /found 'sub': a directory/],
    ["a loop of symbolic links", "loop.claims.yaml", "loop-a", join(sent, "loop-a"), /found 'loop-a': a loop of symbolic links/],
  ])("%s: exit 2, the key named, the file never opened", async (_name, file, textFile, protectedPath, message) => {
    const r = await cli(["check", claims(file, textFile)]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(new RegExp(`${file}:1:30: at document\\.textFile: expected `));
    expect(r.out).toMatch(message);
    expect(r.out).not.toContain(MARKER);
    expect(opened).not.toContain(protectedPath);
    expect(opened.filter((p) => !p.endsWith(".claims.yaml"))).toEqual([]);
  });

  it("a device (/dev/zero, under --root /) is refused from its type, never opened: it would never end", async () => {
    const r = await cli(["check", claims("device.claims.yaml", "/dev/zero"), "--root", "/"]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/found '\/dev\/zero': a character device/);
    expect(opened).not.toContain("/dev/zero");
  });

  it("a text inside the folder is read (the same file, named plainly)", async () => {
    const r = await cli(["check", claims("ok.claims.yaml", "article.txt"), "--format", "json"]);
    expect(r.code).toBe(0);
    expect(opened).toContain(join(sent, "article.txt"));
  });

  it("--root names another folder the texts may come from", async () => {
    const r = await cli(["check", claims("rooted.claims.yaml", "../secret.txt"), "--root", base]);
    expect(r.code).toBe(0);
    expect(opened).toContain(secret);
  });
});

describe("claims files", () => {
  it("a claims file that is a FIFO is refused unopened (named on the command line)", async () => {
    const r = await cli(["check", join(sent, "pipe.claims.yaml")]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/pipe\.claims\.yaml: expected a claims file that is a regular file \(not a directory, device, FIFO or socket\), found a FIFO \(named pipe\)/);
    expect(opened).not.toContain(join(sent, "pipe.claims.yaml"));
  });

  it("a claims file named on the command line that is a link to another file: nothing of it is quoted", async () => {
    const link = join(base, "named.claims.yaml");
    symlinkSync(secret, link);
    const r = await cli(["check", link]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/named\.claims\.yaml: expected a mapping of keys to values \(an object\), found text of 33 characters, not a mapping of keys/);
    expect(r.out).not.toContain(MARKER);
  });

  it("a directory search opens no FIFO named like a claims file: reported, not read", async () => {
    const dir = join(base, "search-fifo");
    mkdirSync(dir, { recursive: true });
    execFileSync("mkfifo", [join(dir, "claims.yaml")]);
    const r = await cli(["check", dir]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/claims\.yaml: expected a claims file that is a regular file .*, found a FIFO \(named pipe\)/);
    expect(opened).toEqual([]);
  });

  it("a directory search follows no symbolic link: a claims.yaml linked to a secret is reported, not read", async () => {
    const dir = join(base, "search");
    mkdirSync(dir, { recursive: true });
    symlinkSync(secret, join(dir, "claims.yaml"));
    const r = await cli(["check", dir]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/claims\.yaml: expected a claims file that is a regular file \(a directory search follows no symbolic link and opens nothing else: name a link to check it\), found a symbolic link/);
    expect(r.out).not.toContain(MARKER);
    expect(opened).toEqual([]);
  });
});
