import { defineFacetRule } from './facet-rule';

export default defineFacetRule({
  id: 'missing-counting-scope',
  facet: 'counting',
  defaultSeverity: 'error',
  description: 'An absolute compute or cost threshold that does not say which training stages and operations count, or how a cost is priced.',
  why: 'whether synthetic-data generation, fine-tuning, RL or distillation count (and at what precision) moves a model across a compute line or not.',
  costWhy: 'whether the cost is a market price or the developer\'s own spend, which compute it covers and when it is priced moves a model across a cost line or not.',
  missing: 'no counting scope (which training stages and operations count, or how the cost is priced)',
  template:
    'Training compute is the cumulative number of integer or floating-point operations, at any precision, across pre-training, ⟨synthetic-data generation, fine-tuning, reinforcement learning, and the training of weights merged into or used to initialise the model⟩; it excludes ⟨evaluation and red-teaming⟩ and is estimated by the ⟨hardware-based / architecture-based⟩ method.',
  costMissing: 'no costing method (how and when the compute cost is priced)',
  costTemplate:
    'The cost is the ⟨average market price of cloud compute / developer\'s actual expenditure⟩ for all training compute counted under ⟨clause⟩, priced at ⟨the start of training⟩ and stated in ⟨currency, year⟩.',
});
