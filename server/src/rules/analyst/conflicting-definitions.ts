import { docsPath } from '../rule';
import { lineOf, type AnalystRule, type RuleReport } from '../analyst-rule';
import { facetEvidenceIn } from '../../core/judgement/evaluate';
import type { FacetId } from '../../core/types';

const COMPARED: FacetId[] = ['baseline', 'benchmark', 'scale'];

// Two wordings of the same date or number ("frozen on 1 March 2024" / "fixed on 1 March 2024") agree;
// without numbers, the words themselves are compared.
const norm = (s: string): string => {
  const numbers = s.match(/\d+(?:\.\d+)?/g);
  return numbers ? numbers.join(',') : s.toLowerCase().replace(/\b(?:the|a|an|on|at|as|of)\b/g, ' ').replace(/[^a-z0-9^.]+/g, ' ').trim();
};

export const conflictingDefinitions: AnalystRule = {
  meta: {
    id: 'conflicting-definitions',
    description: 'A term defined twice in one document, with the two definitions stating the same facet differently.',
    why: 'two definitions that disagree let a reader pick whichever one makes the model fall below the threshold.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: docsPath('conflicting-definitions'),
  },
  check(ctx) {
    const out: RuleReport[] = [];
    const byTerm = new Map<string, typeof ctx.definitions[number][]>();
    for (const d of ctx.definitions) {
      if (d.source) continue;
      const list = byTerm.get(d.term) ?? [];
      // A definition and the footnote it cites are one definition, not two.
      if (!list.some((o) => o.blocks.includes(d.blocks[0]!) || d.blocks.includes(o.blocks[0]!))) list.push(d);
      byTerm.set(d.term, list);
    }
    for (const [term, defs] of byTerm) {
      for (let j = 1; j < defs.length; j++) {
        const first = defs[0]!;
        const later = defs[j]!;
        for (const facet of COMPARED) {
          const a = firstEvidence(first, facet);
          const b = firstEvidence(later, facet);
          if (!a || !b || norm(a.text) === norm(b.text)) continue;
          out.push({
            start: later.start,
            end: later.end,
            message: `This definition of ${term} gives the ${facet} as "${b.text}", but the definition on line ${lineOf(ctx.doc, first.start)} gives "${a.text}"; keep one definition, or make them agree.`,
            related: [{ start: a.start, end: a.end, message: `The other definition's ${facet}` }],
          });
          break;
        }
      }
    }
    return out;
  },
};

function firstEvidence(d: { blocks: Parameters<typeof facetEvidenceIn>[0][] }, facet: FacetId) {
  for (const block of d.blocks) {
    const ev = facetEvidenceIn(block, facet);
    if (ev) return ev;
  }
  return undefined;
}
