#!/usr/bin/env node
// `npm run bench`: builds the corpora, measures the CLI against the remark parse floor, the engine and
// the language server on policy drafts, and prints a table with every bar of issue 5 and whether it
// holds. A failed bar is reported in the table, never by the exit code (the exit code is non-zero only
// when the benchmark itself cannot run).
//
//   node bench/run.mjs [--quick] [--no-build] [--runs N] [--edits N] [--timeout-min N]
//
//   --quick        1 MiB corpora instead of 10 MiB and 50 edits: a smoke test of the harness, not a result
//   --no-build     use dist/ as it is (default: `node scripts/build.mjs` first)
//   --runs N       repeat each CLI/floor measurement N times and take the median (default 1)
//   --edits N      edits in the latency session (default 200)
//   --timeout-min  give up on any one measurement after this many minutes (default 20)
//
// Results: the table on stdout, and .bench/results.json / .bench/results.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCorpora, MiB } from './corpora.mjs';
import { makeEdits } from './edits.mjs';
import { LspClient, positionAt } from './lsp-client.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.bench');
const CLI_BIN = join(ROOT, 'bin', 'rsplint.js');
const SERVER_BIN = join(ROOT, 'bin', 'rsplint-language-server.js');
const FLOOR = join(ROOT, 'bench', 'remark-floor.mjs');
const TIMING = join(ROOT, 'bench', 'engine-timing.mjs');
const RSS_HOOK = join(ROOT, 'bench', 'rss-hook.cjs');
const GNU_TIME = '/usr/bin/time';
const SEED = 20250101;

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : fallback;
};
const QUICK = flag('--quick');
const RUNS = option('--runs', 1);
const EDITS = option('--edits', QUICK ? 50 : 200);
const TIMEOUT_MS = option('--timeout-min', 20) * 60_000;

const log = (message) => process.stderr.write(`bench: ${message}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};

// ---------------------------------------------------------------------------------------------------
// Setup: build, bundle the engine for in-process use, build the corpora.

mkdirSync(OUT, { recursive: true });
if (!flag('--no-build')) {
  log('building (node scripts/build.mjs)…');
  const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (b.status !== 0) throw new Error('the build failed');
}
for (const f of [CLI_BIN, join(ROOT, 'dist', 'cli.js')]) if (!existsSync(f)) throw new Error(`${f} is missing: run npm run build`);

const ENGINE = join(OUT, 'engine.mjs');
{
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(ROOT, 'server/src/lint.ts')],
    outfile: ENGINE,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    mainFields: ['module', 'main'],
    // Some CommonJS dependencies require() Node built-ins; give the ESM bundle a real require.
    banner: { js: "import { createRequire as __rsplintCreateRequire } from 'node:module'; const require = __rsplintCreateRequire(import.meta.url);" },
    logLevel: 'error',
  });
}

log(`building the corpora under .bench/corpus/${QUICK ? ' (quick: 1 MiB)' : ''}…`);
const corpora = buildCorpora({ root: ROOT, out: join(OUT, 'corpus'), scale: QUICK ? 0.1 : 1 });
for (const note of corpora.notes) log(note);

// ---------------------------------------------------------------------------------------------------
// Process-level measurement: wall time (here) and peak RSS (GNU time, else a hook inside the child).

const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-v', 'true']).status === 0;

function runMeasured(args, { cwd, label }) {
  const timeFile = join(OUT, `time-${label}.txt`);
  const rssFile = join(OUT, `rss-${label}.txt`);
  rmSync(timeFile, { force: true });
  rmSync(rssFile, { force: true });
  const command = hasGnuTime ? [GNU_TIME, '-v', '-o', timeFile, process.execPath, ...args] : [process.execPath, '--require', RSS_HOOK, ...args];
  const devNull = openSync('/dev/null', 'w');
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const child = spawn(command[0], command.slice(1), { cwd, stdio: ['ignore', label.startsWith('floor') ? 'pipe' : devNull, 'pipe'], env: { ...process.env, RSPLINT_BENCH_RSS_FILE: rssFile } });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => {
      if (stderr.length < 200_000) stderr += c;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('exit', (status, signal) => {
      const ms = performance.now() - started;
      clearTimeout(timer);
      closeSync(devNull);
      let rssKiB;
      if (hasGnuTime && existsSync(timeFile)) rssKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'))?.[1]);
      else if (existsSync(rssFile)) rssKiB = Number(readFileSync(rssFile, 'utf8'));
      resolvePromise({ ms, rssKiB, status, signal, timedOut: signal === 'SIGKILL', stdout, stderr });
    });
  });
}

async function cliVersusFloor(name, corpus) {
  const rows = { cli: [], floor: [] };
  for (let i = 0; i < RUNS; i++) {
    log(`corpus ${name}: remark floor, run ${i + 1}/${RUNS}…`);
    rows.floor.push(await runMeasured([FLOOR, ...corpus.files], { cwd: corpus.dir, label: `floor-${name}` }));
    log(`corpus ${name}: rsplint CLI, run ${i + 1}/${RUNS}…`);
    rows.cli.push(await runMeasured([CLI_BIN, '--format', 'json', ...corpus.files], { cwd: corpus.dir, label: `cli-${name}` }));
  }
  const summary = (runs) => ({
    ms: median(runs.map((r) => r.ms)),
    rssKiB: Math.max(...runs.map((r) => r.rssKiB ?? 0)) || undefined,
    timedOut: runs.some((r) => r.timedOut),
    status: runs.map((r) => r.status),
    stderrLines: runs[0].stderr.split('\n').filter(Boolean).length,
    stderrHead: runs[0].stderr.split('\n').filter(Boolean).slice(0, 3),
  });
  return { files: corpus.files.length, bytes: corpus.bytes, sha: corpus.sha, cli: summary(rows.cli), floor: summary(rows.floor) };
}

/** A child `node bench/engine-timing.mjs …`, stopped after the timeout. */
function timing(args) {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [TIMING, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('exit', (status, signal) => {
      clearTimeout(timer);
      if (status === 0) resolvePromise(JSON.parse(out));
      else resolvePromise({ error: signal === 'SIGKILL' ? `no result within ${TIMEOUT_MS / 60_000} min` : err.trim().split('\n').slice(-3).join(' ') });
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// The language server: ten open drafts (memory), one 1 MB draft opened, and the edit session.

const fileUri = (path) => pathToFileURL(path).href;

async function serverMeasurements() {
  if (!existsSync(SERVER_BIN) || !existsSync(join(ROOT, 'dist', 'server.js'))) return { error: 'the language server is not built' };
  const result = {};
  // Debounce 0: the bar is edit → diagnostics "excluding the debounce".
  const initializationOptions = { rsplint: { debounceMs: 0, maxFileSizeKb: 4096 } };
  let client;
  try {
    ({ client } = await LspClient.start(SERVER_BIN, { cwd: ROOT, initializationOptions }));

    // Ten 100 KB drafts open at once.
    const t0 = performance.now();
    const waits = corpora.c.tenDrafts.map((path) => {
      const uri = fileUri(path);
      const wait = client.diagnostics(uri, 1, TIMEOUT_MS);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(path, 'utf8') } });
      return wait;
    });
    await Promise.all(waits);
    result.tenOpen = { ms: performance.now() - t0, peakRssKiB: client.peakRssKiB() };
    for (const path of corpora.c.tenDrafts) client.notify('textDocument/didClose', { textDocument: { uri: fileUri(path) } });

    // The 1 MB draft opened: time to its first diagnostics.
    {
      const path = corpora.c.draft1m.path;
      const uri = fileUri(path);
      const text = readFileSync(path, 'utf8');
      const wait = client.diagnostics(uri, 1, TIMEOUT_MS);
      const start = performance.now();
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const { at, diagnostics } = await wait;
      result.open1m = { ms: at - start, diagnostics: diagnostics.length };
      client.notify('textDocument/didClose', { textDocument: { uri } });
    }

    // The edit session on the 100 KB draft, as incremental didChange notifications.
    {
      const path = corpora.c.draft100k.path;
      const uri = fileUri(path);
      let text = readFileSync(path, 'utf8');
      let version = 1;
      const opened = client.diagnostics(uri, version, TIMEOUT_MS);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
      await opened;
      const times = [];
      for (const edit of makeEdits(text, EDITS, SEED)) {
        const range = { start: positionAt(text, edit.start), end: positionAt(text, edit.end) };
        text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
        version++;
        const wait = client.diagnostics(uri, version, 60_000);
        const start = performance.now();
        client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: edit.text }] });
        const { at } = await wait;
        times.push(at - start);
      }
      result.edits = { edits: times.length, medianMs: median(times), p95Ms: quantile(times, 0.95), maxMs: Math.max(...times) };
      client.notify('textDocument/didClose', { textDocument: { uri } });
    }
    result.peakRssKiB = client.peakRssKiB();
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  } finally {
    await client?.stop();
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Run everything.

const started = Date.now();
const loadBefore = loadavg()[0];
const a = await cliVersusFloor('a', corpora.a);
const b = await cliVersusFloor('b', corpora.b);
log('1 MB draft: analyze() vs the remark floor, in process…');
const open1m = await timing(['open', ENGINE, corpora.c.draft1m.path]);
log('100 KB draft: analyze() after each edit, in process…');
const open100k = await timing(['open', ENGINE, corpora.c.draft100k.path]);
const edits = await timing(['edits', ENGINE, corpora.c.draft100k.path, String(EDITS), String(SEED)]);
log('adversarial inputs, in process…');
const adversarial = await timing(['adversarial', ENGINE, corpora.c.draft100k.path]);
log('language server: ten drafts open, the 1 MB draft opened, the edit session…');
const server = await serverMeasurements();

// ---------------------------------------------------------------------------------------------------
// The table.

const fmtMs = (ms) => (ms === undefined ? '—' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
const fmtMiB = (kib) => (kib ? `${(kib / 1024).toFixed(0)} MiB` : '—');
const ratio = (x, y) => (x !== undefined && y ? x / y : undefined);
const fmtRatio = (r) => (r === undefined ? '—' : `${r.toFixed(2)}x`);
const verdict = (ok) => (ok === undefined ? 'NOT MEASURED' : ok ? 'PASS' : 'FAIL');

function cliCell(m) {
  if (m.cli.timedOut) return `CLI timed out (> ${TIMEOUT_MS / 60_000} min)`;
  return `CLI ${fmtMs(m.cli.ms)} / floor ${fmtMs(m.floor.ms)}`;
}
const ratioA = a.cli.timedOut ? Infinity : ratio(a.cli.ms, a.floor.ms);
const ratioB = b.cli.timedOut ? Infinity : ratio(b.cli.ms, b.floor.ms);
const cliRss = Math.max(a.cli.rssKiB ?? 0, b.cli.rssKiB ?? 0) || undefined;
const open1mRatio = server.open1m ? ratio(server.open1m.ms, open1m.floorMs) : undefined;

const bars = [
  { bar: 'CLI on corpus (a), docs from node_modules', target: '≤ 0.5x remark floor', measured: `${fmtRatio(ratioA)} (${cliCell(a)})`, ok: ratioA === undefined ? undefined : ratioA <= 0.5 },
  { bar: 'CLI on corpus (b), policy-dense', target: '≤ 1.3x remark floor', measured: `${fmtRatio(ratioB)} (${cliCell(b)})`, ok: ratioB === undefined ? undefined : ratioB <= 1.3 },
  {
    bar: 'Editor, 100 KB draft: edit → published diagnostics (server, debounce 0)',
    target: 'p95 ≤ 30 ms',
    measured: server.edits ? `p95 ${fmtMs(server.edits.p95Ms)}, median ${fmtMs(server.edits.medianMs)} (${server.edits.edits} edits)` : `not measured: ${server.error}`,
    ok: server.edits ? server.edits.p95Ms <= 30 : undefined,
  },
  {
    bar: `Engine, 100 KB draft: analyze()${edits.cached ? ' with the parse cache' : ''} after each edit (in process)`,
    target: 'p95 ≤ 30 ms',
    measured: edits.error
      ? `not measured: ${edits.error}`
      : `p95 ${fmtMs(edits.p95Ms)}, median ${fmtMs(edits.medianMs)} (${edits.edits} edits)${edits.fresh ? `; from scratch: p95 ${fmtMs(edits.fresh.p95Ms)}, median ${fmtMs(edits.fresh.medianMs)}` : ''}`,
    ok: edits.error ? undefined : edits.p95Ms <= 30,
  },
  {
    bar: '1 MB draft opened → diagnostics (server)',
    target: '≤ 1.5x remark floor',
    measured: server.open1m && !open1m.error ? `${fmtRatio(open1mRatio)} (server ${fmtMs(server.open1m.ms)} / floor ${fmtMs(open1m.floorMs)})` : `not measured: ${server.error ?? open1m.error}`,
    ok: open1mRatio === undefined ? undefined : open1mRatio <= 1.5,
  },
  {
    bar: 'Server peak RSS, ten 100 KB drafts open',
    target: '≤ 200 MB',
    measured: server.tenOpen?.peakRssKiB ? fmtMiB(server.tenOpen.peakRssKiB) : `not measured: ${server.error ?? 'no /proc'}`,
    ok: server.tenOpen?.peakRssKiB ? server.tenOpen.peakRssKiB / 1024 <= 200 : undefined,
  },
  { bar: 'CLI peak RSS on 10 MB (max of a, b)', target: '≤ 300 MB', measured: fmtMiB(cliRss), ok: cliRss === undefined ? undefined : cliRss / 1024 <= 300 },
  (() => {
    if (adversarial.error) return { bar: 'Adversarial inputs (issue 5 list), each analysed', target: '< 2 s', measured: `not measured: ${adversarial.error}`, ok: undefined };
    const slowest = adversarial.inputs.reduce((x, y) => (y.ms > x.ms ? y : x));
    return { bar: `Adversarial inputs (issue 5 list, ${adversarial.inputs.length}), each analysed`, target: '< 2 s', measured: `slowest ${fmtMs(slowest.ms)} (${slowest.name})`, ok: slowest.ms < 2000 };
  })(),
];

const pkg = (name) => {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
};
const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() ? ' (with uncommitted changes)' : '';
const machine = {
  cpu: cpus()[0]?.model?.trim(),
  nproc: cpus().length,
  memoryGiB: +(totalmem() / 1024 ** 3).toFixed(1),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  rsplint: `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version} @ ${git}${dirty}`,
  packages: Object.fromEntries(['unified', 'remark-parse', 'remark-gfm', 'micromark', 'mdast-util-from-markdown', 'esbuild'].map((p) => [p, pkg(p)])),
  peakRss: hasGnuTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS in the child',
  // Other work on the machine skews absolute times (less so the ratios, measured back to back).
  loadAverage: { before: +loadBefore.toFixed(2), after: +loadavg()[0].toFixed(2) },
};

const detail = (name, label, m) => {
  const mibs = (ms) => (ms ? (m.bytes / MiB / (ms / 1000)).toFixed(2) : '—');
  const note = (x) => (x.timedOut ? ' (timed out)' : x.status.some((s) => s !== 0 && s !== 1) ? ` (exit ${x.status.join(',')}; ${x.stderrLines} stderr lines)` : '');
  return [
    `| ${label} | rsplint CLI \`--format json\` | ${m.files} | ${(m.bytes / MiB).toFixed(1)} | ${fmtMs(m.cli.ms)}${note(m.cli)} | ${mibs(m.cli.ms)} | ${fmtMiB(m.cli.rssKiB)} |`,
    `| ${label} | remark floor | ${m.files} | ${(m.bytes / MiB).toFixed(1)} | ${fmtMs(m.floor.ms)}${note(m.floor)} | ${mibs(m.floor.ms)} | ${fmtMiB(m.floor.rssKiB)} |`,
  ];
};

const lines = [
  `rsplint benchmark — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC${QUICK ? ' — QUICK RUN (1 MiB corpora): not a result' : ''}`,
  '',
  `Machine: ${machine.nproc} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node} (${machine.platform}); rsplint ${machine.rsplint}`,
  `Packages: ${Object.entries(machine.packages).map(([k, v]) => `${k} ${v}`).join(', ')}; peak RSS via ${machine.peakRss}`,
  `Load average (1 min) before/after the run: ${machine.loadAverage.before} / ${machine.loadAverage.after} on ${machine.nproc} CPUs`,
  '',
  '| bar (issue 5) | target | measured | result |',
  '|---|---|---|---|',
  ...bars.map((r) => `| ${r.bar} | ${r.target} | ${r.measured} | ${verdict(r.ok)} |`),
  '',
  '| corpus | tool | files | MiB | wall | MiB/s | peak RSS |',
  '|---|---|---|---|---|---|---|',
  ...detail('a', `(a) docs, sha ${a.sha}`, a),
  ...detail('b', `(b) policy, sha ${b.sha}`, b),
  '',
  '| in process (median of 3 after a warm-up) | remark floor | analyze() | ratio |',
  '|---|---|---|---|',
  ...[
    ['100 KB draft', open100k],
    ['1 MB draft', open1m],
  ].map(([label, r]) => (r.error ? `| ${label} | — | ${r.error} | — |` : `| ${label} (${(r.bytes / 1000).toFixed(0)} KB, ${r.findings} findings) | ${fmtMs(r.floorMs)} | ${fmtMs(r.analyzeMs)} | ${fmtRatio(ratio(r.analyzeMs, r.floorMs))} |`)),
  '',
  ...(adversarial.inputs
    ? ['| adversarial input (in process, once each) | characters | analyze() | mentions | findings |', '|---|---|---|---|---|', ...adversarial.inputs.map((r) => `| ${r.name} | ${r.chars.toLocaleString('en-US')} | ${fmtMs(r.ms)} | ${r.mentions} | ${r.findings} |`), '']
    : []),
  `Edit session: ${EDITS} edits, seed ${SEED} (60% type a character, 25% delete a word, 15% paste a paragraph)${edits.kinds ? `: ${edits.kinds.type} typed, ${edits.kinds.delete} deleted, ${edits.kinds.paste} pasted` : ''}; in-process max ${fmtMs(edits.maxMs)}${server.edits ? `, server max ${fmtMs(server.edits.maxMs)}` : ''}.`,
  ...(server.tenOpen ? [`Ten 100 KB drafts opened together: all diagnostics after ${fmtMs(server.tenOpen.ms)}; server peak RSS at the end of the run ${fmtMiB(server.peakRssKiB)}.`] : []),
  ...(server.error ? [`Server: ${server.error}`] : []),
  ...corpora.notes.map((n) => `Note: ${n}`),
  `Total benchmark time: ${((Date.now() - started) / 60_000).toFixed(1)} min.`,
];
const table = lines.join('\n');
process.stdout.write(table + '\n');
writeFileSync(join(OUT, 'results.md'), table + '\n');
writeFileSync(join(OUT, 'results.json'), JSON.stringify({ machine, quick: QUICK, bars, a, b, open1m, open100k, edits, adversarial, server, notes: corpora.notes }, null, 2) + '\n');
