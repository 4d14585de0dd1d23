import { defineFacetRule } from './facet-rule';

export default defineFacetRule({
  id: 'missing-scale',
  facet: 'scale',
  defaultSeverity: 'warning',
  description: 'Effective-compute language that does not say at what compute scale the multiplier is measured or holds.',
  why: 'algorithmic gains change with scale (LSTM→Transformer and Kaplan→Chinchilla gains grow with compute), so the same multiple means different capability jumps at 10^23 and at 10^26 FLOP.',
  whyWithMultiple: 'algorithmic gains change with scale (LSTM→Transformer and Kaplan→Chinchilla gains grow with compute), so the same {multiple} means different capability jumps at 10^23 and at 10^26 FLOP.',
  missing: 'no scale (the compute range where the multiplier is measured, or a stated scale-independence assumption)',
  template:
    'The multiplier is measured on reference-recipe runs between ⟨10^a⟩ and ⟨10^b⟩ FLOP and relied on only within ⟨n⟩ orders of magnitude of that range; beyond it the reference curve is re-fitted before any threshold decision.',
});
