#!/usr/bin/env node
// In-process timings, run by bench/run.mjs in a child process (so a slow engine can be stopped):
//
//   node bench/engine-timing.mjs open  <engine.mjs> <draft>            analyze() vs the remark floor on one document
//   node bench/engine-timing.mjs edits <engine.mjs> <draft> <n> <seed>  analyze() after each of n random edits
//                                                                       (with the document's parse cache, as the server)
//   node bench/engine-timing.mjs adversarial <engine.mjs> <draft>     analyze() on each adversarial input of issue 5
//                                                                       (bench/adversarial-inputs.mjs), after a warm-up on the draft
//
// Prints one JSON object on stdout.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { makeEdits } from './edits.mjs';
import { ADVERSARIAL_INPUTS } from './adversarial-inputs.mjs';

const [mode, enginePath, draftPath, n = '200', seed = '20250101'] = process.argv.slice(2);
const engine = await import(pathToFileURL(enginePath).href);
const { analyze } = engine;
const text = readFileSync(draftPath, 'utf8');

function floor(doc) {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(doc);
  let chars = 0;
  visit(tree, 'text', (node) => {
    chars += node.value.length;
  });
  return chars;
}

function timed(fn) {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};

if (mode === 'open') {
  // One warm-up each, then alternate three runs of each so both see the same machine state.
  floor(text);
  const warm = timed(() => analyze(text));
  const floors = [];
  const analyses = [];
  let findings = warm.value.findings.length;
  for (let i = 0; i < 3; i++) {
    floors.push(timed(() => floor(text)).ms);
    const a = timed(() => analyze(text));
    analyses.push(a.ms);
    findings = a.value.findings.length;
  }
  process.stdout.write(JSON.stringify({ bytes: Buffer.byteLength(text), floorMs: median(floors), analyzeMs: median(analyses), firstAnalyzeMs: warm.ms, findings }) + '\n');
} else if (mode === 'edits') {
  // As the language server does it: one parse cache per document, handed to every analyze() of it,
  // so unchanged chunks are not parsed again (when the engine offers createParseCache). Every fifth
  // edit is also analysed from scratch, to show what the cache saves.
  const cache = typeof engine.createParseCache === 'function' ? engine.createParseCache() : undefined;
  const edits = makeEdits(text, Number(n), Number(seed));
  let doc = text;
  for (let i = 0; i < 3; i++) analyze(doc, cache ? { cache } : {}); // warm-up
  const times = [];
  const fresh = [];
  const kinds = { type: 0, delete: 0, paste: 0 };
  edits.forEach((edit, i) => {
    doc = doc.slice(0, edit.start) + edit.text + doc.slice(edit.end);
    kinds[edit.kind]++;
    times.push(timed(() => analyze(doc, cache ? { cache } : {})).ms);
    if (cache && i % 5 === 0) fresh.push(timed(() => analyze(doc)).ms);
  });
  process.stdout.write(
    JSON.stringify({
      bytes: Buffer.byteLength(text),
      finalBytes: Buffer.byteLength(doc),
      edits: edits.length,
      kinds,
      cached: cache !== undefined,
      medianMs: median(times),
      p95Ms: quantile(times, 0.95),
      maxMs: Math.max(...times),
      fresh: fresh.length ? { samples: fresh.length, medianMs: median(fresh), p95Ms: quantile(fresh, 0.95) } : undefined,
    }) + '\n',
  );
} else if (mode === 'adversarial') {
  // Each input once, cold for its own shapes but with the engine warmed on ordinary text, as a CLI run
  // or an editor would meet it.
  analyze(text);
  const results = [];
  for (const [name, input] of Object.entries(ADVERSARIAL_INPUTS)) {
    const doc = input.text();
    const run = timed(() => analyze(doc, input.language ? { language: input.language } : {}));
    results.push({ name, chars: doc.length, ms: run.ms, mentions: run.value.mentions.length, findings: run.value.findings.length });
  }
  process.stdout.write(JSON.stringify({ inputs: results }) + '\n');
} else {
  process.stderr.write(`unknown mode ${mode}\n`);
  process.exit(2);
}
