// The floor of any .proto checker written for Node: read every .proto file
// under the given directories and split it into tokens with one sticky regex,
// keeping nothing. A checker must do at least this much; the bench runs it as
// a child process on the same trees as the tools, and prints how many times
// the floor the whole-tree check takes.
//
//   node bench/lib/token-floor.mjs DIR...
//
// Prints {"files", "bytes", "matches"} as JSON: each match is one token or
// comment with the whitespace before it.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const TOKEN = /\s*(?:\/\/[^\n]*|[A-Za-z_]\w*|"[^"\\\n]*(?:\\.[^"\\\n]*)*"?|[0-9][\w.]*|\/\*[\s\S]*?(?:\*\/|$)|'[^'\\\n]*(?:\\.[^'\\\n]*)*'?|[^])/y;

function protoFiles(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) protoFiles(path, out);
    else if (entry.isFile() && entry.name.endsWith('.proto')) out.push(path);
  }
  return out;
}

let files = 0;
let bytes = 0;
let matches = 0;
for (const dir of process.argv.slice(2)) {
  for (const path of protoFiles(dir, [])) {
    const text = readFileSync(path, 'latin1');
    files++;
    bytes += text.length;
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < text.length) {
      TOKEN.exec(text);
      matches++;
    }
  }
}
process.stdout.write(`${JSON.stringify({ files, bytes, matches })}\n`);
