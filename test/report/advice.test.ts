import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/model/finding.js";
import { adviceLine, packageAdvice } from "../../src/report/summary.js";
import { breaking } from "../../src/index.js";
import { formatText } from "../../src/report/text.js";
import { NO_COLOR } from "../../src/report/color.js";
import { proto, tree } from "../helpers/tree.js";

// The summary's advice: where the breaking changes of each package belong.

function finding(path: string, extra: Partial<Finding> = {}): Finding {
  return { rule: "FIELD_NO_DELETE", severity: "error", file: path, path, line: 1, column: 1, endLine: 1, endColumn: 1, message: "m", ...extra };
}

const lines = (findings: readonly Finding[], packages: Record<string, string>, previousPackages: Record<string, string> = packages): string[] =>
  packageAdvice(findings, { packages: new Map(Object.entries(packages)), previousPackages: new Map(Object.entries(previousPackages)) }).map(adviceLine);

describe("advice by kind of package", () => {
  it("a stable vN: the next major version, wherever the version is", () => {
    expect(lines([finding("a.proto"), finding("a.proto"), finding("g.proto")], { "a.proto": "acme.orders.v1", "g.proto": "google.ads.googleads.v21.services" })).toEqual([
      "acme.orders.v1 is a stable package: its 2 breaking changes belong in a new package acme.orders.v2.",
      "google.ads.googleads.v21.services is a stable package: its breaking change belongs in a new package google.ads.googleads.v22.services.",
    ]);
  });

  it("an unversioned package: introduce v1", () => {
    expect(lines([finding("b.proto"), finding("b.proto")], { "b.proto": "acme.billing" })).toEqual([
      "acme.billing has no version: its 2 breaking changes land on every client; introduce acme.billing.v1 for what changes.",
    ]);
  });

  it("an unstable package: its clients were told, and whether buf's ignore_unstable_packages skips it", () => {
    expect(lines([finding("a.proto"), finding("m.proto")], { "a.proto": "acme.orders.v1beta1", "m.proto": "acme.v1alpha.types" })).toEqual([
      "acme.orders.v1beta1 is a beta package: its clients were told it may break (buf skips every finding in it with ignore_unstable_packages: true).",
      "acme.v1alpha.types is an alpha package: its clients were told it may break (buf's ignore_unstable_packages does not skip it: buf reads only a last component in its own grammar as a version).",
    ]);
  });

  it("a change that already moved v1 to v2 is told so, not sent to v3", () => {
    const deleted = finding("acme/orders/v1/order.proto", { rule: "FILE_NO_DELETE", deleted: true });
    const inPlace = finding("order.proto", { rule: "FILE_SAME_PACKAGE" });
    expect(
      lines([deleted, inPlace], { "acme/orders/v2/order.proto": "acme.orders.v2", "order.proto": "acme.orders.v2" }, { "acme/orders/v1/order.proto": "acme.orders.v1", "order.proto": "acme.orders.v1" }),
    ).toEqual(["acme.orders.v2 is new in this change, replacing acme.orders.v1: keep acme.orders.v1 until its clients have moved."]);
  });

  it("a downgrade is not a replacement, and warnings give no advice", () => {
    expect(lines([finding("a.proto"), finding("w.proto", { severity: "warning" })], { "a.proto": "acme.orders.v1", "w.proto": "acme.w" }, { "a.proto": "acme.orders.v2", "w.proto": "acme.w" })).toEqual([
      "acme.orders.v1 is a stable package: its breaking change belongs in a new package acme.orders.v2.",
    ]);
  });
});

describe("advice in a real run", () => {
  it("moving acme.orders.v1 to acme.orders.v2 in place is told it already made the bump", async () => {
    const dir = tree(
      {
        "previous/acme/orders/order.proto": proto("acme.orders.v1", "message Order {\n  string id = 1;\n}"),
        "current/acme/orders/order.proto": proto("acme.orders.v2", "message Order {\n  string id = 1;\n}"),
      },
      "protoguard-advice-",
    );
    const r = await breaking({ input: "current", against: "previous", cwd: dir });
    expect(r.findings.length).toBeGreaterThan(0);
    const text = formatText(r.findings, { filesCompared: r.filesCompared, against: "previous", packages: r.packages, previousPackages: r.previousPackages, versions: r.versions }, NO_COLOR);
    expect(text).toContain("acme.orders.v2 is new in this change, replacing acme.orders.v1: keep acme.orders.v1 until its clients have moved.");
    expect(text).not.toContain("acme.orders.v3");
  });
});
