import { docsPath } from '../rule';
import { isLive, textOf, type AnalystRule, type RuleReport } from '../analyst-rule';

export const trainingOrInferenceCompute: AnalystRule = {
  meta: {
    id: 'training-or-inference-compute',
    description: 'An absolute compute threshold that does not say whether it counts training or inference compute.',
    why: 'inference-time scaling (longer chains of thought, more samples) can multiply a model\'s effective capability without any training compute crossing the line.',
    defaultSeverity: 'info',
    fixable: false,
    docs: docsPath('training-or-inference-compute'),
  },
  check(ctx) {
    const out: RuleReport[] = [];
    const SAYS = /\b(?:train\w*|pre-?train\w*|fine-?tun\w*|inference|test-time|deploy\w*|cluster|capacity|per\s+second|op\/s|FLOP\/s)/iu;
    // Values whose threshold is stated somewhere with its training context, computed once.
    const statedValues = new Set<number | undefined>();
    ctx.mentions.forEach((m, i) => {
      if (m.kind === 'absolute-compute' && SAYS.test(textOf(ctx.raws[i]!.sentence))) statedValues.add(m.value);
    });
    ctx.mentions.forEach((m, i) => {
      if (m.kind !== 'absolute-compute' || !isLive(m)) return;
      // Said in its own sentence, or the same threshold stated elsewhere with its training context
      // ("the 10^26 line" in commentary).
      if (statedValues.has(m.value)) return;
      out.push({ start: m.start, end: m.end, mentionId: m.id, message: `"${m.phrase}": say whether this counts training compute, inference compute, or both.` });
    });
    return out;
  },
};
