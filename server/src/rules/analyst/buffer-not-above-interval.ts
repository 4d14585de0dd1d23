import { docsPath } from '../rule';
import { formatMultiple, lineOf, type AnalystRule, type RuleReport } from '../analyst-rule';

export const bufferNotAboveInterval: AnalystRule = {
  meta: {
    id: 'buffer-not-above-interval',
    description: 'A safety buffer that is not larger than the evaluation interval (a 4x interval needs a buffer above 4x).',
    why: 'a model can grow by a whole interval between two evaluations; a buffer no larger than that interval can be crossed without any evaluation seeing the warning signs.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: docsPath('buffer-not-above-interval'),
  },
  check(ctx) {
    const interval = ctx.mentions.find((m, i) => m.kind === 'relative-effective-compute' && m.role === 'trigger' && !ctx.raws[i]!.buffer && !ctx.raws[i]!.implied && m.value !== undefined);
    if (!interval) return [];
    const out: RuleReport[] = [];
    ctx.mentions.forEach((m, i) => {
      if (!ctx.raws[i]!.buffer || m.value === undefined || m.role === 'historical' || m.role === 'descriptive' || m.role === 'quoted') return;
      if (m.value > interval.value!) return;
      out.push({
        start: m.start,
        end: m.end,
        mentionId: m.id,
        message: `The ${formatMultiple(m.value)} safety buffer is not larger than the ${formatMultiple(interval.value)} evaluation interval on line ${lineOf(ctx.doc, interval.start)}: a model can cross the whole buffer between two evaluations.`,
        related: [{ start: interval.start, end: interval.end, message: 'The evaluation interval' }],
      });
    });
    return out;
  },
};
