#!/usr/bin/env node
// The "remark parse floor" of issue 5: what it costs just to read each file, parse it with
// remark-parse + remark-gfm and walk its text nodes. A Markdown linter built on remark cannot be
// cheaper than this unless it avoids parsing; the benchmark reports the CLI as a ratio to it.
//
//   node bench/remark-floor.mjs <file>…        (or --files-from <list>, one path a line)
//
// Prints one JSON line on stdout: files, bytes, text characters seen, milliseconds, maxRSS (KiB).
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';

const args = process.argv.slice(2);
let files = args;
const listAt = args.indexOf('--files-from');
if (listAt >= 0) files = readFileSync(args[listAt + 1], 'utf8').split('\n').filter(Boolean);
if (files.length === 0) {
  process.stderr.write('usage: node bench/remark-floor.mjs <file>… | --files-from <list>\n');
  process.exit(2);
}

const started = performance.now();
const processor = unified().use(remarkParse).use(remarkGfm);
let bytes = 0;
let textChars = 0;
for (const file of files) {
  const buffer = readFileSync(file);
  bytes += buffer.length;
  const tree = processor.parse(new TextDecoder('utf-8').decode(buffer));
  visit(tree, 'text', (node) => {
    textChars += node.value.length;
  });
}
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ files: files.length, bytes, textChars, ms, maxRSSKiB: process.resourceUsage().maxRSS }) + '\n');
