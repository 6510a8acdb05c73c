/**
 * The desk's checker as one script (core.js, a global `claimcheckDesk`): the worker loads it, and
 * so does the page itself when no worker can start.
 */
export { deskHandler } from "./handler.js";
