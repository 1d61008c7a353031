import { describe, expect, it } from "vitest";
import {
  compareVersions,
  formatVersion,
  hasVersionSuffix,
  isUnstable,
  nextMajor,
  packageVersion,
  type PackageVersion,
  type Stability,
  familyName,
  nextStableMajor,
  versionPlace,
  withV1,
} from "../../src/versioning/version.js";
import { compilePattern } from "../../src/versioning/pattern.js";

function v(major: number, stability: Stability, minor: number, patch: number, suffix: string): PackageVersion {
  return { major, stability, minor, patch, suffix };
}

// The cases of buf's private/pkg/protoversion/protoversion_test.go (TestPackageHasPackageVersion).
const VALID: readonly [string, PackageVersion][] = [
  ["foo.v1", v(1, "stable", 0, 0, "")],
  ["foo.v2", v(2, "stable", 0, 0, "")],
  ["foo.bar.v1", v(1, "stable", 0, 0, "")],
  ["foo.bar.v1alpha1", v(1, "alpha", 1, 0, "")],
  ["foo.bar.v1alpha2", v(1, "alpha", 2, 0, "")],
  ["foo.bar.v1beta1", v(1, "beta", 1, 0, "")],
  ["foo.bar.v1beta2", v(1, "beta", 2, 0, "")],
  ["foo.bar.v1p1alpha1", v(1, "alpha", 1, 1, "")],
  ["foo.bar.v1p1alpha2", v(1, "alpha", 2, 1, "")],
  ["foo.bar.v1p1beta1", v(1, "beta", 1, 1, "")],
  ["foo.bar.v1p1beta2", v(1, "beta", 2, 1, "")],
  ["foo.bar.v1test", v(1, "test", 0, 0, "")],
  ["foo.bar.v1testfoo", v(1, "test", 0, 0, "foo")],
  ["foo.bar.v4test", v(4, "test", 0, 0, "")],
  ["foo.bar.v4testfoo", v(4, "test", 0, 0, "foo")],
  ["foo.bar.v1alpha", v(1, "alpha", 0, 0, "")],
  ["foo.bar.v1p1alpha", v(1, "alpha", 0, 1, "")],
  ["foo.bar.v1beta", v(1, "beta", 0, 0, "")],
  ["foo.bar.v1p1beta", v(1, "beta", 0, 1, "")],
];

const INVALID: readonly string[] = [
  "",
  "foo",
  "foo.bar",
  "foo.v1.bar",
  "v1",
  "v1beta1",
  "foo.v0",
  "foo.bar.v0",
  "foo.bar.v0alpha1",
  "foo.bar.v0alpha2",
  "foo.bar.v0beta1",
  "foo.bar.v0beta2",
  "foo.bar.v0p1alpha1",
  "foo.bar.v0p1alpha2",
  "foo.bar.v0p1beta1",
  "foo.bar.v0p1beta2",
  "foo.bar.v0test",
  "foo.bar.v0testfoo",
  "foo.bar.v1alpha0",
  "foo.bar.v1beta0",
  "foo.bar.v1p1alpha0",
  "foo.bar.v1p1beta0",
  "foo.bar.v1p0alpha1",
  "foo.bar.v1p0beta1",
  "foo.bar.vv1",
  "foo.bar.vv1alpha1",
  "foo.bar.vv1alpha2",
  "foo.bar.vv1beta1",
  "foo.bar.vv1beta2",
  "foo.bar.vv1p1alpha1",
  "foo.bar.vv1p1alpha2",
  "foo.bar.vv1p1beta1",
  "foo.bar.vv1p1beta2",
  "foo.bar.vv1test",
  "foo.bar.vv1testfoo",
  "foo.bar.v1aalpha1",
  "foo.bar.v1p1test",
  "foo.bar.v1p1testfoo",
];

describe("packageVersion (buf's protoversion cases)", () => {
  it.each(VALID)("%s has a version", (pkg, expected) => {
    const got = packageVersion(pkg);
    expect(got).toEqual(expected);
    // Written back, the version is the package's last component, as buf's test checks.
    expect(formatVersion(got as PackageVersion)).toBe(pkg.split(".").pop());
  });

  it.each(INVALID.map((p) => [p]))("%s has none", (pkg) => {
    expect(packageVersion(pkg)).toBeUndefined();
  });
});

describe("packageVersion, further cases from rules-landscape §3.1", () => {
  it.each([["foo.v10"], ["foo.v01"], ["foo.v2test_x"]])("%s has a version", (pkg) => {
    expect(packageVersion(pkg)).toBeDefined();
  });
  it.each([["foo.v1p2"], ["foo.V1"], ["foo.v1alphabeta"], ["foo.v99999999999"]])("%s has none", (pkg) => {
    expect(packageVersion(pkg)).toBeUndefined();
  });
});

describe("allowV0", () => {
  it("accepts major version 0 and nothing else that buf rejects", () => {
    expect(packageVersion("foo.v0", { allowV0: true })).toEqual(v(0, "stable", 0, 0, ""));
    expect(packageVersion("foo.v0beta1", { allowV0: true })).toEqual(v(0, "beta", 1, 0, ""));
    expect(packageVersion("foo.v1beta0", { allowV0: true })).toBeUndefined();
    expect(packageVersion("foo.v1p0alpha1", { allowV0: true })).toBeUndefined();
  });
});

describe("stability helpers", () => {
  it("counts alpha, beta and test as unstable, and neither stable nor unversioned packages", () => {
    expect(["a.v1alpha", "a.v1beta1", "a.v2test"].map(isUnstable)).toEqual([true, true, true]);
    expect(["a.v1", "a.b", "a.v0", "v1beta1"].map(isUnstable)).toEqual([false, false, false, false]);
  });
  it("names the next major version of a stable package only", () => {
    expect(nextMajor("acme.orders.v1")).toBe("acme.orders.v2");
    expect(nextMajor("acme.orders.v9")).toBe("acme.orders.v10");
    expect(nextMajor("acme.orders.v1beta1")).toBeUndefined();
    expect(nextMajor("acme.orders")).toBeUndefined();
  });
});

describe("hasVersionSuffix and compareVersions", () => {
  it("accepts buf's versions, v0 only when allowed, and configured patterns", () => {
    const plain = { allowV0: false, versionPatterns: [] };
    expect(hasVersionSuffix("acme.v1", plain)).toBe(true);
    expect(hasVersionSuffix("acme.v0", plain)).toBe(false);
    expect(hasVersionSuffix("acme.v0", { ...plain, allowV0: true })).toBe(true);
    const eap = { allowV0: false, versionPatterns: [/^(?:v\d+eap)$/] };
    expect(hasVersionSuffix("acme.v1eap", eap)).toBe(true);
    expect(hasVersionSuffix("acme.v1eapx", eap)).toBe(false);
    expect(hasVersionSuffix("v1eap", eap)).toBe(false);
  });
  it("orders by major, then stability, then patch and number", () => {
    const order = ["a.v1test", "a.v1alpha", "a.v1alpha2", "a.v1beta1", "a.v1p1beta1", "a.v1", "a.v2alpha1", "a.v2"];
    const versions = order.map((p) => packageVersion(p) as PackageVersion);
    for (let i = 1; i < versions.length; i++) {
      expect(compareVersions(versions[i - 1] as PackageVersion, versions[i] as PackageVersion), order[i]).toBeLessThan(0);
    }
  });
});

describe("VERSIONING reads the last version-shaped component, wherever it is", () => {
  const plain = { allowV0: false, versionPatterns: [] };
  it("finds versions in the middle, as Google's APIs write them", () => {
    expect(versionPlace("google.ads.googleads.v21.services", plain)).toMatchObject({ index: 3, component: "v21", version: { major: 21, stability: "stable" } });
    expect(versionPlace("google.ads.searchads360.v0.resources", { ...plain, allowV0: true })).toMatchObject({ index: 3, component: "v0" });
    expect(versionPlace("google.ads.searchads360.v0.resources", plain)).toBeUndefined();
    expect(versionPlace("acme.v1.v2beta1", plain)).toMatchObject({ index: 2, version: { major: 2, stability: "beta" } });
    expect(versionPlace("v1.acme", plain)).toBeUndefined();
    expect(versionPlace("acme.billing", plain)).toBeUndefined();
    expect(versionPlace("", plain)).toBeUndefined();
  });
  it("counts a component a configured pattern accepts, without ordering it", () => {
    const eap = { allowV0: false, versionPatterns: [compilePattern("v\\d+eap")] };
    expect(versionPlace("acme.v1eap.types", eap)).toEqual({ index: 1, component: "v1eap", version: undefined });
  });
  it("names the family, the next stable major and a v1 to introduce", () => {
    expect(familyName("google.ads.googleads.v21.services", plain)).toBe("google.ads.googleads.services");
    expect(familyName("acme.orders.v1", plain)).toBe("acme.orders");
    expect(familyName("acme.orders", plain)).toBe("acme.orders");
    expect(nextStableMajor("google.ads.googleads.v21.services", plain)).toBe("google.ads.googleads.v22.services");
    expect(nextStableMajor("acme.orders.v1beta1", plain)).toBeUndefined();
    expect(withV1("acme.billing")).toBe("acme.billing.v1");
    expect(withV1("acme.billing.v0")).toBe("acme.billing.v1");
  });
});
