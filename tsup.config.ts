import { defineConfig } from "tsup";

// The library entries are built together, per module format, with code splitting: `claimcheck`,
// `claimcheck/node` and `claimcheck/vitest` then share one copy of the core (a chunk), so a
// class such as ClaimcheckInputError is the same class whichever entry it is imported from
// (`instanceof` works across entries). `claimcheck/server` (ESM only, as `claimcheck/vitest`) is one
// of them, with its worker thread as an entry of its own: dist/server-worker.js, which the server
// finds beside its chunks. The core chunk stays free of `node:` imports; a test
// follows the imports of dist/index.js and dist/index.cjs to check it, and the pack test
// require()s and imports both entries from an installed tarball.
export default defineConfig([
  {
    entry: { index: "src/index.ts", node: "src/node.ts", vitest: "src/vitest/index.ts", server: "src/server.ts", "server-worker": "src/server/node-worker.ts" },
    format: ["esm"],
    splitting: true,
    dts: true,
    target: "node20",
    platform: "node",
    clean: false,
  },
  {
    // `claimcheck/vitest` is ESM only: vitest itself cannot be require()d.
    entry: { index: "src/index.ts", node: "src/node.ts" },
    format: ["cjs"],
    splitting: true,
    // Rollup then splits the CJS output (tsup's own CJS splitting turns the loader's `import()`
    // of a .js claims file into a `require()`, which cannot load a file: URL).
    treeshake: true,
    // The .d.cts files are the ESM build's .d.ts with `.cjs` imports: scripts/dts-cjs.mjs writes
    // them after tsup, which halves the build's time (a second declaration build is slow).
    dts: false,
    target: "node20",
    platform: "node",
    clean: false,
  },
  {
    // Split so that the bin answers --version before it loads the rest of the CLI: run.js and the
    // core are chunks it imports only for the other commands.
    // The worker thread of `check --jsonl` is an entry of its own: dist/jsonl-worker.js, which the
    // CLI finds beside its chunks.
    entry: { cli: "src/cli/bin.ts", "jsonl-worker": "src/cli/jsonl-worker.ts" },
    format: ["esm"],
    splitting: true,
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    clean: false,
  },
]);
