/**
 * The public surface, name by name: what `claimcheck`, `claimcheck/node` and `claimcheck/server`
 * export at run time.
 * A change here is a change to the package's API, made on purpose (and written in the README).
 * Types are checked by `tsc` through the tests that use them.
 */
import { describe, expect, it } from "vitest";
import * as main from "../../src/index.js";
import * as node from "../../src/node.js";
import * as server from "../../src/server.js";

describe("the public surface", () => {
  it("claimcheck exports the checking, reading, DSL, schema, formats and error names, and nothing internal", () => {
    expect(Object.keys(main).sort()).toEqual([
      "CHECK_FORMATS",
      "CONFUSABLES",
      "ClaimcheckInputError",
      "ClaimcheckInternalError",
      "ClaimsFileSchema",
      "Interval",
      "Rational",
      "SARIF_SCHEMA_URI",
      "SCAN_FORMATS",
      "check",
      "checkText",
      "claimsJsonSchema",
      "defineClaims",
      "defineDocument",
      "defineDocuments",
      "describeInterval",
      "draftClaims",
      "findingLine",
      "formatClaimReview",
      "formatHtml",
      "formatInputIssue",
      "formatJson",
      "formatPretty",
      "formatSarif",
      "formatScanJson",
      "formatScanPretty",
      "parseClaims",
      "parseQuantity",
      "proposeClaims",
      "relationSpecs",
      "ruleCatalogue",
      "scanNumbers",
      "scanText",
      "toClaimReviews",
      "toJsonReport",
      "toSarif",
      "toScanJson",
    ]);
  });

  it("claimcheck/node exports the loader and the CLI as a function", () => {
    expect(Object.keys(node).sort()).toEqual(["USAGE", "checkFile", "findClaimFiles", "loadClaimSet", "loadClaimsFile", "run", "useColor"]);
  });

  it("claimcheck/server exports the Fetch-API app, its engines and the Node server", () => {
    expect(Object.keys(server).sort()).toEqual(["DEFAULT_BUDGET_MS", "DEFAULT_MAX_BODY_BYTES", "PROBLEMS", "createApp", "inProcessEngine", "openApiDocument", "runJob", "runServer", "startServer", "workerPoolEngine"]);
  });

  it("keeps internals out: the engine's helpers, the rules, the tokenizer, the calendar", () => {
    for (const name of ["shrink", "analyze", "tokenize", "digitValue", "shiftDay", "relationRules", "builtinRules", "registerMessages", "messageOf"]) {
      expect(Object.keys(main)).not.toContain(name);
    }
  });
});
