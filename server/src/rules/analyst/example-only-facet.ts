import { docsPath } from '../rule';
import { isLive, type AnalystRule, type RuleReport } from '../analyst-rule';
import { FACETS } from '../../core/types';

const LABEL: Record<string, string> = { postTraining: 'post-training treatment', reference: 'reference point', counting: 'counting scope' };

export const exampleOnlyFacet: AnalystRule = {
  meta: {
    id: 'example-only-facet',
    description: 'A facet stated only as an example ("e.g. cross-entropy loss", "such as coding and science").',
    why: 'an example is illustrative, not a commitment: the policy can later measure on something else and still comply.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: docsPath('example-only-facet'),
  },
  check(ctx) {
    const out: RuleReport[] = [];
    const seen = new Set<number>();
    for (const m of ctx.mentions) {
      if (!isLive(m)) continue;
      for (const facet of FACETS) {
        const ev = m.facets[facet].evidence;
        if (!ev?.hedged || ev.source || seen.has(ev.start)) continue;
        seen.add(ev.start);
        out.push({
          start: ev.start,
          end: ev.end,
          mentionId: m.id,
          facet,
          message: `"${ev.text}" gives the ${LABEL[facet] ?? facet} only as an example, so the policy does not commit to it; state the ${LABEL[facet] ?? facet} itself.`,
          related: [{ start: m.start, end: m.end, message: `Relied on by "${m.phrase}"` }],
        });
      }
    }
    return out;
  },
};
