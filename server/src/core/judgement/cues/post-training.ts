// Post-training: whether fine-tuning, RL, scaffolding, tool use and inference compute are inside the
// number, excluded from it, or tracked by a separate trigger because the metric cannot see them
// (domain.md §4.1 P; corpus rule 4: a bare parallel cadence does not say that).
import { cue } from '../cue';
import { EC_WORDS_CASED } from '../../patterns';

// "Methods applied after the learning" is how a translated text says post-training; an agent framework is scaffolding.
const PTE = String.raw`(?:fine-?tun\w*|post-?training|RL\b|reinforcement\s+learning|scaffold\w*|prompting|tool\s+use|inference[\s-]time|test-time|elicitation|agent\s+frameworks?|(?:applied|used|performed)\s+after\s+(?:the\s+)?(?:pre-?)?(?:training|learning))`;
/** PTE for a case-sensitive pattern (one that must tell an abbreviation such as EC from a word): sentence case allowed. */
const PTE_CASED = String.raw`(?:[Ff]ine-?[Tt]un\w*|[Pp]ost-?[Tt]raining|RL\b|RLHF\b|[Rr]einforcement\s+[Ll]earning|[Ss]caffold\w*|[Pp]rompting|[Tt]ool[\s-][Uu]se|[Ii]nference[\s-][Tt]ime|[Tt]est-[Tt]ime|[Ee]licitation|[Aa]gent\s+[Ff]rameworks?|(?:applied|used|performed)\s+after\s+(?:the\s+)?(?:pre-?)?(?:training|learning))`;

export const POST_TRAINING = [
  cue({
    id: 'postTraining.excluded',
    facet: 'postTraining',
    // The verbs of leaving out are one class: excluding, not including, ignoring, omitting, leaving out,
    // setting aside, without regard to.
    pattern: new RegExp(String.raw`\b(?:excluding|excludes?|excluded|not\s+includ(?:e|es|ed|ing)|does\s+not\s+(?:count|include|reflect|capture|measure|see)|ignor(?:es|ed|ing)|omit(?:s|ted|ting)?|leav(?:es|ing)\s+out|set(?:s|ting)?\s+aside|without\s+regard\s+to|disregard(?:s|ed|ing)?)\b[^.;]{0,60}?\b${PTE}`, 'iu'),
    needs: /exclud|not|ignor|omit|leav|aside|regard/iu,
    source: 'domain.md §4.1 P ("(including|excluding|excludes|includes) (fine-?tuning|…)"); drafts-w 04 ("ignores fine-tuning / RL / scaffolding") and 05 ("without regard to any fine-tuning")',
    states: ['excluding gains from fine-tuning and scaffolding', 'held-out loss does not capture gains from fine-tuning', 'EC only sees pre-training; ignores fine-tuning / RL / scaffolding', 'assessed on the model as pre-trained and without regard to any fine-tuning'],
    doesNotState: ['excluding weekends', 'we do not yet know whether fine-tuning matters'],
  }),
  cue({
    // The general form of the two rows around it: the post-training methods, then whether they are counted
    // in the quantity, in either polarity ("… shall not be included in effective compute", "fine-tuning and
    // reinforcement learning are included in it", "Post-training gains are excluded from EC by
    // construction"). Either answer states the facet (corpus rule 4); what they are counted in must be the
    // quantity (effective compute, an abbreviation, the metric, the estimate, it), not any list.
    id: 'postTraining.counted-in-quantity',
    facet: 'postTraining',
    documentWide: true,
    pattern: new RegExp(
      // The methods may be named in the sentence before and taken up by a pronoun ("Post-Training
      // Enhancements means fine-tuning, … . Because validation loss does not capture them, they are not
      // counted in Effective Compute").
      String.raw`\b(?:${PTE_CASED}[^.;?]{0,100}?|${PTE_CASED}[^?\n]{0,240}?\b(?:they|these|those)\s+)\b(?:(?:shall|should|will|must|may|are|is|be|get|gets)\s+)?(?:not\s+)?(?:be\s+)?(?:(?:deliberately|intentionally|explicitly|expressly)\s+)?(?:(?:included|counted|added|reflected|captured|excluded|folded|kept\s+out|left\s+out)\s+(?:in|into|toward|towards|from|as\s+part\s+of|out\s+of|of|by)|(?<=\bnot\s)part\s+of|(?:\w+\s+)?(?:outside|beyond)|(?:lie|lies|fall|falls)\s+(?:\w+\s+)?(?:outside|beyond))\s+(?:the\s+|our\s+|its\s+|this\s+|that\s+)?(?:${EC_WORDS_CASED}|[A-Z][A-Za-z]?[A-Z]{1,4}\b|(?:metric|measure|estimate|figure|number|quantity|multiplier|ratio|calculation|conversion|total|count)\b|(?:it|them)\b)`,
      'u',
    ),
    needs: /includ|count|add|reflect|captur|exclud|fold|kept|left|outside|beyond|part/iu,
    source: 'domain.md §4.1 P ("(including|excluding|excludes|includes) (fine-?tuning|…)"); corpus rule 4; drafts in five styles (absorbed sets d, g, k, q; drafts-t 03)',
    states: [
      'Improvements obtained by fine-tuning, reinforcement learning, scaffolding or tool use shall not be included in effective compute',
      'Post-training gains are excluded from EC by construction',
      'fine-tuning and reinforcement learning are included in it',
      'Post-Training Enhancements means fine-tuning, reinforcement learning and scaffolding. Because validation loss does not capture them, they are not counted in Effective Compute',
      // The family's other names (domain.md §1): drafts-du 03, drafts-bb 05.
      'Post-training enhancements (fine-tuning, reinforcement learning, scaffolding) are not counted in Effective FLOP',
      // "not part of" the quantity (excluded): drafts-du 01, drafts-dp 01. "form part of" alone is an inclusion
      // that does not say how the metric would register the gains (corpus rule 4; drafts-y 04's gold).
      'Post-training enhancements (fine-tuning, reinforcement learning, scaffolding and tool use) are not part of Effective Compute, because a held-out loss cannot register them',
      'Post-training is not part of effective compute',
      // "captured by" the quantity (drafts-dw 04, a translated guideline; "not captured by it and are tracked by the elicitation trigger" in an absorbed draft).
      'Measures after the pre-training (fine-tuning, reinforcement learning, tool connection) are not captured by the effective computing effort, since the validation loss does not reflect them',
      'post-training enhancements (fine-tuning, RL, scaffolding, tool use) are excluded from E-FLOP',
      'Gains from fine-tuning, scaffolding and tool use are deliberately outside this measure', 'Fine-tuning, RL and scaffolding gains are deliberately left out of it',
      'The improvement of the performance obtained by the prompt, the tool, the agent framework and other methods applied after the learning shall not be included in the conversion of paragraph (1)',
    ],
    doesNotState: ['improvements obtained through fine-tuning, reinforcement learning or scaffolding form part of EFFECTIVE COMPUTE', 'post-training trigger counted from the Anchor Model', 'fine-tuning runs are included in the release notes', 'Does fine-tuning count toward the threshold?'],
  }),
  cue({
    id: 'postTraining.tracked-separately',
    facet: 'postTraining',
    pattern: /\b(?:fine-?tuning|post-?training|scaffolding|elicitation|inference-time)\b[^.;]{0,60}?\b(?:tracked|measured|assessed|handled|monitored|captured|covered)\s+(?:separately|by\s+(?:a|the)\s+separate|under\s+(?:a|the)\s+separate|in\s+calendar\s+time|by\s+(?:its|their)\s+own\s+(?:trigger|cadence|clock))|\btrack(?:s|ed|ing)?\s+(?:post-?training|fine-?tuning)(?:\s+[\w-]+){0,2}?\s+separately\b/iu,
    needs: /track|measured|assessed|handled|monitored|captured|covered/iu,
    source: 'domain.md §4.1 P ("(tracked|measured) separately", "calendar time")',
    states: ['gains from fine-tuning are tracked by the separate calendar trigger', 'post-training improvements are measured separately', 'post-training is tracked by its own trigger', 'commitment 3 tracks post-training separately, in calendar time'],
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
    pattern: /\b(?:post-?training|fine-?tuning|elicitation|scaffolding)(?:\s+[\w-]+){0,2}?\s+(?:progress|gains|improvements|enhancements|uplift)\s+(?:is|are)\s+(?:not\s+)?(?:tracked|measured|covered|handled|captured|counted|included|excluded)\b/iu,
    needs: /progress|gains|improvements|enhancements|uplift/iu,
    source: 'domain.md §4.1 P ("(tracked|measured) separately"); corpus rule 4',
    states: ['Post-training gains are not counted in EC; they are tracked by the six-month post-training trigger', 'post-training progress is tracked by row 3, because the efficiency factor cannot see it', 'Post-training uplift is not included in EC; it is tracked by trigger T3.'],
    doesNotState: ['post-training gains can be large', 'fine-tuning progress is fast'],
  }),
  cue({
    id: 'postTraining.metric-cannot-see',
    facet: 'postTraining',
    documentWide: true,
    pattern: /\b(?:post-?training|fine-?tuning|scaffolding|RL)(?:\s+[\w-]+){0,2}?\s+(?:gains?|improvements?)\s+(?:do|does|will)\s+not\s+(?:move|change|affect|register|count|show\s+up)|\b(?:post-?training|fine-?tuning|scaffolding|RL|SFT|reinforcement\s+learning|tool\s+use)\b[^.;?]{0,100}?\b(?:do|does|will)(?:\s+not|n't)\s+(?:move|change|affect|shift)\s+(?:the\s+|our\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,2}?(?:effective[\s-]compute|EC|loss|perplexity|metric|measure|estimate|ratio|multiplier)\b|\b(?:post-?training|fine-?tuning|scaffolding|RL|SFT)\b[^.;?]{0,160}?\b(?:do|does|can)(?:\s*not|n't)\s+see\s+(?:those|these|such|their|its|the)\s+(?:gains|improvements|enhancements)\b|\bcan(?:not|'t|\s+not)\s+(?:see|register|capture|reflect|detect)\s+(?:[\w-]+\s+){0,3}?(?:fine-?tuning|post-?training|scaffolding|elicitation|RL)\b|\b(?:fine-?tuning|post-?training|scaffolding|prompting)\b[^.;?]{0,60}?\b(?:are|is)\s+(?:not\s+|in)visible\s+to\b|\b(?:registers?|captures?|reflects?)\s+(?:gains?|improvements?)\s+from\s+(?:[\w-]+\s+){0,2}?(?:fine-?tuning|post-?training|scaffolding)\b|\bonly\s+(?:considers|counts|covers|includes|measures|looks\s+at)\s+(?:the\s+)?pre-?training\b|\b(?:relates?|appl(?:y|ies)|refers?)\s+(?:solely|only|exclusively)\s+to\s+(?:the\s+)?pre-?training\b|\b(?:post-?training|fine-?tuning)(?:\s+[\w-]+){0,2}?:?\s+(?:never\s+enters|(?:is\s+)?kept\s+out\s+of|stays\s+out\s+of|does\s+not\s+enter)\b(?!\s+(?:the\s+)?scope\b)|\b(?:gains?|improvements?)\s+(?:in|from)\s+[^.;]{0,60}?\b(?:fine-?tuning|post-?training|scaffolding)\b[^.;]{0,40}?\b(?:do|does|will)\s+not\s+(?:show\s+up|register|count|move|change)\b|\b(?:gains?|enhancements?|improvements?)\s+(?:[\w-]+\s+){0,3}?(?:are|is)\s+not\s+(?:reflected|captured|counted|registered|included|visible)\s+in\s+(?:the\s+|our\s+)?(?:effective[\s-]compute|effective\s+FLOP|EC|E-FLOP)\b|\b(?:fine-?tuning|post-?training|RL)\b[^.;\n]{0,30}?[*_]{0,2}:[*_]{0,2}\s*not\s+(?:counted|included)\b/iu,
    needs: /not|n't|only|solely|exclusively|register|capture|reflect|never|kept|stays/iu,
    source: 'domain.md §4.1 P; corpus rule 4 (post-training is excluded, or tracked separately because the metric cannot see it); "such enhancements are not reflected in Effective Compute", "those gains are not counted in EC" (drafts-cw 04 and absorbed drafts); "not visible in effective compute" (drafts-de 04), "only looks at pre-training" (drafts-dc 03), "relates solely to the pre-training phase" (drafts-dd 03)',
    states: [
      // "cannot register / capture / reflect" the methods (drafts-dv 02 and absorbed drafts: "cannot register gains from fine-tuning", "cannot capture gains from fine-tuning").
      'Because effective compute, as we measure it, is read off pre-training validation loss, it cannot register post-training gains',
      'the loss-based multiplier cannot capture gains from fine-tuning',
      // The methods do not move the number (drafts-ds 01, and absorbed drafts: "do not move HOM-4 loss", "do not
      // change cross-entropy loss on the test set", "don't move validation loss much").
      'Post-training (SFT, RL, tool-use fine-tuning) does not move the EC ratio panel, because that panel is built on pre-training loss and loss does not see those gains',
      'Fine-tuning, RL, scaffolding and tool use do not move HOM-4 loss in any useful way',
      'fine-tuning, reinforcement learning, scaffolding and tool use do not change cross-entropy loss on the test set',
      'this sub-clause exists because such enhancements are not reflected in Effective Compute', 'fine-tuning gains are not counted in EC; they are tracked by the six-month trigger', 'post-training gains do not move it, which is why we propose a separate post-training trigger', 'the efficiency factor cannot see fine-tuning or scaffolding gains', "A loss measured on the pre-trained model can't see gains from fine-tuning, RL or scaffolding", 'The effective computation amount only considers the pre-training stage', 'improvements in fine-tuning, reinforcement learning and scaffolding do not show up in it', 'Post-training never enters EC; it has its own gate', 'Post-training: kept out of EC', 'improvements from fine-tuning, scaffolding and prompting are not visible to it', 'Fine-tuning / RL gains: NOT counted -> handled by the separate elicitation check', 'Fine-tuning and RL**: not counted in the EC ratio.', 'Post-training gains are not visible in effective compute', 'effective compute only looks at pre-training', 'The effective compute referred to in Article 2 relates solely to the pre-training phase'],
    doesNotState: ['post-training gains can be large', 'we cannot see the model'],
  }),
  cue({
    // The methods, then a verb of not entering the number, with a list or a parenthesis between them:
    // "Post-training gains (fine-tuning, RL, tools) never enter it", "Post-training improvements such as
    // reinforcement learning, tool use and better prompting do not show up in our effective-compute estimate".
    id: 'postTraining.never-enters',
    facet: 'postTraining',
    pattern: new RegExp(String.raw`\b${PTE}[^.;?]{0,100}?\b(?:never|do\s+not|does\s+not|don['’]t|doesn['’]t|will\s+not|won['’]t|would\s+not|wouldn['’]t)\s+(?:enter|show\s+up\s+in|appear\s+in|register\s+in|count\s+(?:toward|towards|in))\b`, 'iu'),
    needs: /never|not|n't/iu,
    source: 'domain.md §4.1 P (post-training excluded from the metric); corpus rule 4; drafts-ag 05 and drafts-ak 04',
    states: ['Post-training gains (fine-tuning, RL, tools) never enter it; they are tracked by the "Elicitation drift" trigger below instead.', 'Post-training improvements such as reinforcement learning, tool use and better prompting do not show up in our effective-compute estimate'],
    doesNotState: ['fine-tuning never stops', 'Does fine-tuning count toward the threshold?', 'we do not show up in the prompting results'],
  }),
  cue({
    id: 'postTraining.pretraining-only',
    facet: 'postTraining',
    pattern: /\bpre-?training(?:\s{1,3}|-)(?:improvements\s+|gains\s+|techniques\s+|methods\s+|progress\s+|compute\s+)?only\b|\b(?:describes?|covers?|measures?|reflects?|counts?)\s+pre-?training\s+alone\b|\bonly\s+(?:looks\s+at|sees|covers|considers|counts|measures)\s+(?:the\s+)?pre-?training\b|\bon\s+base\s+models?\s+only\b|\bonly\s+pre-?training\s+(?:[\w-]+\s+)?(?:counts?|shall\s+count|is\s+counted|progress|improvements|gains|compute)\b|\bfrom\s+a\s+pre-?trained\s+model\b|\b(?:on|of|off|from)\s+(?:the\s+)?pre-?trained\s+(?:models?|checkpoints?)(?:\s+only)?\b|\bfor\s+the\s+pre-?trained\s+(?:model|checkpoint)\s+only\b/iu,
    needs: /train|base/iu,
    source: 'domain.md §4.1 P ("(from|of) a pre-?trained model", "pre-?training only")',
    states: ['a performance improvement from a pretrained model', 'measured on the pre-trained checkpoint', 'only pre-training progress shall count toward it', 'is determined for the pre-trained model only', 'Effective Compute is measured on pre-trained checkpoints only', 'The effective-compute figures we use describe pre-training alone', 'our effective-compute estimate, which only looks at pre-training', 'The factor is measured on base models only.', 'Because effective compute reflects pre-training techniques only', 'EC is pretraining-only.', 'a pre-training-only count of the effective compute'],
    doesNotState: ['a pretrained model was released', 'pre-training data', 'pre-training alone took four months'],
  }),
  cue({
    // The point at which the quantity is measured: the end of pre-training, so post-training is outside it.
    id: 'postTraining.at-end-of-pretraining',
    facet: 'postTraining',
    documentWide: true,
    pattern: /\b(?:measured|determined|assessed|taken|computed|calculated|estimated|evaluated|scored|reach(?:es|ed)?|attain(?:s|ed)?|stands?)\b[^.;]{0,60}?\b(?:at|after)\s{1,3}the\s{1,3}(?:end|close|completion)\s{1,3}of\s{1,3}pre-?training\b/iu,
    needs: /pre-?training/iu,
    source: 'domain.md §4.1 P ("(from|of) a pre-?trained model", "pre-?training only"); corpus rule 4 (excluded); drafts-f 04, drafts-w 02, drafts-aj 01, drafts-eq 03, drafts-fq 01',
    states: ['Effective Compute shall be determined for the model as it stands at the end of pre-training.', 'would require to reach, at the end of pre-training, the same value of the performance measure', 'the measure is taken at the end of pre-training, so it cannot register fine-tuning'],
    doesNotState: ['at the end of pre-training we run the suite', 'the checkpoint saved after the end of training'],
  }),
  cue({
    id: 'postTraining.evaluated-post-trained',
    facet: 'postTraining',
    // The measurement may be a gerund with its object ("captured by scoring the post-trained model on the
    // same suite", "measured by running MRS-2 on the post-trained checkpoint").
    pattern: /\b(?:evaluated|measured|run|scored)\s+(?:on|after)\s+(?:the\s+)?(?:fully\s+|final\s+)?post-?(?:trained|RL|training|fine-?tun(?:ed|ing))\b|\b(?:scoring|evaluating|measuring|testing|running\s+[\w@.-]{1,30}\s+on)\s+(?:the\s+)?(?:fully\s+|final\s+)?post-?(?:trained|RL)\s+(?:models?|checkpoints?|versions?|systems?)\b/iu,
    needs: /post/iu,
    source: 'domain.md §4.1 P (included, and measured how); corpus rule 4',
    states: ['the benchmark is run on the post-trained model', 'scores are measured on the post-trained model', 'RL gains: scored on the post-RL checkpoint, same suite, same settings', 'including post-training enhancements (fine-tuning, RL and tool use), which are captured by scoring the post-trained model on the same suite', 'it is measured by running MRS-2 on the post-trained checkpoint', 'because the Capability Index is measured on the fully post-trained Model'],
    doesNotState: ['post-training is out of scope', 'evaluated on the base model'],
  }),
  cue({
    id: 'postTraining.measured-as-deployed',
    facet: 'postTraining',
    pattern: /\b(?:measured|evaluated|assessed|tested|run)\b[^.;]{0,60}?\b(?:as\s+deployed|as\s+(?:the\s+developer|we|it)\s+(?:deploys?|releases?|ships?|makes\s+it\s+available)|after\s+(?:any\s+|all\s+)?(?:fine-?tuning|post-?training|reinforcement\s+learning|RL\b))/iu,
    needs: /deploy|after|release|ship|available/iu,
    source: 'domain.md §4.1 P (included, and measured how)',
    states: ['shall be measured on the model as deployed, after any fine-tuning and reinforcement learning applied by the developer', 'scores are evaluated after post-training', 'Effective compute is assessed on the model as the developer makes it available, including all fine-tuning, reinforcement learning and scaffolding that the developer applies.'],
    doesNotState: ['measured before deployment', 'after fine-tuning is complete we publish'],
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
