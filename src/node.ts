/**
 * `claimcheck/node`: the file loader and the CLI as a function. These use `node:` modules; the
 * main entry (`claimcheck`) does not.
 *
 * @module claimcheck/node
 */
export { checkFile, findClaimFiles, loadClaimSet, loadClaimsFile, type LoadedClaims, type LoadOptions } from "./node/load.js";
export { run, useColor, USAGE, type CliIO } from "./cli/run.js";
