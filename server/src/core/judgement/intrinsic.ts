// Facets a phrase states by what it is, as named rows.
import type { RawMention } from '../mentions';
import type { Evidence, FacetId } from '../types';
import type { JudgementContext } from './evaluate';

interface IntrinsicRow {
  id: string;
  facet: FacetId;
  source: string;
  applies(m: RawMention, ctx: JudgementContext): Evidence | undefined;
}

export const INTRINSIC: readonly IntrinsicRow[] = [
  {
    id: 'intrinsic.buffer-measured-from-threshold',
    facet: 'reference',
    source: 'corpus rule 5 ("the threshold of concern"): a safety buffer is measured back from the threshold it protects',
    applies: (m, ctx) => (m.buffer ? { start: m.start, end: m.end, text: ctx.doc.text.slice(m.start, m.end), via: 'intrinsic', cue: 'intrinsic.buffer-measured-from-threshold', scope: 'sentence' } : undefined),
  },
  {
    id: 'intrinsic.defined-capability-phrase',
    facet: 'benchmark',
    source: 'corpus rule 12: the document operationalises the phrase where it defines it',
    applies: (m, ctx) => {
      if (m.kind !== 'capability-jump' || !m.term) return undefined;
      const def = ctx.definitionsByTerm.get(m.term)?.[0];
      return def ? { start: def.start, end: def.end, text: def.label, via: def.source ? 'glossary' : 'definition', source: def.source, cue: 'intrinsic.defined-capability-phrase', scope: 'definition' } : undefined;
    },
  },
  {
    id: 'intrinsic.equivalence-pinned-to-compute',
    facet: 'scale',
    source: 'domain.md §4.1 S: "…greater than 10^26 operations in 2024, or a model with similar performance" is pinned to that compute amount',
    applies: (m, ctx) => {
      if (m.kind !== 'compute-equivalence') return undefined;
      const anchor = ctx.siblings(m).find((s) => s.kind === 'absolute-compute');
      return anchor ? { start: anchor.start, end: anchor.end, text: ctx.doc.text.slice(anchor.start, anchor.end), via: 'sentence', cue: 'intrinsic.equivalence-pinned-to-compute', scope: 'sentence' } : undefined;
    },
  },
];

export function intrinsicEvidence(m: RawMention, facet: FacetId, ctx: JudgementContext): Evidence | undefined {
  for (const row of INTRINSIC) {
    if (row.facet !== facet) continue;
    const ev = row.applies(m, ctx);
    if (ev) return ev;
  }
  return undefined;
}
