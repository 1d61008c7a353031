import type { SourceFile } from "../frontend/index.js";
import type { FilesSource } from "../sources/index.js";
import { blobId, type GitRepo } from "../sources/git.js";
import { mostlyChanged, outlinedOf, planIncremental, samePaths, type BlobIds, type IncrementalPlan, type SideIds } from "./incremental.js";
import { OutlineCache, sameOutlined } from "./outline-cache.js";

/**
 * planIncremental for two sides as read. A side read from git is known by
 * its blob ids, and so is a directory compared with it (the ids are
 * computed from its bytes, as git computes them): a file with the same id on
 * both sides is the same file, and the other side's blob need not be read.
 * The outlines of blobs are kept between runs in the repository
 * (OutlineCache); the blobs not outlined before are read in one batch, then
 * those of the files the plan compiles; no other file is read. An outline
 * from the cache is trusted only while every file the plan reads agrees
 * with it: when one does not, the cache is dropped and the plan is made
 * again from the files' bytes. When most files changed, nothing is outlined
 * and there is no plan.
 */
export async function planFromSources(previous: FilesSource, current: FilesSource): Promise<IncrementalPlan | undefined> {
  const git = current.blobs ?? previous.blobs;
  if (git === undefined) return planIncremental(previous, current);
  const cache = OutlineCache.load(git.repo.gitDir);
  const format = [...git.oids.values()][0]?.length === 64 ? "sha256" : "sha1";
  const ids: SideIds = { previous: idsOf(previous, format), current: idsOf(current, format) };
  const same = samePaths(previous, current, ids);
  if (mostlyChanged(previous, current, ids, same)) return undefined;
  const unknown = (source: FilesSource): string[] =>
    source.blobs === undefined
      ? []
      : paths(source.files).filter((path) => {
          const oid = source.blobs?.oids.get(path);
          return oid !== undefined && cache.get(oid) === undefined;
        });
  await prefetch(previous, unknown(previous), current, unknown(current));
  let plan = planIncremental(previous, current, cache, ids, same);
  if (plan !== undefined) {
    await prefetch(previous, paths(plan.previous), current, paths(plan.current));
    if (!agrees(ids.current, plan.current, cache) || !agrees(ids.previous, plan.previous, cache)) {
      cache.distrust();
      await prefetch(previous, paths(previous.files), current, paths(current.files));
      plan = planIncremental(previous, current, cache, ids, same);
    }
  }
  cache.save();
  return plan;
}

/** A side's blob ids: git's, or for a directory those git would give its files. */
function idsOf(source: FilesSource, format: "sha1" | "sha256"): BlobIds {
  if (source.blobs !== undefined) return source.blobs.oids;
  if (source.kind !== "dir") return undefined;
  return new Map(source.files.map((f) => [f.path, blobId(f.bytes, format)]));
}


function paths(files: readonly SourceFile[]): string[] {
  return files.map((f) => f.path);
}

/** Reads the blobs of these files of both sides, in one batch per repository. */
async function prefetch(previous: FilesSource, prevPaths: readonly string[], current: FilesSource, curPaths: readonly string[]): Promise<void> {
  const batches = new Map<GitRepo, { oids: string[]; workTree: Map<string, string> }>();
  for (const [source, list] of [[previous, prevPaths], [current, curPaths]] as const) {
    const blobs = source.blobs;
    if (blobs === undefined) continue;
    const batch = batches.get(blobs.repo) ?? { oids: [], workTree: new Map<string, string>() };
    batches.set(blobs.repo, batch);
    for (const path of list) {
      const oid = blobs.oids.get(path);
      if (oid === undefined) continue;
      batch.oids.push(oid);
      const inWorkTree = blobs.workTree?.get(oid);
      if (inWorkTree !== undefined) batch.workTree.set(oid, inWorkTree);
    }
  }
  for (const [repo, { oids, workTree }] of batches) if (oids.length > 0) await repo.readBlobs(oids, workTree);
}

/** Whether the cached outlines of these files (read already) are what their bytes say. */
function agrees(ids: BlobIds, files: readonly SourceFile[], cache: OutlineCache): boolean {
  for (const f of files) {
    const oid = ids?.get(f.path);
    if (oid === undefined || !cache.isStored(oid)) continue;
    const cached = cache.get(oid);
    const fresh = outlinedOf(f.bytes);
    if (cached === undefined || fresh === undefined || !sameOutlined(cached, fresh)) return false;
  }
  return true;
}
