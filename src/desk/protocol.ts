/**
 * The messages between the desk page and its Web Worker. The page sends a request with an id;
 * the worker answers with the same id. The worker keeps the last analysis, which the exports use.
 */
import type { DeskRequest, DeskView } from "./view.js";
import type { DroppedFile, Imported } from "./import.js";

/** From the page to the worker. */
export type ToWorker =
  | { readonly id: number; readonly type: "analyse"; readonly request: DeskRequest }
  | { readonly id: number; readonly type: "export-claims" }
  | { readonly id: number; readonly type: "export-html" }
  | { readonly id: number; readonly type: "import"; readonly files: readonly DroppedFile[] };

/** From the worker to the page. */
export type FromWorker =
  | { readonly id: number; readonly type: "view"; readonly view: DeskView; readonly ms: number }
  | { readonly id: number; readonly type: "file"; readonly content: string }
  | { readonly id: number; readonly type: "imported"; readonly imported: Imported }
  | { readonly id: number; readonly type: "failed"; readonly error: string };
