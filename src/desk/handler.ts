/**
 * The desk's work, behind the worker's message port: analyse a request, export the last
 * analysis, read imported files. The worker script and the page's fallback (a page opened from a
 * file, where browsers start no worker) both use it.
 */
import { analyseDesk, exportClaims, exportHtml, type DeskAnalysis } from "./view.js";
import { importFiles } from "./import.js";
import type { FromWorker, ToWorker } from "./protocol.js";

/**
 * A handler that keeps the last analysis between messages.
 *
 * @example
 * ```ts
 * import { deskHandler } from "./handler.js";
 * const handle = deskHandler();
 * const answer = handle({ id: 1, type: "analyse", request: { text: "Of 37 reports, 13 were credible." } });
 * answer.type; //=> "view"
 * ```
 */
export function deskHandler(now: () => number = () => Date.now()): (m: ToWorker) => FromWorker {
  let last: DeskAnalysis | undefined;
  return (m) => {
    try {
      switch (m.type) {
        case "analyse": {
          const t0 = now();
          last = analyseDesk(m.request);
          return { id: m.id, type: "view", view: last.view, ms: now() - t0 };
        }
        case "export-claims":
          return last ? { id: m.id, type: "file", content: exportClaims(last) } : { id: m.id, type: "failed", error: "nothing to export yet" };
        case "export-html":
          return last ? { id: m.id, type: "file", content: exportHtml(last) } : { id: m.id, type: "failed", error: "nothing to export yet" };
        case "import":
          return { id: m.id, type: "imported", imported: importFiles(m.files) };
        default:
          return { id: (m as { id: number }).id, type: "failed", error: "unknown request" };
      }
    } catch (e) {
      return { id: m.id, type: "failed", error: `claimcheck failed on this input (a bug: please report it with the text): ${(e as Error).message}` };
    }
  };
}
