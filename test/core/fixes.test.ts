import { describe, expect, it } from 'vitest';
import { analyze, applyFixes, completeDefinitionFix, benchmarkTriggerRewrite } from '../../server/src/lint';
import { normalize, mapRange } from '../../server/src/core/normalize';

const TRIGGER = '# Policy\n\nWe will evaluate after every 4x increase in effective compute.\n\nThe committee meets monthly.\n';

/** Every word of the original appears, in order, in the edited text: a fix only inserts. */
function keepsAuthorText(before: string, after: string): boolean {
  let at = 0;
  for (const word of before.split(/\s+/).filter(Boolean)) {
    const found = after.indexOf(word, at);
    if (found < 0) return false;
    at = found + word.length;
  }
  return true;
}

describe('quick fixes', () => {
  for (const ruleId of ['missing-baseline', 'missing-benchmark', 'missing-scale', 'missing-post-training', 'missing-reference']) {
    it(`inserting the missing definition clears ${ruleId} and keeps the author's words`, () => {
      const finding = analyze(TRIGGER).findings.find((f) => f.ruleId === ruleId)!;
      expect(finding.fixes?.[0]?.isPreferred).toBe(true);
      const { text } = applyFixes(TRIGGER, finding.fixes![0]!.edits);
      expect(keepsAuthorText(TRIGGER, text)).toBe(true);
      expect(text).toContain('⟨');
      const after = analyze(text).findings.map((f) => f.ruleId);
      expect(after).not.toContain(ruleId);
      // The placeholders are still reported until the author fills them in.
      expect(after).toContain('unfilled-placeholder');
    });
  }

  it('inserts term-level facets into an existing definition rather than after the trigger', () => {
    const draft = '**Effective compute** means compute measured on held-out cross-entropy loss.\n\nWe evaluate after every 4x increase in effective compute.\n';
    const finding = analyze(draft).findings.find((f) => f.ruleId === 'missing-scale' && f.start > 80)!;
    const edit = finding.fixes![0]!.edits[0]!;
    expect(edit.start).toBeLessThanOrEqual(draft.indexOf('\n\nWe'));
    expect(finding.related?.[0]?.message).toMatch(/Definition of effective compute used/);
  });

  it('applying the preferred fix finding after finding ends with every facet stated', () => {
    let text = TRIGGER;
    for (let i = 0; i < 20; i++) {
      const next = analyze(text).findings.find((f) => f.facet);
      if (!next) break;
      text = applyFixes(text, next.fixes![0]!.edits).text;
    }
    expect(keepsAuthorText(TRIGGER, text)).toBe(true);
    expect(analyze(text).findings.filter((f) => f.facet)).toEqual([]);
  });

  it('applying every offered fix at once keeps the author text and re-lints cleanly', () => {
    const { findings } = analyze(TRIGGER);
    const { text } = applyFixes(TRIGGER, findings.flatMap((f) => f.fixes?.[0]?.edits ?? []));
    expect(keepsAuthorText(TRIGGER, text)).toBe(true);
    expect(() => analyze(text)).not.toThrow();
  });

  it('adds a complete definition once, and offers nothing more once it is there', () => {
    const a = analyze(TRIGGER);
    const fix = completeDefinitionFix(a, TRIGGER, a.mentions[0]!.id)!;
    expect(fix.title).toBe('Add a complete definition of effective compute');
    const { text } = applyFixes(TRIGGER, fix.edits);
    expect(text.match(/## Definitions/g)).toHaveLength(1);
    const b = analyze(text);
    const mention = b.mentions.find((m) => m.kind === 'relative-effective-compute')!;
    expect(completeDefinitionFix(b, text, mention.id)).toBeUndefined();
  });

  it('offers a benchmark-score trigger beside a relative effective-compute trigger only', () => {
    const a = analyze(TRIGGER);
    expect(benchmarkTriggerRewrite(a, a.mentions[0]!.id)?.edits[0]?.newText).toMatch(/percentage points/);
    const b = analyze('Any model trained with more than 10^26 FLOP must be reported.');
    expect(benchmarkTriggerRewrite(b, b.mentions[0]!.id)).toBeUndefined();
  });

  it('drops overlapping edits instead of merging them', () => {
    const r = applyFixes('abcdef', [{ start: 1, end: 3, newText: 'X' }, { start: 2, end: 4, newText: 'Y' }, { start: 6, end: 6, newText: '!' }]);
    expect(r.text).toBe('aXdef!');
    expect(r.dropped).toHaveLength(1);
  });
});

describe('normalisation keeps ranges on the author text', () => {
  it('maps a superscript exponent to a caret form and back', () => {
    const n = normalize('over 10²⁶ FLOP');
    expect(n.text).toBe('over 10^26 FLOP');
    expect(mapRange(n, 5, 10)).toEqual({ start: 5, end: 9 });
  });

  it('reports a superscript threshold on the original characters, with UTF-16 offsets after astral text', () => {
    const text = '😀 Any model trained with more than 10²⁶ FLOP is covered.';
    const f = analyze(text).findings[0]!;
    expect(text.slice(f.start, f.end)).toBe('more than 10²⁶ FLOP');
  });
});

describe('placeholders stay flat and leave no stray bracket', () => {
  it('no fix template nests a placeholder inside another', async () => {
    const { FACET_RULES } = await import('../../server/src/rules');
    const kinds = ['relative-effective-compute', 'compute-cost', 'absolute-compute', 'capability-jump'] as const;
    const templates = FACET_RULES.flatMap((rule) => kinds.map((kind) => [rule.meta.id, rule.templateFor({ kind } as never)] as const));
    expect(templates.length).toBeGreaterThanOrEqual(FACET_RULES.length);
    for (const [id, t] of templates) expect(t, id).not.toMatch(/⟨[^⟩]*⟨/);
  });

  it('a lone ⟨ or ⟩ left after typing over a placeholder is reported, once, where it is', () => {
    const text = '# Policy\n\nEffective compute here measures pre-training improvements only⟩; post-training is tracked ⟨separately.\n';
    const found = analyze(text).findings.filter((f) => f.ruleId === 'unfilled-placeholder');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['⟩', '⟨']);
    expect(found[0]!.message).toMatch(/stray ⟩/);
  });

  it('a whole placeholder is one finding, not a stray bracket', () => {
    const text = '# Policy\n\nThe baseline recipe is frozen on ⟨YYYY-MM-DD⟩.\n';
    const found = analyze(text).findings.filter((f) => f.ruleId === 'unfilled-placeholder');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['⟨YYYY-MM-DD⟩']);
  });
});
