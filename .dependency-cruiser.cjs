/**
 * The layers of claimcheck, in order: a module imports only modules of its own layer or of the
 * layers before it. `npm test` runs this (scripts/check-layers.mjs); README "Working on
 * claimcheck" shows the same order.
 */
const LAYERS = [
  "base", // spans, line index, severity, input issues, suggestions
  "numbers", // exact rationals, intervals, the number grammar, quantities
  "time", // calendar dates, periods, lengths
  "text", // scanner, quotes, sentences, words, confusion dictionary
  "claims", // the claim-set model, anchors of claims in their texts
  "relations", // one spec per relation kind
  "input", // schema, parser, DSL, series compilation
  "propose", // claims and relations proposed from a raw text, by cue
  "engine", // the network, propagation, conflicts, witnesses
  "rules", // rules and the findings they return
  "messages", // findings into words
  "report", // the one road from finding to reported finding
  "check", // check() and scanText()
  "formats", // pretty, json, sarif, html, claimreview, scan
  "node", // the file loader
];
/** Shells at the top, which import each other never. */
const SHELLS = ["cli", "vitest", "server", "desk"];
/** The entries (src/index.ts, src/node.ts, src/server.ts) may import any layer; nothing imports them. */
const ENTRIES = "^src/(index|node|server)\\.ts$";

const dir = (name) => `^src/${name}/`;
const later = (i) => [...LAYERS.slice(i + 1), ...SHELLS];

module.exports = {
  forbidden: [
    ...LAYERS.map((layer, i) => ({
      name: `layer-${layer}`,
      comment: `src/${layer}/ imports only the layers before it: ${LAYERS.slice(0, i).join(", ") || "none"}`,
      severity: "error",
      from: { path: dir(layer) },
      to: { path: [...later(i).map(dir), ENTRIES] },
    })),
    ...SHELLS.map((shell) => ({
      name: `shell-${shell}`,
      comment: `src/${shell}/ does not import the other shells or the entries`,
      severity: "error",
      from: { path: dir(shell) },
      to: { path: [...SHELLS.filter((s) => s !== shell).map(dir), ENTRIES] },
    })),
    {
      name: "isomorphic-core",
      comment: "the core runs anywhere: node: modules only in the file loader (src/node/), the CLI (src/cli/) and the server's Node adapter (src/server/node-*.ts)",
      severity: "error",
      from: { path: "^src/", pathNot: ["^src/node/", "^src/cli/", "^src/server/node-"] },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "main-entry-isomorphic",
      comment: "the main entry (claimcheck) exports only the isomorphic core",
      severity: "error",
      from: { path: "^src/index\\.ts$" },
      to: { path: ["^src/node/", "^src/cli/", "^src/vitest/", "^src/server/", "^src/node\\.ts$", "^src/server\\.ts$"] },
    },
    {
      name: "server-app-fetch",
      comment: "the server's app is Fetch-API only: its Node adapter (src/server/node-*.ts) imports it, never the other way",
      severity: "error",
      from: { path: "^src/server/", pathNot: "^src/server/node-" },
      to: { path: ["^src/server/node-", "node_modules/@hono/node-server/"] },
    },
    { name: "no-cycles", comment: "no import cycles", severity: "error", from: { path: "^src/" }, to: { circular: true } },
    { name: "no-unresolvable", comment: "every import resolves", severity: "error", from: {}, to: { couldNotResolve: true } },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js"], exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};



