// One fixture per scope provider: a short draft where the provider puts the text that states a facet in
// force (and the evidence names that provider), and a near-miss where it must not supply the facet.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/lint';
import { SCOPES } from '../../server/src/core/judgement/scopes';
import type { FacetId, Mention } from '../../server/src/core/types';

function mentionOf(text: string, phrase: string): Mention {
  const at = text.indexOf(phrase);
  const m = analyze(text).mentions.filter((x) => x.start <= at + 1 && at < x.end).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  if (!m) throw new Error(`no mention at "${phrase}"`);
  return m;
}

interface ScopeCase {
  scope: string;
  facet: FacetId;
  phrase: string;
  supplies: string;
  nearMiss: string;
}

const CASES: ScopeCase[] = [
  {
    scope: 'sentence',
    facet: 'reference',
    phrase: '4x',
    supplies: 'We evaluate after every 4x increase in effective compute since the last model that completed a full evaluation.\n',
    nearMiss: 'We evaluate after every 4x increase in effective compute.\n\nThe last model that completed a full evaluation is listed in Annex C.\n',
  },
  {
    scope: 'continuation',
    facet: 'reference',
    phrase: '4x',
    supplies: 'We evaluate after every 4x increase in effective compute. This is counted from the last model that completed a full evaluation.\n',
    nearMiss: 'We evaluate after every 4x increase in effective compute. Our board reviews the last model that completed a full evaluation each year.\n',
  },
  {
    scope: 'footnote',
    facet: 'reference',
    phrase: '4x',
    supplies: 'We evaluate after every 4x increase in effective compute.[^1]\n\n[^1]: Counted from the last model that completed a full evaluation.\n',
    nearMiss: 'We evaluate after every 4x increase in effective compute. Reports are public.[^1]\n\n[^1]: Counted from the last model that completed a full evaluation.\n',
  },
  {
    scope: 'list-lead-in',
    facet: 'reference',
    phrase: '4x or more',
    supplies: 'We test whether a model is notably more capable than the last model that underwent a comprehensive assessment.\n\nThe term "notably more capable" is operationalized as at least one of the following:\n\n1. The model is notably more performant on automated tests (defined as 4x or more in effective compute).\n',
    nearMiss: 'We test models often.\n\nThe following triggers apply:\n\n1. The model reaches 4x or more in effective compute.\n',
  },
  {
    // A PDF extraction sets the page's footnotes between the lead-in and its list (RSP v2.2 as extracted).
    scope: 'list-lead-in',
    facet: 'reference',
    phrase: '4x or more',
    supplies: 'We test whether a model is notably more capable than the last model that underwent a comprehensive assessment.\n\nThe term "notably more capable" is operationalized as at least one of the following:\n\n1 We hope to publish updates approximately every 6 months.\n\n2 We recognize the potential risks of highly persuasive models.\n\n1. The model is notably more performant on automated tests (defined as 4x or more in effective compute).\n',
    nearMiss: 'We test whether a model is notably more capable than the last model that underwent a comprehensive assessment.\n\nThe term "notably more capable" is operationalized as at least one of the following:\n\nOur teams publish updates approximately every 6 months.\n\n1. The model is notably more performant on automated tests (defined as 4x or more in effective compute).\n',
  },
  {
    scope: 'list-items',
    facet: 'benchmark',
    phrase: 'notably more capable',
    supplies: 'We re-run the suite whenever a model is notably more capable, that is, when any of the following holds:\n\n- its accuracy on GPQA Diamond rises by 5 percentage points over the last assessed model.\n',
    nearMiss: 'A model that is notably more capable than the last assessed model must be reviewed.\n\n- Reviews are public.\n',
  },
  {
    scope: 'table-row',
    facet: 'counting',
    phrase: '10^26 FLOP',
    supplies: '| Trigger | What counts |\n|---|---|\n| above 10^26 FLOP | pre-training, RL and synthetic-data generation |\n',
    nearMiss: '| Trigger | Owner |\n|---|---|\n| above 10^26 FLOP | the pre-training team |\n',
  },
  {
    scope: 'purpose-clause',
    facet: 'counting',
    phrase: '10^26 operations',
    supplies: '4.1 The following count toward training compute for the purposes of paragraph 4.2:\n\n(a) pre-training, fine-tuning and reinforcement learning.\n\n4.2 A model whose compute exceeds 10^26 operations is a Tier 2 model.\n',
    nearMiss: '4.1 The following count toward training compute for the purposes of paragraph 4.3:\n\n(a) pre-training, fine-tuning and reinforcement learning.\n\n4.2 A model whose compute exceeds 10^26 operations is a Tier 2 model.\n',
  },
  {
    scope: 'definition',
    facet: 'benchmark',
    phrase: '4x',
    supplies: 'We evaluate after every 4x increase in effective compute.\n\n**Effective compute** means the compute our reference recipe would need to reach the same cross-entropy loss on The Pile.\n',
    nearMiss: 'We evaluate after every 4x increase in effective compute.\n\n**Training compute** means all operations, measured by cross-entropy loss on The Pile for reporting only.\n',
  },
  {
    scope: 'referenced-definition',
    facet: 'baseline',
    phrase: '4x',
    supplies: 'We evaluate after every 4x increase in effective compute.\n\n**Effective compute** means the compute the Reference Recipe would need to reach the same held-out loss.\n\n**Reference Recipe** means the Chinchilla recipe frozen on 1 March 2024.\n',
    nearMiss: 'We evaluate after every 4x increase in effective compute.\n\n**Effective compute** means the compute our recipe would need to reach the same held-out loss.\n\n**Reference Recipe** means the Chinchilla recipe frozen on 1 March 2024.\n',
  },
  {
    // The definition it relies on hands over to an item of a schedule table (insurance and contract wordings).
    scope: 'referenced-definition',
    facet: 'baseline',
    phrase: '4x',
    supplies: '| Item | | |\n|---|---|---|\n| 6 | Baseline Method | The recipe used for the Scheduled Model, as described in the proposal form dated 3 March 2026 |\n\nCover ends once a model exceeds 4x the effective compute of the Scheduled Model.\n\n**EFFECTIVE COMPUTE** means the operations the BASELINE METHOD would need to reach the same held-out loss.\n\n**BASELINE METHOD** means the method described in Item 6 of the Schedule.\n',
    // A validation set's freeze date is the benchmark's version, not the baseline's date.
    nearMiss: 'Cover ends once a model exceeds 4x the effective compute of the Scheduled Model.\n\n**EFFECTIVE COMPUTE** means the operations our recipe would need to reach the same loss on the Validation Set.\n\n**Validation Set** means a held-out corpus, version-frozen on 1 February 2026.\n',
  },
  {
    scope: 'defined-term',
    facet: 'reference',
    phrase: '3x',
    supplies: 'A full assessment runs when a model reaches 3x effective compute relative to the Reference Model.\n\n**Reference Model**: the most recent model for which a full assessment was completed.\n',
    nearMiss: 'A full assessment runs when a model reaches 3x effective compute.\n\n**Reference Model**: the most recent model for which a full assessment was completed.\n',
  },
  {
    scope: 'cross-reference',
    facet: 'reference',
    phrase: '4x',
    supplies: 'We evaluate after every 4x increase in effective compute, as set out in Section 5.\n\n## 5. Counting\n\nThe multiple is counted from the last model that completed a full evaluation.\n',
    nearMiss: 'We evaluate after every 4x increase in effective compute, as set out in Section 6.\n\n## 5. Counting\n\nThe multiple is counted from the last model that completed a full evaluation.\n',
  },
  {
    scope: 'record',
    facet: 'reference',
    phrase: '4x',
    supplies: '## CT-1\n\n- Trigger: a 4x increase in effective compute\n- Compared against: the most recent gated model\n',
    nearMiss: '## CT-1\n\n- Trigger: a 4x increase in effective compute\n- Compared against: TBD\n',
  },
  {
    scope: 'same-threshold',
    facet: 'reference',
    phrase: 'notably more capable” threshold',
    supplies: 'We assess whether a model is notably more capable than the last model that underwent a comprehensive assessment.\n\nAfter reaching the “notably more capable” threshold, a model must be assessed within a month.\n',
    nearMiss: 'We assess models regularly.\n\nAfter reaching the “notably more capable” threshold, a model must be assessed within a month.\n',
  },
  {
    scope: 'metric',
    facet: 'benchmark',
    phrase: '4x',
    supplies: '## 3. Triggers\n\nWe evaluate after every 4x increase in effective compute over the last model that completed a full evaluation.\n\n## 7. Methodology\n\nWe estimate effective compute from cross-entropy loss on the HeldOut-25 validation set.\n',
    // A date in a sentence that states a rate of increase is that rate's comparison period, not the metric's measure.
    nearMiss: '## 3. Triggers\n\nWe evaluate after every 4x increase in effective compute over the last model that completed a full evaluation.\n\n## 7. Outlook\n\nAn increase in effective compute equivalent to two years of progress would be scored against our validation loss trend.\n',
  },
  {
    scope: 'accounting',
    facet: 'counting',
    phrase: '10^26',
    supplies: '(a) A covered model is one trained using more than 10^26 integer or floating-point operations.\n\n(b) For purposes of this chapter, the computing power used to train a model shall include pre-training, fine-tuning and reinforcement learning.\n',
    // A stage named beside a measured value is that measurement's, not the document's counting rule.
    nearMiss: '(a) A covered model is one trained using more than 10^26 integer or floating-point operations.\n\n(b) Our last model used 4 × 10^25 FLOP in pre-training; post-training, including reinforcement learning, added 6 × 10^24 FLOP.\n',
  },
];

describe('a term defined in passing', () => {
  it('"We call X the Y." puts X in force for a later use of Y in the same paragraph', () => {
    const text = 'We call the most recent model that completed a full capability review the anchor model. A checkpoint falls whenever a run reaches 3x the effective compute of the anchor model.\n';
    const m = mentionOf(text, '3x');
    expect(m.facets.reference.state).toBe('stated');
    expect(m.facets.reference.evidence?.scope).toBe('defined-term');
  });

  it('a term the paragraph never names in passing lends nothing', () => {
    const text = 'We review the most recent model that completed a full capability review each year. A checkpoint falls whenever a run reaches 3x the effective compute of the anchor model.\n';
    expect(mentionOf(text, '3x').facets.reference.state).toBe('missing');
  });
});

describe('metric and accounting scopes stay within their facets', () => {
  it('a statement about the metric never supplies a relative threshold\'s reference point', () => {
    const text = 'We evaluate after every 4x increase in effective compute.\n\nWe measure effective compute relative to our most recent model, on cross-entropy loss on HeldOut-25.\n';
    expect(mentionOf(text, '4x').facets.reference.state).toBe('missing');
    expect(mentionOf(text, '4x').facets.benchmark.evidence?.scope).toBe('metric');
  });

  it('a cluster capacity takes no counting rule about training stages (corpus rule 7)', () => {
    const text = '(a) A computing cluster has a theoretical maximum capacity of at least 10^20 operations per second.\n\n(b) For purposes of this chapter, the computing power used to train a model shall include pre-training and fine-tuning.\n';
    expect(mentionOf(text, '10^20').facets.counting.state).toBe('missing');
  });
});

describe('scope providers', () => {
  it('each has a fixture here', () => {
    const covered = new Set(CASES.map((c) => c.scope));
    for (const s of SCOPES) expect(covered.has(s.id), `no fixture for scope ${s.id}`).toBe(true);
  });

  it.each(CASES.map((c) => [c.scope, c] as const))('%s supplies the facet in its fixture', (_scope, c) => {
    const m = mentionOf(c.supplies, c.phrase);
    const result = m.facets[c.facet];
    expect(result.state, JSON.stringify(result)).toBe('stated');
    expect(result.evidence?.scope).toBe(c.scope);
    expect(result.evidence?.cue).toMatch(/^[a-zA-Z]+\.[a-z-]+$/);
  });

  it.each(CASES.map((c) => [c.scope, c] as const))('%s does not supply it in its near-miss', (_scope, c) => {
    const m = mentionOf(c.nearMiss, c.phrase);
    expect(m.facets[c.facet].state, JSON.stringify(m.facets[c.facet])).toBe('missing');
  });
});

describe('the comparison point, however the document names it (issue 10, causes 5 and 6)', () => {
  it('an abbreviation the document coins for a model names the comparison point', () => {
    const text = '**Last fully-evaluated model (LFEM).** The most recent model that completed the full evaluation suite.\n\nA new model needs the full suite once it reaches 4x the effective compute of the LFEM.\n';
    const m = mentionOf(text, '4x');
    expect(m.facets.reference.state).toBe('stated');
    expect(m.facets.reference.evidence?.cue).toBe('reference.coined-abbreviation');
  });

  it('an abbreviation that names something else does not', () => {
    const text = '**Frontier evaluation manual (FEM).** The handbook our evaluators follow.\n\nA new model needs the full suite once it reaches 4x the effective compute of the FEM.\n';
    expect(mentionOf(text, '4x').facets.reference.state).toBe('missing');
  });

  it('the definition of effective compute lends its baseline, not a comparison point, to each threshold', () => {
    const text = '**Effective compute** means training compute measured relative to the Reference Model, on held-out loss.\n\nWe evaluate at every 4x increase in effective compute.\n';
    expect(mentionOf(text, '4x').facets.reference.state).toBe('missing');
  });
});

describe('what effective compute is, said without the term', () => {
  it('a paragraph that says what the quantity is ("how much compute our recipe would have needed to get the same result"), under the question it answers, defines the metric', () => {
    const text = 'We evaluate after every 4x increase in effective compute since the last assessed model.\n\n**Q: What does "effective" mean here?**\n\nIt is how much compute our reference recipe would have needed to get the same result. The reference recipe is R24, frozen on 1 March 2024.\n';
    const m = mentionOf(text, '4x');
    expect(m.facets.baseline.state).toBe('stated');
    expect(m.facets.baseline.evidence?.scope).toBe('definition');
    // The pronoun sentence is itself a mention (corpus rule 15), read as the definition.
    const def = mentionOf(text, 'It is how much compute');
    expect(def.role).toBe('definition');
  });

  it('the same sentence under a question about something else defines nothing', () => {
    const text = 'We evaluate after every 4x increase in effective compute since the last assessed model.\n\n**Q: What does the board approve?**\n\nIt is how much compute our reference recipe would have needed to get the same result.\n';
    expect(() => mentionOf(text, 'It is how much compute')).toThrow();
  });

  it('a paragraph about something else lends nothing', () => {
    const text = 'We evaluate after every 4x increase in effective compute since the last assessed model.\n\n**Q: What is R24?**\n\nR24 is the recipe we froze on 1 March 2024 for our chat models.\n';
    expect(mentionOf(text, '4x').facets.baseline.state).toBe('missing');
  });
});

describe('plain-language metric paragraphs: one thing per sentence', () => {
  const head = 'When a new model has 4 times the effective compute of our last fully tested model, we stop.\n\n';
  it('a sentence opening on "It" right after one about the metric is about it ("It does not count fine-tuning")', () => {
    const text = `${head}We use a number called effective compute. It tells us how big a model really is. It does not count fine-tuning or other later training.\n`;
    const m = mentionOf(text, '4 times');
    expect(m.facets.postTraining.state).toBe('stated');
    expect(m.facets.postTraining.evidence?.scope).toBe('metric');
  });

  it('"We count that from our training methods of January 2025" continues the chain', () => {
    const text = `${head}We use a number called effective compute. It counts the computer power used in training. We count that from our training methods of January 2025.\n`;
    expect(mentionOf(text, '4 times').facets.baseline.state).toBe('stated');
  });

  it('the chain breaks at a sentence about something else', () => {
    const text = `${head}We use a number called effective compute. Our chat product launched this year. It does not count fine-tuning.\n`;
    expect(mentionOf(text, '4 times').facets.postTraining.state).toBe('missing');
  });
});

describe('one definition, one mention (issue 10, cause 9)', () => {
  it('the performance-equivalence phrase inside a definition of effective compute is part of that definition', () => {
    const text = '*Effective compute* means the FLOP that our 2024 baseline recipe BR-24 (frozen 8 January 2024) would need to reach equivalent performance.\n';
    const kinds = analyze(text).mentions.map((m) => m.kind);
    expect(kinds).toContain('effective-compute-term');
    expect(kinds).not.toContain('compute-equivalence');
  });

  it('the same phrase outside any definition is still a mention', () => {
    const text = 'A model counts as frontier if a 2023 recipe would need more than 10^26 FLOP to reach equivalent performance.\n';
    expect(analyze(text).mentions.map((m) => m.kind)).toContain('compute-equivalence');
  });
});

describe('the same absolute threshold named twice', () => {
  it('"For the 1e25 FLOP line we count …" states the counting scope of that line wherever it is named', () => {
    const text = 'We will not train anything above 1e25 FLOP without an outside review.\n\n## Counting FLOP\n\nFor the 1e25 FLOP line we count everything that touches the weights: pre-training, SFT, RL and distillation.\n';
    const m = mentionOf(text, 'above 1e25');
    expect(m.facets.counting.state).toBe('stated');
    expect(m.facets.counting.evidence?.scope).toBe('same-threshold');
  });

  it('another value lends nothing', () => {
    const text = 'We will not train anything above 3e25 FLOP without an outside review.\n\n## Counting FLOP\n\nFor the 1e25 FLOP line we count everything that touches the weights: pre-training, SFT, RL and distillation.\n';
    expect(mentionOf(text, 'above 3e25').facets.counting.state).toBe('missing');
  });

  it('another party\'s threshold of the same value lends nothing (corpus rule 17)', () => {
    const text = 'We will not train any model with more than 10^26 FLOP without Board approval.\n\n> SB 53 counts fine-tuning and RL toward its threshold of more than 10^26 integer or floating-point operations.\n';
    expect(mentionOf(text, 'more than 10^26 FLOP').facets.counting.state).toBe('missing');
  });
});
