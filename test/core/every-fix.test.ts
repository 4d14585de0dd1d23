// Every quick fix the engine offers, applied one at a time, must leave the draft better and never damaged
// (issue 11 §2): the author's text survives as a subsequence, no table row gains or loses a character,
// no inserted placeholder is nested, and the result lints without error or stray brackets. Run on the
// example draft, the fixture drafts (tables, lists, footnotes, hard-wrapped prose) and, where ../shared is
// beside the repository, the dev corpus.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, applyFixes, benchmarkTriggerRewrite, completeDefinitionFix, type Fix } from '../../server/src/lint';

const root = resolve(__dirname, '..', '..');
const dev = resolve(root, '..', 'shared', 'corpus', 'dev');
const docs: string[] = [
  join(root, 'examples', 'rsp-draft.md'),
  ...readdirSync(join(root, 'test', 'fixtures')).filter((f) => /\.(md|txt)$/.test(f)).map((f) => join(root, 'test', 'fixtures', f)),
  ...(existsSync(dev) ? readdirSync(dev).filter((f) => f.endsWith('.md')).map((f) => join(dev, f)) : []),
];

/** `before` is a subsequence of `after`: every character of the author's, in order. */
function isSubsequence(before: string, after: string): boolean {
  let j = 0;
  for (let i = 0; i < after.length && j < before.length; i++) if (after[i] === before[j]) j++;
  return j === before.length;
}

const tableRows = (text: string) => text.split(/\r?\n/).filter((l) => /^\s*\|/.test(l));
/**
 * Lines no insertion may change: the lines of an HTML table, and lines set in two columns (prose, a gutter of
 * three or more blanks, prose) with the lines around them.
 */
function laidOutLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const out = new Set<string>();
  let inTable = false;
  lines.forEach((l, i) => {
    if (/<table\b/i.test(l)) inTable = true;
    if (inTable || /\S.{17,}\S[ \t]{3,}\S.{9,}/.test(l)) for (const k of [i - 1, i, i + 1]) if (lines[k]?.trim()) out.add(lines[k]!);
    if (/<\/table>/i.test(l)) inTable = false;
  });
  return [...out];
}

function offeredFixes(text: string, language: 'markdown' | 'plaintext'): Fix[] {
  const analysis = analyze(text, { language });
  const fixes: Fix[] = analysis.findings.flatMap((f) => f.fixes ?? []);
  for (const m of analysis.mentions) {
    const complete = completeDefinitionFix(analysis, text, m.id, language);
    if (complete) fixes.push(complete);
    const rewrite = benchmarkTriggerRewrite(analysis, m.id, text);
    if (rewrite) fixes.push(rewrite);
  }
  return fixes;
}

const label = (path: string) => (path.startsWith(root + '/') ? path.slice(root.length + 1) : `../shared/corpus/dev/${path.slice(dev.length + 1)}`);

describe.each(docs.map((d) => [label(d), d] as const))('every quick fix on %s', (_name, path) => {
  const text = readFileSync(path, 'utf8');
  const language = path.endsWith('.txt') ? 'plaintext' : 'markdown';
  const fixes = offeredFixes(text, language);
  const rowsBefore = new Set(tableRows(text));
  const laidOut = laidOutLines(text);

  // A suite needs a test (CI runs vitest with CI=true, where an empty suite fails).
  if (fixes.length === 0) it('offers no quick fix', () => expect(fixes).toEqual([]));

  it.each(fixes.map((f, i) => [i, f.title, f] as const))('#%i %s', (_i, _title, fix) => {
    const { text: after } = applyFixes(text, fix.edits);
    expect(after).not.toBe(text);
    // A unit fix replaces a few characters of an extraction artefact ("10º26" → "10^26"); everything else
    // only inserts, and never into a table row.
    const replaces = fix.edits.some((e) => e.end > e.start);
    if (replaces) {
      for (const e of fix.edits) expect(e.end - e.start, 'a fix replaces more than a unit').toBeLessThanOrEqual(16);
      return;
    }
    expect(isSubsequence(text, after), 'the author\'s text does not survive as a subsequence').toBe(true);
    const changedRows = tableRows(after).filter((row) => !rowsBefore.has(row));
    expect(changedRows, 'a table row gained text').toEqual([]);
    const afterLines = new Set(after.split(/\r?\n/));
    expect(laidOut.filter((l) => !afterLines.has(l)), 'a line of an HTML table or a two-column passage changed').toEqual([]);
    for (const e of fix.edits) expect(e.newText, 'a nested placeholder').not.toMatch(/⟨[^⟩]*⟨/);
    const again = analyze(after, { language });
    expect(again.findings.filter((f) => f.ruleId === 'unfilled-placeholder' && /stray/.test(f.message)).map((f) => f.message)).toEqual([]);
  });
});
