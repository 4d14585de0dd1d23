// Role rows, each with a sentence from two different documents or authors where it decides the role and a
// near-miss where it must not (the phrase then keeps the role a policy author expects).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/lint';
import { ROLE_ROWS } from '../../server/src/core/judgement/roles';

function reasonOf(text: string, phrase: string): string {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" not in fixture`);
  const m = analyze(text).mentions.filter((x) => x.start <= at + 1 && at < x.end)[0];
  if (!m) throw new Error(`no mention at "${phrase}"`);
  return m.roleReason ?? '';
}

/** The mention at the last occurrence of `phrase` (a fixture may state the same multiple earlier). */
function mentionAt(text: string, phrase: string) {
  const at = text.lastIndexOf(phrase);
  return analyze(text).mentions.find((x) => x.start <= at && at < x.end);
}

interface RoleCase {
  row: string;
  decides: [text: string, phrase: string][];
  nearMiss: [text: string, phrase: string];
}

const CASES: RoleCase[] = [
  {
    row: 'descriptive.rejected-option',
    decides: [
      ['**Alternative 2 (rejected):** evaluate once a run passes 10^26 FLOP of training compute.\n', '10^26'],
      ['**Option B (not recommended).** Keep 6x in effective compute, add the reference point, and rely on the calendar backstop.\n', '6x'],
    ],
    nearMiss: ['**Option A (recommended).** A 3x trigger in effective compute, counted from the last model that completed a comprehensive evaluation.\n', '3x'],
  },
  {
    row: 'definition.states-a-facet',
    decides: [
      ['We evaluate at every 4x increase in effective compute over the last evaluated model.\n\nOne thing we did decide: effective compute only looks at pre-training.\n', 'effective compute only'],
      ['Full evaluation at every 3x in EC over the last cleared model.\n\nEffective compute counts pre-training only.\n', 'Effective compute counts'],
    ],
    nearMiss: ['We evaluate at every 4x increase in effective compute over the last evaluated model.\n\nEffective compute could index to a particular year and so account for algorithmic progress.\n', 'Effective compute could'],
  },
  {
    row: 'historical.old-label',
    decides: [
      ['Old: We evaluated each new model after every 4x increase in effective compute.\n\nNew: A review is required past an increase of more than 5x in effective compute over the last reviewed model.\n', '4x'],
      ['Old (v2.0): runs above 10^26 FLOP needed sign-off.\n\nNew (v2.1): runs above 5 × 10^25 FLOP need sign-off.\n', '10^26'],
    ],
    nearMiss: ['Old: We evaluated each new model after every 4x increase in effective compute.\n\nNew: A review is required past an increase of more than 5x in effective compute over the last reviewed model.\n', '5x'],
  },
  {
    row: 'descriptive.recital',
    decides: [
      ['WHEREAS the Policy currently provides that a Covered Model is evaluated after every 4x increase in effective compute;\n\nRESOLVED, that the Policy is amended as set out in Schedule 1.\n', '4x'],
      ['Whereas the Board adopted a threshold of 10^26 FLOP in 2025;\n\nNow, therefore, the Board resolves as follows.\n', '10^26'],
    ],
    nearMiss: ['RESOLVED, that a Covered Model is evaluated after every 3x increase in effective compute over the last evaluated model.\n', '3x'],
  },
  {
    row: 'historical.replaced-by',
    decides: [
      ['Retired triggers:\n\n- the 10^26 operations reporting line — replaced by trigger 2;\n', '10^26'],
      ['The every-6x interval in effective compute was superseded by Section 3 in March.\n', '6x'],
    ],
    nearMiss: ['This 3x trigger in effective compute replaced the 4x one in March.\n', '3x'],
  },
  {
    row: 'historical.deleted-text',
    decides: [
      ['3.4 Our evaluations fire at least 2x in effective compute below the thresholds of concern (was: a 6x safety buffer), so the 3x interval cannot overshoot them.\n', '6x'],
      ['We evaluate at every 3x increase in effective compute over the last evaluated model (previously: every 6x in effective compute).\n', '6x'],
    ],
    nearMiss: ['3.4 Our evaluations fire at least 2x in effective compute below the thresholds of concern (was: a 6x safety buffer), so the 3x interval cannot overshoot them.\n', 'at least 2x'],
  },
  {
    row: 'descriptive.hedged-back-reference',
    decides: [
      ['We evaluate at every 4x increase in effective compute.\n\n- The 4x cadence may slip if the company moves to smaller, more frequent releases.\n', '4x cadence'],
      ['We evaluate at every 6x increase in effective compute. At our scale a 6x step corresponds to about a 2.5x increase in parameter count.\n', '6x step'],
    ],
    nearMiss: ['We evaluate at every 3x increase in effective compute. A 3x step, measured from the most recently deployed model, triggers review.\n', '3x step'],
  },
  {
    row: 'trigger.gate-question',
    decides: [
      ['| # | Item | Yes / No | Evidence required |\n|---|---|---|---|\n| B1 | Will the run\'s total training compute exceed 10^26 FLOP? | | Compute plan |\n', '10^26'],
      ['- [ ] **A1 — Effective compute gate.** Is the candidate checkpoint at ≥3x effective compute relative to the last cleared checkpoint? If yes, go to Section B before training continues.\n', '≥3x'],
    ],
    nearMiss: ['- [ ] Should we drop the trigger to 2x effective compute for runs using the new architecture?\n', '2x'],
  },
  {
    // A decision tree or flowchart routes the answer in the item below the question (drafts-cz 03, drafts-ec 03).
    row: 'trigger.gate-question',
    decides: [
      ['**Step 2.** Is the run\'s effective compute more than 3x that of the last assessed model?\n  - Yes → Frontier Assessment required → Hold.\n  - No → go to Step 3.\n', '3x'],
      ['1. Will the run exceed 4x the effective compute of the anchor model?\n   1. If yes: the run needs a **Tier 2 review**. Stop.\n', '4x'],
    ],
    nearMiss: ['**Step 2.** Should the trigger drop to 2x effective compute?\n  - Yes → ask the board.\n', '2x'],
  },
  {
    // The form says where a "Yes" goes before its questions (a training-run approval form, drafts-dd 02).
    row: 'trigger.gate-question',
    decides: [
      ['## Part C — Trigger check\n\n*If any answer is "Yes", SRB approval is required before launch.*\n\n**C1. Will the run exceed 4x the effective compute of the last model that completed an SRB assessment?**\nNo.\n', '4x'],
      ['## Part C — Trigger check\n\n*If any answer is "Yes", SRB approval is required before launch.*\n\n**C4. Is the resulting model expected to be substantially more capable than any model we have deployed?**\nUnclear.\n', 'substantially more capable'],
    ],
    nearMiss: ['## Part C — Questions for the board\n\n**C1. Will the run exceed 4x the effective compute of the last model that completed an SRB assessment?**\nWe think not.\n', '4x'],
  },
  {
    row: 'historical.earlier-version',
    decides: [
      ['Under version 1 we ran our full dangerous-capability suite every 4x in effective compute.\n', '4x'],
      ['Since v1.0 our Scaling Policy has required a full dangerous-capability evaluation every 4x in effective compute.\n', '4x'],
      ['## Deprecated\n\n- `ec_multiple_legacy`: it held the old 6x interval in effective compute, counted from the previous release.\n', '6x'],
      ['For context, version 2.0 of the policy used a 4x interval in effective compute; version 2.1 tightened it.\n', '4x'],
      // An option a decision memo does not recommend, under a heading that says so (drafts-dj 01).
      ['## 3. Options\n\n### Option A: absolute compute line only (not recommended)\n\nEvaluate once a run passes 10^26 FLOP of training compute.\n', '10^26'],
    ],
    nearMiss: ['Under version 3 we will run our full dangerous-capability suite every 4x in effective compute.\n', '4x'],
  },
  {
    row: 'quoted.third-party-subject',
    decides: [
      ['Legislators have done better: the California and New York bills draw their line at 10^26 operations.\n', '10^26'],
      ['Some of my former colleagues would prefer a 10x interval in effective compute.\n', '10x'],
      ['Some respondents to our 2025 consultation asked us to express future thresholds in effective compute, meaning physical compute adjusted for algorithmic efficiency.\n', 'effective compute'],
    ],
    nearMiss: ['We evaluate every 4x in effective compute, a cadence critics have called too loose.\n', '4x'],
  },
  {
    row: 'quoted.cited-cell',
    decides: [
      ['| Framework | Trigger (verbatim) |\n|---|---|\n| Aster Labs Scaling Policy v2 | "every 4x increase in effective compute" |\n', '4x'],
      ['| Law | Threshold as written |\n|---|---|\n| Dunmore Frontier Models Act | "more than 10^26 integer or floating-point operations" |\n', '10^26'],
    ],
    nearMiss: ['| Tier | Trigger |\n|---|---|\n| T2 | every 4x increase in effective compute |\n', '4x'],
  },
  {
    row: 'quoted.attributed-phrase',
    decides: [
      ['Everline\'s "notably more capable" trigger is the hardest to apply.\n', 'notably more capable'],
      ['Proposed § 5.3 makes re-reporting turn on whether a model is "materially more capable."\n', 'materially more capable'],
    ],
    nearMiss: ['The term "notably more capable" is operationalized as a 4x increase in effective compute.\n', 'notably more capable'],
  },
  {
    row: 'descriptive.amendment-power',
    decides: [
      ['3. The Commission shall adopt delegated acts to amend the thresholds, including the threshold of 10^25 floating-point operations, in light of algorithmic improvements.\n', '10^25'],
      ['(e) The Department may by regulation update the quantities in paragraph (1) and may establish a threshold expressed in effective computing power.\n', 'effective computing power'],
    ],
    nearMiss: ['(b) A developer shall update its protocol before training a model with more than 10^26 operations.\n', '10^26'],
  },
  {
    row: 'historical.value-change',
    decides: [
      ['3. **Absolute threshold.** The 10^26 FLOP threshold in Version 3.0 is lowered to 5 × 10^25 operations (revised clause 4.4).\n', '10^26'],
      // (With a version label in front, "- **v2.1:** …", the changelog row decides first.)
      ['- **Backstop.** Plain-FLOP backstop lowered from 10^26 FLOP to 5 × 10^25 FLOP.\n', '5 × 10^25'],
      ['This bill would lower the thresholds for a covered model from 10^26 to 5 × 10^25 operations and from $100 million to $50 million in compute cost.\n', '50 million'],
    ],
    nearMiss: ['We propose moving from every 4x to every 2x in effective compute, measured from the last model that completed a full evaluation.\n', '2x'],
  },
  {
    row: 'trigger.condition',
    decides: [
      ['We conduct pre-deployment testing for frontier models which have reached 4x the compute of our most recently tested model.\n', '4x'],
      ['A checkpoint is reviewed by any model that reaches 3x or more the effective compute of the last reviewed model.\n', '3x'],
    ],
    nearMiss: ['Our last model reached 4x the compute of its predecessor.\n', '4x'],
  },
  {
    row: 'quoted.quoted-threshold',
    decides: [
      ['Peer policies vary. Lab A: "every 4x in effective compute"; Lab B: "a >2x effective compute increase".\n', '4x'],
      ['The earlier wording ("every 4x in effective compute") is replaced below.\n', '4x'],
      ['Amendment 2: strike "after each 4x increase in effective compute" and insert the new text.\n', '4x'],
    ],
    nearMiss: ['We run a full evaluation after every 4x increase in effective compute over the last assessed model.\n', '4x'],
  },
  {
    row: 'historical.past-report',
    decides: [
      ['In hindsight the 6x interval left too little buffer in effective compute.\n', '6x'],
      ['Last year the 4x effective compute trigger fired at roughly 60% of the planned run.\n', '4x'],
    ],
    nearMiss: ['We evaluate whenever a model reaches the 4x trigger in effective compute over the last assessed model.\n', '4x'],
  },
  {
    row: 'trigger.metric-in-operation',
    decides: [
      ['We estimate effective compute at the end of each training run.\n', 'effective compute'],
      ['The assessment report records the model\'s training compute and effective compute, with the method used.\n', 'effective compute'],
      ['The 4x step is measured on our estimate of effective compute for the checkpoint.\n', 'effective compute for'],
      ["The EC ratio panel plots the run's effective compute divided by that of the reviewed anchor.\n", 'effective compute divided'],
      ["| KR2.2 | Dashboard shows Corbel-6's effective compute, updated daily | evals | 0.9 |\n", 'effective compute,'],
      ['We publish the effective compute of each reviewed model, in E-FLOP.\n', 'effective compute of'],
    ],
    nearMiss: ['Effective compute has grown quickly across the industry.\n', 'Effective compute'],
  },
  {
    row: 'descriptive.declined-metric',
    decides: [
      ['5.1 The SCDA has not adopted an effective-compute trigger, because respondents could not agree on how it should be measured.\n', 'effective-compute trigger'],
      ['C1. The Office will not, at this stage, set its primary threshold in effective compute.\n', 'effective compute'],
    ],
    nearMiss: ['We have adopted an effective-compute trigger: a full evaluation at every 4x over the last evaluated model.\n', 'effective-compute trigger'],
  },
  {
    // A table of runs and what each measured (a quarterly report, drafts-ec 02; a wiki page's HTML table, drafts-as 04).
    row: 'descriptive.measured-value',
    decides: [
      ['| Run | Effective compute vs. last Full Review model (P-5) | Physical compute | Trigger crossed |\n|---|---|---|---|\n| P-6 | 2.2x | 3 × 10^25 FLOP | none |\n', '3 × 10^25'],
      ['| Model | Training compute | Released |\n|---|---|---|\n| Atlas-3 | 6 × 10^25 FLOP | yes |\n', '6 × 10^25'],
    ],
    nearMiss: ['| Trigger | Threshold | Action |\n|---|---|---|\n| T1 | above 10^26 FLOP | full review |\n', '10^26'],
  },
  {
    row: 'historical.superseded-column',
    decides: [
      ['| § | Before (v3.0) | After (v3.1) |\n|---|---|---|\n| 3.1 | The model is re-evaluated at every 2x increase in effective compute. | The model is re-evaluated at every 3x increase in effective compute over the last fully evaluated model. |\n', '2x'],
      ['| Topic | v1 (history only, no force) | v2 (what you must do now) |\n|---|---|---|\n| Evaluation trigger | every 10x in training FLOP | a >3x increase in effective compute over the last signed-off checkpoint |\n', '10x'],
    ],
    nearMiss: ['| Topic | v1 (history only, no force) | v2 (what you must do now) |\n|---|---|---|\n| Evaluation trigger | every 10x in training FLOP | a >3x increase in effective compute over the last signed-off checkpoint |\n', '>3x'],
  },
  {
    row: 'quoted.possessive-attribution',
    decides: [
      ["Developers' own policies use relative triggers. Anthropic's policy treats a model as notably more capable when it reaches 4x or more in Effective Compute over the last comprehensively assessed model.\n", '4x'],
      ["Google DeepMind's first framework aimed to evaluate every 6x in effective compute.\n", '6x'],
    ],
    nearMiss: ["Our policy treats a model as notably more capable when it reaches 4x or more in effective compute over the last assessed model.\n", '4x'],
  },
  {
    row: 'historical.replaced-value',
    decides: [
      ['The bill would replace the fine-tuning threshold of 3 x 10^25 operations with a percentage of the original model\'s training compute.\n', '3 x 10^25'],
      ['v2.0 replaced the threshold of 10^25 FLOP with 10^26 FLOP.\n', '10^25 FLOP'],
    ],
    nearMiss: ['v2.0 replaced the threshold of 10^25 FLOP with 10^26 FLOP.\n', '10^26 FLOP.'],
  },
  {
    row: 'descriptive.run-in-title',
    decides: [
      ['3.1 **Effective Compute trigger.** We run a Full Capability Review on any model that reaches 4x or more in Effective Compute compared with the last model that completed one.\n', 'Effective Compute trigger'],
      ['**C4. Effective compute.** Signatories that track effective compute will publish the method.\n', 'Effective compute.'],
    ],
    nearMiss: ['3.4 **[We estimate effective compute at the end of each training run and at each checkpoint we consider for external use.]**\n', 'effective compute'],
  },
  {
    row: 'descriptive.repeated-steps',
    decides: [
      ['Neither says where the count starts, so a developer can step 3x, then 3x again, without ever crossing a 4x line in effective compute.\n', '4x'],
      ['lol we can do 3x, 3x, 3x forever and never trip the 4x effective compute trigger\n', '4x'],
    ],
    nearMiss: ['We evaluate at every 3x increase in effective compute over the last assessed model.\n', '3x'],
  },
  {
    row: 'descriptive.attacker-budget',
    decides: [
      ['We size SL-3 against an attacker with $1m in compute and a team of ten.\n', '$1m'],
      ['arising out of any deliberate act, where an unauthorised third party spent more than USD 1,000,000 in compute to extract the weights.\n', 'USD 1,000,000'],
    ],
    nearMiss: ['A model whose training compute cost exceeds $100 million is covered.\n', '$100 million'],
  },
  {
    row: 'quoted.comparison-table',
    decides: [
      ['| | AB 1420 (this bill) | New York RAISE Act |\n|---|---|---|\n| Compute trigger | more than 10^26 operations, all stages summed | more than 10^26 operations and more than $100 million in compute cost |\n', '$100 million'],
      ['| Jurisdiction or developer | Instrument | Threshold as stated |\n|---|---|---|\n| European Union | AI Act, Art. 51(2) | cumulative training computation greater than 10^25 floating point operations |\n', 'greater than 10^25'],
    ],
    nearMiss: ['| | AB 1420 (this bill) | New York RAISE Act |\n|---|---|---|\n| Compute trigger | more than 10^26 operations, all stages summed | more than 10^26 operations |\n', 'more than 10^26 operations, all'],
  },
  {
    row: 'historical.earlier-version',
    decides: [
      ['The new interval replaces the former 6x interval, which left too little buffer.\n', '6x'],
      ['## Alternatives considered\n\nA3. A 2x effective compute trigger, counted from the previous checkpoint.\n', '2x'],
    ],
    nearMiss: ['The new interval is 4x in effective compute, counted from the last assessed model.\n', '4x'],
  },
  {
    // The forms policy teams use to say what effective compute is (issue 10, cause 1), each from drafts by
    // different authors: "=" in slides and READMEs, an abbreviation before or after the label, a run-in
    // label, a footnote that defines by the operation, a gloss after a colon, a copula onto FLOP.
    row: 'definition.defining-occurrence',
    decides: [
      ['## What it means\n\n- **Effective compute** = raw training FLOP × our algorithmic multiplier.\n', 'Effective compute'],
      ['## Slide 3\n\n- Effective compute (EC) = physical FLOP × algorithmic multiplier\n', 'Effective compute'],
      ['- EC = effective compute: the training FLOP the RR-24 reference recipe would need to match the model.\n', 'effective compute'],
      // The abbreviation before its long form becomes the document's alias; the mention is the abbreviation.
      ['**EC (effective compute):** physical FLOP multiplied by the efficiency factor of the current recipe.\n', 'EC'],
      ['- **EC (effective compute)** = physical training FLOP × our measured algorithmic-efficiency multiplier.\n', 'effective compute'],
      ['**Effective compute (EC).** Physical training compute multiplied by the compute multiplier.\n', 'Effective compute'],
      ['Text.[^1]\n\n[^1]: Effective compute combines training FLOPs with an estimate of algorithmic efficiency gains relative to our 2023 recipe.\n', 'Effective compute combines'],
      ['We track every frontier run in *effective compute*: raw training FLOP multiplied by a compute multiplier.\n', 'effective compute'],
      ['We use effective compute: roughly, how much computing power a model would have needed, using older training methods, to do as well as it does.\n', 'effective compute'],
      ['(b) effective compute is the physical pre-training FLOP that our reference recipe would need to match the model.\n', 'effective compute'],
      ['When we say effective compute, we mean the physical compute that our 2024 reference model would have needed.\n', 'effective compute'],
      ['When I say "effective compute" in this doc, I mean the physical training FLOP of a run multiplied by our efficiency gain since Kite-0.\n', 'effective compute'],
      // A clause label before the term: "§1.4 (unchanged):" (drafts-bw), "PROPOSED 2.2 (new definition):" (drafts-cq).
      ['§1.4 (unchanged): *Effective compute* is training FLOP adjusted for algorithmic efficiency gains relative to our 2023 baseline recipe.\n', 'Effective compute'],
      ['PROPOSED 2.2 (new definition): Effective compute is the training compute of a model multiplied by an algorithmic-efficiency factor.\n', 'Effective compute'],
    ],
    nearMiss: ['## What "effective compute" means here\n\nWe re-run the suite at every 4x step.\n', 'effective compute'],
  },
];

describe('definition forms: near-misses', () => {
  it.each([
    ['Thresholds in effective compute: every 4x step triggers a full evaluation.\n', 'effective compute'],
    ['Effective compute grows about 4x per year at the frontier.\n', 'Effective compute'],
  ])('%j does not define the term', (text, phrase) => {
    expect(reasonOf(text, phrase)).not.toBe('definition.defining-occurrence');
  });
});

describe('role rows: further near-misses', () => {
  it('a versioned dataset in a definition is not an earlier version of the rule', () => {
    const text = '4. "equivalent computing power" means the quantity of floating-point operations that would have been required with the reference method, scored on the Designated Corpus, version 2.1.\n\nA model whose equivalent computing power exceeds 10^26 floating-point operations shall be notified.\n';
    expect(reasonOf(text, 'equivalent computing power" means')).not.toMatch(/^historical/);
  });
});

describe('role rows: version entries in slides and plain-text lists', () => {
  it.each([
    ['What changed since v0.3\n• v0.3: re-evaluate every 6x in effective compute\n• v0.4: tighten to 3x\n', '6x', 'plaintext'],
    ['Changes:\n- v1.1: lowered the interval from 4x to 3x effective compute.\n', '4x', 'markdown'],
  ] as const)('%j is a version entry', (text, phrase, language) => {
    const at = text.indexOf(phrase);
    const m = analyze(text, { language }).mentions.find((x) => x.start <= at && at < x.end);
    expect(m?.role).toBe('historical');
  });
});

describe('a numbered run-in label', () => {
  // The clause number is the label's, not a sentence of its own (blind round 16: a release-notes page;
  // the same form in a wide trigger table's footnotes, drafts-bb).
  it('"**1. Effective compute (EC).** The EC of a model is …" defines the term', () => {
    expect(reasonOf('**1. Effective compute (EC).** The EC of a model is the training compute that our 2023 reference recipe would need to match it.\n', 'Effective compute')).toBe('definition.defining-occurrence');
  });
});

describe('role rows: asides and conditions', () => {
  // Two documents: a versioned framework in plain text and a board deck exported to text.
  it.each([
    ['  (a) 3x or more effective compute relative to the last assessed model (Version 3.0 used 5x; see Annex C); or\n', '3x'],
    ['• Evaluation trigger: >2x effective compute over the last fully evaluated model (was 4x in policy 1.0)\n', '2x'],
  ])('an aside about an earlier version does not make %j historical', (text, phrase) => {
    expect(reasonOf(text, phrase)).not.toMatch(/^historical/);
  });
  // "was trained" in a condition is the test, not a report of a past run (a statute, a voluntary code).
  it.each([
    ['A model is significantly more capable where it was trained with at least 4x the effective compute of the comparison model.\n', '4x'],
    ['A model is a covered model if it was trained using more than 10^26 floating-point operations.\n', '10^26'],
    ['2.2 If the estimate is at or above 4x the effective compute of the Anchor Model, open an evaluation ticket.\n', '4x'],
  ])('%j is not a past trend', (text, phrase) => {
    expect(reasonOf(text, phrase)).not.toBe('descriptive.trend');
  });
  it('a report of a past run still is', () => {
    expect(reasonOf('Our 2025 flagship was trained with 4x the effective compute of its predecessor.\n', '4x')).toBe('descriptive.trend');
  });
});

describe('role rows', () => {
  it('name rows that exist', () => {
    const ids = new Set(ROLE_ROWS.map((r) => r.id));
    for (const c of CASES) expect(ids.has(c.row), c.row).toBe(true);
  });

  it.each(CASES.flatMap((c) => c.decides.map(([text, phrase]) => [c.row, phrase, text] as const)))('%s decides %j', (row, phrase, text) => {
    expect(reasonOf(text, phrase)).toBe(row);
  });

  it.each(CASES.map((c) => [c.row, c.nearMiss] as const))('%s leaves its near-miss alone', (row, [text, phrase]) => {
    expect(reasonOf(text, phrase)).not.toBe(row);
  });
});

describe('a superseded rule talked about in the next sentence', () => {
  it('"the 4x interval" right after "Our earlier policy used a 4x interval" is still the superseded rule', () => {
    const text = 'Our earlier policy used a 4x interval in effective compute. In practice the 4x interval meant some models were re-evaluated twice.\n';
    expect(reasonOf(text, '4x interval meant')).toBe('historical.past-report');
  });

  it('a different multiple in the next sentence is the live rule', () => {
    const text = 'Our earlier policy used a 4x interval in effective compute. We now evaluate at every 6x increase in effective compute over the last assessed model.\n';
    expect(reasonOf(text, '6x')).not.toMatch(/^historical/);
  });

  it('"or earlier if trigger (b) applies" does not make a live trigger historical', () => {
    const text = 'Our next assessment is required when a successor reaches 4x the effective compute of Meridian 2, or earlier if trigger (b) or (c) applies first.\n';
    expect(reasonOf(text, '4x')).not.toMatch(/^historical/);
  });
});

describe('a blockquote in the author\'s own voice is not a quotation (domain.md §3.4, role 4)', () => {
  const trigger = '4x the effective compute of the last model that completed a full evaluation';
  it.each([
    ['a callout box with a bold title', `We publish our numbers.\n\n> **Numbers at a glance**\n> - A full evaluation at ${trigger}.\n`],
    ['a GitHub alert', `Read this first.\n\n> [!IMPORTANT]\n> A full evaluation is required at ${trigger}.\n`],
    ['a clause the author corrects', `Clause 2.3 is corrected to read:\n\n> **2.3** A full evaluation is required at ${trigger}.\n`],
    ['a clause the author proposes', `The interval never says what it is counted from. We propose:\n\n> The Developer shall complete a full evaluation at ${trigger}.\n`],
  ])('%s', (_what, text) => {
    expect(reasonOf(text, '4x')).not.toMatch(/^quoted/);
  });

  it.each([
    ['a provision another text states', `Section 4.1 of the Framework reads:\n\n> A full evaluation is required at ${trigger}.\n`],
    ['a titled box introduced as a quotation', `The Policy states:\n\n> **Evaluation interval.** A full evaluation is required at ${trigger}.\n`],
    ['a box that reports changes', `Our policy changed this year.\n\n> **Changes from v2.** v2 required a full evaluation at ${trigger}.\n`],
    ['a reviewer\'s comment', `Draft text follows.\n\n> **[Reviewer: R. Okonkwo]** Suggest a full evaluation at ${trigger}.\n`],
    ['an unattributed blockquote without a title', `Text follows.\n\n> A full evaluation is required at ${trigger}.\n`],
  ])('%s stays quoted', (_what, text) => {
    expect(reasonOf(text, '4x')).toMatch(/^(?:quoted|historical)/);
  });
});

describe('a magnitude with a qualified unit', () => {
  // "raw", "physical", "total training" between the number and the unit (domain.md §4.2 "raw FLOP"; drafts-cp
  // 02 "run will exceed 5e25 raw FLOP", drafts-ag "10^27 physical FLOP").
  it.each([
    ['Pause and get VP sign-off if the run will exceed 5e25 raw FLOP.\n', '5e25'],
    ['No run may exceed 10^27 physical FLOP without Board approval.\n', '10^27'],
    ['Runs above 10^26 total training FLOP need approval.\n', '10^26'],
  ])('%j is an absolute threshold', (text, phrase) => {
    expect(mentionAt(text, phrase)?.kind).toBe('absolute-compute');
  });

  it('a parameter count is still not compute', () => {
    const text = 'The model has 10^12 raw parameters.\n';
    expect(analyze(text).mentions.filter((m) => m.kind === 'absolute-compute')).toHaveLength(0);
  });
});

describe('capability jumps composed of a degree word, a head and a comparison (issue 10, cause 2)', () => {
  const kindsOf = (text: string) => analyze(text).mentions.filter((m) => m.kind === 'capability-jump').map((m) => m.phrase);
  it.each([
    // Each form from at least two drafts by different authors.
    ['A model notably stronger than its predecessor gets a full review.\n', 'notably stronger than'],
    ['Any model noticeably stronger than the one we reviewed is held back.\n', 'noticeably stronger than'],
    ['We re-test a model that is meaningfully better at offensive cyber than our last release.\n', 'meaningfully better at offensive cyber than'],
    ['We re-evaluate whenever a model is a significant step up in capability over previous models.\n', 'significant step up in capability'],
    ['It triggers on a meaningful step up from the most capable model already publicly available.\n', 'meaningful step up from the most capable model'],
    ['If a model shows a big capability jump over our last released model, we test it.\n', 'big capability jump'],
    ['A material increase in the model\'s capabilities over the version last assessed requires a new assessment.\n', "material increase in the model's capabilities"],
  ])('%j', (text, phrase) => {
    expect(kindsOf(text)).toContain(phrase);
  });

  it.each([
    ['Our eval pipeline is significantly better than expected.\n'],
    ['The new harness is much better than the old one at catching regressions.\n'],
    ['A material capability change must be recorded in the model card.\n'],
  ])('%j is not a capability jump', (text) => {
    expect(kindsOf(text)).toHaveLength(0);
  });
});

describe('a checklist gate states what its question says', () => {
  it('the reference point inside a Yes / No item is stated', () => {
    const text = '| # | Item | Yes / No |\n|---|---|---|\n| B2 | Is the run\'s effective compute more than 2x that of the previous production model? | |\n';
    expect(mentionAt(text, '2x')!.facets.reference.state).toBe('stated');
  });

  it('an open question about the policy still states nothing', () => {
    const text = 'Open questions: is the previous production model the right reference for the 2x effective compute trigger?\n';
    expect(mentionAt(text, '2x')?.role).not.toBe('trigger');
  });
});

describe('a back-reference to a multiple the document states in effective compute', () => {
  it.each([
    ['We evaluate at every 3x increase in effective compute. A 3x step, measured from the most recently deployed model, triggers review.\n', '3x step'],
    ['We evaluate at every 6x increase in effective compute. The 6x gap is always counted from the last fully evaluated model.\n', '6x gap'],
    ['We evaluate at every 2x increase in effective compute. The 2x is counted from the last checkpoint that finished the full eval battery.\n', '2x is'],
  ])('%j names the stated multiple', (text, phrase) => {
    expect(mentionAt(text, phrase)?.kind).toBe('relative-effective-compute');
  });

  it('a multiple the document never states in effective compute stays unread', () => {
    const text = 'The eval harness is 3x faster. The 3x step in throughput helps.\n';
    expect(mentionAt(text, '3x step')).toBeUndefined();
  });
});

describe('a share of another model\'s compute', () => {
  it.each([
    ["A modification that used more than 30% of that model's training compute is a new model.\n", '30%'],
    ['We re-evaluate whenever post-training compute on a model exceeds 10% of its pre-training compute.\n', '10%'],
    ['Our FT compute > ⅓ of its original training compute triggers review.\n', '⅓'],
  ])('%j is a relative compute threshold with its reference point', (text, phrase) => {
    const m = mentionAt(text, phrase);
    expect(m?.kind).toBe('relative-compute');
    expect(m?.facets.reference.state).toBe('stated');
  });

  it.each([
    ['Ondine will spend at least 10% of the compute of any Tier 2 run on safety evaluations.\n', '10%'],
    ['Estimates must be accurate within an overall error margin of 30 per cent of the reported estimate.\n', '30 per cent'],
  ])('%j is not a threshold', (text, phrase) => {
    expect(mentionAt(text, phrase)).toBeUndefined();
  });
});

describe('round 23 forms', () => {
  it('a hard-wrapped line that starts with a comparator is the author\'s sentence, not a quotation', () => {
    const text = 'If a deployed model receives continued pre-training that amounts to a\n>2x effective compute increase relative to the version we last deployed, we will re-run the suite.\n';
    expect(mentionAt(text, '2x')?.role).not.toBe('quoted');
  });

  it('"A model is materially stronger if …" operationalises "materially stronger than …"', () => {
    const text = 'A Comprehensive Evaluation is also required for any model that is materially stronger than the most recent model to complete a Comprehensive Evaluation. A model is materially stronger if its aggregate score on the Cormorant Elicitation Assessment (CEA-2) exceeds that model\'s score by 5 percentage points or more.\n';
    expect(mentionAt(text, 'materially stronger than')?.facets.benchmark.state).toBe('stated');
  });
});
