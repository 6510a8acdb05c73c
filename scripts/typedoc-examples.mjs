// @ts-check
/**
 * A TypeDoc plugin: every function, class and constant exported by an entry point must carry an
 * `@example` (on its own comment or its signature's). A missing one is a warning, which
 * `treatWarningsAsErrors` turns into a failed `npm run docs`. Interfaces and type aliases must be
 * documented (TypeDoc's `notDocumented` validation) but need no example of their own: the
 * examples of the functions that take and return them show them in use.
 */
import { Converter, ReflectionKind } from "typedoc";

const NEEDS_EXAMPLE = ReflectionKind.Function | ReflectionKind.Class | ReflectionKind.Variable | ReflectionKind.Enum;

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const entry of context.project.children ?? []) {
      for (const child of entry.children ?? []) {
        if (!child.kindOf(NEEDS_EXAMPLE)) continue;
        const comments = [child.comment, ...(child.signatures ?? []).map((s) => s.comment)];
        const hasExample = comments.some((c) => c?.blockTags.some((t) => t.tag === "@example"));
        if (!hasExample) {
          app.logger.warn(`${entry.name}: ${child.name} (${ReflectionKind.singularString(child.kind)}) has no @example`);
        }
      }
    }
  });
}
