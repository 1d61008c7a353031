import { describe, expect, it } from "vitest";
import { cli as runCli } from "./helpers/tree.js";
import { breaking, InputError, UsageError, type BreakingResult } from "../src/index.js";
import { sortReleaseTags } from "../src/sources/tags.js";
import { TestRepo } from "./helpers/git.js";

const HEADER = `syntax = "proto3";
package acme.v1;

`;
/** Released as v0.9.0 and v1.0.0: field 3 is a string "email". */
const V1 = `${HEADER}message User {
  string id = 1;
  string name = 2;
  string email = 3;
}
`;
/** v1.1.0: field 3 deleted and reserved. */
const V1_1 = `${HEADER}message User {
  reserved 3;
  reserved "email";
  string id = 1;
  string name = 2;
}
`;
/** HEAD: the reservation dropped, a different field 3 added, field 2 deleted. */
const HEAD = `${HEADER}message User {
  string id = 1;
  int64 score = 3;
}
`;

function repository(): TestRepo {
  const repo = new TestRepo();
  repo.write({ "proto/acme/v1/user.proto": V1 }).commit("v0.9.0");
  repo.git("tag", "v0.9.0");
  repo.commit("v1.0.0");
  repo.git("tag", "v1.0.0");
  repo.write({ "proto/acme/v1/user.proto": V1_1 }).commit("v1.1.0");
  repo.git("tag", "v1.1.0");
  repo.git("tag", "release-candidate");
  repo.write({ "proto/acme/v1/user.proto": HEAD });
  return repo;
}

function rows(result: BreakingResult): string[] {
  return result.findings.map((f) => `${f.rule} ${f.line}:${f.column} ${(f.releases ?? ["(no releases)"]).join(",")}`);
}

const cli = (cwd: string, ...args: string[]) => runCli(args, cwd);

describe("sortReleaseTags", () => {
  it("orders by semantic version, pre-releases before their release, other names last", () => {
    const tags = ["v1.10.0", "latest", "v1.9.0", "v1.0.0", "v1.0.0-rc.2", "v1.0.0-rc.10", "v1.0.0-beta", "1.2.0", "alpha"];
    expect(sortReleaseTags(tags)).toEqual(["v1.0.0-beta", "v1.0.0-rc.2", "v1.0.0-rc.10", "v1.0.0", "1.2.0", "v1.9.0", "v1.10.0", "alpha", "latest"]);
  });
});

describe("--against-tags", () => {
  const repo = repository();

  it("reports each break once with the releases it breaks", async () => {
    const result = await breaking({ input: "proto", againstTags: "v*", cwd: repo.dir });
    expect(rows(result)).toEqual([
      "FIELD_NO_DELETE 4:1 v0.9.0,v1.0.0,v1.1.0",
      "RESERVED_MESSAGE_NO_DELETE 4:1 v1.1.0",
      "FIELD_SAME_JSON_NAME 6:3 v0.9.0,v1.0.0",
      "FIELD_SAME_TYPE 6:3 v0.9.0,v1.0.0",
      "FIELD_SAME_NAME 6:9 v0.9.0,v1.0.0",
      "FIELD_NO_REUSE_NUMBER 6:17 v1.1.0",
    ]);
    expect(result.inputs.against.description).toBe('3 releases matching "v*" (v0.9.0, v1.0.0, v1.1.0)');
  });

  it("--last N compares with the newest N releases only", async () => {
    const result = await breaking({ input: "proto", againstTags: "v*", last: 1, cwd: repo.dir });
    expect(rows(result)).toEqual(["FIELD_NO_DELETE 4:1 v1.1.0", "RESERVED_MESSAGE_NO_DELETE 4:1 v1.1.0", "FIELD_NO_REUSE_NUMBER 6:17 v1.1.0"]);
    // Against v1.1.0 alone, HEAD's "score" takes the number "email" had in v1.0.0.
    expect(result.findings.find((f) => f.rule === "FIELD_NO_REUSE_NUMBER")?.message).toMatch(
      /^Field 3 "score" on message acme\.v1\.User reuses number 3 of field "email" \(string\), last in commit [0-9a-f]{7} \(\d{4}-\d{2}-\d{2}\)/,
    );
    const two = await breaking({ input: "proto", againstTags: "v*", last: 2, cwd: repo.dir });
    expect(two.findings.find((f) => f.rule === "FIELD_SAME_TYPE")?.releases).toEqual(["v1.0.0"]);
  });

  it("shows the releases in the text report and carries them in JSON", async () => {
    const text = await cli(repo.dir, "breaking", "proto", "--against-tags", "v1.*");
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("against 2 releases matching \"v1.*\" (v1.0.0, v1.1.0)");
    expect(text.stdout).toContain("      breaks: v1.0.0, v1.1.0\n");
    expect(text.stdout).toMatch(/FIELD_SAME_TYPE .*\n(?: {6}.*\n)*? {6}breaks: v1\.0\.0\n/);
    const json = await cli(repo.dir, "breaking", "proto", "--against-tags", "v*", "--last", "2", "--format", "json");
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout) as { findings: { rule: string; releases: string[] }[] };
    expect(parsed.findings.map((f) => `${f.rule} ${f.releases.join(",")}`)).toEqual([
      "FIELD_NO_DELETE v1.0.0,v1.1.0",
      "RESERVED_MESSAGE_NO_DELETE v1.1.0",
      "FIELD_SAME_JSON_NAME v1.0.0",
      "FIELD_SAME_TYPE v1.0.0",
      "FIELD_SAME_NAME v1.0.0",
      "FIELD_NO_REUSE_NUMBER v1.1.0",
    ]);
  });

  it("shows the releases in the CI formats too", async () => {
    const github = await cli(repo.dir, "breaking", "proto", "--against-tags", "v*", "--format", "github");
    expect(github.code).toBe(1);
    expect(github.stdout).toMatch(/^::error title=FIELD_SAME_TYPE,[^\n]*%0ABreaks: v0\.9\.0, v1\.0\.0%0AFingerprint: [0-9a-f]{12}$/m);
    const sarif = await cli(repo.dir, "breaking", "proto", "--against-tags", "v*", "--format", "sarif");
    const results = (JSON.parse(sarif.stdout) as { runs: [{ results: { ruleId: string; properties?: { releases?: string[] } }[] }] }).runs[0].results;
    expect(results.map((r) => `${r.ruleId} ${r.properties?.releases?.join(",") ?? "(none)"}`)).toEqual([
      "FIELD_NO_DELETE v0.9.0,v1.0.0,v1.1.0",
      "RESERVED_MESSAGE_NO_DELETE v1.1.0",
      "FIELD_SAME_JSON_NAME v0.9.0,v1.0.0",
      "FIELD_SAME_TYPE v0.9.0,v1.0.0",
      "FIELD_SAME_NAME v0.9.0,v1.0.0",
      "FIELD_NO_REUSE_NUMBER v1.1.0",
    ]);
    const markdown = await cli(repo.dir, "breaking", "proto", "--against-tags", "v1.*", "--format", "markdown");
    expect(markdown.stdout).toContain("<br>Breaks: v1.0.0, v1.1.0<br>");
  });

  it("ends in exit 2 with a sentence when no tag matches", async () => {
    await expect(breaking({ input: "proto", againstTags: "nope-*", cwd: repo.dir })).rejects.toThrow(InputError);
    const out = await cli(repo.dir, "breaking", "proto", "--against-tags", "nope-*");
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--against-tags "nope-*": no tag in the repository matches');
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });

  it("reads a pattern that looks like an option of git as a pattern", async () => {
    const out = await cli(repo.dir, "breaking", "proto", "--against-tags=--contains=HEAD");
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--against-tags "--contains=HEAD": no tag in the repository matches');
  });

  it("takes --against or --against-tags, not both, and --last only with --against-tags", async () => {
    await expect(breaking({ input: "proto", against: "v1.0.0", againstTags: "v*", cwd: repo.dir })).rejects.toThrow(UsageError);
    const both = await cli(repo.dir, "breaking", "proto", "--against", "v1.0.0", "--against-tags", "v*");
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("--against and --against-tags are exclusive");
    const last = await cli(repo.dir, "breaking", "proto", "--against", "v1.0.0", "--last", "2");
    expect(last.code).toBe(2);
    expect(last.stderr).toContain("--last needs --against-tags");
    const zero = await cli(repo.dir, "breaking", "proto", "--against-tags", "v*", "--last", "0");
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain("--last takes a whole number");
  });
});

describe("releases in protoguard.yaml", () => {
  const repo = repository();
  const configure = (yaml: string): void => {
    repo.write({ "protoguard.yaml": yaml });
  };

  it("compares with the configured tags when no previous version is given", async () => {
    configure('releases:\n  tags: "v*"\n  last: 2\n');
    const result = await breaking({ input: "proto", cwd: repo.dir });
    expect(result.inputs.against.description).toBe('2 releases matching "v*" (v1.0.0, v1.1.0)');
    expect(rows(result)).toEqual([
      "FIELD_NO_DELETE 4:1 v1.0.0,v1.1.0",
      "RESERVED_MESSAGE_NO_DELETE 4:1 v1.1.0",
      "FIELD_SAME_JSON_NAME 6:3 v1.0.0",
      "FIELD_SAME_TYPE 6:3 v1.0.0",
      "FIELD_SAME_NAME 6:9 v1.0.0",
      "FIELD_NO_REUSE_NUMBER 6:17 v1.1.0",
    ]);
    const out = await cli(repo.dir, "breaking", "proto");
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('against 2 releases matching "v*" (v1.0.0, v1.1.0)');
    expect(out.stdout).toContain("      breaks: v1.0.0, v1.1.0\n");
  });

  it("gives way to the flags: --against-tags for the pattern, --last for the count, --against for a single comparison", async () => {
    configure('releases:\n  tags: "v*"\n  last: 2\n');
    const pattern = await breaking({ input: "proto", againstTags: "v0.*", cwd: repo.dir });
    expect(pattern.inputs.against.description).toBe('1 release matching "v0.*" (v0.9.0)');
    const last = await breaking({ input: "proto", last: 1, cwd: repo.dir });
    expect(last.inputs.against.description).toBe('1 release matching "v*" (v1.1.0)');
    const all = await breaking({ input: "proto", againstTags: "v*", last: 3, cwd: repo.dir });
    expect(all.inputs.against.description).toBe('3 releases matching "v*" (v0.9.0, v1.0.0, v1.1.0)');
    const single = await breaking({ input: "proto", against: "v1.0.0", cwd: repo.dir });
    expect(single.inputs.against.spec).toBe("v1.0.0");
    expect(single.findings.length).toBeGreaterThan(0);
    expect(single.findings.every((f) => f.releases === undefined)).toBe(true);
    const staged = await breaking({ input: "proto", staged: true, cwd: repo.dir });
    expect(staged.inputs.against.spec).toBe("HEAD");
  });

  it("takes the configured count with --against-tags when --last is not given", async () => {
    configure('releases:\n  tags: "v1.*"\n  last: 1\n');
    const result = await breaking({ input: "proto", againstTags: "v*", cwd: repo.dir });
    expect(result.inputs.against.description).toBe('1 release matching "v*" (v1.1.0)');
  });

  it("places a pattern no tag matches at the key that sets it", async () => {
    configure('use: [FILE]\nreleases:\n  tags: "nope-*"\n');
    const out = await cli(repo.dir, "breaking", "proto");
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('protoguard.yaml:3:9: releases.tags "nope-*": no tag in the repository matches');
  });

  it.each([
    ['releases:\n  tags: "v*"\n  last: 0\n', "protoguard.yaml:3:9: releases.last must be a whole number of tags, 1 or more"],
    ['releases:\n  tags: "v*"\n  last: "3"\n', "protoguard.yaml:3:9: releases.last must be a whole number of tags, 1 or more"],
    ['releases:\n  tags: "v*"\n  last: 1.5\n', "protoguard.yaml:3:9: releases.last must be a whole number of tags, 1 or more"],
    ['releases:\n  tags: ""\n', 'protoguard.yaml:2:9: releases.tags must be a tag pattern of 1 to 256 characters ("v*")'],
    ["releases:\n  tags:\n", 'protoguard.yaml:2:8: releases.tags must be a tag pattern of 1 to 256 characters ("v*")'],
    ["releases:\n  tags: [v1, v2]\n", 'protoguard.yaml:2:9: releases.tags must be a tag pattern of 1 to 256 characters ("v*")'],
    ["releases:\n  last: 3\n", 'protoguard.yaml:2:3: releases: a tag pattern is required (tags: "v*")'],
    ['releases:\n  tag: "v*"\n', 'protoguard.yaml:2:3: unknown key "tag" in releases (did you mean "tags"?)'],
    ['releases: "v*"\n', "protoguard.yaml:1:11: releases must be a mapping of keys to values"],
  ])("refuses %j with a located error", async (yaml, message) => {
    configure(yaml);
    const out = await cli(repo.dir, "breaking", "proto");
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(message);
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });
});
