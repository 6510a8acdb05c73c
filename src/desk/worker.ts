/**
 * The desk's Web Worker: the checker runs here, off the page's thread, so the page stays
 * responsive while a long text is read. A classic worker script: it loads the checker (core.js,
 * beside it) with importScripts, which works wherever the page's own scripts load.
 */
import type { deskHandler } from "./handler.js";
import type { ToWorker } from "./protocol.js";

declare function importScripts(...urls: string[]): void;

importScripts("core.js");
const core = (globalThis as unknown as { claimcheckDesk: { deskHandler: typeof deskHandler } }).claimcheckDesk;
const handle = core.deskHandler(() => performance.now());
const port = globalThis as unknown as { onmessage: ((e: MessageEvent<ToWorker>) => void) | null; postMessage(m: unknown): void };
port.onmessage = (e) => port.postMessage(handle(e.data));
