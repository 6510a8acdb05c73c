/**
 * The version of claimcheck, read from its package.json without loading anything else: the bin
 * answers `--version` with this alone.
 */
import { readFileSync } from "node:fs";

/** The version in package.json, or "unknown". */
export function version(): string {
  // dist/*.js sit one level below package.json; src/cli/*.ts (run from source, in tests) two.
  for (const rel of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), "utf8")) as { name?: string; version: string };
      if (pkg.name === "claimcheck") return pkg.version;
    } catch {
      // try the next place
    }
  }
  return "unknown";
}
