/**
 * The README's CLI reference is made from the CLI's definitions table, as `--help` is: this test
 * fails when they drift. `npm run cli-reference` rewrites the README's block.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/definitions.js";
import { referenceMarkdown, run } from "../../src/cli/run.js";

const README = join(import.meta.dirname, "..", "..", "README.md");
const START = "<!-- cli-reference:start (npm run cli-reference writes this block) -->\n";
const END = "<!-- cli-reference:end -->";

function block(readme: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md has no block between ${START.trim()} and ${END}`);
  return readme.slice(a + START.length, b);
}

describe("the README's CLI reference", () => {
  it("is the one made from the definitions (npm run cli-reference rewrites it)", () => {
    const readme = readFileSync(README, "utf8");
    if (process.env.CLI_REFERENCE === "write") {
      const a = readme.indexOf(START);
      const b = readme.indexOf(END);
      writeFileSync(README, readme.slice(0, a + START.length) + "\n" + referenceMarkdown() + "\n" + readme.slice(b));
      return;
    }
    expect(block(readme)).toBe("\n" + referenceMarkdown() + "\n");
  });

  it("names every option of every command, as --help does", async () => {
    const reference = block(readFileSync(README, "utf8"));
    for (const c of COMMANDS) {
      let help = "";
      await run([c.name, "--help"], { stdout: (s) => (help += s), stderr: () => {}, env: {}, isTTY: false });
      for (const o of c.options) {
        const flag = o.negatable ? `--[no-]${o.name}` : `--${o.name}`;
        expect(reference).toContain(flag);
        expect(help).toContain(flag);
      }
    }
  });
});
