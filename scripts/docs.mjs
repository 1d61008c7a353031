// Regenerates the rule table in docs/rules.md from rule metadata (run after `npm run build`).
import { readFileSync, writeFileSync } from "node:fs";
import { RULES } from "../dist/rules/index.js";
import { updateReadme } from "../dist/src/docs.js";

const path = new URL("../docs/rules.md", import.meta.url);
writeFileSync(path, updateReadme(readFileSync(path, "utf8"), RULES));
