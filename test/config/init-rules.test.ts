import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.js";
import { loadConfigFile } from "../../src/config/find.js";
import { CATALOGUE } from "../../src/run/catalogue.js";
import { breaking } from "../../src/index.js";
import { cli, proto, tree, write } from "../helpers/tree.js";

describe("protoguard init", () => {
  it("writes a commented protoguard.yaml that reads back as the defaults, and refuses to overwrite it", async () => {
    const dir = tree({}, "protoguard-init-");
    const first = await cli(["init"], dir);
    expect(first).toMatchObject({ code: 0, stdout: "Wrote protoguard.yaml.\n" });
    const text = readFileSync(join(dir, "protoguard.yaml"), "utf8");
    expect(text).toContain("// protoguard:ignore FIELD_NO_DELETE -- why this change is safe");
    const config = loadConfigFile(join(dir, "protoguard.yaml"), dir, CATALOGUE);
    expect(config.fallback.breaking.use?.map((u) => u.name)).toEqual(["FILE", "VERSIONING"]);
    expect(config.versions.allowV0).toBe(false);
    const again = await cli(["init"], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("protoguard.yaml exists already (--force overwrites it)");
    expect((await cli(["init", "--force"], dir)).code).toBe(0);
  });

  it("converts a buf.yaml: the same breaking findings from protoguard.yaml as from the buf.yaml", async () => {
    const previous = {
      "proto/acme/v1/a.proto": proto("acme.v1", "message A {\n  string a = 1;\n  string b = 2;\n}"),
      "proto/legacy/v1/l.proto": proto("legacy.v1", "message L {\n  string a = 1;\n}"),
    };
    const current = {
      "proto/acme/v1/a.proto": proto("acme.v1", "message A {\n  string a = 1;\n  int64 b = 2;\n}"),
      "proto/legacy/v1/l.proto": proto("legacy.v1", "message L {\n  string z = 1;\n}"),
      "buf.yaml":
        "version: v1beta1\nbuild:\n  roots: [proto]\nbreaking:\n  use: [WIRE_JSON]\n  ignore: [legacy]\n  ignore_only:\n    FIELD_SAME_TYPE: [acme/v1/other.proto]\n",
    };
    const dir = tree({}, "protoguard-init-");
    write(join(dir, "previous"), previous);
    write(join(dir, "current"), current);
    const cwd = join(dir, "current");
    const viaBuf = await breaking({ input: ".", against: "../previous", cwd });
    // v1beta1's WIRE_JSON holds FIELD_SAME_TYPE (v2's holds FIELD_WIRE_JSON_COMPATIBLE_TYPE instead).
    expect(viaBuf.findings.map((f) => f.rule)).toEqual(["FIELD_SAME_TYPE"]);
    const out = await cli(["init"], cwd);
    expect(out.stdout).toBe("Wrote protoguard.yaml, converted from buf.yaml.\n");
    const text = readFileSync(join(cwd, "protoguard.yaml"), "utf8");
    expect(text).toContain("  - proto/legacy\n");
    expect(text).toContain("roots:\n  - proto\n");
    const viaProtoguard = await breaking({ input: ".", against: "../previous", cwd });
    expect(viaProtoguard.config.format).toBe("protoguard");
    const key = (f: { rule: string; path: string; line: number; column: number }): string => `${f.rule} ${f.path}:${f.line}:${f.column}`;
    expect(viaProtoguard.findings.map(key)).toEqual(viaBuf.findings.map(key));
  });
});

describe("protoguard rules", () => {
  it("lists every rule with categories, default, severity, origin and summary", async () => {
    const dir = tree({ "protoguard.yaml": "severity:\n  FIELD_SAME_NAME: warning\n  VERSIONING: off\n" }, "protoguard-rules-");
    const r = await cli(["rules", "--format", "json"], dir);
    const rows = JSON.parse(r.stdout) as { id: string; default: boolean; severity: string; origin: string; categories: string[]; summary: string }[];
    expect(rows.map((x) => x.id)).toEqual(RULES.map((x) => x.id));
    const by = Object.fromEntries(rows.map((x) => [x.id, x]));
    expect(by["FIELD_SAME_NAME"]).toMatchObject({ default: true, severity: "warning", origin: "buf" });
    expect(by["FIELD_NO_DELETE"]).toMatchObject({ default: true, severity: "error", origin: "buf" });
    expect(by["FIELD_WIRE_COMPATIBLE_TYPE"]).toMatchObject({ default: false, severity: "off" });
    expect(by["PACKAGE_VERSION_SUFFIX"]).toMatchObject({ default: true, severity: "off", origin: "buf-lint", categories: ["VERSIONING"] });
    expect(by["STABLE_PACKAGE_NO_DELETE"]).toMatchObject({ default: true, origin: "protoguard" });
    const text = await cli(["rules"], dir);
    expect(text.stdout).toMatch(/^\* FIELD_SAME_NAME +FILE,PACKAGE,WIRE_JSON,CSR +warning +buf +Fields may not be renamed\.$/m);
    expect(text.stdout).toMatch(/^\* PACKAGE_VERSION_SUFFIX +VERSIONING +off +buf lint /m);
  });
});
