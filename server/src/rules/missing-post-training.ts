import { defineFacetRule } from './facet-rule';

export default defineFacetRule({
  id: 'missing-post-training',
  facet: 'postTraining',
  defaultSeverity: 'error',
  description: 'Effective-compute language that does not say whether fine-tuning, RL, scaffolding, tool use or inference-time compute count.',
  why: 'post-training and elicitation gains can be large and a pre-training metric does not see them, so a model can cross the capability a threshold stands for without crossing the number.',
  missing: 'no post-training treatment (whether fine-tuning, RL, scaffolding, tool use and inference compute are included, excluded or tracked separately)',
  template:
    'Effective compute here measures ⟨pre-training improvements only / the post-trained model under a named elicitation protocol and inference budget⟩; gains from fine-tuning, reinforcement learning, scaffolding, tool use and inference-time compute are ⟨included as stated / tracked by the separate trigger in clause N⟩.',
});
