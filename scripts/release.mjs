// `npm run release [-- --dry-run]`: checks that the package is ready to be
// released as its package.json version, rebuilds the derived files, and tags
// the release locally: vX.Y.Z, and the moving major tag the Action is used by
// (v1 for 0.x and 1.x releases). It never pushes; it prints what to push.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const cwd = process.cwd();
const dryRun = process.argv.includes("--dry-run");

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

function git(...args) {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

function gitOk(...args) {
  try {
    git(...args);
    return true;
  } catch {
    return false;
  }
}

const pkg = JSON.parse(readFileSync(join(cwd, "package.json"), "utf8"));
const version = String(pkg.version);
// Semantic Versioning 2.0.0, without build metadata.
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?$/;
const semver = SEMVER.exec(version);
if (!semver) fail(`package.json's version "${version}" is not a semantic version (X.Y.Z or X.Y.Z-pre.N)`);

// The first released entry of the changelog (Keep a Changelog: "## [X.Y.Z] - YYYY-MM-DD").
const changelog = readFileSync(join(cwd, "CHANGELOG.md"), "utf8");
const top = /^## \[(?!Unreleased\])([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?/m.exec(changelog);
if (!top) fail("CHANGELOG.md has no released entry (## [X.Y.Z] - YYYY-MM-DD)");
if (top[1] !== version) fail(`CHANGELOG.md's top entry is ${top[1]}, package.json's version is ${version}: add a ## [${version}] entry`);
if (!top[2]) fail(`CHANGELOG.md's entry for ${version} has no date (## [${version}] - YYYY-MM-DD)`);
if (!new RegExp(`^\\[${version.replaceAll(".", "\\.")}\\]: \\S+`, "m").test(changelog)) {
  fail(`CHANGELOG.md has no link for [${version}] at its end`);
}

const tag = `v${version}`;
const prerelease = semver[4] !== undefined;
const major = `v${Math.max(1, Number(semver[1]))}`;

if (git("status", "--porcelain") !== "") fail("the work tree has uncommitted changes: commit or stash them first");
if (gitOk("rev-parse", "-q", "--verify", `refs/tags/${tag}`)) fail(`the tag ${tag} exists already: bump the version`);

// The derived files (the Action bundle, the rule table) must be current and committed.
console.log("release: npm run generate");
execFileSync("npm", ["run", "generate"], { cwd, stdio: "inherit" });
const stale = git("status", "--porcelain");
if (stale !== "") fail(`npm run generate changed files that are committed:\n${stale}\ncommit them, then run the release again`);

const commit = git("rev-parse", "HEAD");
const commands = [["tag", "-a", tag, "-m", `protoguard ${version}`, commit]];
if (!prerelease) commands.push(["tag", "-f", "-a", major, "-m", `protoguard ${version}`, commit]);
for (const args of commands) {
  console.log(`release: git ${args.join(" ")}`);
  if (!dryRun) git(...args);
}
console.log(dryRun ? "release: dry run, no tag was made." : `release: tagged ${commit.slice(0, 12)} as ${prerelease ? tag : `${tag} and ${major}`}.`);
console.log("Then publish:");
console.log(`  git push origin ${tag}${prerelease ? "" : ` && git push --force origin ${major}`}`);
console.log(`  npm publish${prerelease ? " --tag next" : ""}`);
