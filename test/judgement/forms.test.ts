// Forms of threshold language that fresh drafts use, each from a blind validation set (round 25 to 27) and a
// second document or author, with a near-miss the engine must leave alone. What the user sees: which phrase
// is a mention, of which kind, and whether a facet is stated.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/lint';

function mentionsOf(text: string, language: 'markdown' | 'plaintext' = 'markdown') {
  return analyze(text, { language }).mentions.map((m) => ({ kind: m.kind, role: m.role, start: m.start, phrase: text.slice(m.start, m.end), facets: m.facets }));
}

describe('a multiple written as "a factor of N"', () => {
  it('is a relative threshold on the quantity it multiplies', () => {
    const a = mentionsOf('The Undertaking shall suspend training where the effective compute of that model attains a factor of three or more relative to the most recent model to have undergone a comprehensive evaluation.\n');
    expect(a.some((m) => m.kind === 'relative-effective-compute' && /factor of three/.test(m.phrase))).toBe(true);
    const b = mentionsOf('A developer shall reassess a covered model each time the training compute used for it has increased by more than a factor of three since its most recent assessment.\n');
    expect(b.some((m) => m.kind === 'relative-compute' && /factor of three/.test(m.phrase))).toBe(true);
  });

  it('is not a threshold when it is an error band', () => {
    const a = mentionsOf('If our estimate of effective compute is off by a factor of two, the margin shrinks accordingly.\n');
    expect(a.some((m) => /factor of two/.test(m.phrase))).toBe(false);
  });
});

describe('bullets of a plain-text export', () => {
  const slide = 'Proposed triggers\n- Full frontier eval every 4x effective compute\n- Lightweight dry run every 2x effective compute\n- Hard stop at 10^26 FLOP pending board sign-off\n';

  it('are sentences of their own, so each trigger keeps its own unit', () => {
    const a = mentionsOf(slide, 'plaintext');
    expect(a.find((m) => m.phrase.includes('4x'))?.kind).toBe('relative-effective-compute');
    expect(a.find((m) => m.phrase.includes('10^26'))?.kind).toBe('absolute-compute');
  });
});

describe('definitions in the forms fresh drafts use', () => {
  it('"X defines effective compute as …" is a definition, but not when it quotes another text', () => {
    const own = mentionsOf('AFP Annex 1 defines effective compute as physical training compute multiplied by an algorithmic-efficiency factor.\n');
    expect(own[0]?.role).toBe('definition');
    const cited = mentionsOf('Section 1 of the Policy defines effective compute as "compute adjusted for algorithmic efficiency" and does not identify the recipe.\n');
    expect(cited[0]?.role).not.toBe('definition');
  });

  it('an italic term followed by "means" is a defined term whose definition a threshold can rely on', () => {
    const text = '(e) *Anchor Model* means the last model that completed a full Tier review.\n\nA Tier review is required whenever a model reaches four times the effective compute of the Anchor Model.\n';
    const m = mentionsOf(text).find((x) => x.phrase.includes('four times'));
    expect(m?.facets.reference?.state).toBe('stated');
  });

  it('a label that asks what the term is defines nothing; the answer after it does', () => {
    const text = '**"Effective compute" — what exactly is it?** In the LSP glossary: *Effective compute* is training compute adjusted for algorithmic efficiency, expressed as the compute our 2025 reference recipe would have needed to reach the same performance.\n';
    const defs = mentionsOf(text).filter((m) => m.role === 'definition');
    expect(defs).toHaveLength(1);
    expect(defs[0]!.start).toBeGreaterThan(text.indexOf('glossary'));
  });

  it('a run-in label repeated as the next sentence\'s subject: the definition is that sentence', () => {
    const text = '**Effective compute.** Effective compute is the training compute that the FH-3 recipe, as frozen on 1 July 2024, would need to reach the same loss on the FH-Holdout-2 set.\n';
    const defs = mentionsOf(text).filter((m) => m.role === 'definition');
    expect(defs).toHaveLength(1);
    expect(defs[0]!.start).toBeGreaterThan(text.indexOf('**', 2));
  });
});

describe('text a redline deletes', () => {
  it('is not in force, in GFM strikethrough or HTML <del> (drafts-dx 03)', () => {
    for (const [open, close] of [['~~', '~~'], ['<del>', '</del>']]) {
      const text = `We evaluate at every 4x increase in effective compute. ${open}We also notify the board at every 2x increase in effective compute.${close}\n\nEffective compute is training FLOP times a multiplier. ${open}Post-training gains are excluded from effective compute by construction.${close}\n`;
      const a = mentionsOf(text);
      // The deleted multiple starts no mention; the deleted sentence states no post-training treatment.
      expect(a.some((m) => text.startsWith('2x', m.start))).toBe(false);
      expect(a.find((m) => m.phrase.includes('4x'))?.facets.postTraining.state).toBe('missing');
    }
  });

  it('leaves inserted text in force', () => {
    const a = mentionsOf('We evaluate at every <ins>4x</ins> increase in effective compute over the last evaluated model.\n');
    expect(a.find((m) => m.phrase.includes('4x'))?.facets.reference.state).toBe('stated');
  });
});

describe('a change table', () => {
  const table = '| § | Before (v3.0) | After (v3.1) |\n|---|---|---|\n| 2.1 | *Effective compute*: training FLOP adjusted for algorithmic progress. | *Effective compute*: training FLOP times the efficiency factor against the U-2 recipe of January 2025. |\n';

  it('keeps the Before column out of force, definitions included (drafts-du 02)', () => {
    const a = mentionsOf(table);
    const before = a.filter((m) => m.phrase.includes('ffective compute') && table.indexOf('adjusted') > m.start);
    expect(before.every((m) => m.role === 'historical')).toBe(true);
    expect(a.some((m) => m.role === 'definition' && m.start > table.indexOf('After (v3.1) |\n'))).toBe(true);
  });
});

describe('a unified diff of a policy file in a fenced block (drafts-ea 04)', () => {
  const diff = [
    '# PR #212: tighten the triggers',
    '',
    '```diff',
    '--- a/policy/scaling-policy.md',
    '+++ b/policy/scaling-policy.md',
    '@@ -12,4 +12,4 @@',
    ' ## 3. Triggers',
    ' ',
    '-3.1 We run a full capability evaluation at every 4x increase in effective compute.',
    '+3.1 We run a full capability evaluation whenever a model reaches 2.5x the effective compute of the most recent model that completed a full capability evaluation.',
    '```',
    '',
  ].join('\n');

  it('reads the lines the change keeps or adds, not the ones it removes', () => {
    const a = mentionsOf(diff);
    expect(a.some((m) => m.phrase.includes('4x'))).toBe(false);
    expect(a.find((m) => m.phrase.includes('2.5x'))?.facets.reference.state).toBe('stated');
  });

  it('leaves a configuration diff alone', () => {
    const config = '```diff\n evaluation:\n-  relative_trigger_ec: 4.0        # multiple of effective compute\n+  relative_trigger_ec: 3.0        # multiple of effective compute\n```\n';
    expect(mentionsOf(config)).toEqual([]);
  });
});

describe('a raw patch pasted without a fence (round 49 drafts-fz 01)', () => {
  const patch = [
    'Subject: [PATCH] scaling-policy: v2 draft',
    '',
    'diff --git a/policy/scaling-policy.md b/policy/scaling-policy.md',
    '--- a/policy/scaling-policy.md',
    '+++ b/policy/scaling-policy.md',
    '@@ -40,3 +40,4 @@',
    ' ### 3.1 Compute-based trigger',
    ' ',
    '-We run a comprehensive evaluation every 4x increase in effective compute.',
    '+We run a comprehensive evaluation whenever a model reaches 3x or more the effective compute of the',
    '+last model that received a comprehensive evaluation.',
    '-- ',
    '2.44.0',
    '',
    'Review thread: the 4x rule is gone.',
    '',
  ].join('\n');

  it('reads the added lines as the policy and the removed ones as struck text', () => {
    const a = mentionsOf(patch);
    expect(a.some((m) => m.phrase.includes('every 4x'))).toBe(false);
    expect(a.find((m) => m.phrase.includes('3x'))?.facets.reference.state).toBe('stated');
  });

  it('leaves a list that merely starts with dashes alone', () => {
    const list = '- We evaluate at every 4x increase in effective compute over the last evaluated model.\n- Reviews are logged.\n';
    expect(mentionsOf(list).some((m) => m.phrase.includes('4x'))).toBe(true);
  });
});

describe('two coordinated conditions in one sentence (drafts-ee 01, drafts-ef 03)', () => {
  it('keep their own units: the multiple is of effective compute, the magnitude of physical FLOP', () => {
    const a = mentionsOf('A model goes to testing when it is trained with at least 4x the effective compute of the last model that completed testing, or when it is trained with more than 10^26 FLOP.\n');
    expect(a.find((m) => m.phrase.includes('4x'))?.kind).toBe('relative-effective-compute');
    expect(a.find((m) => m.phrase.includes('10^26'))?.kind).toBe('absolute-compute');
  });

  it('still read a magnitude stated of effective compute', () => {
    const a = mentionsOf('A model is covered when its effective compute is more than 10^26 operations.\n');
    expect(a.find((m) => m.phrase.includes('10^26'))?.kind).toBe('absolute-effective-compute');
  });
});

describe('round 36 to 39 forms (session 21)', () => {
  it('an errata sheet\'s "Printed:" text is withdrawn; its "Should read:" text is in force', () => {
    const text = '## E3 — Section 3.1\n\nPrinted: Dewpond will run its full suite after every 4x increase in effective compute.\n\nShould read:\n\nDewpond will run its full suite after every 4x increase in effective compute over the most recent model on which that suite was run in full.\n';
    const ms = mentionsOf(text).filter((m) => m.phrase.includes('4x'));
    expect(ms.map((m) => m.role)).toEqual(['historical', 'trigger']);
  });

  it('a comparison model defined by what picks it out states the reference of a cell under a header that names it', () => {
    const text = '| Rule | Effective compute vs. the reference model | Outcome |\n|---|---|---|\n| R3 | 4x or more | Full assessment |\n\n4. The **reference model** is the most recent Dunlin model that completed a full capability assessment.\n';
    const cell = mentionsOf(text).find((m) => m.phrase.includes('4x'));
    expect(cell?.facets.reference?.state).toBe('stated');
    const undefinedModel = '| Rule | Effective compute vs. the reference model | Outcome |\n|---|---|---|\n| R3 | 4x or more | Full assessment |\n\n4. The reference model is chosen by the board each year.\n';
    expect(mentionsOf(undefinedModel).find((m) => m.phrase.includes('4x'))?.facets.reference?.state).toBe('missing');
  });

  it('"The multipliers behind effective compute are estimated from …" is not where the term is defined', () => {
    const text = 'The multipliers behind effective compute are estimated from training runs between 10^23 and 10^25 FLOP.\n';
    expect(analyze(text).definitions).toHaveLength(0);
    const def = 'Effective compute is estimated from training runs of the 2024 reference recipe.\n';
    expect(analyze(def).definitions).toHaveLength(1);
  });

  it('a Markdown escape before the caret is read as rendered ("10\\^26 FLOP")', () => {
    const ms = mentionsOf('Any run above 10\\^26 FLOP needs board sign-off.\n');
    expect(ms.some((m) => m.kind === 'absolute-compute')).toBe(true);
  });

  it('in a plain-text e-mail, ">" quoted lines are another party\'s words', () => {
    const text = 'Agreed text: we re-evaluate at every 3x increase in effective compute over the last evaluated model.\n\n> From: Tom\n> I would rather re-evaluate every 4x in effective compute.\n';
    const ms = mentionsOf(text, 'plaintext');
    expect(ms.find((m) => m.phrase.includes('3x'))?.role).toBe('trigger');
    expect(ms.find((m) => m.phrase.includes('4x'))?.role).toBe('quoted');
  });

  it('wiki and AsciiDoc titles in plain text are headings: a revision history is a changelog', () => {
    const text = '== Triggers\n\nA full evaluation is required at every 6x increase in effective compute over the last evaluated model.\n\n== Revision history\n\n1.3:: Introduced the every 4x in training FLOP trigger.\n';
    const ms = mentionsOf(text, 'plaintext');
    expect(ms.find((m) => m.phrase.includes('6x'))?.role).toBe('trigger');
    expect(ms.find((m) => m.phrase.includes('4x'))?.role).toBe('historical');
    const jira = 'h2. Out of scope\n\nThe scheduler is 2x faster.\n';
    expect(mentionsOf(jira, 'plaintext').some((m) => m.role === 'trigger')).toBe(false);
  });

  it('a pipe-table row in plain text does not lend its unit to the next row', () => {
    const text = '||Trigger||Threshold||\n|Effective compute step|>2x effective compute increase|\n|Absolute compute|10^25 operations|\n';
    const ms = mentionsOf(text, 'plaintext');
    expect(ms.find((m) => m.phrase.includes('10^25'))?.kind).toBe('absolute-compute');
  });

  it('a rule said to be withdrawn or retired is historical', () => {
    const ms = mentionsOf('NOTE: This document replaces v1.3. The v1.3 trigger of every 4x in training FLOP is withdrawn.\n');
    expect(ms.find((m) => m.phrase.includes('4x'))?.role).toBe('historical');
  });

  it('a question how the metric is computed, even without its question mark, uses nothing', () => {
    const ms = mentionsOf('* ?? How do we compute effective compute — TBD with research.\n');
    expect(ms.every((m) => m.role !== 'trigger')).toBe(true);
    const used = mentionsOf('Before any training run, the run owner estimates the run\'s effective compute and logs it.\n');
    expect(used[0]?.role).toBe('trigger');
  });
});

describe('a pipe table in a plain-text file (drafts-eu 02 and 04)', () => {
  it('is read cell by cell under its column headers, so a threshold cell is a trigger with its row', () => {
    const text = '|===\n|Trigger |Threshold |Reference point\n|Scale |6x effective compute |last model that passed a full frontier evaluation\n|Compute |5 × 10^25 FLOP |n/a (absolute)\n|===\n';
    const ms = mentionsOf(text, 'plaintext');
    const six = ms.find((m) => m.phrase.includes('6x'));
    expect(six?.role).toBe('trigger');
    expect(six?.facets.reference?.state).toBe('stated');
    expect(ms.find((m) => m.phrase.includes('10^25'))?.kind).toBe('absolute-compute');
  });
});

describe('round 40 to 45 forms (session 21)', () => {
  it('a section titled "(no longer in force)" or "(not operative)" holds no live threshold', () => {
    const text = '## Part B — What the predecessor policies said (summary, no longer in force)\n\nThe old policy evaluated at every 6x in effective compute.\n\n## Part C — Triggers\n\nWe evaluate at every 3x increase in effective compute over the last assessed model.\n';
    const ms = mentionsOf(text);
    expect(ms.find((m) => m.phrase.includes('6x'))?.role).toBe('historical');
    expect(ms.find((m) => m.phrase.includes('3x'))?.role).toBe('trigger');
  });

  it('a blockquote opening with an italic title is the author\'s own note', () => {
    const text = '**2.2** Training runs above 10^26 FLOP require prior approval.\n\n> *v2 note (amended).* Still applies. For this clause the FLOP total counts every training stage: pre-training, synthetic-data generation, supervised fine-tuning and reinforcement learning.\n';
    expect(mentionsOf(text).find((m) => m.phrase.includes('10^26'))?.facets.counting?.state).toBe('stated');
  });

  it('a magnitude does not take the unit of a term a multiple owns ("a 4x increase in effective compute …, and no run may exceed 10^26 FLOP")', () => {
    const ms = mentionsOf('We evaluate every time a model reaches a 4x increase in effective compute over the last evaluated model, and no training run may exceed 10^26 FLOP without approval.\n');
    expect(ms.find((m) => m.phrase.includes('10^26'))?.kind).toBe('absolute-compute');
  });

  it('a whole page without paragraph breaks is not one paragraph when deciding whose words a sentence is', () => {
    const filler = 'This page explains how we decide when a model needs a fresh look before we train further or release it. '.repeat(20);
    const text = `${filler}\nWe run a full evaluation at every 4x increase in effective compute over the last evaluated model.\n${filler}\nThe EU AI Act sets its own line at 10^25 FLOP.\n`;
    const ms = mentionsOf(text, 'plaintext');
    expect(ms.find((m) => m.phrase.includes('4x'))?.role).toBe('trigger');
  });
});

describe('round 46 forms (session 21, final engine)', () => {
  it('"X exceeds that of <a long model name> by a factor of three" multiplies the quantity before "exceeds"', () => {
    const ms = mentionsOf('3.1 We run a full evaluation on any model whose effective compute exceeds that of the last fully evaluated Morwick model by a factor of three or more.\n');
    expect(ms.some((m) => m.kind === 'relative-effective-compute' && m.role === 'trigger')).toBe(true);
  });

  it('"Effective compute is a way of counting …" is a definition', () => {
    const ms = mentionsOf('Effective compute is a way of counting how much training a system has had, adjusted for the fact that training methods keep getting better.\n');
    expect(ms[0]?.role).toBe('definition');
    expect(mentionsOf('Effective compute is a way to think about scale.\n')[0]?.role).not.toBe('definition');
  });
});
