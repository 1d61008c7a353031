import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * protoguard's own version, from the package.json named protoguard above this
 * module (in the sources, the build or the bundle), never the host project's.
 */
export function packageVersion(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = readPackage(file);
      if (pkg?.name === "protoguard") return pkg.version;
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

function readPackage(file: string): { name?: string; version?: string } | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
  } catch {
    return undefined;
  }
}
