// Inserted text follows a hard-wrapped draft's line width (issue 11 §2), and never touches the author's words.
import { describe, expect, it } from 'vitest';
import { analyze, applyFixes } from '../../server/src/lint';
import { wrapWidth } from '../../server/src/core/wrap';

const para = (n: number): string =>
  Array.from({ length: n }, (_, i) => `This is line ${i} of a paragraph that the author wrapped at about seventy-two columns`.slice(0, 70)).join('\n');

const draft = [
  '# Scaling policy',
  '',
  para(6),
  '',
  '## Triggers',
  '',
  'We will run the full evaluation suite after every 4x increase in effective',
  'compute during a training run.',
  '',
  para(6),
  '',
].join('\n');

describe('quick fixes in a hard-wrapped draft', () => {
  it('finds the width the draft wraps at, and none in a draft of one-line paragraphs', () => {
    expect(wrapWidth(draft)).toBe(70);
    expect(wrapWidth(draft.replace(/\n(?!\n|#)/g, ' '))).toBeUndefined();
  });

  it('wraps every inserted sentence at that width, keeping the author\'s text and every placeholder whole', () => {
    const a = analyze(draft);
    const fixes = a.findings.flatMap((f) => f.fixes ?? []);
    expect(fixes.length).toBeGreaterThan(0);
    for (const fix of fixes) {
      const { text } = applyFixes(draft, fix.edits);
      // The author's characters survive in order.
      let at = 0;
      for (const ch of draft) {
        at = text.indexOf(ch, at);
        expect(at).toBeGreaterThanOrEqual(0);
        at++;
      }
      // Every line the fix made or lengthened fits the width, unless one word or one placeholder is longer.
      const before = new Set(draft.split('\n'));
      for (const line of text.split('\n').filter((l) => !before.has(l))) {
        if (line.length > 70) expect(line.replace(/^#+ /, '').trim().split(/ (?![^⟨]*⟩)/).filter((w) => w.length > 30).length, `${fix.title}: ${JSON.stringify(line)}`).toBeGreaterThan(0);
      }
      for (const e of fix.edits) expect(e.newText).not.toMatch(/⟨[^⟩]*\n/);
    }
  });
});
