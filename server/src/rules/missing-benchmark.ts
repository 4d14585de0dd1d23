import { defineFacetRule } from './facet-rule';

export default defineFacetRule({
  id: 'missing-benchmark',
  facet: 'benchmark',
  defaultSeverity: 'error',
  description: 'Threshold language that names no metric and dataset on which "equal performance", "progress" or "more capable" is judged.',
  why: 'the same model gains different multiples on different benchmarks (a loss curve does not see chain-of-thought or tool-use gains), so without a named metric the threshold cannot be checked.',
  capabilityWhy:
    'a capability jump or a speed-up of progress can be measured in many ways (benchmark scores, research throughput, effective-compute growth per month), each giving a different answer, so without a named measure two readers can disagree on whether it happened.',
  missing: 'no benchmark (the metric and dataset on which performance is compared)',
  template:
    'Performance is compared by ⟨metric, e.g. held-out cross-entropy loss or pass@1⟩ on ⟨benchmark or dataset, with version⟩, run with ⟨harness and settings⟩; the datasets and their weights change only through a recorded revision of this policy.',
});
