// The units-and-numbers rules: the traps they must stay quiet on, and the deterministic fixes, which
// `rsplint --fix` applies unattended and so must leave text that lints clean and changes nothing else.
import { describe, expect, it } from 'vitest';
import { analyze, applyFixes, type Finding, type RsplintConfig } from '../../server/src/lint';
import { UNIT_RULES } from '../../server/src/rules/units';

const findings = (text: string, ruleId: string, config?: RsplintConfig): Finding[] =>
  analyze(text, { config }).findings.filter((f) => f.ruleId === ruleId);
const flagged = (text: string, ruleId: string): string[] => findings(text, ruleId).map((f) => text.slice(f.start, f.end));

/** Applies every deterministic fix of one rule, as `--fix` would. */
function fixAll(text: string, ruleId: string, config?: RsplintConfig): string {
  const edits = findings(text, ruleId, config).flatMap((f) => (f.fixes ?? []).filter((x) => x.deterministic).flatMap((x) => x.edits));
  return applyFixes(text, edits).text;
}

describe('pdf-flattened-exponent', () => {
  const id = 'pdf-flattened-exponent';

  it.each([
    ['any model trained using greater than 1026 integer or floating-point operations must be reported.', '1026'],
    ['A model is presumed to have high-impact capabilities when the cumulative amount of computation used for its training measured in floating point operations is greater than 1025.', '1025'],
    ['Model A used 7.5 ⋅ 1022 FLOP and must be reported.', '7.5 ⋅ 1022'],
    ['Report the estimate with two significant figures (e.g. 2.3x1025 FLOP).', '2.3x1025'],
    ['Any model trained with more than 10º26 operations must be registered.', '10º26'],
  ])('reports %j', (text, span) => {
    expect(flagged(text, id)).toEqual([span]);
  });

  it('reports the other flattened factors of a formula only once the sentence has a flattened compute figure', () => {
    const formula = 'C ≈ 6 ⋅ 3.8 ⋅ 109 ⋅ 3.3 ⋅ 1012 ≈ 7.5 ⋅ 1022 FLOP.';
    expect(flagged(formula, id)).toEqual(['3.8 ⋅ 109', '3.3 ⋅ 1012', '7.5 ⋅ 1022']);
    expect(flagged('The batch holds 3.5 × 1024 samples per step of training compute.', id)).toEqual([]);
  });

  it.each([
    'See § 1026 FLOP reporting rules, which cover models above 10^26 FLOP.',
    'Under Section 1025 operations must be logged for every model above 10^25 FLOP.',
    'The RTX 4090 delivers about 10^14 operations per second.',
    'The estimate follows arXiv:2001.08361 and uses roughly 1024 FLOP per token.',
    'The 1025 members of the panel must review any model above 10^25 FLOP.',
    'The office is at 10º26\' N, 66º55\' W.',
    'Developers must report any model trained using more than 10^26 FLOP.',
    'Developers must report any model trained using more than 10²⁶ FLOP.',
    'Developers must report any model trained using more than 1e26 FLOP.',
    '# Changelog\n\n- v1.1: the threshold was previously stated as greater than 1025 FLOP.\n',
  ])('stays quiet on %j', (text) => {
    expect(flagged(text, id)).toEqual([]);
  });

  it('still reports a flattened exponent inside a quotation: the quoted statute is wrong too', () => {
    const text = '> (i) any model that was trained using a quantity of computing power greater than 1026 integer or floating-point operations;\n';
    const [f] = findings(text, id);
    expect(f?.severity).toBe('error');
  });

  it('fixes "1026" to "10^26" deterministically, changing only the digits', () => {
    const text = 'Developers must report any model trained using greater than 1026 integer or floating-point operations.\n';
    const fixed = fixAll(text, id);
    expect(fixed).toBe(text.replace('1026', '10^26'));
    expect(findings(fixed, id)).toEqual([]);
    const fix = findings(text, id)[0]!.fixes![0]!;
    expect(fix.deterministic).toBe(true);
    expect(fix.isPreferred).toBe(true);
  });

  it('writes superscripts when options.exponentStyle is "superscript"', () => {
    const config: RsplintConfig = { options: { exponentStyle: 'superscript' } };
    const text = 'Models trained with more than 1026 FLOP and 7.5 ⋅ 1022 FLOP runs must be reported.\n';
    const fixed = fixAll(text, id, config);
    expect(fixed).toBe('Models trained with more than 10²⁶ FLOP and 7.5 ⋅ 10²² FLOP runs must be reported.\n');
    expect(findings(fixed, id, config)).toEqual([]);
  });

  it('fixes the mantissa and degree-sign forms', () => {
    const text = 'Report 2.3x1025 FLOP runs and any run above 10º26 operations.\n';
    const fixed = fixAll(text, id);
    expect(fixed).toBe('Report 2.3x10^25 FLOP runs and any run above 10^26 operations.\n');
    expect(findings(fixed, id)).toEqual([]);
  });
});

describe('flops-for-quantity', () => {
  const id = 'flops-for-quantity';

  it.each([
    ['We will report every model trained with 10^26 FLOPS or more.', '10^26 FLOPS'],
    ['A 10^25 flops threshold applies to all models we train.', '10^25 flops'],
    ['Developers must report when total training FLOPS exceed the threshold.', 'FLOPS'],
  ])('reports %j', (text, span) => {
    expect(flagged(text, id)).toEqual([span]);
  });

  it.each([
    'Models trained with more than 10^25 FLOPs must be registered.',
    'Any cluster must report when its peak throughput exceeds 10^20 FLOPS.',
    'Models trained on hardware with a capacity above 10^18 FLOP/s are covered.',
    'Each GPU must sustain 10^15 FLOPS per second during every training run.',
    'Our cluster will deliver 42.5 exaflops of AI performance to every model trained after 2026.',
    'GPT-4 was reportedly trained with about 2e25 FLOPS.',
    '- Total training flops: 3.917670e+19',
    'The model flops when asked about 10^26 things.',
  ])('stays quiet on %j', (text) => {
    expect(flagged(text, id)).toEqual([]);
  });

  it('replaces FLOPS with FLOP deterministically, and the finding is gone', () => {
    const text = 'We will report every model trained with more than 10^26 FLOPS.\n';
    const fixed = fixAll(text, id);
    expect(fixed).toBe('We will report every model trained with more than 10^26 FLOP.\n');
    expect(findings(fixed, id)).toEqual([]);
  });

  it('reports a quotation as info and offers no fix: a quote keeps its author\'s words', () => {
    const text = '> Developers shall report every model trained with more than 10^26 FLOPS, whichever lab trains it and wherever it is trained.\n';
    const [f] = findings(text, id);
    expect(f?.severity).toBe('info');
    expect(f?.fixes).toBeUndefined();
  });
});

describe('missing-comparator', () => {
  const id = 'missing-comparator';

  it('reports a threshold with no comparator and suggests one, never unattended', () => {
    const text = 'Developers must report 10^26 FLOP models before deployment.\n';
    const [f] = findings(text, id);
    expect(text.slice(f!.start, f!.end)).toBe('10^26 FLOP');
    expect(f!.fixes!.map((x) => x.title)).toEqual(['Insert "more than"', 'Insert "at least"']);
    expect(f!.fixes!.every((x) => !x.deterministic)).toBe(true);
    const { text: fixed } = applyFixes(text, f!.fixes![0]!.edits);
    expect(fixed).toBe('Developers must report more than 10^26 FLOP models before deployment.\n');
    expect(findings(fixed, id)).toEqual([]);
  });

  it('reports an approximate comparator without a fix (replacing "around" would delete the author\'s word)', () => {
    const text = 'Developers must report models trained with around 10^26 FLOP.\n';
    const [f] = findings(text, id);
    expect(f?.message).toMatch(/approximate/);
    expect(f?.fixes).toBeUndefined();
  });

  it.each([
    'Developers must report models trained with 10^26 FLOP or more.',
    'Developers must report any model that reaches 10^26 FLOP.',
    'The reporting threshold is 10^26 FLOP, and models above it must be registered.',
    'Developers must register models above the systemic-risk threshold (i.e. currently 10^25 FLOP).',
    'GPT-4 was trained with an estimated 2.1 × 10^25 FLOP.',
    'Each cluster must report a theoretical maximum computing capacity of 10^20 integer or floating-point operations per second.',
    '| Tier | Threshold |\n|---|---|\n| 2 | 10^26 FLOP |\n',
    'Reporting threshold: 10^26 FLOP, for every model we train.',
  ])('stays quiet on %j', (text) => {
    expect(flagged(text, id)).toEqual([]);
  });
});

describe('percent-as-multiple', () => {
  const id = 'percent-as-multiple';

  it('gives both readings of a 300% increase', () => {
    const [f] = findings('We will run a comprehensive evaluation after every 300% increase in training compute.\n', id);
    expect(f?.message).toContain('4x');
    expect(f?.message).toContain('3x');
    expect(f?.fixes?.[0]?.deterministic).toBe(false);
  });

  it.each([
    'We will run a comprehensive evaluation after every 50% increase in training compute.',
    'We will run a comprehensive evaluation after every 100% increase in training compute.',
    'Revenue must show a 300% increase before we expand the team.',
    'Effective compute grew by 300% last year, as estimated by external analysts.',
    'We will evaluate whenever 300% of the previous training compute has been used.',
  ])('stays quiet on %j', (text) => {
    expect(flagged(text, id)).toEqual([]);
  });
});

describe('orders-of-magnitude-without-count', () => {
  const id = 'orders-of-magnitude-without-count';

  it('reports an uncounted phrase in a threshold, including a vague quantifier', () => {
    expect(flagged('We must re-run all evaluations before training any model with orders of magnitude more compute.', id)).toEqual(['orders of magnitude']);
    expect(flagged('A model trained with several orders of magnitude more training compute must be reviewed.', id)).toEqual(['several orders of magnitude']);
  });

  it.each([
    'We must re-run all evaluations before training any model with two orders of magnitude more compute.',
    'We must re-run all evaluations before training a model with 1-2 orders of magnitude more training compute.',
    'Training compute for frontier models has grown by orders of magnitude over the past decade.',
    'We must keep evaluation latency orders of magnitude below the deployment cycle.',
    'The multiplier must be relied on only within ⟨n⟩ orders of magnitude of the fitted compute range.',
  ])('stays quiet on %j', (text) => {
    expect(flagged(text, id)).toEqual([]);
  });
});

describe('multiplier-without-direction', () => {
  const id = 'multiplier-without-direction';

  it('reports "4x compute" in a rule as info, with a suggestion only', () => {
    const text = 'Every model trained with 4x compute must complete the full evaluation suite.\n';
    const [f] = findings(text, id);
    expect(text.slice(f!.start, f!.end)).toBe('4x compute');
    expect(f!.severity).toBe('info');
    expect(applyFixes(text, f!.fixes![0]!.edits).text).toBe('Every model trained with 4x more compute must complete the full evaluation suite.\n');
  });

  it.each([
    'Every model trained with 4x more compute than the last evaluated model must complete the evaluation suite.',
    'We will evaluate after every 4x increase in training compute.',
    'Models trained with at least 4x the compute of the last evaluated model must complete the evaluation suite.',
    'Any model that reaches the same score with 4x less compute must be reported as an efficiency gain.',
    'We must benchmark each 8x H100 node before training starts.',
    'We must keep a margin of 3x effective compute below the capability threshold.',
  ])('stays quiet on %j', (text) => {
    expect(flagged(text, id)).toEqual([]);
  });
});

describe('decomposition-arithmetic', () => {
  const id = 'decomposition-arithmetic';

  it('shows the product the factors give', () => {
    const text = 'Effective compute has grown about 4.2x per year from compute × 2.8x from algorithms × 3x from post-training ≈ 50x per year.';
    const [f] = findings(text, id);
    expect(f?.message).toContain('multiply to 35.3x, not 50x');
  });

  it('says when the factors were added instead of multiplied', () => {
    const [f] = findings('Hardware spending grew 4x and algorithmic efficiency 3x, i.e. 7x effective compute per year.', id);
    expect(f?.message).toContain('12x');
    expect(f?.message).toMatch(/add up to 7/);
  });

  it('checks stated squares, allowing the rounding written', () => {
    expect(flagged('Over two years this compounds to 35^2 ≈ 500x effective compute.', id)).toEqual(['35^2 ≈ 500']);
    expect(flagged('Over two years this compounds to 35^2 ≈ 1,000x effective compute.', id)).toEqual([]);
    expect(flagged('Over two years this compounds to 35² ≈ 1225x effective compute.', id)).toEqual([]);
  });

  it.each([
    // RSP v2's footnote: 4.2 × 2.8 × 3 = 35.3, stated as 35.
    'Effective compute has grown about 4.2x per year from compute × 2.8x from algorithms × 3x from post-training ≈ 35x per year.',
    'Hardware spending grew 4x and algorithmic efficiency 3x, i.e. 12x effective compute per year.',
    'Training compute grew between 2x and 3x per year, i.e. 2.5x on average.',
    'We benchmark 8x H100 and 4x A100 nodes, i.e. 12x GPUs in all, for training.',
    'The reference run used 6 × 3.8 × 10^9 × 3.3 × 10^12 ≈ 7.5 × 10^22 FLOP of training compute.',
    'Compute grew 4x per year for 3 years, i.e. 64x in total.',
  ])('stays quiet on %j', (text) => {
    expect(flagged(text, id)).toEqual([]);
  });
});

describe('unit rules together', () => {
  it('have unique ids and a docs path each', () => {
    const ids = UNIT_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of UNIT_RULES) expect(r.meta.docs).toBe(`docs/rules/${r.meta.id}.md`);
  });

  it('--fix on a draft with every deterministic problem leaves text that lints clean for them and differs only in the fixed spans', () => {
    const draft = [
      '# Reporting',
      '',
      'Developers must report any model trained using greater than 1026 integer or floating-point operations.',
      '',
      'We will report every model trained with more than 10^25 FLOPS, and notify 2.3x1025 FLOP estimates.',
      '',
    ].join('\n');
    const deterministic = UNIT_RULES.filter((r) => r.meta.fixable === 'deterministic').map((r) => r.meta.id);
    const all = analyze(draft).findings.filter((f) => deterministic.includes(f.ruleId));
    expect(new Set(all.map((f) => f.ruleId))).toEqual(new Set(deterministic));
    const edits = all.flatMap((f) => f.fixes!.filter((x) => x.deterministic).flatMap((x) => x.edits));
    const { text, dropped } = applyFixes(draft, edits);
    expect(dropped).toEqual([]);
    expect(text).toBe(draft.replace('1026', '10^26').replace('10^25 FLOPS', '10^25 FLOP').replace('2.3x1025', '2.3x10^25'));
    expect(analyze(text).findings.filter((f) => deterministic.includes(f.ruleId))).toEqual([]);
  });
});
