// Counting scope: which training stages and operations an absolute threshold counts, or for a compute
// cost, how it is priced (domain.md §4.1 C; corpus rules 6 and 7).
import { cue } from '../cue';

export const COUNTING = [
  cue({
    id: 'counting.cumulative-over-stages',
    facet: 'counting',
    // "Cumulative" alone is not enough (EU Art 51(2) read alone leaves stages open); it must say over what.
    pattern: /\bcumulative(?:ly)?\b[^.;]{0,40}?\b(?:across|over\s+all|including|of\s+all)\b/iu,
    needs: /cumulative/iu,
    source: 'domain.md §4.1 C ("cumulative"; EU Art 51(2) alone is non-compliant)',
    states: ['the cumulative compute across all training stages', 'counted cumulatively, including fine-tuning'],
    doesNotState: ['the cumulative amount of computation used for its training', 'cumulative risk'],
  }),
  cue({
    id: 'counting.stages-included',
    facet: 'counting',
    pattern: /(?:\bincl\.|\b(?:includ(?:e|es|ed|ing)|exclud(?:e|es|ed|ing)|count(?:s|ed|ing)?|cover(?:s|ed|ing)?(?![\s"'”*_]{1,4}(?:models?|developers?|entit(?:y|ies)|persons?)\b))\b)(?:[^.;]|\.\d){0,160}?\b(?:pre-?training|post-?training|fine-?tuning|reinforcement\s+learning|RL\b|synthetic[\s-]data|distillation|reward[\s-]models?|inference|material\s+modifications?|original\s+training\s+run|all\s+(?:training\s+)?(?:stages|phases))/iu,
    needs: /incl|exclud|count|cover/iu,
    source: 'domain.md §4.1 C ("(shall )?include(s)? … the original training run", "subsequent fine-tuning"); SB 53; EU Guidelines A.1',
    states: ['shall include computing for the original training run and any subsequent fine-tuning', 'including compute used for synthetic data generation', 'All forward and backward operations of the run, incl. synthetic-data generation and any SFT/RL stage'],
    doesNotState: ['integer or floating-point operations', 'including models trained by others', '“Covered model” means a model created by fine-tuning'],
  }),
  cue({
    // "We add up the operations used for pre-training, for generating synthetic data used in training, and
    // for every fine-tuning and reinforcement-learning stage": summing over the stages names them.
    id: 'counting.summed-stages',
    facet: 'counting',
    pattern: /\b(?:add(?:s|ed|ing)?\s+up|sum(?:s|med|ming)?(?:\s+up)?|totals?|totalled|totaled)\b[^.;?]{0,100}?\b(?:pre-?training|fine-?tuning|reinforcement\s+learning|synthetic[\s-]data)\b/iu,
    needs: /add|sum|total/iu,
    source: 'domain.md §4.1 C (which training stages count); corpus rule 6; drafts-bf 03 and drafts-q 05 ("summed over")',
    states: ['We add up the operations used for pre-training, for generating synthetic data used in training, and for every fine-tuning and reinforcement-learning stage.', 'the total of pre-training and all of our own post-training, including fine-tuning'],
    doesNotState: ['we add up the scores on the suite', 'the total compute is reported annually'],
  }),
  cue({
    // The stages first, then the verb: "all operations of pre-training and of any subsequent fine-tuning or
    // reinforcement learning applied to the same model are counted", "…, and the operations for generating
    // synthetic data, are all summed" (the passive order of legal and policy drafting).
    id: 'counting.stages-then-counted',
    facet: 'counting',
    pattern: /\b(?:pre-?training|fine-?tuning|reinforcement\s+learning|synthetic[\s-]data)\b[^.;?]{0,160}?\b(?:are|is|shall\s+be|will\s+be)\s+(?:all\s+|also\s+)?(?:counted|included|summed|added)\b(?!\s+(?:in|into|toward|towards)\s+(?:the\s+)?effective)/iu,
    needs: /counted|included|summed|added/iu,
    source: 'domain.md §4.1 C (which training stages count); corpus rule 6; drafts-ac 05 and drafts-an 01',
    states: ['For this purpose, all operations of pre-training and of any subsequent fine-tuning or reinforcement learning applied to the same model are counted.', 'the operations of pre-training, fine-tuning and reinforcement learning, and the operations for generating synthetic data, are all summed'],
    doesNotState: ['fine-tuning is discussed in Annex B', 'Does fine-tuning count?', 'fine-tuning gains are included in effective compute'],
  }),
  cue({
    // "Physical training compute (pre-training only)": naming the one stage that counts states the scope
    // as fully as listing the ones that do (corpus rule 6).
    id: 'counting.one-stage-only',
    facet: 'counting',
    pattern: /\b(?:pre-?training|the\s+(?:final|main)\s+training\s+run)\s+(?:compute\s+|runs?\s+|stage\s+|phase\s+)?only\b|\bonly\s+(?:the\s+)?pre-?training\s+(?:compute|runs?|stage|phase)\b/iu,
    needs: /only/iu,
    source: 'domain.md §4.1 C (which stages count); corpus rule 6; threshold tables and glossaries of several drafts ("(pre-training only)", absorbed sets and drafts-u 05)',
    states: ['Physical training compute (pre-training only)', 'counting only the pre-training run', 'pre-training compute only'],
    doesNotState: ['training compute', 'only the largest model'],
  }),
  cue({
    // The threshold's quantity names its stage: "pre-training compute exceeds 3 × 10^25 FLOP", "more than
    // 10^25 floating-point operations of pre-training compute" (corpus rule 6: which stages count).
    id: 'counting.stage-named-quantity',
    facet: 'counting',
    pattern: /\bpre-?training\s+compute\s+(?:(?:is\s+)?(?:expected|projected|planned)\s+to\s+)?(?:exceeds?|exceeding|passes|of\s+more\s+than|above|greater\s+than|over|in\s+excess\s+of)\b|\b(?:FLOPs?|operations)\s+of\s+pre-?training\s+compute\b/iu,
    needs: /pre-?training/iu,
    source: 'corpus rule 6 (which training stages count); drafts-cy 02 ("pre-training compute exceeds 3 × 10^25 FLOP"), drafts-bp 04 ("10^25 floating-point operations of pre-training compute")',
    states: ['any run whose pre-training compute exceeds 3 × 10^25 FLOP', 'more than 10^25 floating-point operations of pre-training compute'],
    doesNotState: ['training compute exceeds 10^26 FLOP', 'pre-training compute is reported annually'],
  }),
  cue({
    // A definition of the counted quantity by the stage whose operations it is: '"training compute" means the
    // floating-point operations performed during pre-training' (drafts-es 02), 'Training compute means the
    // operations performed in pretraining, in generating synthetic data …' (absorbed drafts), "is the
    // number of operations used in pre-training, fine-tuning and reinforcement learning".
    id: 'counting.defined-by-stage',
    facet: 'counting',
    pattern: /\b(?:means|is|are)\s{1,3}(?:the\s{1,3}|all\s{1,3})?(?:(?:total|cumulative)\s{1,3})?(?:number\s{1,3}of\s{1,3})?(?:(?:integer|floating[\s-]point)\s{1,3}(?:or\s{1,3}(?:integer|floating[\s-]point)\s{1,3})?)?(?:operations|FLOPs?|compute|computation)\s{1,3}(?:performed|used|spent|expended|carried\s{1,3}out)\s{1,3}(?:during|in|for)\s{1,3}(?:the\s{1,3})?(?:pre-?training|fine-?tuning|reinforcement\s{1,3}learning|post-?training|(?:all\s{1,3})?training\s{1,3}stages)\b/iu,
    needs: /perform|used|spent|expended|carried/iu,
    source: 'corpus rule 6 (which training stages count); drafts-es 02 and absorbed drafts ("operations performed in pretraining, in generating synthetic data …")',
    states: ['"training compute" means the floating-point operations performed during pre-training', 'Training compute is the number of operations used in pre-training, fine-tuning and reinforcement learning'],
    doesNotState: ['compute used in post-training is hard to measure', 'training compute means the compute of the model'],
  }),
  cue({
    // The stages listed after a colon, as what produces the weights: '"Release compute" means all operations
    // used to produce the released weights: pre-training, mid-training, supervised fine-tuning, …' (drafts-fi
    // 03), "operations spent producing a model's weights: pre-training, mid-training, …", "compute that
    // contributes to the final weights counts: pre-training, training on synthetic data …" (absorbed drafts).
    id: 'counting.stages-producing-weights',
    facet: 'counting',
    pattern: /\b(?:operations|FLOPs?|compute)\b[^.;:\n]{0,60}?\b(?:weights|model)\b(?:[ \t]{1,3}counts?)?[ \t]{0,3}:[ \t]{1,3}(?:all[ \t]{1,3})?(?:[\w-]{1,30}[ \t]{1,3}){0,2}?(?:pre-?training|mid-?training|fine-?tuning|post-?training|reinforcement[ \t]+learning|synthetic[\s-]data)\b/iu,
    needs: /weights|model/iu,
    source: 'corpus rule 6 (which training stages count); drafts-fi 03 and absorbed drafts of two other authors',
    states: ['"Release compute" means all operations used to produce the released weights: pre-training, mid-training, supervised fine-tuning', "operations spent producing a model's weights: pre-training, mid-training, supervised fine-tuning", 'compute that contributes to the final weights counts: pre-training, training on synthetic data'],
    doesNotState: ['compute used by the model: see Annex B', 'the model: pre-training is planned for Q3 and is not a threshold'],
  }),
  cue({
    // Every stage counts, said of the stages rather than listing them: "every stage that trains the model
    // counts", "all training stages count" (corpus rule 6).
    id: 'counting.every-stage-counts',
    facet: 'counting',
    pattern: /\b(?:every|each|all)\s+(?:training\s+)?(?:stages?|phases?)\b[^.;]{0,60}?\bcounts?\b/iu,
    needs: /stage|phase/iu,
    source: 'corpus rule 6 (which training stages count); an explanatory memorandum (drafts-aj 02) and a scaling policy (absorbed drafts)',
    states: ['every stage that trains the model counts', 'all training stages count'],
    doesNotState: ['every stage of the review', 'each phase of the evaluation is logged'],
  }),
  cue({
    id: 'counting.precision',
    facet: 'counting',
    pattern: /\bregardless\s+of\s+(?:numerical\s+|floating[\s-]point\s+)?precision\b|\bat\s+any\s+precision\b|\bindependently\s+of\s+(?:floating[\s-]point\s+|numerical\s+)?precision\b|\b(?:at|in)\s+(?:FP|BF|INT)\d{1,2}\b|\b(?:at|in|using)\s+\d{1,2}-bit(?:\s+(?:precision|arithmetic))?\b|\b(?:FP(?:8|16|32|64)|BF16|INT(?:4|8))\b/iu,
    needs: /precision|fp|bf|int/iu,
    source: 'domain.md §4.1 C ("regardless of (numerical )?precision"); EU Guidelines: "independently of floating-point precision"; corpus rule 7',
    states: ['all operations should be counted equally, independently of floating-point precision', 'counted regardless of numerical precision', 'measured at 8-bit precision for dense operations'],
    doesNotState: ['integer or floating-point operations', 'theoretical maximum computing capacity'],
  }),
  cue({
    id: 'counting.summed-over',
    facet: 'counting',
    pattern: /\b(?:summed|aggregated|added\s+up)\s+(?:cumulatively\s+)?(?:over|across)\b/iu,
    needs: /summed|aggregated|added/iu,
    source: 'domain.md §4.1 C (cumulative vs per-run)',
    states: ['compute summed over all training runs of the model', 'aggregated across pre-training and fine-tuning'],
    doesNotState: ['summed up, the policy', 'aggregated data'],
  }),
  cue({
    id: 'counting.estimation-method',
    facet: 'counting',
    pattern: /\b(?:hardware|architecture)-based\s+(?:method|approach|estimate)/iu,
    needs: /based/iu,
    source: 'domain.md §4.1 C ("(hardware|architecture)-based (approach|estimate)"; EU Guidelines Annex A.2)',
    states: ['using the hardware-based approach', 'an architecture-based estimate'],
    doesNotState: ['evidence-based methods', 'risk-based approach'],
  }),
  cue({
    id: 'counting.six-n-d',
    facet: 'counting',
    pattern: /\b6\s?[·*×]?\s?N\s?[·*×]?\s?D\b/u,
    needs: /N/iu,
    source: 'domain.md §4.1 C ("6·N·D"; Kaplan et al. 2020)',
    states: ['estimated as 6ND', 'C = 6 × N × D'],
    doesNotState: ['6 New Deals', 'N and D'],
  }),
];

/** For a compute-cost threshold, the counting facet is how the cost is priced (corpus rule 6). */
export const COST_COUNTING = [
  cue({
    id: 'counting.cost-priced-using',
    facet: 'counting',
    variants: ['cost'],
    pattern: /\b(?:calculated|computed|assessed|determined|measured|priced|valued|estimated|multiplied)\s+(?:using|at|by|based\s+on|on\s+the\s+basis\s+of|according\s+to|with)\b[^.;]{0,120}?(?:\bprices?\b|[\w-]*(?:cloud|hardware|compute|GPU|accelerator|hourly|rental|market|list|contracted|blended|on-demand)\s+rates?\b)/iu,
    needs: /price|rate/iu,
    source: 'corpus rule 6 (for cost thresholds, whether the costing method is specified); SB 1047: "calculated using the average market prices of cloud compute"',
    states: ['when calculated using the average market prices of cloud compute at the start of training', 'valued based on list prices', "such cost to be calculated at the Company's weighted-average contracted cloud and owned-hardware rates on the date the run begins", 'that cost being calculated on the basis of the average market rental price of cloud computing capacity'],
    doesNotState: ['the compute cost of which exceeds one hundred million dollars', 'prices rose', 'calculated at a rate of growth of 4x per year'],
  }),
  cue({
    // The price list named without a verb: "exceeds US$75,000,000 at the Glimmerstack list prices in effect on
    // the run's start date", "at the published on-demand rental rate for the same accelerator".
    id: 'counting.cost-at-price-list',
    facet: 'counting',
    variants: ['cost'],
    pattern: /\bat\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:list|on-demand|market|published|contracted|blended|rental)\s+(?:prices?|rates?)\b/iu,
    needs: /price|rate/iu,
    source: 'corpus rule 6 (for cost thresholds, whether the costing method is specified); drafts-cp 03 (a cloud provider\'s terms) and drafts-cs 03 (an insurer\'s guideline)',
    states: ["compute cost exceeds US$75,000,000 at the Glimmerstack list prices in effect on the run's start date", 'for owned hardware, at the published on-demand rental rate for the same accelerator'],
    doesNotState: ['compute cost exceeds US$75,000,000', 'at a rate of 4x per year', 'at the price of one'],
  }),
  cue({
    id: 'counting.cost-market-price',
    facet: 'counting',
    variants: ['cost'],
    pattern: /\bmarket\s+prices?\s+of\s+(?:cloud\s+)?compute\b/iu,
    needs: /market/iu,
    source: 'corpus rule 6',
    states: ['the average market price of cloud compute', 'at market prices of compute'],
    doesNotState: ['market conditions', 'the price of compute'],
  }),
  cue({
    id: 'counting.cost-priced-at',
    facet: 'counting',
    variants: ['cost'],
    // Also the active voice: "We price runs at our standard blended rate", "we cost each run at list price".
    pattern: /\bpriced\s+at\b|\bcosted\s+at\b|\b(?:price|prices|cost|costs)\s+(?:each\s+|every\s+|all\s+|the\s+)?(?:runs?|training\s+runs?|compute|jobs?)\s+at\s+(?:our\s+|the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:rates?|prices?)\b/iu,
    needs: /priced|costed|price|cost/iu,
    source: 'corpus rule 6; drafts-aj 04 ("We price runs at our standard blended rate")',
    states: ['priced at the provider list rate', 'costed at market rates', 'We price runs at our standard blended rate (currently $2.40 per H100-equivalent hour)', 'we cost each training run at the on-demand list price'],
    doesNotState: ['a priceless asset', 'costs at least', 'runs cost at least $5 million'],
  }),
  cue({
    // The quantity followed by the stages it sums, in brackets: "any run whose cumulative compute
    // (pre-training, synthetic-data generation and all post-training) exceeds 10^26 FLOP" (drafts-dj 02),
    // "5 × 10^25 FLOP (pre-training + RL)", "training compute (all stages: pre-training, synthetic data
    // generation, fine-tuning and RL, cumulative)", "(pre-training only)" (absorbed drafts of five authors).
    id: 'counting.stages-in-brackets',
    facet: 'counting',
    pattern: /\b(?:compute|FLOPs?|operations)\s{0,2}\(\s{0,2}(?:all\s+stages\s*:\s*)?(?:[\w-]+\s+){0,2}?(?:pre-?training|fine-?tuning|post-?training|RL|reinforcement\s+learning|synthetic[\s-]data)\b[^()\n]{0,160}\)/iu,
    needs: /\(/iu,
    source: 'corpus rule 6 (the counting scope names the stages that count); domain.md §4.2 C',
    states: [
      'Training Operations must treat any run whose cumulative compute (pre-training, synthetic-data generation and all post-training) exceeds 10^26 FLOP as requiring a full assessment',
      'any run above 5 × 10^25 FLOP (pre-training + RL)',
      'training compute (all stages: pre-training, synthetic data generation, fine-tuning and RL, cumulative)',
      'more than 10^25 FLOP of compute (pre-training only)',
    ],
    doesNotState: ['more than 10^26 FLOP (see Section 4)', 'compute (as defined below) above 10^26', 'the compute (in FLOP) used to train it'],
  }),
];
