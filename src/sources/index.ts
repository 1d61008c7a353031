import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { InputError } from "../model/errors.js";
import { readSetSource } from "./descriptor-set.js";
import { readDirectory } from "./dir.js";
import type { GitReadStats } from "./git.js";
import { readFilesAbove, readGitSource } from "./git-read.js";
import { Locator, type GitPlace, type Place } from "./locate.js";
import type { GitFiles, InputFormat, Source } from "./source.js";

export type { DescriptorSetSource, FilesSource, GitFiles, InputFormat, Source, SourceBlobs } from "./source.js";
export { INPUT_FORMATS } from "./source.js";
export { readPbjsRoot, ROOT_SPEC, type PbjsRoot } from "./pbjs-root.js";
export { upward } from "./source.js";

export interface SourceReaderOptions {
  /** Directory the inputs are relative to. */
  readonly cwd: string;
  /**
   * Import paths, relative to cwd. Each must be a directory (for a git input,
   * one inside the repository is read as of the same revision). They are
   * taken as given; an import is read only from inside one of them.
   */
  readonly include?: readonly string[];
}

/**
 * Reads inputs (directories, descriptor sets, git revisions, the git index)
 * into sources. One reader serves both sides of a comparison, so they share
 * one repository and the blobs read from it. Each side is named in messages
 * by the label its caller gives ("the previous version"; a command line
 * passes the flag its user typed).
 */
export class SourceReader {
  private readonly cwd: string;
  private readonly include: readonly string[];
  /** Where inputs are, and the repositories they are in: shared by whatever else a run asks of them (its approvals). */
  readonly locator: Locator;

  constructor(options: SourceReaderOptions, locator?: Locator) {
    this.cwd = options.cwd;
    this.include = options.include ?? [];
    this.locator = locator ?? new Locator(options.cwd);
  }

  /** A reader with other import paths that shares this one's repositories, blobs and sources. */
  withInclude(include: readonly string[]): SourceReader {
    return new SourceReader({ cwd: this.cwd, include }, this.locator);
  }

  /** Git processes started and blobs read so far, over every repository. */
  gitStats(): Promise<GitReadStats> {
    return this.locator.gitStats();
  }

  /**
   * Reads an input spec: a directory of `.proto` files, a descriptor set
   * (`.binpb`, `.pb`, `.bin`, `.json`), buf's `.git#branch=…,subdir=…`, or a
   * git revision (`main`, `HEAD~1`, `v1.2.0`, `main...HEAD`). buf's syntax
   * is recognised first; then a name that exists on disk is a directory or
   * file, and anything else is a revision.
   * With `relativeTo` (the current version), this is the previous version:
   * a revision is read at the subdirectory of `relativeTo`, so
   * `proto --against main` compares proto/ with main's proto/, and a revision
   * with no schema there yet is read as absent rather than refused.
   * With `format` "pbjs", the input must be a file, read as a protobufjs
   * JSON bundle whatever its shape.
   */
  async read(spec: string, label: string, relativeTo?: Source, format?: InputFormat): Promise<Source> {
    if (format === "pbjs") return this.readForcedBundle(spec, label, format);
    const place = await this.locator.placeOf(spec, label, false, relativeTo);
    if (place.kind !== "path") return this.readGit(spec, place, label, relativeTo !== undefined);
    if (statSync(place.path).isDirectory()) {
      const source = readDirectory(spec, place.path, label, this.cwd, this.include);
      this.locator.anchor(source, { dir: place.path });
      return source;
    }
    const source = readSetSource(spec, place.path, label, format);
    this.locator.anchor(source, { dir: this.cwd });
    return source;
  }

  /** A file read as a protobufjs JSON bundle whatever its name: anything but a file on disk is an InputError. */
  private readForcedBundle(spec: string, label: string, format: InputFormat): Source {
    const path = resolve(this.cwd, spec);
    if (spec === "" || !existsSync(path) || statSync(path).isDirectory()) {
      throw new InputError(`${label} "${spec}": not a file, so not a protobufjs JSON bundle`);
    }
    const source = readSetSource(spec, path, label, format);
    this.locator.anchor(source, { dir: this.cwd });
    return source;
  }

  /**
   * Reads the git index below a directory of the work tree: the content
   * `git commit` would record, without unstaged edits or untracked files.
   */
  async readStaged(spec: string, label: string): Promise<Source> {
    return this.readGit(spec, (await this.locator.placeOf(spec, label, true)) as GitPlace, label, false);
  }

  /**
   * The files with these names in the directory an input's schema is read
   * at and in each directory above it, up to the top of the repository, as
   * of the input's revision or, with `staged`, of the index: what the input's
   * own configuration is read from. Undefined for an input read from the
   * file system (a directory, a descriptor set). The files are read in one
   * `git cat-file --batch`, with the same errors as reading the input.
   */
  async filesAbove(spec: string, label: string, staged: boolean, names: readonly string[]): Promise<GitFiles | undefined> {
    const place = await this.locator.placeOf(spec, label, staged);
    return place.kind === "path" ? undefined : readFilesAbove(place, names);
  }

  /**
   * Where an input is (a path, or a place in git), located as `read` locates
   * it: for the history and the files beside a schema that a check reads.
   */
  placeOf(spec: string, label: string, staged: boolean, relativeTo?: Source): Promise<Place> {
    return this.locator.placeOf(spec, label, staged, relativeTo);
  }

  private async readGit(spec: string, place: GitPlace, label: string, mayBeAbsent: boolean): Promise<Source> {
    const source = await readGitSource(spec, place, label, { cwd: this.cwd, paths: this.include }, mayBeAbsent);
    const dir = place.kind === "staged" ? resolve(this.cwd, spec) : place.repo.top;
    this.locator.anchor(source, { dir, repo: place.repo, prefix: place.prefix, top: place.top });
    return source;
  }
}
