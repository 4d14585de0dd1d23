import { docsPath, type RuleMeta } from './rule';

/** Quick fixes insert ⟨placeholders⟩; this rule keeps them from reaching a published policy. */
export const unfilledPlaceholder: RuleMeta = {
  id: 'unfilled-placeholder',
  description: 'A ⟨placeholder⟩ inserted by a quick fix that has not been filled in.',
  why: 'an inserted definition only states a facet once its placeholders carry the policy\'s real values.',
  defaultSeverity: 'warning',
  fixable: false,
  docs: docsPath('unfilled-placeholder'),
};
