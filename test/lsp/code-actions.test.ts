// Fix-all takes deterministic fixes only, whole or not at all, and never a placeholder insertion; a fix
// that writes elsewhere says where.
import { describe, expect, it } from 'vitest';
import type { Finding, Fix } from '../../server/src/lint';
import { deterministicEdits, whereItGoes } from '../../server/src/lsp/code-actions';
import type { LintOutcome } from '../../server/src/lsp/linter';

function outcome(text: string, fixes: Fix[][]): LintOutcome {
  const findings: Finding[] = fixes.map((f, i) => ({ ruleId: `rule-${i}`, severity: 'warning', message: 'm', start: 0, end: 1, fixes: f }));
  return { uri: 'untitled:x', version: 1, languageId: 'markdown', text, status: 'analysed', analysis: { mentions: [], definitions: [], findings }, config: { config: {}, glossaries: [] }, diagnostics: [] };
}

const fix = (deterministic: boolean, ...edits: Array<[number, number, string]>): Fix => ({
  title: 't',
  deterministic,
  edits: edits.map(([start, end, newText]) => ({ start, end, newText })),
});

describe('deterministicEdits (source.fixAll.rsplint)', () => {
  const text = 'Models above 1026 FLOPS must report.';

  it('applies deterministic fixes and leaves placeholder fixes out', () => {
    const edits = deterministicEdits(outcome(text, [[fix(true, [13, 17, '10^26'])], [fix(false, [36, 36, ' ⟨scope⟩'])], [fix(true, [18, 23, 'FLOP'])]]));
    expect(edits.map((e) => e.newText)).toEqual(['10^26', 'FLOP']);
  });

  it('drops a whole fix when one of its edits overlaps an earlier fix', () => {
    const first = fix(true, [13, 17, '10^26']);
    const clashing = fix(true, [15, 20, 'x'], [30, 30, '!']);
    const edits = deterministicEdits(outcome(text, [[first], [clashing]]));
    expect(edits.map((e) => e.newText)).toEqual(['10^26']);
  });

  it('returns nothing when no fix is deterministic', () => {
    expect(deterministicEdits(outcome(text, [[fix(false, [0, 0, '⟨x⟩'])]]))).toEqual([]);
  });
});

describe('a fix that writes elsewhere says where in its title (issue 11 §2)', () => {
  const doc = '# Policy\n\n## 2. Definitions\n\n**Effective compute** means X.\n\n## 4. Triggers\n\nEvery 4x increase in effective compute.\n';
  const trigger = doc.indexOf('Every 4x');
  it('names nothing when it writes in the section the author is in', () => {
    expect(whereItGoes(doc, [{ start: trigger + 10, end: trigger + 10, newText: ' x' }], trigger)).toBe('');
    const wrapped = '# Policy\n\nWe evaluate after every 4x increase in effective\ncompute during a run.\n';
    expect(whereItGoes(wrapped, [{ start: wrapped.indexOf('run.') + 4, end: wrapped.indexOf('run.') + 4, newText: ' x' }], wrapped.indexOf('4x'))).toBe('');
  });
  it('names the section it writes into', () => {
    const at = doc.indexOf('means X.') + 'means X.'.length;
    expect(whereItGoes(doc, [{ start: at, end: at, newText: ' The baseline is ⟨…⟩.' }], trigger)).toBe(' in 2. Definitions');
  });
  it('says when it creates a Definitions section, and where', () => {
    const plain = 'Every 4x increase in effective compute.\n\nOther text.\n';
    expect(whereItGoes(plain, [{ start: plain.trimEnd().length, end: plain.trimEnd().length, newText: '\n\n## Definitions\n\n**Effective compute**: …\n' }], 0)).toBe(' in a new Definitions section at the end');
  });
  it('gives a line number in a document without headings, for another paragraph only', () => {
    const para = 'Every 4x increase in effective\ncompute counts.\n';
    expect(whereItGoes(para, [{ start: para.indexOf('counts.') + 7, end: para.indexOf('counts.') + 7, newText: ' x' }], 0)).toBe('');
    const plain = 'Every 4x increase in effective compute.\n\nOther text.\n\nMore text.\n';
    const at = plain.indexOf('More text.') + 'More text.'.length;
    expect(whereItGoes(plain, [{ start: at, end: at, newText: ' x' }], 0)).toBe(' at line 5');
  });
});
