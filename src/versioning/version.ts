/**
 * Package versions, with buf's grammar (its `protoversion` package): the last
 * component of a package of at least two components is `v<major>`, optionally
 * followed by `p<patch>` and `alpha`/`beta` with an optional number, or by
 * `test` and anything at all. Numbers are at least 1 (`v0` only when allowed).
 */

/** How far a version promises to stay compatible. */
export type Stability = "stable" | "alpha" | "beta" | "test";

export interface PackageVersion {
  readonly major: number;
  readonly stability: Stability;
  /** The number after alpha/beta (`v1beta2` → 2), 0 when absent. */
  readonly minor: number;
  /** The number after `p` (`v1p2beta1` → 2), 0 when absent. */
  readonly patch: number;
  /** What follows `test` (`v1testfoo` → "foo"). */
  readonly suffix: string;
}

export interface VersionOptions {
  /** Accept major version 0 (`v0`, `v0beta1`), which buf rejects. */
  readonly allowV0?: boolean;
}

const INT32_MAX = 2 ** 31 - 1;

/** A decimal number as Go's strconv.ParseInt(s, 10, 32) reads it, then at least `min`. */
function positive(s: string, min: number): number | undefined {
  if (!/^[+-]?\d+$/.test(s)) return undefined;
  const n = Number(s);
  if (n > INT32_MAX || n < -INT32_MAX - 1) return undefined;
  return n >= min ? n : undefined;
}

/** `1` or `1p2` before an alpha/beta marker: [major, patch]. */
function majorPatch(s: string, minMajor: number): [number, number] | undefined {
  const p = s.indexOf("p");
  if (p < 0) {
    const major = positive(s, minMajor);
    return major === undefined ? undefined : [major, 0];
  }
  const major = positive(s.slice(0, p), minMajor);
  const patch = positive(s.slice(p + 1), 1);
  return major === undefined || patch === undefined ? undefined : [major, patch];
}

/** The version of a package (its last component), or undefined when it has none. */
export function packageVersion(pkg: string, options: VersionOptions = {}): PackageVersion | undefined {
  const parts = pkg.split(".");
  if (pkg === "" || parts.length < 2) return undefined;
  return parseVersion(parts[parts.length - 1] as string, options);
}

/** Parses one package component as a version (`v1`, `v1beta1`, `v1p1alpha`, `v2test`). */
export function parseVersion(component: string, options: VersionOptions = {}): PackageVersion | undefined {
  if (component.length < 2 || component[0] !== "v") return undefined;
  const minMajor = options.allowV0 === true ? 0 : 1;
  const rest = component.slice(1);
  const test = rest.indexOf("test");
  if (test >= 0) {
    const major = positive(rest.slice(0, test), minMajor);
    if (major === undefined) return undefined;
    return { major, stability: "test", minor: 0, patch: 0, suffix: rest.slice(test + 4) };
  }
  const alpha = rest.includes("alpha");
  const beta = rest.includes("beta");
  if (alpha && beta) return undefined;
  if (!alpha && !beta) {
    const major = positive(rest, minMajor);
    return major === undefined ? undefined : { major, stability: "stable", minor: 0, patch: 0, suffix: "" };
  }
  const stability = alpha ? "alpha" : "beta";
  const at = rest.indexOf(stability);
  const after = rest.slice(at + stability.length);
  let minor = 0;
  if (after !== "") {
    const n = positive(after, 1);
    if (n === undefined) return undefined;
    minor = n;
  }
  const mp = majorPatch(rest.slice(0, at), minMajor);
  if (mp === undefined) return undefined;
  return { major: mp[0], stability, minor, patch: mp[1], suffix: "" };
}

/** Writes a version back as a package component, as buf does (`v1p1beta2`). */
export function formatVersion(v: PackageVersion): string {
  let s = `v${v.major}`;
  if (v.patch > 0) s += `p${v.patch}`;
  if (v.stability !== "stable") s += v.stability;
  if (v.minor > 0) s += String(v.minor);
  return s + v.suffix;
}

/** True for alpha, beta and test versions: what buf's ignore_unstable_packages skips. */
export function isUnstable(pkg: string): boolean {
  const v = packageVersion(pkg);
  return v !== undefined && v.stability !== "stable";
}

/** The next major version of a stable package: `acme.orders.v1` → `acme.orders.v2`. */
export function nextMajor(pkg: string, options: VersionOptions = {}): string | undefined {
  const v = packageVersion(pkg, options);
  if (v === undefined || v.stability !== "stable") return undefined;
  return `${pkg.slice(0, pkg.lastIndexOf("."))}.v${v.major + 1}`;
}

/** How a configuration accepts package versions beyond buf's grammar. */
export interface VersionGrammar {
  /** Accept `v0` (and `v0beta1`, ...). */
  readonly allowV0: boolean;
  /** Whole components accepted as versions (`v1eap`); such versions count as unstable. */
  readonly versionPatterns: readonly { test(component: string): boolean }[];
}

/** True when the package's last component is a version under the grammar (buf's, with what config adds). */
export function hasVersionSuffix(pkg: string, grammar: VersionGrammar): boolean {
  if (packageVersion(pkg, { allowV0: grammar.allowV0 }) !== undefined) return true;
  const parts = pkg.split(".");
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1] as string;
  return grammar.versionPatterns.some((re) => re.test(last));
}

const RANK: Readonly<Record<Stability, number>> = { test: 0, alpha: 1, beta: 2, stable: 3 };

/**
 * Orders two versions: major, then stability (test < alpha < beta < stable),
 * then the `p` number, then the alpha/beta number. Negative when a < b.
 */
export function compareVersions(a: PackageVersion, b: PackageVersion): number {
  return a.major - b.major || RANK[a.stability] - RANK[b.stability] || a.patch - b.patch || a.minor - b.minor;
}

/**
 * Where VERSIONING finds a package's version: the last version-shaped
 * component that has a name before it (`google.ads.googleads.v21.services` →
 * `v21`, component 3). `version` is undefined for a component that only a
 * configured pattern accepts (it counts as unstable and is never ordered).
 */
export interface VersionPlace {
  readonly index: number;
  readonly component: string;
  readonly version: PackageVersion | undefined;
}

/** The version of a package as VERSIONING reads it (anywhere after the first component), or undefined. */
export function versionPlace(pkg: string, grammar: VersionGrammar): VersionPlace | undefined {
  if (pkg === "") return undefined;
  const parts = pkg.split(".");
  for (let i = parts.length - 1; i >= 1; i--) {
    const component = parts[i] as string;
    const version = parseVersion(component, { allowV0: grammar.allowV0 });
    if (version !== undefined) return { index: i, component, version };
    if (grammar.versionPatterns.some((p) => p.test(component))) return { index: i, component, version: undefined };
  }
  return undefined;
}

/** The package with its version component replaced (`a.v1.b`, `v2` → `a.v2.b`). */
export function withVersion(pkg: string, place: VersionPlace, component: string): string {
  const parts = pkg.split(".");
  parts[place.index] = component;
  return parts.join(".");
}

/**
 * The name every version of a package shares: the package with its version
 * component left out (`google.ads.googleads.v21.services` →
 * `google.ads.googleads.services`); the package itself when it has no version.
 */
export function familyName(pkg: string, grammar: VersionGrammar): string {
  const place = versionPlace(pkg, grammar);
  if (place === undefined) return pkg;
  return pkg.split(".").filter((_, i) => i !== place.index).join(".");
}

/** The next major version of a stable package, wherever its version is: `acme.v1.types` → `acme.v2.types`. */
export function nextStableMajor(pkg: string, grammar: VersionGrammar): string | undefined {
  const place = versionPlace(pkg, grammar);
  if (place?.version === undefined || place.version.stability !== "stable") return undefined;
  return withVersion(pkg, place, `v${place.version.major + 1}`);
}

/** The package with a `v1` suffix; a malformed last version (`v0`, `v1p2`) is replaced rather than kept. */
export function withV1(pkg: string): string {
  const dot = pkg.lastIndexOf(".");
  return dot > 0 && /^v\d/.test(pkg.slice(dot + 1)) ? `${pkg.slice(0, dot)}.v1` : `${pkg}.v1`;
}
