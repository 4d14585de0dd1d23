import { defineFacetRule } from './facet-rule';

export default defineFacetRule({
  id: 'missing-reference',
  facet: 'reference',
  defaultSeverity: 'error',
  description: 'A relative threshold ("every 4x", ">2x increase", "more capable") that does not say what it counts from.',
  why: 'counting from the previous model instead of the last fully evaluated one lets steps of 3x, 3x, 3x pass a 4x trigger while the real jump compounds to 27x.',
  capabilityWhy:
    '"more capable" or "3x the pace" than what: the last evaluated model, the current frontier or a named period\'s average pace each give a different answer, and the threshold moves with the choice.',
  missing: 'no reference point (what the multiple is counted from)',
  template:
    'The ⟨N⟩x is counted from ⟨the most recent model that completed a comprehensive evaluation under this policy / a named model⟩, measured the same way, and is checked at least every ⟨interval⟩ during training, so it can be crossed mid-run.',
});
