/**
 * The layer rules (.dependency-cruiser.cjs) run in `npm test` over src/. These tests show they
 * bite: a small tree with a deliberately upward import, a `node:` import in the core, or a cycle
 * makes dependency-cruiser fail, naming the rule; the same tree without it passes.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const CONFIG = join(ROOT, ".dependency-cruiser.cjs");
const CLI = join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Cruises a tree of files (path → source) and returns the exit code and what it printed. */
function cruise(files: Record<string, string>): { code: number; out: string } {
  dir = mkdtempSync(join(tmpdir(), "claimcheck-layers-"));
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "ESNext", moduleResolution: "Bundler" } }));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  try {
    const out = execFileSync(process.execPath, [CLI, "src", "--config", CONFIG, "--output-type", "err"], { cwd: dir, encoding: "utf8", stdio: "pipe" });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
}

const BASE = {
  "src/base/span.ts": "export const start = 0;\n",
  "src/rules/rule.ts": 'import { start } from "../base/span.js";\nexport const rule = start;\n',
  "src/cli/run.ts": 'import { readFileSync } from "node:fs";\nimport { rule } from "../rules/rule.js";\nexport const run = [readFileSync, rule];\n',
};

describe("the layer rules", () => {
  it("pass a tree whose imports go down the order", () => {
    const r = cruise(BASE);
    expect(r.out).toContain("no dependency violations");
    expect(r.code).toBe(0);
  });

  it("fail on an import up the order, naming the layer", () => {
    const r = cruise({ ...BASE, "src/base/span.ts": 'import { run } from "../cli/run.js";\nexport const start = run.length;\n' });
    expect(r.code).not.toBe(0);
    expect(r.out).toContain("layer-base");
    expect(r.out).toContain("src/base/span.ts → src/cli/run.ts");
  });

  it("fail on a node: import in the core", () => {
    const r = cruise({ ...BASE, "src/rules/rule.ts": 'import { readFileSync } from "node:fs";\nexport const rule = readFileSync;\n' });
    expect(r.code).not.toBe(0);
    expect(r.out).toContain("isomorphic-core");
  });

  it("keep the server's app Fetch-API only: node: imports only in its Node adapter (node-*.ts), which the app never imports", () => {
    const server = {
      ...BASE,
      "src/server/app.ts": 'import { rule } from "../rules/rule.js";\nexport const app = rule;\n',
      "src/server/node-serve.ts": 'import { createServer } from "node:http";\nimport { app } from "./app.js";\nexport const serve = [createServer, app];\n',
    };
    expect(cruise(server).code).toBe(0);
    const nodeInApp = cruise({ ...server, "src/server/app.ts": 'import { readFileSync } from "node:fs";\nexport const app = readFileSync;\n' });
    expect(nodeInApp.code).not.toBe(0);
    expect(nodeInApp.out).toContain("isomorphic-core");
    const adapterInApp = cruise({ ...server, "src/server/app.ts": 'import { start } from "../base/span.js";\nexport const app = start;\nexport const later = () => import("./node-serve.js");\n' });
    expect(adapterInApp.code).not.toBe(0);
    expect(adapterInApp.out).toContain("server-app-fetch");
  });

  it("fail on a cycle inside a layer", () => {
    const r = cruise({
      ...BASE,
      "src/rules/a.ts": 'import { b } from "./b.js";\nexport const a = () => b;\n',
      "src/rules/b.ts": 'import { a } from "./a.js";\nexport const b = () => a;\n',
    });
    expect(r.code).not.toBe(0);
    expect(r.out).toContain("no-cycles");
  });
});

describe("src/", () => {
  it("holds only folders the layer rules know, and the three entries", async () => {
    const { readdirSync } = await import("node:fs");
    const { createRequire } = await import("node:module");
    const config = createRequire(import.meta.url)(CONFIG) as { forbidden: Array<{ name: string }> };
    const known = config.forbidden.flatMap((r) => (/^(layer|shell)-(.+)$/.exec(r.name)?.[2] ?? []));
    const entries = readdirSync(join(ROOT, "src"), { withFileTypes: true });
    expect(entries.filter((e) => e.isDirectory()).map((e) => e.name).sort()).toEqual([...known].sort());
    expect(entries.filter((e) => e.isFile()).map((e) => e.name).sort()).toEqual(["index.ts", "node.ts", "server.ts"]);
  });
});
