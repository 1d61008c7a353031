import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Tests build real repositories and must not depend on the machine's git
// configuration, nor on a repository a surrounding git hook points at: the
// code under test inherits this environment.
for (const key of Object.keys(process.env)) {
  if (key.startsWith("GIT_")) Reflect.deleteProperty(process.env, key);
}
const emptyConfig = join(mkdtempSync(join(tmpdir(), "protoguard-gitconfig-")), "config");
writeFileSync(emptyConfig, "");
process.env["GIT_CONFIG_NOSYSTEM"] = "1";
process.env["GIT_CONFIG_GLOBAL"] = emptyConfig;

/** Runs git in a directory and returns its output (trimmed). */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

/** A throwaway repository in a temporary directory, on branch main, with its own user. */
export class TestRepo {
  readonly dir: string;

  constructor(dir?: string) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), "protoguard-git-"));
    if (dir === undefined) {
      this.git("init", "-q", "-b", "main");
      this.git("config", "user.name", "Protoguard Test");
      this.git("config", "user.email", "test@protoguard.invalid");
      this.git("config", "commit.gpgsign", "false");
    }
  }

  git(...args: string[]): string {
    return git(this.dir, ...args);
  }

  /** Writes files (path → text) into the work tree. */
  write(files: Record<string, string>): this {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(this.dir, path, ".."), { recursive: true });
      writeFileSync(join(this.dir, path), text);
    }
    return this;
  }

  /** Replaces a directory of the work tree with a copy of another directory. */
  copy(from: string, to: string): this {
    rmSync(join(this.dir, to), { recursive: true, force: true });
    mkdirSync(join(this.dir, to), { recursive: true });
    for (const entry of readdirSync(from)) cpSync(join(from, entry), join(this.dir, to, entry), { recursive: true });
    return this;
  }

  remove(...paths: string[]): this {
    for (const p of paths) rmSync(join(this.dir, p), { recursive: true, force: true });
    return this;
  }

  /** Stages everything and commits; returns the commit's hash. */
  commit(message: string): string {
    this.git("add", "-A");
    this.git("commit", "-q", "--allow-empty", "-m", message);
    return this.git("rev-parse", "HEAD");
  }

  path(...parts: string[]): string {
    return join(this.dir, ...parts);
  }
}
