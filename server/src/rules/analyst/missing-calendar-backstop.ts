import { docsPath } from '../rule';
import { sentenceMatches, type AnalystRule } from '../analyst-rule';
import { BACKSTOP, EVALUATION_CONTEXT, firstLive, once } from './document-cues';

export const missingCalendarBackstop: AnalystRule = {
  meta: {
    id: 'missing-calendar-backstop',
    description: 'An effective-compute trigger with no calendar backstop: nothing runs the evaluations again after months of post-training progress.',
    why: 'fine-tuning, scaffolding and elicitation improve a model without any new pre-training compute, so a compute trigger alone never fires for them.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: docsPath('missing-calendar-backstop'),
  },
  check(ctx) {
    const m = firstLive(ctx, ['relative-effective-compute']);
    if (!m || sentenceMatches(ctx, BACKSTOP, EVALUATION_CONTEXT)) return [];
    return once(m, `"${m?.phrase}": nothing re-runs the evaluations on a calendar (e.g. every ⟨N⟩ months of post-training progress), so gains that add no compute go unchecked.`);
  },
};
