import { defineFacetRule } from './facet-rule';

export default defineFacetRule({
  id: 'missing-baseline',
  facet: 'baseline',
  defaultSeverity: 'error',
  description: 'Effective-compute language that does not say which recipe, model or date the multiplier counts from.',
  why: 'an effective-compute multiplier is only a number once the reference recipe and the date it was frozen are fixed; a different baseline gives a different multiple.',
  missing: 'no baseline (the reference recipe or model, and the date it is frozen)',
  template:
    'Effective compute is counted against a fixed reference recipe (⟨architecture, optimiser, data mixture, allocation rule⟩, as used to train ⟨reference model⟩), frozen on ⟨YYYY-MM-DD⟩; only changes made after that date count as algorithmic gains.',
});
