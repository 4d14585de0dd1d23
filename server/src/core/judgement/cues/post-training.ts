// Post-training: whether fine-tuning, RL, scaffolding, tool use and inference compute are inside the
// number, excluded from it, or tracked by a separate trigger because the metric cannot see them
// (domain.md §4.1 P; corpus rule 4: a bare parallel cadence does not say that).
import { cue } from '../cue';

const PTE = String.raw`(?:fine-?tun\w*|post-?training|RL\b|reinforcement\s+learning|scaffold\w*|prompting|tool\s+use|inference[\s-]time|test-time|elicitation)`;

export const POST_TRAINING = [
  cue({
    id: 'postTraining.excluded',
    facet: 'postTraining',
    pattern: new RegExp(String.raw`\b(?:excluding|excludes?|excluded|not\s+includ(?:e|es|ed|ing)|does\s+not\s+(?:count|include|reflect|capture|measure))\b[^.;]{0,60}?\b${PTE}`, 'iu'),
    needs: /exclud|not/iu,
    source: 'domain.md §4.1 P ("(including|excluding|excludes|includes) (fine-?tuning|…)")',
    states: ['excluding gains from fine-tuning and scaffolding', 'held-out loss does not capture gains from fine-tuning'],
    doesNotState: ['excluding weekends', 'we do not yet know whether fine-tuning matters'],
  }),
  cue({
    id: 'postTraining.tracked-separately',
    facet: 'postTraining',
    pattern: /\b(?:fine-?tuning|post-?training|scaffolding|elicitation|inference-time)\b[^.;]{0,60}?\b(?:tracked|measured|assessed|handled|monitored|captured|covered)\s+(?:separately|by\s+(?:a|the)\s+separate|under\s+(?:a|the)\s+separate|in\s+calendar\s+time)/iu,
    needs: /tracked|measured|assessed|handled|monitored|captured|covered/iu,
    source: 'domain.md §4.1 P ("(tracked|measured) separately", "calendar time")',
    states: ['gains from fine-tuning are tracked by the separate calendar trigger', 'post-training improvements are measured separately'],
    doesNotState: ['fine-tuning is important', 'we monitor fine-tuning every 3 months'],
  }),
  cue({
    id: 'postTraining.calendar-time-because-unmeasurable',
    facet: 'postTraining',
    documentWide: true,
    pattern: /\bmeasured\s+in\s+calendar\s+time\b[^.;]{0,40}?\b(?:since|because|as)\b|\b(?:since|because)\s+(?:we\s+)?(?:do\s+not|don't|cannot|can't)\s+(?:yet\s+)?(?:have\s+a\s+(?:metric|measure|way)|measure)\b/iu,
    needs: /calendar|since|because/iu,
    source: 'domain.md §4.1 P (RSP v2.0: "measured in calendar time, since we do not yet have a metric"); corpus rule 4 (a separate trigger *because* the metric cannot see them)',
    states: ['This is measured in calendar time, since we do not yet have a metric to estimate the impact of these improvements', 'tracked by calendar time because we cannot measure their effect in effective compute'],
    doesNotState: ['every 3 months of fine-tuning progress', 'measured in calendar time'],
  }),
  cue({
    id: 'postTraining.progress-tracked-separately',
    facet: 'postTraining',
    documentWide: true,
    pattern: /\b(?:post-?training|fine-?tuning|elicitation|scaffolding)(?:\s+[\w-]+){0,2}?\s+(?:progress|gains|improvements|enhancements)\s+(?:is|are)\s+(?:not\s+)?(?:tracked|measured|covered|handled|captured|counted|included|excluded)\b/iu,
    needs: /progress|gains|improvements|enhancements/iu,
    source: 'domain.md §4.1 P ("(tracked|measured) separately"); corpus rule 4',
    states: ['Post-training gains are not counted in EC; they are tracked by the six-month post-training trigger', 'post-training progress is tracked by row 3, because the efficiency factor cannot see it'],
    doesNotState: ['post-training gains can be large', 'fine-tuning progress is fast'],
  }),
  cue({
    id: 'postTraining.pretraining-only',
    facet: 'postTraining',
    pattern: /\bpre-?training\s+(?:improvements\s+|gains\s+)?only\b|\bfrom\s+a\s+pre-?trained\s+model\b|\b(?:on|of)\s+the\s+pre-?trained\s+(?:model|checkpoint)\b/iu,
    needs: /train/iu,
    source: 'domain.md §4.1 P ("(from|of) a pre-?trained model", "pre-?training only")',
    states: ['a performance improvement from a pretrained model', 'measured on the pre-trained checkpoint'],
    doesNotState: ['a pretrained model was released', 'pre-training data'],
  }),
  cue({
    id: 'postTraining.evaluated-post-trained',
    facet: 'postTraining',
    pattern: /\b(?:evaluated|measured|run)\s+(?:on|after)\s+(?:the\s+)?post-?trained\b/iu,
    needs: /post/iu,
    source: 'domain.md §4.1 P (included, and measured how)',
    states: ['the benchmark is run on the post-trained model', 'scores are measured on the post-trained model'],
    doesNotState: ['post-training is out of scope', 'evaluated on the base model'],
  }),
  cue({
    id: 'postTraining.elicitation-protocol',
    facet: 'postTraining',
    pattern: /\b(?:with|under)\s+(?:our\s+|the\s+)?(?:best|full|standard|stated)\s+(?:available\s+|known\s+)?elicitation\b/iu,
    needs: /elicitation/iu,
    source: 'domain.md §4.1 P ("best (available|known) (scaffold|elicitation)")',
    states: ['measured under the best available elicitation', 'with our standard elicitation protocol'],
    doesNotState: ['elicitation is hard', 'without elicitation'],
  }),
  cue({
    id: 'postTraining.inference-budget',
    facet: 'postTraining',
    pattern: /\b(?:inference|test-time|reasoning)(?:[\s-]time)?\s+(?:compute\s+)?budget\b/iu,
    needs: /budget/iu,
    source: 'domain.md §4.1 P ("test-time compute (budget|of)", "reasoning (effort|budget)")',
    states: ['at a fixed inference compute budget', 'with a test-time budget of 32k tokens'],
    doesNotState: ['the training budget', 'budget approval'],
  }),
  cue({
    id: 'postTraining.gains-are-included',
    facet: 'postTraining',
    pattern: /\b(?:gains|improvements|enhancements)\s+from\s+(?:[\w-]+\s+){0,2}?(?:fine-?tuning|post-?training|reinforcement\s+learning|scaffolding)\b[^.;]{0,140}?\b(?:are|is)\s+(?:⟨|included|excluded|tracked|counted|measured|not\s+counted)/iu,
    needs: /gains|improvements|enhancements/iu,
    source: 'domain.md §4.1 P',
    states: ['Gains from fine-tuning, RL and scaffolding are included', 'improvements from post-training are not counted'],
    doesNotState: ['gains from fine-tuning can be large', 'improvements from scaffolding'],
  }),
];
