import { docsPath } from '../rule';
import { formatMultiple, lineOf, type AnalystRule, type RuleReport } from '../analyst-rule';
import { sentenceTest } from '../../core/document';

/** Words that say a different multiple applies somewhere else on purpose. */
const SCOPE_QUALIFIER = /\b(?:for|at)\s+(?:higher|lower|later|each|the\s+next)\s+(?:ASLs?|levels?|tiers?|thresholds?)\b|\bfor\s+(?:ASL|CCL|tier|level)-?\s?\d|\bhigher\s+(?:ASLs?|levels?|tiers?)\b|\bfor\s+(?:models?|systems?|runs?|training\s+runs?)\s+(?:above|over|below|under|beyond|trained|with|that|whose)\b|\bmay\s+warrant\b|\be\.g\.|\bfor\s+example\b|\bbuffer\b/iu;

export const inconsistentThreshold: AnalystRule = {
  meta: {
    id: 'inconsistent-threshold',
    description: 'The same effective-compute trigger stated with different multiples in one document (4x here, 2x there) with nothing saying why.',
    why: 'when a policy states two cadences for one trigger, the looser one is the one that will be followed.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: docsPath('inconsistent-threshold'),
  },
  check(ctx) {
    const out: RuleReport[] = [];
    let first: (typeof ctx.mentions)[number] | undefined;
    let firstTable: number | undefined;
    ctx.mentions.forEach((m, i) => {
      const raw = ctx.raws[i]!;
      if (m.kind !== 'relative-effective-compute' || m.role !== 'trigger' || m.value === undefined || raw.implied || raw.buffer) return;
      if (sentenceTest(raw.sentence, SCOPE_QUALIFIER)) return;
      const block = raw.sentence.block;
      const table = block.kind === 'tableCell' ? block.tableStart : undefined;
      if (!first) {
        first = m;
        firstTable = table;
        return;
      }
      // The rows of one table are tiers or bands set on purpose ("below 2x | green", "2x to 4x | amber").
      if (m.value === first.value || (table !== undefined && table === firstTable)) return;
      out.push({
        start: m.start,
        end: m.end,
        mentionId: m.id,
        message: `This trigger uses ${formatMultiple(m.value)}, but line ${lineOf(ctx.doc, first.start)} sets it at ${formatMultiple(first.value)}; use one multiple, or say where each applies.`,
        related: [{ start: first.start, end: first.end, message: `The ${formatMultiple(first.value)} trigger` }],
      });
    });
    return out;
  },
};
