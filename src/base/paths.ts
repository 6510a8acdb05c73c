/**
 * Paths of files named inside a claims file, as pure string functions (the core imports no
 * `node:` module): `/` separators, `.` and `..` resolved.
 */

/**
 * The path of a file named relative to a claims file (`article.txt` beside
 * `claims/seed/claims.yaml` is `claims/seed/article.txt`), with `/` separators.
 *
 * @example
 * ```ts
 * siblingPath("claims/seed/claims.yaml", "article.txt"); //=> "claims/seed/article.txt"
 * siblingPath("claims/a/claims.yaml", "../shared/text.txt"); //=> "claims/shared/text.txt"
 * ```
 */
export function siblingPath(claimsFile: string | undefined, relativePath: string): string {
  const rel = relativePath.replace(/\\/g, "/");
  if (rel.startsWith("/") || /^[A-Za-z]:\//.test(rel)) return normalise(rel);
  const base = (claimsFile ?? "").replace(/\\/g, "/");
  const slash = base.lastIndexOf("/");
  const dir = slash >= 0 ? base.slice(0, slash + 1) : "";
  return normalise(dir + rel);
}

function normalise(path: string): string {
  const absolute = path.startsWith("/");
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else if (seg === ".." && absolute) continue;
    else out.push(seg);
  }
  return (absolute ? "/" : "") + out.join("/");
}

