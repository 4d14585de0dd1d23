// The README and the rule pages make promises about the bundled example drafts and about the snippets
// they label "Fails" and "Passes". These tests hold the engine to those promises, so a change that
// makes the documentation wrong fails here rather than in a reader's hands.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, RULES, type Finding } from '../../server/src/lint';

const root = resolve(__dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const lint = (text: string) => analyze(text, { language: 'markdown', reportUnusedDisableDirectives: true }).findings;

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
const show = (text: string, findings: Finding[]) =>
  findings.map((f) => `${lineOf(text, f.start)} ${f.ruleId} ${text.slice(f.start, f.end)}`);

/** The Markdown snippets under a page's "## Examples" heading, each with the label of the paragraph before it. */
function labelledExamples(page: string): { label: 'Fails' | 'Passes'; snippet: string }[] {
  const section = page.split(/^## Examples$/m)[1]?.split(/^## /m)[0] ?? '';
  const out: { label: 'Fails' | 'Passes'; snippet: string }[] = [];
  let label: 'Fails' | 'Passes' | undefined;
  for (const part of section.split(/^```markdown\n([\s\S]*?)^```$/m).entries()) {
    const [index, text] = part;
    if (index % 2 === 0) {
      const labels = [...text.matchAll(/^(Fails|Passes)\b/gm)];
      if (labels.length > 0) label = labels[labels.length - 1]![1] as 'Fails' | 'Passes';
    } else if (label) {
      out.push({ label, snippet: text });
    }
  }
  return out;
}

describe('rule page examples', () => {
  for (const rule of RULES) {
    const examples = labelledExamples(read(rule.docs));

    it(`${rule.id}: the page has at least one failing and one passing example`, () => {
      expect(examples.some((e) => e.label === 'Fails')).toBe(true);
      expect(examples.some((e) => e.label === 'Passes')).toBe(true);
    });

    examples.forEach(({ label, snippet }, i) => {
      it(`${rule.id}: example ${i + 1} ${label === 'Fails' ? 'is reported' : 'is not reported'}`, () => {
        const own = lint(snippet).filter((f) => f.ruleId === rule.id);
        if (label === 'Fails') expect(show(snippet, own).length, snippet).toBeGreaterThan(0);
        else expect(show(snippet, own), snippet).toEqual([]);
      });
    });
  }
});

describe('rule page suppression examples', () => {
  for (const rule of RULES) {
    const section = read(rule.docs).split(/^## Suppressing one finding$/m)[1]?.split(/^## /m)[0];
    const snippet = section && /^```markdown\n([\s\S]*?)^```$/m.exec(section)?.[1];
    if (!snippet) continue;

    it(`${rule.id}: the suppression example silences the rule, and the same text without the comment does not`, () => {
      const silenced = lint(snippet);
      expect(show(snippet, silenced.filter((f) => f.ruleId === rule.id || f.ruleId === 'disable-without-reason'))).toEqual([]);
      const bare = snippet.replace(/^<!--.*-->\n/m, '');
      expect(lint(bare).some((f) => f.ruleId === rule.id), bare).toBe(true);
    });
  }
});

describe('examples/rsp-draft.md', () => {
  const text = read('examples/rsp-draft.md');
  const findings = lint(text);
  const linesWith = (needle: string) =>
    text.split('\n').flatMap((line, i) => (line.includes(needle) ? [i + 1] : []));
  const findingsOnLine = (line: number) => findings.filter((f) => lineOf(text, f.start) === line);

  it('shows five of the six facet rules, and no missing baseline because its definition states one', () => {
    const ids = new Set(findings.filter((f) => f.facet).map((f) => f.ruleId));
    expect([...ids].sort()).toEqual(
      ['missing-benchmark', 'missing-counting-scope', 'missing-post-training', 'missing-reference', 'missing-scale'],
    );
  });

  it('shows two analyst checks: the undefined capability trigger and the missing recalibration clause', () => {
    const ids = new Set(findings.filter((f) => !f.facet).map((f) => f.ruleId));
    expect([...ids].sort()).toEqual(['missing-recalibration', 'undefined-capability-trigger']);
  });

  it('reports the compute trigger in Section 4.1 for its reference point, scale and post-training', () => {
    const [line] = linesWith('We will run a comprehensive evaluation after every 4x increase in effective compute');
    expect(findingsOnLine(line!).map((f) => f.ruleId).sort()).toEqual(['missing-post-training', 'missing-reference', 'missing-scale']);
  });

  it('reports the capability trigger in Section 4.3 for its benchmark only, since it names its reference point', () => {
    const [line] = linesWith('whenever a model is notably more capable than the last');
    expect(findingsOnLine(line!).map((f) => f.ruleId)).toEqual(['missing-benchmark']);
  });

  it('reports the absolute and cost thresholds in Section 5 for their counting scope', () => {
    for (const needle of ['expected to use more than 10^26 FLOP', 'compute cost is expected to exceed USD 100 million']) {
      const [line] = linesWith(needle);
      expect(findingsOnLine(line!).map((f) => f.ruleId), needle).toEqual(['missing-counting-scope']);
    }
  });

  it('stays quiet on the near-misses the examples README lists', () => {
    const nearMisses = ['8x H100', '96 hours', 'FLOP/s', '50% of the tasks', '2x faster', 'every three months', 'within 30 days', 'We compute the pass'];
    for (const needle of nearMisses) {
      const lines = linesWith(needle);
      expect(lines.length, `"${needle}" is in the draft`).toBeGreaterThan(0);
      for (const line of lines) expect(show(text, findingsOnLine(line)), `line ${line}: ${needle}`).toEqual([]);
    }
  });

  it('does not check the thresholds restated in the Changelog', () => {
    const start = text.indexOf('## 8. Changelog');
    const end = text.indexOf('\n## ', start + 1);
    expect(start).toBeGreaterThan(0);
    expect(show(text, findings.filter((f) => f.start > start && f.start < end))).toEqual([]);
  });
});

describe('examples/rsp-draft-fixed.md', () => {
  it('has nothing left to report once every gap is filled in', () => {
    const text = read('examples/rsp-draft-fixed.md');
    expect(show(text, lint(text))).toEqual([]);
  });
});

describe('examples/README.md', () => {
  it('explains the drafts without tripping the linter itself', () => {
    const text = read('examples/README.md');
    expect(show(text, lint(text))).toEqual([]);
  });
});
