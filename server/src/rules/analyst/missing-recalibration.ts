import { docsPath } from '../rule';
import { proseMatches, type AnalystRule } from '../analyst-rule';
import { RECALIBRATION, firstLive, once } from './document-cues';

export const missingRecalibration: AnalystRule = {
  meta: {
    id: 'missing-recalibration',
    description: 'An effective-compute threshold with no recalibration clause for when measured capabilities exceed what the compute number predicted.',
    why: 'effective compute is a forecast of capability; a policy needs to say what happens when the forecast is wrong on the dangerous side.',
    defaultSeverity: 'info',
    fixable: false,
    docs: docsPath('missing-recalibration'),
  },
  check(ctx) {
    const m = firstLive(ctx, ['relative-effective-compute']);
    if (!m || proseMatches(ctx, RECALIBRATION)) return [];
    return once(m, `"${m?.phrase}": nothing says what happens if a model's measured capabilities exceed what its effective compute predicted (e.g. revisit the threshold when any dangerous-capability score is ⟨10⟩% above the prediction).`);
  },
};
