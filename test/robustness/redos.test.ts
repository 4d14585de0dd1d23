// Every regular expression in the engine must run in linear time on adversarial input (DESIGN.md §5).
// The patterns come from two places: every RegExp exported by server/src/core/patterns.ts (and by the role
// rows and the analyst cues, whose patterns share fragments), and every
// regex literal or `new RegExp(<constant text>, flags)` found by reading the engine's source
// (server/src/core/**, server/src/rules/**) with the TypeScript parser, so that a cue table nobody
// exports is checked too. Each is fed ~64 KB runs of characters and words that make backtracking
// engines blow up (spaces, digits, "x", "10^", "effective ", "a,", the words of the pattern itself…),
// in a worker with a hard deadline. A linear pattern scans 64 KB in well under a millisecond or two;
// the 1 s limit is generous on purpose, because this is about super-linear blowups, not speed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import * as patterns from '../../server/src/core/patterns';
import * as roles from '../../server/src/core/judgement/roles';
import * as documentCues from '../../server/src/rules/analyst/document-cues';
import * as previousModelReference from '../../server/src/rules/analyst/previous-model-reference';
import { ROOT } from './isolate';

const LIMIT_MS = 1000;
const DEADLINE_MS = 4000;
const INPUT_CHARS = Number(process.env.RSPLINT_REDOS_CHARS) || 64 * 1024;

interface PatternCase {
  name: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (entry.endsWith('.ts')) out.push(path);
  }
  return out;
}

/**
 * Regexes written in one file: literals, and `new RegExp(...)` whose pattern is built only from string
 * constants of the same file (String.raw templates included). Patterns built from run-time data
 * (configured aliases and benchmark names) are escaped by the engine and are not collected here.
 */
function regexesInFile(file: string): PatternCase[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const where = (node: ts.Node) => `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const constants = new Map<string, string>();
  const out: PatternCase[] = [];

  const evaluate = (node: ts.Expression): string | undefined => {
    if (ts.isParenthesizedExpression(node)) return evaluate(node.expression);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isIdentifier(node)) return constants.get(node.text);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const a = evaluate(node.left);
      const b = evaluate(node.right);
      return a === undefined || b === undefined ? undefined : a + b;
    }
    if (ts.isTemplateExpression(node)) return template(node, false);
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(sf) === 'String.raw') {
      const t = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(t)) return t.rawText ?? t.text;
      return template(t, true);
    }
    return undefined;
  };
  const template = (node: ts.TemplateExpression, raw: boolean): string | undefined => {
    let s = raw ? node.head.rawText ?? node.head.text : node.head.text;
    for (const span of node.templateSpans) {
      const v = evaluate(span.expression);
      if (v === undefined) return undefined;
      s += v + (raw ? span.literal.rawText ?? span.literal.text : span.literal.text);
    }
    return s;
  };

  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const v = evaluate(node.initializer);
      if (v !== undefined) constants.set(node.name.text, v);
    }
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const slash = text.lastIndexOf('/');
      out.push({ name: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
    }
    if (ts.isNewExpression(node) && node.expression.getText(sf) === 'RegExp' && node.arguments?.length) {
      const source = evaluate(node.arguments[0]!);
      const flags = node.arguments[1] ? evaluate(node.arguments[1]) : '';
      if (source !== undefined && flags !== undefined) out.push({ name: where(node), source, flags });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function collectPatterns(): PatternCase[] {
  const byKey = new Map<string, PatternCase>();
  const add = (c: PatternCase) => {
    const key = `/${c.source}/${c.flags}`;
    if (!byKey.has(key)) byKey.set(key, c);
  };
  // Exported patterns, including those composed from shared fragments (which the source scan below cannot
  // evaluate): the patterns module, the role rows and the analyst cues.
  const modules: [string, Record<string, unknown>][] = [['patterns', patterns], ['roles', roles], ['document-cues', documentCues], ['previous-model-reference', previousModelReference]];
  for (const [module, exported] of modules) {
    for (const [name, value] of Object.entries(exported)) {
      if (value instanceof RegExp) add({ name: `${module}.${name}`, source: value.source, flags: value.flags });
    }
  }
  for (const dir of ['server/src/core', 'server/src/rules', 'server/src/config']) {
    for (const file of sourceFiles(join(ROOT, dir))) regexesInFile(file).forEach(add);
  }
  return [...byKey.values()];
}

// The worker builds the inputs once, then times every match of a pattern over each of them.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const N = workerData.chars;
const SCREEN = 4096;
const run = (u, n) => u.repeat(Math.ceil(n / u.length)).slice(0, n) + '!';
const UNITS = [' ', '  ', '\\t', '\\n', '\\r\\n', '0', '1', '9', '10', '10^', '10 ^ ', '10^2', '1.', '1,', '1.0', '$1,', '1e', '1e2',
  'x', '4x ', '4 x ', '×', '4×', 'a', 'A', 'aA', 'a ', 'a,', 'a, ', 'a-', 'a.', 'a1', '.', ',', '-', '- ', '*', '**', '|', '| ',
  '⟨', '⟨a', 'a⟩', '"', '“', '#', '<!--', '-->', 'e', 'e-', 'effective ', 'effective-', 'effective training ', 'compute ',
  'computing ', 'the ', 'of ', 'than ', 'more than ', 'per ', 'one ', 'million ', 'costs ', '$', 'US$ ', 'every ', 'increase ',
  'in ', '2023 ', '2023-', '19', 'A1 ', 'é', '😀', '\\u00a0', 'FLOP ', 'FLOPs ', 'order of ', 'years of ', 'a third '];
// Runs of the pattern's own words too ("effective ", "training-"…): near-matches that fail late.
function units(source) {
  const words = [...new Set(source.match(/[A-Za-z]{2,}/g) || [])].slice(0, 16);
  const out = [...UNITS];
  for (const w of words) out.push(w + ' ', w + '-');
  if (words.length > 1) out.push(words.join(' ') + ' ');
  return out;
}
function time(re, input) {
  re.lastIndex = 0;
  const t0 = performance.now();
  // Every match in turn, as a scanning loop does (test() spares building match arrays).
  let at = -1;
  while (re.test(input)) {
    if (re.lastIndex === at) re.lastIndex++;
    at = re.lastIndex;
  }
  return performance.now() - t0;
}
parentPort.on('message', ({ source, flags }) => {
  try {
    const re = new RegExp(source, flags.includes('g') ? flags : flags + 'g');
    // Screen every run at 4 KB, where a quadratic pattern is already hundreds of times slower than
    // a linear one; then time the slowest few at full size. Each run ends in "!", so a pattern
    // anchored at the end ($) or waiting for a closing token fails only after consuming the run.
    const screened = units(source).map((u) => ({ u, ms: time(re, run(u, SCREEN)) })).sort((a, b) => b.ms - a.ms);
    const slow = [];
    let worst = { ms: 0, input: '' };
    for (const { u } of screened.slice(0, 4)) {
      const label = JSON.stringify(u) + ' x ' + N + ' chars';
      parentPort.postMessage({ progress: label });
      const ms = time(re, run(u, N));
      if (ms > worst.ms) worst = { ms, input: label };
      if (ms > 50) slow.push(label + ': ' + Math.round(ms) + ' ms');
    }
    parentPort.postMessage({ ok: true, value: { ...worst, slow } });
  } catch (error) {
    parentPort.postMessage({ ok: false, error: String(error) });
  }
});
parentPort.postMessage({ ready: true });
`;

/** One long-lived worker; replaced when a pattern overruns its deadline (then it is still stuck). */
class PatternRunner {
  private worker?: Worker;
  private ready?: Promise<void>;

  private start(): void {
    const worker = new Worker(WORKER, { eval: true, workerData: { chars: INPUT_CHARS } });
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      const onMessage = (m: { ready?: boolean }) => {
        if (m.ready) {
          worker.off('message', onMessage);
          resolve();
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  }

  async time(c: PatternCase): Promise<{ ms: number; input: string; slow: string[] } | { timeout: true; after: string }> {
    if (!this.worker) this.start();
    await this.ready;
    const worker = this.worker!;
    let last = '(none)';
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.off('message', onMessage);
        void worker.terminate();
        this.worker = undefined;
        resolve({ timeout: true, after: last });
      }, DEADLINE_MS);
      const onMessage = (m: { ok: boolean; value?: { ms: number; input: string; slow: string[] }; error?: string; progress?: string }) => {
        if (m.progress !== undefined) {
          last = m.progress;
          return;
        }
        clearTimeout(timer);
        worker.off('message', onMessage);
        if (m.ok) resolve(m.value!);
        else reject(new Error(m.error));
      };
      worker.on('message', onMessage);
      worker.postMessage(c);
    });
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}

const CASES = collectPatterns();
const runner = new PatternRunner();
afterAll(() => runner.stop());

describe('engine regular expressions on pathological input', () => {
  it('finds the engine\'s patterns (the exported ones and the cue tables)', () => {
    expect(CASES.filter((c) => c.name.startsWith('patterns.')).length).toBeGreaterThan(20);
    expect(CASES.length).toBeGreaterThan(60);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s runs in linear time', async (_name, c) => {
    const result = await runner.time(c);
    if ('timeout' in result) throw new Error(`/${c.source}/${c.flags} did not finish its pathological inputs within ${DEADLINE_MS} ms (stuck on the run of ${result.after}): super-linear backtracking`);
    expect(result.ms, `/${c.source}/${c.flags} took ${Math.round(result.ms)} ms on a run of ${result.input} (slow runs: ${result.slow.join('; ')})`).toBeLessThan(LIMIT_MS);
  }, DEADLINE_MS + 5000);
});
