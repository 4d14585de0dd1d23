// The four document-level checks, as rows of the conditional kind (rules/kinds/conditional.ts): if the
// document has a live trigger of these kinds, then somewhere it says when the evaluation runs (cadence),
// what re-runs it on a calendar (backstop), whether it is checked during a run (mid-training), and what
// happens when capabilities outrun the forecast (recalibration). Each row's examples run in
// test/rules/conditional.test.ts; the cues are the shared patterns of document-cues.ts.
import { docsPath } from '../rule';
import { conditionalRule } from '../kinds/conditional';
import { BACKSTOP, CADENCE, EVALUATION_CONTEXT, MID_TRAINING, RECALIBRATION } from './document-cues';

export const missingCadence = conditionalRule({
  meta: {
    id: 'missing-cadence',
    description: 'A relative or capability trigger in a document that never says how soon an evaluation runs or a decision is made once it fires.',
    why: 'a trigger with no time to decision can be honoured months late ("as often as needed"), long after the capability it guards against has arrived.',
    defaultSeverity: 'warning',
    fixable: 'placeholder',
    docs: docsPath('missing-cadence'),
  },
  kinds: ['relative-effective-compute', 'capability-jump', 'relative-capability'],
  cue: CADENCE,
  scope: { kind: 'evaluation-sentence', context: EVALUATION_CONTEXT },
  source: 'domain.md §4.1 (timing of evaluations); docs/rules/missing-cadence.md',
  states: ['The evaluation must be concluded within 30 days of the trigger being met.', 'Every re-test ends with a written go/no-go decision within 14 days of the trigger.', 'We run the full capability assessment prior to any external deployment.'],
  doesNotState: ['We evaluate as often as needed.', 'The committee meets within 30 days of its appointment.'],
  message: (phrase) => `"${phrase}": the document never says when the evaluation runs once this fires, or how soon a decision follows.`,
  fixText: { title: 'Insert a timing clause', text: ' Once this trigger is met, the evaluation starts within ⟨N⟩ days and its determination is recorded within ⟨M⟩ days.' },
});

export const missingCalendarBackstop = conditionalRule({
  meta: {
    id: 'missing-calendar-backstop',
    description: 'An effective-compute trigger with no calendar backstop: nothing runs the evaluations again after months of post-training progress.',
    why: 'fine-tuning, scaffolding and elicitation improve a model without any new pre-training compute, so a compute trigger alone never fires for them.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: docsPath('missing-calendar-backstop'),
  },
  kinds: ['relative-effective-compute'],
  cue: BACKSTOP,
  scope: { kind: 'evaluation-sentence', context: EVALUATION_CONTEXT },
  source: 'domain.md §4.1 P (a separate calendar track for post-training gains); docs/rules/missing-calendar-backstop.md',
  states: ['We also re-run the evaluations every 3 months to monitor fine-tuning and tooling improvements.', "The full battery is re-run once six months' worth of fine-tuning and elicitation work has accumulated.", 'We track these in calendar time: three months of fine-tuning progress counts as notably more capable.'],
  doesNotState: ['We evaluate after every 4x increase in effective compute.', 'The board meets every 3 months.'],
  message: (phrase) => `"${phrase}": nothing re-runs the evaluations on a calendar (e.g. every ⟨N⟩ months of post-training progress), so gains that add no compute go unchecked.`,
});

export const missingMidTraining = conditionalRule({
  meta: {
    id: 'missing-mid-training',
    description: 'A relative effective-compute trigger in a document that never says it applies during a training run.',
    why: 'a large run can cross several multiples before it ends; a trigger checked only between runs is checked too late.',
    defaultSeverity: 'info',
    fixable: false,
    docs: docsPath('missing-mid-training'),
  },
  kinds: ['relative-effective-compute'],
  cue: MID_TRAINING,
  scope: { kind: 'prose' },
  source: 'domain.md §4.1 (RSP v1: "including if this occurs mid-training"); docs/rules/missing-mid-training.md',
  states: ['after every 4x jump in effective compute, including if this occurs mid-training', 'Effective compute will be estimated on intermediate checkpoints as the run progresses.'],
  doesNotState: ['We evaluate each model after training.', 'post-training improvements are tracked separately'],
  message: (phrase) => `"${phrase}": the document never says whether this is checked during a training run, where a large run can cross it.`,
});

export const missingRecalibration = conditionalRule({
  meta: {
    id: 'missing-recalibration',
    description: 'An effective-compute threshold with no recalibration clause for when measured capabilities exceed what the compute number predicted.',
    why: 'effective compute is a forecast of capability; a policy needs to say what happens when the forecast is wrong on the dangerous side.',
    defaultSeverity: 'info',
    fixable: false,
    docs: docsPath('missing-recalibration'),
  },
  kinds: ['relative-effective-compute'],
  cue: RECALIBRATION,
  scope: { kind: 'prose' },
  source: 'domain.md §4.1 S (re-fitting when the curve is wrong); docs/rules/missing-recalibration.md',
  states: ['If measured capabilities exceed the prediction by 10%, we will revisit the threshold.', 'We recalibrate the multiplier whenever a dangerous-capability score is higher than predicted.'],
  doesNotState: ['We report effective compute estimates to the board.', 'Capabilities are measured on held-out tasks.'],
  message: (phrase) => `"${phrase}": nothing says what happens if a model's measured capabilities exceed what its effective compute predicted (e.g. revisit the threshold when any dangerous-capability score is ⟨10⟩% above the prediction).`,
});

export const DOCUMENT_CONDITIONS = [missingCadence, missingCalendarBackstop, missingMidTraining, missingRecalibration] as const;
