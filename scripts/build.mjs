#!/usr/bin/env node
/**
 * The build: clean dist/, run tsup (every entry, with declarations), write the `.d.cts` twins,
 * then record what it was built from. `--if-stale` builds only when the sources changed since
 * the last build (or dist/ lost a file), so `npm start`, `npm test` and `prepare` (run by
 * `npm ci`) do not rebuild a tree that is already built. `--check` only answers: exit 0 when
 * dist/ is up to date, 1 when a build is due.
 *
 * The record is a hash of the sources, configs and scripts the build reads, kept in
 * node_modules/.cache/claimcheck/build.json (outside dist/, so it is never published; a fresh
 * `npm ci` drops it, and the build runs again).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const record = join(root, "node_modules", ".cache", "claimcheck", "build.json");

/** Everything the build's output depends on besides node_modules. */
const INPUTS = ["src", "tsup.config.ts", "tsconfig.json", "package.json", "package-lock.json", "scripts/build.mjs", "scripts/dts-cjs.mjs", "scripts/build-desk.mjs", "claims/seed/article.txt"];

/** The files of an input (a file, or a folder read recursively), relative to the root, sorted. */
function files(input) {
  const full = join(root, input);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [input];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).replace(/\\/g, "/"))
    .sort();
}

function sourceHash() {
  const hash = createHash("sha256");
  for (const f of INPUTS.flatMap(files)) {
    hash.update(f + "\0");
    hash.update(readFileSync(join(root, f)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

function distFiles() {
  return existsSync(dist) ? readdirSync(dist).sort() : [];
}

function fresh(hash) {
  if (!existsSync(record)) return false;
  let saved;
  try {
    saved = JSON.parse(readFileSync(record, "utf8"));
  } catch {
    return false;
  }
  return saved.hash === hash && Array.isArray(saved.files) && saved.files.length > 0 && saved.files.every((f) => existsSync(join(dist, f)));
}

function run(script, args = []) {
  const r = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const hash = sourceHash();
if (process.argv.includes("--check")) process.exit(fresh(hash) ? 0 : 1);
if (process.argv.includes("--if-stale") && fresh(hash)) process.exit(0);

rmSync(dist, { recursive: true, force: true });
const require = createRequire(import.meta.url);
run(join(dirname(require.resolve("tsup/package.json")), "dist", "cli-default.js"));
run(join(root, "scripts", "dts-cjs.mjs"));
run(join(root, "scripts", "build-desk.mjs"));
mkdirSync(dirname(record), { recursive: true });
writeFileSync(record, JSON.stringify({ hash, files: distFiles() }, null, 2) + "\n");
