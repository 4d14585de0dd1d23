// Adversarial documents (issue 5): each must be analysed within a few seconds, without an exception,
// with every range inside the text and a result a user would call sensible. Each runs in its own
// worker with a hard deadline, so a hang fails its test instead of stalling the suite.
//
// The bar is 2 s per input on an idle machine. The default budget here is 3 s because vitest
// runs other test files on the same two cores at the same time; RSPLINT_ADVERSARIAL_MS changes it.
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, type Analysis, type LintOptions } from '../../server/src/lint';
import { analysisViolations } from './invariants';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeIsolated, removeEngineBundle, ROOT } from './isolate';
import { ADVERSARIAL_INPUTS, TRIGGER } from '../../bench/adversarial-inputs.mjs';

const BUDGET_MS = Number(process.env.RSPLINT_ADVERSARIAL_MS) || 3000;
/** Worker start-up, bundle import and structured cloning of the input and result come on top. */
const DEADLINE_MS = BUDGET_MS + 4000;
const TEST_TIMEOUT_MS = DEADLINE_MS + 10_000;

/** The input of that name, built by bench/adversarial-inputs.mjs (which `npm run bench` times too). */
function input(name: keyof typeof ADVERSARIAL_INPUTS): string {
  return ADVERSARIAL_INPUTS[name]!.text();
}

/**
 * Engine bugs these tests found that are not fixed yet (engine owner: see the robustness report of
 * issue 5). Each named case is skipped, not deleted: remove its line here once the engine passes it.
 * They are skipped rather than marked `it.fails` because a hang costs the whole deadline on every run.
 * Times are from the main thread of a loaded 2-core machine.
 */
const KNOWN_BUGS: Record<string, string> = {};

/** `it`, or `it.skip` for a case listed in KNOWN_BUGS (RSPLINT_RUN_KNOWN_BUGS=1 runs them all, to check a fix). */
function adversarial(name: string, fn: () => Promise<void>): void {
  const known = process.env.RSPLINT_RUN_KNOWN_BUGS ? undefined : Object.keys(KNOWN_BUGS).find((k) => name.startsWith(k));
  if (known) it.skip(`${name} [known engine bug: ${KNOWN_BUGS[known]}]`, fn);
  else it(name, fn);
}

afterAll(() => removeEngineBundle());

/** Analyses `text` in isolation and checks the universal promises; returns the analysis for the case's own checks. */
async function analyzeWithinBudget(text: string, options: LintOptions = {}): Promise<Analysis> {
  const outcome = await analyzeIsolated(text, options, DEADLINE_MS);
  if (outcome.kind === 'timeout') throw new Error(`no result after ${outcome.afterMs} ms (hard deadline ${DEADLINE_MS} ms): a hang or a super-linear blowup`);
  if (outcome.kind === 'error') throw new Error(outcome.error);
  const { ms, analysis } = outcome.value;
  expect(analysisViolations(text, analysis)).toEqual([]);
  expect(ms, `analyze() took ${Math.round(ms)} ms`).toBeLessThan(BUDGET_MS);
  return analysis;
}

/** Mentions lying entirely inside [from, to). */
function mentionsIn(analysis: Analysis, from: number, to: number) {
  return analysis.mentions.filter((m) => m.start >= from && m.end <= to);
}

describe('adversarial documents', { timeout: TEST_TIMEOUT_MS }, () => {
  adversarial('a 1 MB single line with a threshold clause every 4 KB, and no sentence end until the last byte', async () => {
    const text = input('a 1 MB single line');
    expect(text).not.toContain('\n');
    const analysis = await analyzeWithinBudget(text);
    // The first and the last clause are both found: nothing is dropped for being far into a long line.
    const first = text.indexOf(TRIGGER);
    const last = text.lastIndexOf(TRIGGER);
    expect(mentionsIn(analysis, first, first + TRIGGER.length).length).toBeGreaterThan(0);
    expect(mentionsIn(analysis, last, last + TRIGGER.length).length).toBeGreaterThan(0);
  });

  adversarial('100,000 repetitions of "effective " before one "compute"', async () => {
    const text = input('100,000 × "effective "');
    const analysis = await analyzeWithinBudget(text);
    // Only the last "effective" is followed by "compute".
    const phrase = text.length - 'effective compute.'.length;
    expect(analysis.mentions.map((m) => [m.start, m.text])).toContainEqual([phrase, 'effective compute']);
  });

  adversarial('100,000 repetitions of "4x "', async () => {
    const text = input('100,000 × "4x "');
    const analysis = await analyzeWithinBudget(text);
    for (const m of analysis.mentions) expect(m.text).toContain('4');
  });

  adversarial('100,000 repetitions of "10^"', async () => {
    const text = input('100,000 × "10^"');
    const analysis = await analyzeWithinBudget(text);
    for (const m of analysis.mentions) expect(m.text).toMatch(/10/);
  });

  adversarial('100,000 repetitions of "every 4x increase in " before "effective compute"', async () => {
    const text = input('100,000 × "every 4x increase in "');
    await analyzeWithinBudget(text);
  });

  adversarial('a list nested 10,000 deep with a trigger at the bottom: analysed or explained, never silently empty', async () => {
    const text = input('a list nested 10,000 deep');
    const analysis = await analyzeWithinBudget(text);
    expect(analysis.mentions.length + analysis.findings.length).toBeGreaterThan(0);
  });

  adversarial('a 5,000-row table with a trigger in every tenth row: the first and last rows are both analysed', async () => {
    const text = input('a 5,000-row table');
    const analysis = await analyzeWithinBudget(text);
    const first = text.indexOf(TRIGGER);
    const last = text.lastIndexOf(TRIGGER);
    expect(mentionsIn(analysis, first, first + TRIGGER.length).length).toBeGreaterThan(0);
    expect(mentionsIn(analysis, last, last + TRIGGER.length).length).toBeGreaterThan(0);
    // Every trigger row is found, and the user is told the table was read as plain text.
    expect(analysis.mentions.filter((m) => m.text === TRIGGER)).toHaveLength(501);
    const fallback = analysis.findings.filter((f) => f.ruleId === 'unparsed-structure');
    expect(fallback).toHaveLength(1);
    // …and only the table: the heading above it is still read as Markdown.
    expect(fallback[0]!.start).toBe(text.indexOf('| Clause |'));
  });

  adversarial('50,000 footnotes: the trigger that cites the first one is still analysed', async () => {
    const text = input('50,000 footnotes');
    const analysis = await analyzeWithinBudget(text);
    const at = text.indexOf(TRIGGER);
    expect(mentionsIn(analysis, at, at + TRIGGER.length).length).toBeGreaterThan(0);
    // The 50,000-line runs of references and of definitions are read as plain text, and said to be.
    expect(analysis.findings.filter((f) => f.ruleId === 'unparsed-structure').length).toBeGreaterThan(0);
  });

  adversarial('4,000 Definitions sections, each defining effective compute: every definition is still a mention', async () => {
    // Issue 12, case 3: each mention once read every other definition of its term (quadratic).
    const analysis = await analyzeWithinBudget(input('4,000 Definitions sections (issue 12)'));
    expect(analysis.mentions.length).toBe(4000);
  });

  adversarial('25,000 configured aliases (under the 1 MB configuration limit): still found, in bounded time', async () => {
    // Issue 12, case 6: one alternation of every alias, matched at each position of each block, took 44 s.
    const aliases: Record<string, string> = {};
    for (let i = 0; i < 25_000; i++) aliases[`zq term ${i}`] = 'effective compute';
    aliases['Frontier Compute Units'] = 'effective compute';
    const text = `# Policy\n\n${readFileSync(join(ROOT, 'examples', 'rsp-draft.md'), 'utf8')}\n\nWe evaluate after every 4x increase in zq  term 24999 and every 2x increase in frontier compute units.\n`;
    const analysis = await analyzeWithinBudget(text, { config: { aliases } });
    const terms = analysis.mentions.filter((m) => /zq\s+term 24999|frontier compute units/i.test(m.text));
    expect(terms.length).toBe(2);
  });

  adversarial('1 MB of random bytes decoded as UTF-8 (a binary file)', async () => {
    await analyzeWithinBudget(input('a binary file (1 MB of random bytes)'));
  });

  adversarial('1 MB of random bytes decoded as UTF-8, read as plain text', async () => {
    await analyzeWithinBudget(input('a binary file read as plain text'), { language: 'plaintext' });
  });

  adversarial('invalid UTF-8 around policy text: mentions after replacement characters keep exact offsets', async () => {
    const text = input('invalid UTF-8 around policy text');
    expect(text).toContain('\uFFFD');
    const analysis = await analyzeWithinBudget(text);
    const last = text.lastIndexOf(TRIGGER);
    const found = mentionsIn(analysis, last, last + TRIGGER.length);
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect(TRIGGER).toContain(m.text);
  });
});

// Regressions found by the cases above, small enough to run in process or quickly.
describe('adversarial regressions', () => {
  it('finds "effective compute" at the end of a 10 KB run of "effective " (a long sentence split must not cut the phrase)', () => {
    const text = 'effective '.repeat(1000) + 'compute.';
    const at = text.length - 'effective compute.'.length;
    expect(analyze(text).mentions.map((m) => [m.start, m.text])).toContainEqual([at, 'effective compute']);
  });

  it('does not throw on a list nested 2,000 deep (it once overflowed the stack)', async () => {
    const text = `${'- '.repeat(2000)}We will evaluate ${TRIGGER}.\n`;
    const outcome = await analyzeIsolated(text, {}, DEADLINE_MS);
    expect(outcome.kind, outcome.kind === 'error' ? outcome.error.split('\n')[0] : '').toBe('done');
  });
});
