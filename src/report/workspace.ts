import { isAbsolute, relative, resolve, sep } from "node:path";
import type { Finding } from "../model/finding.js";

/** The formats whose paths a CI service resolves from the repository's root, not from where protoguard ran. */
export const ROOT_RELATIVE_FORMATS: readonly string[] = ["github", "sarif", "gitlab", "markdown"];

/**
 * The repository root a CI service resolves report paths from, when
 * protoguard runs in one: GITHUB_WORKSPACE on GitHub Actions, CI_PROJECT_DIR
 * on GitLab CI.
 */
export function ciWorkspace(env: NodeJS.ProcessEnv): string | undefined {
  return env["GITHUB_WORKSPACE"] || env["CI_PROJECT_DIR"] || undefined;
}

/**
 * Findings whose current-side path is made relative to the workspace, for a
 * run started in a subdirectory of it (`working-directory: proto`): the
 * annotation then lands on `proto/acme/order.proto`, not on a file that does
 * not exist. Paths outside the workspace, deleted files and git sides
 * (`main:proto/…`, already relative to the repository) stay as they are.
 */
export function relativeToWorkspace<F extends Finding>(findings: readonly F[], cwd: string, workspace: string): F[] {
  const base = resolve(workspace);
  if (resolve(cwd) === base) return [...findings];
  return findings.map((f) => {
    if (f.deleted) return f;
    const rel = relative(base, resolve(cwd, f.file));
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return f;
    return { ...f, file: rel.split(sep).join("/") };
  });
}
