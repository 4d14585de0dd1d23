import { docsPath } from '../rule';
import { proseMatches, type AnalystRule } from '../analyst-rule';
import { MID_TRAINING, firstLive, once } from './document-cues';

export const missingMidTraining: AnalystRule = {
  meta: {
    id: 'missing-mid-training',
    description: 'A relative effective-compute trigger in a document that never says it applies during a training run.',
    why: 'a large run can cross several multiples before it ends; a trigger checked only between runs is checked too late.',
    defaultSeverity: 'info',
    fixable: false,
    docs: docsPath('missing-mid-training'),
  },
  check(ctx) {
    const m = firstLive(ctx, ['relative-effective-compute']);
    if (!m || proseMatches(ctx, MID_TRAINING)) return [];
    return once(m, `"${m?.phrase}": the document never says whether this is checked during a training run, where a large run can cross it.`);
  },
};
