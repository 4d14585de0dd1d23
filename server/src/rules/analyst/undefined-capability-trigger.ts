import { docsPath } from '../rule';
import { isLive, type AnalystRule, type RuleReport } from '../analyst-rule';

export const undefinedCapabilityTrigger: AnalystRule = {
  meta: {
    id: 'undefined-capability-trigger',
    description: 'A capability-jump phrase used as a trigger ("notably more capable", "major algorithmic breakthrough") that the document never makes measurable.',
    why: 'without a measurable definition, whether the trigger fired is a judgement made after the fact by the people it constrains.',
    defaultSeverity: 'warning',
    fixable: 'placeholder',
    docs: docsPath('undefined-capability-trigger'),
  },
  check(ctx) {
    const out: RuleReport[] = [];
    const reported = new Set<string>();
    ctx.mentions.forEach((m, i) => {
      if (m.kind !== 'capability-jump' || !isLive(m) || !m.term || reported.has(m.term)) return;
      if (ctx.definitions.some((d) => d.term === m.term) || m.facets.benchmark.state === 'stated') return;
      reported.add(m.term);
      const block = ctx.raws[i]!.sentence.block;
      const nl = ctx.text.indexOf('\n', block.end);
      const at = nl < 0 ? ctx.text.length : nl;
      const phrase = m.term.charAt(0).toUpperCase() + m.term.slice(1);
      out.push({
        start: m.start,
        end: m.end,
        mentionId: m.id,
        message: `"${m.phrase}" is used as a trigger but never defined: say what measurement shows it (a score gain on a named benchmark, or a multiple of effective compute, and from which model).`,
        fixes: [{
          title: `Define "${m.term}"`,
          edits: [{ start: m.end, end: m.end, newText: ' (as defined below)' }, { start: at, end: at, newText: `\n\n"${phrase}" means at least ⟨N⟩ percentage points higher on ⟨benchmark, version⟩ (or at least ⟨k⟩x effective compute) relative to ⟨the last model that completed a comprehensive evaluation⟩.` }],
          isPreferred: false,
          deterministic: false,
        }],
      });
    });
    return out;
  },
};
