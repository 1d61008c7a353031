import { describe, expect, it } from "vitest";
import { breaking } from "../../src/index.js";
import type { Finding } from "../../src/model/finding.js";
import { NO_COLOR } from "../../src/report/color.js";
import { explainedByRename } from "../../src/report/rename-links.js";
import { formatText } from "../../src/report/text.js";

async function run(dir: string): Promise<{ findings: readonly Finding[]; text: string }> {
  const result = await breaking({ input: `fixtures/${dir}/current`, against: `fixtures/${dir}/previous` });
  return { findings: result.findings, text: formatText(result.findings, { filesCompared: 1, against: dir }, NO_COLOR) };
}

/** The top-level findings of a text report: the lines indented by two spaces. */
function topLevel(text: string): string[] {
  return text.split("\n").filter((l) => /^ {2}\S/.test(l));
}

/** The findings listed under the one top-level finding of `rule`. */
function followersOf(text: string, rule: string): string[] {
  const lines = text.split("\n");
  const at = lines.findIndex((l) => /^ {2}\S/.test(l) && l.includes(`  ${rule}  `));
  expect(at, `${rule} in\n${text}`).toBeGreaterThanOrEqual(0);
  const out: string[] = [];
  for (const l of lines.slice(at + 1)) {
    if (/^ {2}\S/.test(l) || l === "") break;
    const m = /^ {4}\S+ {2}([A-Z_]+) {2}/.exec(l);
    if (m?.[1] !== undefined) out.push(m[1]);
  }
  return out;
}

describe("text report of a rename", () => {
  it("reads a renamed message as one change, with buf's deletion and type changes under it", async () => {
    const { findings, text } = await run("message-no-rename/renamed");
    // Parity: buf's findings for the same change all stay.
    expect(findings.map((f) => f.rule).sort()).toEqual([
      "FIELD_SAME_TYPE",
      "MESSAGE_NO_DELETE",
      "MESSAGE_NO_RENAME",
      "RPC_SAME_RESPONSE_TYPE",
    ]);
    expect(topLevel(text)).toHaveLength(1);
    expect(followersOf(text, "MESSAGE_NO_RENAME").sort()).toEqual(["FIELD_SAME_TYPE", "MESSAGE_NO_DELETE", "RPC_SAME_RESPONSE_TYPE"]);
    expect(text).toContain('Message "acme.orders.v1.Order" was renamed to "acme.orders.v1.Purchase"');
    expect(text).toContain("(was at fixtures/message-no-rename/renamed/previous/acme/orders/v1/order.proto:5:1)");
  });

  it("reads a renamed field as one change, with buf's name and JSON name changes under it", async () => {
    const { text } = await run("field-no-rename/renamed");
    expect(topLevel(text)).toHaveLength(1);
    expect(followersOf(text, "FIELD_NO_RENAME").sort()).toEqual(["FIELD_SAME_JSON_NAME", "FIELD_SAME_NAME"]);
  });

  it("reads a renamed enum value, RPC and service as one change each", async () => {
    expect(followersOf((await run("enum-value-no-rename/renamed")).text, "ENUM_VALUE_NO_RENAME")).toEqual(["ENUM_VALUE_SAME_NAME"]);
    expect(followersOf((await run("rpc-no-rename/renamed")).text, "RPC_NO_RENAME")).toEqual(["RPC_NO_DELETE"]);
    const service = await run("service-no-rename/renamed");
    expect(topLevel(service.text)).toHaveLength(1);
    expect(followersOf(service.text, "SERVICE_NO_RENAME")).toEqual(["SERVICE_NO_DELETE"]);
  });

  it("lists a moved file's deletion under the move", async () => {
    const { text } = await run("file-no-move/moved-within-package");
    expect(topLevel(text)).toHaveLength(1);
    expect(followersOf(text, "FILE_NO_MOVE")).toEqual(["FILE_NO_DELETE"]);
  });

  it("reads a renamed oneof as one change, with buf's deletion and oneof moves under it", async () => {
    const { findings, text } = await run("oneof-no-rename/renamed");
    expect(findings.map((f) => f.rule).sort()).toEqual(["FIELD_SAME_ONEOF", "FIELD_SAME_ONEOF", "ONEOF_NO_DELETE", "ONEOF_NO_RENAME"]);
    expect(topLevel(text)).toHaveLength(1);
    expect(followersOf(text, "ONEOF_NO_RENAME").sort()).toEqual(["FIELD_SAME_ONEOF", "FIELD_SAME_ONEOF", "ONEOF_NO_DELETE"]);
  });

  it("reads a renamed or moved extension as one change, with buf's deletions under it", async () => {
    const renamed = await run("extension-no-rename/renamed");
    expect(renamed.findings.map((f) => f.rule).sort()).toEqual(["EXTENSION_NO_DELETE", "EXTENSION_NO_RENAME", "FIELD_SAME_NAME"]);
    expect(topLevel(renamed.text)).toHaveLength(1);
    expect(followersOf(renamed.text, "EXTENSION_NO_RENAME").sort()).toEqual(["EXTENSION_NO_DELETE", "FIELD_SAME_NAME"]);
    const moved = await run("extension-no-rename/moved-into-message");
    expect(moved.findings.map((f) => f.rule).sort()).toEqual(["EXTENSION_NO_DELETE", "EXTENSION_NO_RENAME", "FIELD_SAME_NAME"]);
    expect(topLevel(moved.text)).toHaveLength(1);
    expect(followersOf(moved.text, "EXTENSION_NO_RENAME").sort()).toEqual(["EXTENSION_NO_DELETE", "FIELD_SAME_NAME"]);
  });

  it("groups nothing for a oneof or an extension that only looks renamed", async () => {
    const split = await run("oneof-no-rename/near-miss-split-in-two");
    expect(split.findings.map((f) => f.rule)).not.toContain("ONEOF_NO_RENAME");
    expect(split.findings.map((f) => f.rule)).toContain("ONEOF_NO_DELETE");
    const retyped = await run("extension-no-rename/near-miss-type-changed");
    expect(retyped.findings.map((f) => f.rule)).not.toContain("EXTENSION_NO_RENAME");
    expect(retyped.findings.map((f) => f.rule)).toContain("EXTENSION_NO_DELETE");
    expect(retyped.text).not.toContain("as buf reports the same change:");
  });

  it("groups nothing when nothing matches: a deletion next to an unrelated addition", async () => {
    const { findings, text } = await run("message-no-rename/near-miss-deleted-and-unrelated-added");
    expect(findings.map((f) => f.rule)).toEqual(["MESSAGE_NO_DELETE"]);
    expect(text).not.toContain("as buf reports the same change:");
  });

  it("lists a nested message's deletion from its parent under the rename", async () => {
    const { text } = await run("message-no-rename/nested-renamed");
    expect(followersOf(text, "MESSAGE_NO_RENAME")).toEqual(["MESSAGE_NO_DELETE", "FIELD_SAME_TYPE"]);
  });
});

describe("explainedByRename", () => {
  const finding = (rule: string, message: string): Finding => ({
    rule,
    severity: "error",
    file: "a.proto",
    path: "a.proto",
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    message,
  });
  const root = finding("MESSAGE_NO_RENAME", 'Message "acme.v1.Order.Item" was renamed to "acme.v1.Order.Line": ...');

  it("claims what names the previous element, or something nested in it", () => {
    expect(explainedByRename(root, finding("MESSAGE_NO_DELETE", 'Message "Item" was deleted from message acme.v1.Order.'))).toBe(true);
    expect(explainedByRename(root, finding("FIELD_SAME_TYPE", 'Field 1 "x" changed type from "acme.v1.Order.Item" to "acme.v1.Order.Line".'))).toBe(true);
    expect(explainedByRename(root, finding("FIELD_SAME_TYPE", 'changed type from "acme.v1.Order.Item.Sub" to "y".'))).toBe(true);
  });

  it("leaves elements with a longer name or another scope alone", () => {
    expect(explainedByRename(root, finding("MESSAGE_NO_DELETE", 'Message "Item" was deleted from message acme.v1.OrderLine.'))).toBe(false);
    expect(explainedByRename(root, finding("MESSAGE_NO_DELETE", 'Message "Item" was deleted from message acme.v1.Order.Sub.'))).toBe(false);
    expect(explainedByRename(root, finding("MESSAGE_NO_DELETE", 'Message "Items" was deleted from message acme.v1.Order.'))).toBe(false);
    expect(explainedByRename(root, finding("FIELD_SAME_TYPE", 'changed type from "acme.v1.Order.ItemKind" to "y".'))).toBe(false);
  });
});
