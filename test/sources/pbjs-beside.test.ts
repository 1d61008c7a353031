import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import protobufjs from "protobufjs";
import { describe, expect, it } from "vitest";
import { breaking, type BreakingResult } from "../../src/index.js";
import type { Finding } from "../../src/model/finding.js";

// Findings on a protobufjs bundle's side point at the .proto files found
// beside it (its directory and below), for the packages protobufjs reads the
// same from those files as from the bundle; elsewhere, at the element's
// package file, line 1, as for any bundle.

const ROOT = join(import.meta.dirname, "../..");
const PREVIOUS = join(ROOT, "fixtures/demo/previous");
const CURRENT = join(ROOT, "fixtures/demo/current");

function protoFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".proto")).sort();
}

/** The bundle pbjs writes for the .proto files of `dir`. */
function bundleOf(dir: string, keepCase = true): string {
  const root = new protobufjs.Root();
  root.resolvePath = (_origin, target) => (target.startsWith("google/protobuf/") ? target : join(dir, target));
  root.loadSync(protoFiles(dir), { keepCase });
  return JSON.stringify(root.toJSON(), null, 2);
}

/** A workspace: the current schema in proto/, and `released/` holding the bundle of the previous one and what else is given. */
function workspace(keepCase = true): string {
  const dir = mkdtempSync(join(tmpdir(), "protoguard-beside-"));
  cpSync(CURRENT, join(dir, "proto"), { recursive: true });
  mkdirSync(join(dir, "released"));
  writeFileSync(join(dir, "released/schema.json"), bundleOf(PREVIOUS, keepCase));
  return dir;
}

const was = (f: Finding): string => (f.previous === undefined ? "(none)" : `${f.previous.file}:${f.previous.line}:${f.previous.column}`);
const verdicts = (r: BreakingResult): string[] => r.findings.map((f) => `${f.rule} ${f.fingerprint ?? ""} ${f.message}`);
const compare = (dir: string): Promise<BreakingResult> => breaking({ input: "proto", against: "released/schema.json", cwd: dir, use: ["FILE"] });
const find = (r: BreakingResult, rule: string, text: string): Finding => {
  const found = r.findings.find((f) => f.rule === rule && f.message.includes(text));
  if (found === undefined) throw new Error(`no ${rule} finding about ${text}`);
  return found;
};

describe("a protobufjs bundle with its .proto files beside it", () => {
  it("places the previous side's findings in those files, with the same verdicts as without them", async () => {
    const bare = workspace();
    const placed = workspace();
    cpSync(PREVIOUS, join(placed, "released"), { recursive: true });
    const [without, withProtos] = [await compare(bare), await compare(placed)];
    expect(verdicts(withProtos)).toEqual(verdicts(without));
    expect(withProtos.inputs.against.description).toBe(
      "released/schema.json (protobufjs bundle; positions from the .proto files in released for 2 of 2 packages)",
    );
    expect(withProtos.inputs.against.positionsKnown).toBe(true);
    // The lines of fixtures/demo/previous: coupon_code on 16, total_cents on 17, CancelOrder on 10.
    expect(was(find(withProtos, "FIELD_NO_DELETE", '"coupon_code"'))).toBe("released/acme/orders/v1/order.proto:16:3");
    expect(was(find(withProtos, "FIELD_SAME_TYPE", '"total_cents"'))).toBe("released/acme/orders/v1/order.proto:17:3");
    expect(was(find(withProtos, "RPC_NO_DELETE", "CancelOrder"))).toBe("released/acme/orders/v1/order_service.proto:10:3");
    expect(was(find(withProtos, "FIELD_SAME_NAME", '"memo"'))).toBe("released/acme/billing/v1/invoice.proto:13:10");
    expect(was(find(without, "FIELD_SAME_TYPE", '"total_cents"'))).toBe("acme.orders.v1.proto:1:1");
    expect(without.inputs.against.description).toBe("released/schema.json (descriptor set without source info: positions unknown)");
  });

  it("finds them for a bundle written without keepCase, whose field names are camelCase", async () => {
    const dir = workspace(false);
    cpSync(PREVIOUS, join(dir, "released"), { recursive: true });
    const result = await breaking({ input: "released/schema.json", against: "released/schema.json", cwd: dir, use: ["FILE"] });
    expect(result.findings).toEqual([]);
    const changed = await compare(dir);
    // The field is found by its number: its name in the bundle is not the one in the .proto.
    expect(was(find(changed, "FIELD_SAME_NAME", '"totalCents" to "total_cents"'))).toBe("released/acme/orders/v1/order.proto:17:9");
  });

  it("places nothing in a package whose .proto was edited since the bundle was written", async () => {
    const dir = workspace();
    cpSync(PREVIOUS, join(dir, "released"), { recursive: true });
    const order = join(dir, "released/acme/orders/v1/order.proto");
    writeFileSync(order, readFileSync(order, "utf8").replace("  int64 total_cents = 5;\n", "  int64 total_cents = 5;\n  string note = 99;\n"));
    const result = await compare(dir);
    expect(result.inputs.against.description).toContain("for 1 of 2 packages");
    expect(was(find(result, "FIELD_SAME_TYPE", '"total_cents"'))).toBe("acme.orders.v1.proto:1:1");
    expect(was(find(result, "FIELD_SAME_NAME", '"memo"'))).toBe("released/acme/billing/v1/invoice.proto:13:10");
  });

  it("places nothing when the .proto files do not parse, and reads none through a symbolic link", async () => {
    const broken = workspace();
    cpSync(PREVIOUS, join(broken, "released"), { recursive: true });
    writeFileSync(join(broken, "released/acme/orders/v1/broken.proto"), "syntax = \"proto3\";\nmessage {\n");
    expect(was(find(await compare(broken), "FIELD_SAME_TYPE", '"total_cents"'))).toBe("acme.orders.v1.proto:1:1");

    const linked = workspace();
    const outside = mkdtempSync(join(tmpdir(), "protoguard-outside-"));
    cpSync(PREVIOUS, outside, { recursive: true });
    symlinkSync(outside, join(linked, "released/acme"));
    const result = await compare(linked);
    expect(result.inputs.against.description).toBe("released/schema.json (descriptor set without source info: positions unknown)");
    expect(was(find(result, "FIELD_SAME_TYPE", '"total_cents"'))).toBe("acme.orders.v1.proto:1:1");
  });

  it("places the current side's findings too, when the bundle is the input, and takes no directive from the .proto's comments", async () => {
    const dir = mkdtempSync(join(tmpdir(), "protoguard-beside-"));
    cpSync(CURRENT, join(dir, "now"), { recursive: true });
    const order = join(dir, "now/acme/orders/v1/order.proto");
    const text = readFileSync(order, "utf8");
    expect(text.split("\n")[15]).toBe("  string total_cents = 5;");
    // A comment changes no definition: protobufjs reads the package the same, and the bundle holds no comment.
    writeFileSync(order, text.replace("  string total_cents = 5;\n", "  // protoguard:ignore FIELD_SAME_TYPE -- in the .proto only\n  string total_cents = 5;\n"));
    writeFileSync(join(dir, "now/schema.json"), bundleOf(join(dir, "now")));
    const result = await breaking({ input: "now/schema.json", against: PREVIOUS, cwd: dir, use: ["FILE"] });
    const changed = find(result, "FIELD_SAME_TYPE", '"total_cents"');
    expect(`${changed.file}:${changed.line}:${changed.column}`).toBe("now/acme/orders/v1/order.proto:17:3");
    expect(result.suppressed).toEqual([]);
  });
});
