import { InputError } from "../../model/errors.js";

/**
 * The GitHub workflow `init --github-action` writes, for the schema's roots
 * (paths relative to the repository's top). With one root it is the input;
 * with several, the input is the top and protoguard.yaml's `roots` lists them.
 * `.github/workflows/example-protoguard.yml` is this text for `proto`.
 */
export function workflowText(roots: readonly string[]): string {
  const expression = roots.find((r) => r.includes("${{"));
  // GitHub would evaluate it as an expression in the step's inputs: there is no escaping it.
  if (expression !== undefined) throw new InputError(`the directory ${JSON.stringify(expression)} holds "\${{": rename it to use it in a workflow`);
  const single = roots.length === 1 && roots[0] !== "." ? roots[0] : undefined;
  const input = single ?? ".";
  const paths = roots.length === 0 || roots.includes(".") ? ["**/*.proto"] : roots.map((r) => `${r}/**`);
  return [
    "name: protoguard",
    "on:",
    "  pull_request:",
    "    paths:",
    ...paths.map((p) => `      - ${JSON.stringify(p)}`),
    ...(single === undefined ? ['      - "protoguard.yaml"'] : []),
    "permissions:",
    "  contents: read",
    "  pull-requests: write # the sticky comment with the findings",
    "  security-events: write # the SARIF upload to code scanning",
    "jobs:",
    "  breaking:",
    "    runs-on: ubuntu-latest",
    "    steps:",
    "      - uses: actions/checkout@v5",
    "        with:",
    "          fetch-depth: 0 # protoguard compares with the merge base: it needs the history",
    "      - name: Breaking changes",
    "        id: protoguard",
    "        uses: protoguard/protoguard@v1",
    "        with:",
    `          input: ${/^[\w/-][\w./-]*$/.test(input) ? input : JSON.stringify(input)}`,
    "          sarif-file: protoguard.sarif",
    "      - name: Upload to code scanning",
    "        if: always() && hashFiles('protoguard.sarif') != ''",
    "        uses: github/codeql-action/upload-sarif@v4",
    "        with:",
    "          sarif_file: protoguard.sarif",
    "          category: protoguard",
    "",
  ].join("\n");
}
