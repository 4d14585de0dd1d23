import { docsPath } from '../rule';
import { sentenceMatches, type AnalystRule } from '../analyst-rule';
import { CADENCE, EVALUATION_CONTEXT, firstLive, once } from './document-cues';

export const missingCadence: AnalystRule = {
  meta: {
    id: 'missing-cadence',
    description: 'A relative or capability trigger in a document that never says how soon an evaluation runs or a decision is made once it fires.',
    why: 'a trigger with no time to decision can be honoured months late ("as often as needed"), long after the capability it guards against has arrived.',
    defaultSeverity: 'warning',
    fixable: 'placeholder',
    docs: docsPath('missing-cadence'),
  },
  check(ctx) {
    const m = firstLive(ctx, ['relative-effective-compute', 'capability-jump', 'relative-capability']);
    if (!m || sentenceMatches(ctx, CADENCE, EVALUATION_CONTEXT)) return [];
    const reports = once(m, `"${m?.phrase}": the document never says when the evaluation runs once this fires, or how soon a decision follows.`);
    for (const r of reports) {
      const i = ctx.mentions.indexOf(m!);
      const at = ctx.raws[i]!.sentence.end;
      r.fixes = [{ title: 'Insert a timing clause', edits: [{ start: at, end: at, newText: ' Once this trigger is met, the evaluation starts within ⟨N⟩ days and its determination is recorded within ⟨M⟩ days.' }], deterministic: false }];
    }
    return reports;
  },
};
