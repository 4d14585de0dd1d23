// "Disable for this line" must silence exactly the finding it is offered for, keep every word of the
// author, and never change how the Markdown renders (no split tables, paragraphs or lists).
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { analyze, applyFixes } from '../../server/src/lint';
import { planSuppression } from '../../server/src/lsp/suppress';

/** Block structure of a Markdown text, ignoring HTML comments: what a reader sees. */
function shape(text: string): string {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as unknown as { children: Node[] };
  interface Node { type: string; children?: Node[]; value?: string }
  const walk = (n: Node): string =>
    n.type === 'html' ? '' : n.type === 'text' ? (n.value ?? '') : `${n.type}(${(n.children ?? []).map(walk).filter(Boolean).join(',')})`;
  return tree.children.map(walk).filter(Boolean).join('\n');
}

// Quoted text is reported only when asked for (corpus rule 17); the blockquote case asks for it.
const config = { options: { quoted: 'info' as const } };

function disable(text: string, phrase: string, ruleId: string, language: 'markdown' | 'plaintext' = 'markdown') {
  const before = analyze(text, { language, config }).findings.filter((f) => f.ruleId === ruleId);
  const finding = before.find((f) => text.slice(f.start, f.end).includes(phrase));
  if (!finding) throw new Error(`no ${ruleId} finding on "${phrase}" in:\n${text}`);
  const plan = planSuppression(text, language, finding.start, ruleId);
  if (!plan) return { plan };
  const edited = applyFixes(text, plan.edits).text;
  const after = analyze(edited.replace(/⟨reason⟩/g, 'stated in Annex B'), { language, config }).findings;
  return { plan, edited, after, before };
}

const TRIGGER = 'We will evaluate after every 4x increase in effective compute.';

describe('planSuppression', () => {
  it('puts a disable-next-line comment above a paragraph that starts on the finding line', () => {
    const text = `# Policy\n\n${TRIGGER}\n`;
    const { plan, edited, after } = disable(text, '4x', 'missing-scale');
    expect(plan!.title).toBe('Disable missing-scale for this line');
    expect(edited).toBe(`# Policy\n\n<!-- rsplint-disable-next-line missing-scale -- ⟨reason⟩ -->\n${TRIGGER}\n`);
    expect(after!.filter((f) => f.ruleId === 'missing-scale')).toEqual([]);
    expect(after!.some((f) => f.ruleId === 'missing-reference')).toBe(true);
    expect(shape(edited!)).toBe(shape(text));
  });

  it('wraps a table in disable/enable comments instead of writing inside a row', () => {
    const text = [
      '# Triggers',
      '',
      '| When | What we do |',
      '|---|---|',
      '| After every 4x increase in effective compute | We run the full evaluation suite. |',
      '| At 10^26 FLOP | We notify the board. |',
      '',
      'Closing words.',
      '',
    ].join('\n');
    const result = disable(text, '4x', 'missing-scale');
    expect(result.plan!.title).toBe('Disable missing-scale for this table');
    const lines = result.edited!.split('\n');
    expect(lines[2]).toBe('<!-- rsplint-disable missing-scale -- ⟨reason⟩ -->');
    expect(lines[3]).toBe('| When | What we do |');
    expect(lines[7]).toBe('<!-- rsplint-enable missing-scale -->');
    expect(result.after!.filter((f) => f.ruleId === 'missing-scale')).toEqual([]);
    expect(shape(result.edited!)).toBe(shape(text));
  });

  it('wraps a paragraph when the finding is on a later line of it, so the paragraph is not split', () => {
    const text = `# Policy\n\nOur commitments are simple.\n${TRIGGER}\nNothing else changes.\n`;
    const result = disable(text, '4x', 'missing-scale');
    expect(result.plan!.title).toBe('Disable missing-scale for this paragraph');
    expect(result.edited).toBe(
      `# Policy\n\n<!-- rsplint-disable missing-scale -- ⟨reason⟩ -->\nOur commitments are simple.\n${TRIGGER}\nNothing else changes.\n<!-- rsplint-enable missing-scale -->\n`,
    );
    expect(result.after!.filter((f) => f.ruleId === 'missing-scale')).toEqual([]);
    expect(shape(result.edited!)).toBe(shape(text));
  });

  it('keeps a list in one piece when the finding is on a later item', () => {
    const text = `# Policy\n\n- We publish our results.\n- ${TRIGGER}\n- We review yearly.\n`;
    const result = disable(text, '4x', 'missing-scale');
    expect(result.plan!.title).toBe('Disable missing-scale for this line');
    expect(result.edited).toBe(`# Policy\n\n- We publish our results.\n  <!-- rsplint-disable-next-line missing-scale -- ⟨reason⟩ -->\n- ${TRIGGER}\n- We review yearly.\n`);
    expect(result.after!.filter((f) => f.ruleId === 'missing-scale')).toEqual([]);
    expect(shape(result.edited!)).toBe(shape(text));
  });

  it('keeps a blockquote in one piece', () => {
    const text = `# Policy\n\n> ${TRIGGER}\n`;
    const result = disable(text, '4x', 'missing-scale');
    expect(result.edited).toBe(`# Policy\n\n> <!-- rsplint-disable-next-line missing-scale -- ⟨reason⟩ -->\n> ${TRIGGER}\n`);
    expect(shape(result.edited!)).toBe(shape(text));
  });

  it('ends the inserted comment line the way the document ends its lines (no bare LF in a CRLF file)', () => {
    const text = `# Policy\r\n\r\n${TRIGGER}\r\n`;
    const result = disable(text, '4x', 'missing-scale');
    expect(result.edited).toBe(`# Policy\r\n\r\n<!-- rsplint-disable-next-line missing-scale -- ⟨reason⟩ -->\r\n${TRIGGER}\r\n`);
    expect(result.edited!.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('offers nothing inside fenced code', () => {
    const text = '```\nevery 4x increase in effective compute\n```\n';
    expect(planSuppression(text, 'markdown', text.indexOf('4x'), 'missing-scale')).toBeUndefined();
  });

  it('uses a plain comment line above the line in a plain-text document', () => {
    const text = `Policy\n\n  ${TRIGGER}\n`;
    const result = disable(text, '4x', 'missing-scale', 'plaintext');
    expect(result.edited).toBe(`Policy\n\n  <!-- rsplint-disable-next-line missing-scale -- ⟨reason⟩ -->\n  ${TRIGGER}\n`);
    expect(result.after!.filter((f) => f.ruleId === 'missing-scale')).toEqual([]);
    expect(result.after!.some((f) => f.ruleId === 'missing-reference')).toBe(true);
  });
});
