// Which facets a mention needs, by kind: the required-facet matrix of domain.md §4.2 and corpus rules
// 1, 12 and 13, as one table. `variant` picks the cue rows that judge a facet for that kind.
import type { FacetId, MentionKind } from '../types';
import type { CueVariant } from './cue';

const EC: FacetId[] = ['baseline', 'benchmark', 'scale', 'postTraining'];

export interface Requirement {
  facets: readonly FacetId[];
  /** When the document works in effective compute: a bare multiple then inherits every EC facet. */
  inEffectiveComputeDocument?: readonly FacetId[];
  variant?: Partial<Record<FacetId, CueVariant>>;
  /** The definition in force: the term's own, or the definition of training compute. */
  definition: 'term' | 'training-compute' | 'none';
  why: string;
}

export const REQUIREMENTS: Record<MentionKind, Requirement> = {
  'effective-compute-term': { facets: EC, definition: 'term', why: 'domain.md §4.2 F1; corpus rule 1' },
  'relative-effective-compute': { facets: [...EC, 'reference'], definition: 'term', why: 'domain.md §4.2 F1 relative trigger' },
  'unit-multiplier': {
    facets: ['benchmark', 'reference'],
    inEffectiveComputeDocument: [...EC, 'reference'],
    definition: 'none',
    why: 'a multiple whose unit is unstated inherits the EC facets when the document works in effective compute, but not the term\'s definition',
  },
  'relative-compute': { facets: ['reference', 'counting'], definition: 'training-compute', why: 'domain.md §4.2 F3 raw relative' },
  'relative-capability': { facets: ['benchmark', 'reference'], variant: { benchmark: 'capability' }, definition: 'none', why: 'corpus rule 12' },
  'progress-rate': { facets: ['benchmark', 'reference'], variant: { benchmark: 'capability' }, definition: 'none', why: 'corpus rule 13' },
  'capability-jump': { facets: ['benchmark', 'reference'], variant: { benchmark: 'capability', reference: 'capability' }, definition: 'term', why: 'corpus rule 12' },
  'post-training-calendar': { facets: ['reference'], definition: 'none', why: 'corpus rule 5 (accumulated since when?)' },
  // What the document says counts toward training compute holds for its compute thresholds (corpus:
  // facets are judged over the whole file).
  'absolute-compute': { facets: ['counting'], definition: 'training-compute', why: 'domain.md §4.2 F4; corpus rule 6' },
  'absolute-effective-compute': { facets: EC, definition: 'term', why: 'domain.md §4.2 F1 absolute ("10^26 effective FLOP"); corpus rule 1 (counting is n/a for effective compute)' },
  'delegated-compute': { facets: ['counting'], definition: 'training-compute', why: 'corpus rule 6 (a threshold delegated without a number)' },
  'compute-cost': { facets: ['counting'], variant: { counting: 'cost' }, definition: 'none', why: 'corpus rule 6 (how a cost is priced)' },
  'compute-equivalence': { facets: [...EC, 'counting'], variant: { baseline: 'equivalence' }, definition: 'none', why: 'domain.md §4.2 F1 absolute ("2024-equivalent compute")' },
  'capability-equivalence': { facets: ['benchmark'], definition: 'none', why: 'corpus rule 12' },
};

export function requiredFacets(kind: MentionKind, documentUsesEffectiveCompute: boolean): readonly FacetId[] {
  const r = REQUIREMENTS[kind];
  return documentUsesEffectiveCompute && r.inEffectiveComputeDocument ? r.inEffectiveComputeDocument : r.facets;
}

export function variantOf(kind: MentionKind, facet: FacetId): CueVariant {
  return REQUIREMENTS[kind].variant?.[facet] ?? 'plain';
}
