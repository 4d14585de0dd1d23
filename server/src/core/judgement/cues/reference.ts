// Reference point: what a relative threshold, a rate-of-progress multiple or a capability jump counts
// from (domain.md §4.1 R; corpus rules 5, 12, 13).
import { cue, PLACEHOLDER } from '../cue';

/** Words that compare with something: "than", "over", "relative to", "that of", "the compute of". */
const COMPARED = String.raw`(?:than|over|relative\s+to|compared\s+(?:to|with)|against|since|from|beyond|vs\.?|versus|(?:that|compute|computation|EC|capabilit(?:y|ies)|performance)\s+of)`;
/** What makes a model the comparison point: where it stands in the process (evaluated, notified, last). */
const IDENTIFYING = String.raw`(?:last|latest|previous|prior|preceding|original|parent|notified|evaluated|assessed|tested|approved|certified|deployed|released|reviewed|registered|reported|gated|scheduled|fully[\s-]evaluated|signed(?:\s+off)?|cleared|shipped)`;
/** A word inside the noun phrase (not a preposition or a determiner that would start another one). */
const NP_WORD = String.raw`(?!(?:of|a|an|the|in|on|to|for|with|by|and|or|any|all|each|every|than))[\w-]+`;
const MODEL_HEAD = String.raw`(?:models?|version|system|checkpoint|release|one|flagship|run)`;

export const REFERENCE = [
  cue({
    // Corpus rule 12: a capability jump states its comparison point when it names one, "even a weak one
    // ('previous models')". Any model the comparative is set against counts here, identified or not:
    // "relative to the model before the change", "than a model already assessed under this section", "than
    // the models disclosed in the proposal form". A comparative with nothing after it, or with a quantity
    // ("than expected", "than before"), names none.
    id: 'reference.capability-compared-with-model',
    facet: 'reference',
    variants: ['capability'],
    pattern: /\b(?:than|relative\s+to|compared\s+(?:to|with)|over|against)\s+(?:the|a|an|any|its|our|their|that|those|earlier|previous|prior|existing|current)\s+(?:[\w'’-]+\s+){0,3}?(?:models?|versions?|systems?|checkpoints?|releases?|generations?|ones?|flagships?|predecessors?)\b/iu,
    needs: /model|version|system|checkpoint|release|generation|\bones?\b|flagship|predecessor/iu,
    source: 'corpus rule 12 (a capability jump\'s comparison point, "even a weak one")',
    states: ['a material increase in capabilities relative to the model before the change', 'not materially more capable than a model already assessed under this section', 'significantly more capable than the models disclosed in the proposal form', 'notably stronger than its predecessors on internal dashboards', 'a model notably stronger than its predecessor'],
    doesNotState: ['more capable than expected', 'significantly more capable in any domain', 'more capable than before'],
  }),
  cue({
    id: 'reference.than-any-models',
    facet: 'reference',
    pattern: /\b(?:than|from|over)\s+(?:\(\w+\)\s+)?(?:all|any|every)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}?models?\b/iu,
    needs: /models?\b/iu,
    source: 'domain.md §4.1 R ("than any (previous|prior) model"; RSP v3: "than any of the models covered in the most recent Risk Report")',
    states: ['significantly more capable than any of the models covered in the most recent Risk Report', 'more capable than all existing models'],
    doesNotState: ['any models we train', 'than expected'],
  }),
  cue({
    id: 'reference.away-from-threshold',
    facet: 'reference',
    pattern: /\b(?:away\s+from|of|below|short\s+of)\s+(?:the\s+|a\s+|any\s+|each\s+|every\s+|the\s+corresponding\s+)?(?:[\w-]+\s+){0,2}?(?:CCLs?|thresholds?\s+of\s+concern|capability\s+(?:levels?|thresholds?)|critical\s+capability\s+levels?)\b|\b(?:beyond|past|above)\s+the\s+trigger\s+point\b|\b(?:below|short\s+of)\s+(?:the\s+)?(?:point|level)\s+(?:at\s+which|where)\b[^.;]{0,80}?\b(?:thresholds?|capability\s+levels?|CCLs?)\b/iu,
    needs: /CCL|threshold|level|trigger/iu,
    source: 'corpus rule 5 ("the threshold of concern"); FSF v1: "6x in effective compute … away from the CCL"',
    states: ['a further 2x of Effective Training Compute beyond the trigger point', '6x in effective compute or 3 months of fine-tuning away from the CCL', 'before a model is within 3x in effective compute of a CCL', 'a 6x safety buffer in effective compute below each capability threshold', "at least 2x in effective compute below the point at which we'd expect it to reach a dangerous capability threshold"],
    doesNotState: ['away from the office', 'far away'],
  }),
  cue({
    id: 'reference.last-evaluated-model',
    facet: 'reference',
    pattern: /\b(?:last|latest|most\s+recent|previous|prior|preceding|original|parent|base|current)\s+(?:[\w-]+\s+){0,3}?(?:models?|checkpoints?|ckpts?|versions?|systems?|evaluations?|assessments?|releases?|training\s+runs?|reviews?|audits?|sign-?offs?)\b|\b(?:models?|checkpoints?|versions?|systems?)\s+(?:of\s+the\s+model\s+)?most\s+recently\s+(?:so\s+)?(?:evaluated|assessed|tested|reviewed|subjected\s+to|released|deployed)\b/iu,
    needs: /last|latest|recent|previous|prior|preceding|original|parent|base|current/iu,
    source: 'domain.md §4.1 R ("since the (last|most recent|previous) (comprehensive )?(assessment|evaluation)", "of the original model")',
    // The participle may follow the noun, as statutes and agreements write it: "over the Covered Model most
    // recently so evaluated" (drafts-dg 03), "relative to the version of the model most recently subjected to
    // a safety assessment" (drafts-n 41).
    states: ['than the last model that underwent a comprehensive assessment', 'a third of the training compute of the original model', '>2x effective compute since the last full review', 'over the Covered Model most recently so evaluated', 'relative to the version of the model most recently subjected to a safety assessment', 'Full frontier eval suite run at every 4x EC over last assessed ckpt', 'the EC ratio vs the last evaluated ckpt'],
    doesNotState: ['the last word', 'previous work', 'the review was last updated'],
  }),
  cue({
    // The event a count starts from, named after "since": "since the last FRR", "since the most recent FCA",
    // "since that evaluation", "since the Anchor Model's assessment", "since the last renewal".
    id: 'reference.since-the-last-event',
    facet: 'reference',
    pattern: /\bsince\s+(?:the\s+|that\s+|its\s+|our\s+|(?:the\s+)?\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*){0,2}['’]s\s+)(?:(?:last|latest|most\s+recent|previous|prior)\s+)?(?:[\w-]+\s+){0,2}?(?:evaluations?|assessments?|reviews?|reports?|audits?|renewals?|releases?|deployments?|notifications?|sign-?offs?|\p{Lu}{2,5}s?\b)(?![\w-])|\bsince\s+(?:the|its|our)\s+(?:last|latest|most\s+recent|previous|prior)\s+(?:[\w-]+\s+)?(?:[Ss]creens?|[Cc]hecks?|[Cc]heckpoints?|[Gg]ates?)(?![\w-])/u,
    needs: /since/iu,
    source: 'domain.md §4.1 R ("since the (last|most recent|previous) (comprehensive )?(assessment|evaluation)"); corpus rule 5',
    states: ['four months\' worth of post-training progress has accumulated since the last FRR', 'three months of post-training progress have accumulated since the most recent FCA', 'at every 2x increase in effective compute since that evaluation', "six months of post-training improvements have accumulated since the Anchor Model's assessment", 'a step change in capabilities since the last renewal', 'whenever effective compute has doubled since the previous screen', 'every 2x increase in effective compute since the previous checkpoint', 'since the most recent Gate'],
    doesNotState: ['since 2023', 'since then, compute has grown', 'since the policy was adopted', 'since the Board asked for it', 'since the checkpoint was saved'],
  }),
  cue({
    // A share names what it is a share of: "more than 30% of that model's training compute", "exceeds 10% of
    // its pre-training compute", "10% of the compute used to pre-train it", "a third of the notified model's
    // training compute" (corpus rule 5: "the original model").
    id: 'reference.share-of-a-model',
    facet: 'reference',
    pattern: /(?:%|\bper\s?cent|\bpercent|[⅓⅔¼½¾⅕⅒]|\b(?:half|third|quarter|fifth|tenth))\s+of\s+(?:the|that|this|its|their|base|original|parent)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:model|run|checkpoint|version|release)(?:['’]s\b|\b)|(?:pre-?)?training\s+compute\b|(?:compute|computing\s+power)\s+used\s+to\s+(?:pre-?)?train\b)/iu,
    needs: /%|cent|[⅓⅔¼½¾⅕⅒]|half|third|quarter|fifth|tenth/iu,
    source: 'corpus rule 5 ("the original model"); domain.md §4.1 R; drafts-ah 05, drafts-aj 05, drafts-al 01, drafts-cd 01 (a modification\'s share of the model it modifies)',
    states: ["used more than 30% of that model's training compute", 'exceeds 10% of its pre-training compute', 'exceeds 10% of the compute used to pre-train it', "more than 10% of the notified model's training compute", 'more than 10 percent of the computing power used to train the model being modified', "fine-tune adds ≥ 25% of base run's FLOP"],
    doesNotState: ['20% of the budget', 'a third of the runs we plan', '10% of all compute in the sector'],
  }),
  cue({
    // A comparison point named by its code name: "every 4x increase in effective compute over ML-7", "at 2x
    // effective compute over Tamarisk-2" (corpus rule 5: a stated comparison point).
    id: 'reference.code-named-model',
    facet: 'reference',
    pattern: /\b(?:over|than|relative\s+to|compared\s+(?:to|with)|against|from|vs\.?|versus|(?<=\d\s?(?:x|×)\s+)the\s+(?:effective\s+)?(?:compute|computation|EC|FLOP)\s+of)\s+(?!(?:Q[1-4]|H[12]|FY\d{2,4})\b)(?:\p{Lu}[\p{L}]*-)?\p{Lu}[\p{L}]*-?\d[\p{L}\d.-]*(?![\w-])(?!\s+(?:FLOP|operations|recipe|suite|set|benchmark))/u,
    needs: /over|than|relative|compared|against|from|vs|versus|comput|EC|FLOP/iu,
    source: 'corpus rule 5 (the comparison point is stated); drafts-cy 02 ("over ML-7"), drafts-bq 03 ("over Tamarisk-2"); "2x the effective compute of Corbel-5" (drafts-dt 04), "2.4x the effective compute of Lumen-2" (absorbed drafts)',
    states: ['every 4x increase in effective compute over ML-7', 'Before any checkpoint passes 2x the effective compute of Corbel-5, the eval suite has run on it', 'a model at 2.4x the effective compute of Lumen-2', 'run the full suite on any model at 2x effective compute over Tamarisk-2'],
    doesNotState: ['over 10^26 FLOP', 'relative to the HSB-12 suite', 'over Q4', 'the effective compute of Corbel-5 is 2x that of its predecessor'],
  }),
  cue({
    id: 'reference.model-most-recently-assessed',
    facet: 'reference',
    pattern: /\b(?:models?|versions?|checkpoints?|systems?)\s+(?:that\s+(?:was|were|has\s+been)\s+|(?:the\s+)?(?:developer|lab|we)\s+(?:has|have)\s+)?(?:most\s+recently|last|previously)\s+(?:assessed|evaluated|tested|deployed|released|notified|reported|certified)\b|\b(?:most\s+recently|previously|last)\s+(?:[\w-]+\s+){0,2}?(?:assessed|evaluated|tested|deployed|released|notified)\s+(?:models?|versions?|checkpoints?|systems?)\b/iu,
    needs: /recently|last|previously/iu,
    source: 'domain.md §4.1 R (the last model that completed a full evaluation, the last deployed model)',
    states: ['than the version most recently assessed under this section', 'over any model the developer has previously deployed', 'over the most recently evaluated model', 'relative to the version last notified'],
    doesNotState: ['models deployed last year', 'the version assessed'],
  }),
  cue({
    // The document's own name for the comparison model, defined by what picks it out: "**Benchmark Model**
    // means, for each Member, the most capable model that the Member has deployed externally" (drafts-el
    // 02), "The Reference Model is the applicant's most capable model at the inception of the policy"
    // (drafts-el 03), "The **reference model** is the most recent Dunlin model that completed a full capability
    // assessment" (drafts-eq 01). A mention that compares with the term reads its definition (the
    // defined-term scope). The head is capitalised, or names the comparison ("reference", "comparison",
    // "anchor model"): a defined term, not "the new model is the largest we have trained".
    id: 'reference.defined-comparison-model',
    facet: 'reference',
    pattern: /(?:\b\p{Lu}[\w-]{0,30}\s(?:Model|Version|Checkpoint|System|Release)|\b(?:[Rr]eference|[Cc]omparison|[Aa]nchor)\s(?:model|checkpoint|version))\b["”*_]{0,4}\s{1,3}(?:means|is|shall\s{1,3}mean|refers\s{1,3}to)(?:,\s{1,3}for\s{1,3}each\s{1,3}[\w-]{1,30},)?\s{1,3}(?:the|its|our|their|the\s{1,3}[\w-]{1,30}['’]s|[\w-]{1,30}['’]s)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,2}?(?:most\s{1,3}capable|largest|latest|most\s{1,3}recent(?:ly\s{1,3}\w{1,20}ed)?|current|best|previous|prior|last)\b/u,
    needs: /capable|largest|latest|recent|current|best|previous|prior|last/iu,
    source: 'corpus rule 5 (the comparison point is stated when it is identified); issue 10 cause 5 (definition chains); drafts-el 02 and 03',
    states: ['Benchmark Model means, for each Member, the most capable model that the Member has deployed externally', "The Reference Model is the applicant's most capable model at the inception of the policy", 'The reference model is the most recent Dunlin model that completed a full capability assessment'],
    doesNotState: ['the new model is the largest model we have trained', 'Covered Model means any model trained by the Grantee', 'The Reference Model is chosen by the applicant'],
  }),
  cue({
    id: 'reference.superlative-model',
    facet: 'reference',
    pattern: /\b(?:than|of|over|from|vs\.?|versus|compared\s+(?:with|to))\s+(?:our|the|its|any|the\s+[\w-]+['’]s)\s+(?:most\s+capable|largest|latest|most\s+recent|current|best|previous|prior|flagship|previous\s+generation)\b(?:[^.;]{0,30}?\b(?:models?|flagship|release|version|system))\b/iu,
    needs: /capable|largest|latest|recent|current|best|previous|prior|flagship|generation/iu,
    source: 'domain.md §4.1 R ("the last deployed model", "a named model")',
    states: ['noticeably more capable than our previous flagship', 'substantially more capable than our most capable deployed model', 'more than 10x the effective compute of our most capable deployed model', 'compared with the previous generation model', "four times that of the signatory's most capable deployed model"],
    doesNotState: ['our most capable researchers', 'the current model card'],
  }),
  cue({
    id: 'reference.than-what-was-deployed',
    facet: 'reference',
    pattern: /\b(?:than|from|over|beyond)\s+(?:anything|whatever|what|any\s+(?:model|system|version)|all\s+(?:models|systems)|the\s+(?:models?|systems?|versions?))\s+(?:that\s+)?(?:(?:we|it|they|the\s+developer|the\s+company)(?:\s+(?:have|has|had)|['’]ve)\s+(?:previously\s+|already\s+|ever\s+)?(?:deployed|released|shipped|made\s+available)|is\s+(?:already|currently)\s+(?:available|deployed|on\s+the\s+market))\b/iu,
    needs: /deployed|released|shipped|available|market/iu,
    source: 'corpus rule 12 (a comparison point, even a weak one: "previous models"); domain.md §4.1 R (the last deployed model)',
    states: ['meaningfully more capable than anything we have deployed', 'a significant step up from what is already available', 'over any model the developer has previously deployed', 'notably more capable than the models we have deployed', "meaningfully more capable than what we've released before"],
    doesNotState: ['more capable than anything', 'than what we expected'],
  }),
  cue({
    id: 'reference.last-one-we-released',
    facet: 'reference',
    pattern: /\b(?:the\s+)?(?:last|latest|most\s+recent|previous)\s+one\s+(?:that\s+)?(?:we|it|they)\s+(?:have\s+|had\s+)?(?:released|deployed|shipped|launched|evaluated|assessed|tested|cleared)\b|\bpreviously\s+(?:released|deployed|shipped|launched)\s+(?:models?|versions?)\b/iu,
    needs: /one|previously/iu,
    source: 'domain.md §4.1 R (the last deployed model; a comparison point, even a weak one: corpus rule 12)',
    states: ['counted from the last one we released', 'relative to the previously released model', 'over the most recent one we cleared'],
    doesNotState: ['the last one of these', 'one we released'],
  }),
  cue({
    id: 'reference.the-model-we-evaluated',
    facet: 'reference',
    pattern: /\b(?:beyond|over|than|since|from|relative\s+to|compared\s+(?:to|with))\s+the\s+(?:checkpoint|model|version|system)\s+(?:that\s+)?(?:we|it|the\s+developer)\s+(?:last\s+|most\s+recently\s+)?(?:evaluated|assessed|tested|cleared|reviewed)\b/iu,
    needs: /evaluated|assessed|tested|cleared|reviewed/iu,
    source: 'domain.md §4.1 R (the last model that completed a full evaluation); the definite article and the relative clause name one model',
    states: ['more than 1.5x effective compute beyond the checkpoint we evaluated', 'relative to the model we last cleared'],
    doesNotState: ['beyond the checkpoint', 'a model we evaluated'],
  }),
  cue({
    id: 'reference.previously-assessed',
    facet: 'reference',
    pattern: /\bpreviously\s+(?:determined|evaluated|assessed|tested|deployed)\b/iu,
    needs: /previously/iu,
    source: 'domain.md §4.1 R (OpenAI PF v2 fn6: the parent model "previously determined" below High)',
    states: ['the parent model previously determined to be below High', 'relative to the model previously evaluated'],
    doesNotState: ['previously we said', 'previously published'],
  }),
  cue({
    id: 'reference.at-baseline',
    facet: 'reference',
    pattern: /\bat\s+baseline\b|\bbaseline\s+(?:rate|progress|pace)\b/iu,
    needs: /baseline/iu,
    source: 'corpus rule 13 (a stated comparison period or rate)',
    states: ['three times the baseline rate of progress', 'compared with progress at baseline'],
    doesNotState: ['the baseline model', 'a baseline'],
  }),
  cue({
    id: 'reference.from-a-model-that',
    facet: 'reference',
    pattern: /\bfrom\s+a\s+model\s+(?:that|which)\b/iu,
    needs: /model/iu,
    source: 'domain.md §4.1 R',
    states: ['every 4x from a model that completed a comprehensive evaluation', 'counted from a model which passed its last assessment'],
    doesNotState: ['from a model perspective', 'a model that'],
  }),
  cue({
    id: 'reference.capability-frontier',
    facet: 'reference',
    pattern: /\b(?:capability|capabilities)\s+frontier\b|\bstate[\s-]of[\s-]the[\s-]art\s+models?\b|\b(?:on|over|beyond|than|above|relative\s+to)\s+the\s+state[\s-]of[\s-]the[\s-]art\b(?!\s+(?:in|of|for)\b)/iu,
    needs: /frontier|state/iu,
    source: 'corpus rule 12 (a comparison point, even a weak one); OpenAI PF v2: "a substantial increase in the capability frontier"',
    states: ['a substantial increase in the capability frontier', 'beyond state-of-the-art models', 'a significant advance on the state of the art'],
    doesNotState: ['frontier models', 'the state of the art in safety'],
  }),
  cue({
    id: 'reference.progress-in-year',
    facet: 'reference',
    pattern: /\b(?:progress|rate|pace)\s+(?:in|during|of|from|over)\s+(?:the\s+)?(?:period\s+(?:of\s+)?)?(?:(?:early|late|mid)\s+)?(?:19|20)\d{2}\b/iu,
    needs: /progress|rate|pace/iu,
    source: 'corpus rule 13 (the comparison period of a rate-of-progress multiple)',
    states: ['equivalent progress in 2024', 'the average rate of progress during the period of early 2018 to early 2024'],
    doesNotState: ['historical rates', 'progress in AI'],
  }),
  cue({
    id: 'reference.named-model',
    facet: 'reference',
    pattern: /\b(?:relative\s+to|compared\s+(?:to|with)|than)\s+(?:both\s+|either\s+)?(?:GPT|Claude|Gemini|Llama|o\d)[\w.-]*/u,
    needs: /relative|compared|than/iu,
    source: 'domain.md §4.1 R ("a named model")',
    states: ['relative to both Claude Sonnet 4 and Claude Opus 4.1', 'more capable than GPT-4'],
    doesNotState: ['relative to our models', 'than ours'],
  }),
  cue({
    id: 'reference.dated-period-rate',
    facet: 'reference',
    pattern: /\b(?:19|20)\d{2}\s?[-–]\s?(?:19|20)?\d{2}\s+(?:rates?|average|period|pace|trend|(?:AI\s+)?progress)\b|\b(?:rates?|average|pace|trend)\s+(?:from|between|during|over)\s+(?:\w+\s+)?(?:19|20)\d{2}\b/iu,
    needs: /\d\d/iu,
    source: 'corpus rule 13; GDM FSF v2: "from 2020-2024 rates"; RSP v3: "two years of 2018 – 2024 AI progress"',
    states: ['AI progress substantially accelerating (e.g. 2x) from 2020-2024 rates', 'compress two years of 2018 - 2024 AI progress into a single year'],
    doesNotState: ['from historical rates', 'the 2024 report'],
  }),
  cue({
    id: 'reference.dated-pace',
    facet: 'reference',
    pattern: /\b(?:over|than|relative\s+to|compared\s+(?:to|with)|from|at)\s+(?:our\s+|the\s+|its\s+|(?:the\s+)?\p{Lu}[\w-]{0,30}['’]s\s+)?(?:(?:average\s+)?(?:rate|pace)\s+(?:of|over|in|during)\s+(?:its\s+|our\s+|their\s+|the\s+)?)?(?:19|20)\d{2}(?:\s?[-–]\s?(?:19|20)?\d{2})?\s+(?:[\w-]+\s+){0,2}?(?:pace|rate|average|baseline|levels?|throughput|trend|progress)\b|\b(?:average|pace|rate)\s+(?:over|in|during|between)\s+(?:19|20)\d{2}|\b(?:relative\s+to|compared\s+(?:to|with)|than|over)\s+(?:the\s+|our\s+|its\s+|\p{Lu}[\w-]{0,30}['’]s\s+)?average\s+(?:[\w-]+\s+){0,2}?(?:over|in|during)\s+(?:(?:the\s+)?calendar\s+year\s+)?(?:19|20)\d{2}\b|\b(?:over|than|relative\s+to|compared\s+(?:to|with)|from)\s+the\s+(?:average\s+)?(?:rate|pace)\s+of\s+(?:its|our|their|the)\s+(?:19|20)\d{2}\b|\b(?:the|our|its)\s+(?:19|20)\d{2}(?:\s?[-–]\s?(?:19|20)?\d{2})?\s+(?:average|pace|rate|baseline|level)\b|\brelative\s+to\s+(?:the|its|our)\s+(?:pace|rate|average)\b[^.;]{0,50}?\b(?:19|20)\d{2}\b|\b(?:relative\s+to|compared\s+(?:to|with)|than(?:\s+in)?|over|from|of)\s+(?:the\s+)?(?:19|20)\d{2}\s?[-–]\s?(?:19|20)?\d{2}\b|\b(?:relative\s+to|compared\s+(?:to|with)|than\s+in)\s+(?:(?:the\s+)?(?:level\s+of\s+)?(?:the\s+)?(?:calendar\s+)?year\s+)?(?:19|20)\d{2}\b/iu,
    needs: /\d\d/iu,
    source: 'corpus rule 13 (the comparison period of a rate-of-progress multiple)',
    states: ['doubling the pace of our own research compared with 2024', 'research throughput >=2x the 2024 average', 'an AI R&D speed-up of 3x over our 2024 pace', 'by 3x relative to our 2024 research throughput', 'by 2x relative to its average rate over 2022-2024', 'double the pace of algorithmic progress relative to 2022-2024', "speed up the Company's own research progress by 3x or more relative to the Company's 2025 pace", 'by 3x compared with the pace of its 2025 research programme', "accelerated by a factor of three or more relative to Brassmoor's average research throughput over calendar year 2025"],
    doesNotState: ['from historical rates', 'over the next months'],
  }),
  cue({
    // The general form the rows above spell out case by case: a comparison word, then a definite noun
    // phrase whose head is a model (or "one" standing for it), identified by where it stands in the
    // process, before the head ("the notified model", "the last fully evaluated one", "the Scheduled
    // Model") or after it ("the version evaluated at award"). "The new model", "the anchor model" (never
    // identified) or a bare "the model" name no comparison point (corpus rules 3 and 5).
    id: 'reference.definite-model',
    facet: 'reference',
    pattern: new RegExp(
      String.raw`\b${COMPARED}\s+(?:that\s+of\s+)?(?:the|our|its|their)\s+(?:${NP_WORD}\s+){0,3}?${IDENTIFYING}\s+(?:${NP_WORD}\s+){0,2}?${MODEL_HEAD}\b` +
        String.raw`|\b${COMPARED}\s+(?:that\s+of\s+)?the\s+(?:model|version|system|checkpoint|release)\s+(?:(?:that|which)\s+(?:was\s+|has\s+been\s+|is\s+being\s+)?|(?:currently\s+)?being\s+|(?:last|most\s+recently|previously)\s+)?${IDENTIFYING}\b` +
        // A relative clause that picks one out: "the checkpoint on which it fired", "the model that last passed".
        String.raw`|\b${COMPARED}\s+(?:that\s+of\s+)?the\s+(?:${NP_WORD}\s+){0,2}?(?:model|version|system|checkpoint|release)\s+(?:on|at|in|for|with|from|by|under)\s+which\s+\w` +
        String.raw`|\b${COMPARED}\s+(?:that\s+of\s+)?the\s+(?:model|version|system|checkpoint|release)\s+(?:that|which)\s+(?:last|most\s+recently|first)\s+\w` +
        // A participle that places it in the process: "the model covered by the most recent completed review",
        // "the model named in the Grantee's most recent notification" (drafts-ek 02).
        String.raw`|\b${COMPARED}\s+(?:that\s+of\s+)?the\s+(?:model|version|system|checkpoint|release)\s+\w+ed\s+(?:by|in|under|at|during)\s+(?:the\s+|our\s+|its\s+|(?:the\s+)?\p{Lu}[\w-]{0,30}['’]s\s+)?(?:most\s+recent|last|latest|previous|prior)\b` +
        // The first model the process marked: "2x the EC of the first model that required Tier B safeguards"
        // (drafts-dq 01 and 03, drafts-do 01).
        String.raw`|\b${COMPARED}\s+(?:that\s+of\s+)?the\s+first\s+(?:[\w-]+\s+){0,2}?(?:model|version|system|checkpoint|release)\s+(?:that|which|to)\s+\w` +
        // The one "we" last shipped or deployed: "than what we last shipped" (drafts-dm 02), "relative to the
        // version we last deployed" (drafts-cy 03).
        String.raw`|\b${COMPARED}\s+(?:the\s+(?:[\w-]+\s+)?(?:model|version|system|checkpoint|release|one)|what)\s+(?:we|it|they)\s+(?:last|most\s+recently|previously)\s+\w+ed\b` +
        // The model it succeeds: "6x the effective compute of its predecessor" (drafts-dq 02), "2x the effective
        // compute of its immediate predecessor in the same model family" (drafts-fb 02).
        // Said of its compute only: "more capable than its predecessor" names the capability jump's comparison,
        // not that of a compute step coordinated with it (drafts-ct 04).
        String.raw`|\b(?:that|compute|computation|EC|FLOPs?)\s+of\s+(?:its|their)\s+(?:immediate\s+|direct\s+)?predecessors?\b` +
        // Anaphora to the model the previous sentence identified: "relative to that checkpoint".
        String.raw`|\b(?:than|over|relative\s+to|compared\s+(?:to|with)|against|since)\s+(?:that|this)\s+(?:model|checkpoint|version|system|release)\b`,
      'iu',
    ),
    needs: /model|version|system|checkpoint|release|\bone\b|flagship|\brun\b|\bwhat\b|predecessor/iu,
    source: 'corpus rule 5 (the comparison point is stated: "the last model that underwent a comprehensive assessment", "the original model"); drafts-w 01 ("the last fully evaluated one"), drafts-y 03 and 04 ("the notified model", "the SCHEDULED MODEL"), drafts-z 03 ("the version evaluated at award")',
    states: ['exceed 2x the EC of the first model that required Tier B safeguards', 'exceed 2x the effective compute of the first Dovecote model that required Tier-3 safeguards', 'substantially more capable than what we last shipped', 'exceeds 2x the effective compute of its immediate predecessor in the same model family', '>2x effective compute increase relative to the version we last deployed', 'a >3x increase in effective compute over the checkpoint most recently signed off by the Evaluation Council', 'only up to 3x the Effective Compute of the model being evaluated', 'more than 10x the training compute of our previous biggest run', '5x over the previous run', '2x in CEG over the checkpoint being evaluated', 'more than 4x the effective compute of the notified model', "its effective compute is at least three times that of the version evaluated at award", 'meaningfully more capable than the last fully evaluated one', 'does not exceed three times the EFFECTIVE COMPUTE of the SCHEDULED MODEL', 'we will not train beyond 2x the Effective Compute of the checkpoint on which it fired', 'a material jump in capability relative to that checkpoint', 'substantially more capable than the covered model from which it was derived', 'five times the Effective Training Compute of the model covered by the most recent completed Frontier Review', "ten times or more that of the model named in the Grantee's most recent notification under SC-3"],
    doesNotState: ['every 4x increase in the effective compute of the model', '4x the effective compute of the new model', 'a doubling of effective compute over the same model', 'a measure of the performance of a foundation model', 'more capable in any domain relevant to the misuse of the covered model', '3x the effective compute of the anchor model'],
  }),
  cue({
    // A model or version identified by the act that fixed it, as a defined term's definition says ("Accepted
    // Version" means the version of the Contracted Model accepted by the Buyer at the Acceptance Date;
    // "Notified Model" means the model notified under Article 7): the comparison point is identified.
    id: 'reference.identified-by-act',
    facet: 'reference',
    pattern: /\bthe\s+(?:version|model|checkpoint|release|system)\s+(?:of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3})?(?:that\s+(?:was|has\s+been)\s+)?(?:accepted|notified|approved|certified|registered|assessed|evaluated|cleared|signed\s+off)\s+(?:by|at|on|under|in|for)\s+(?:the|its|our|a|an|article|section|clause|paragraph)\b/iu,
    needs: /accepted|notified|approved|certified|registered|assessed|evaluated|cleared|signed/iu,
    source: 'corpus rule 5 (the comparison point is stated when it is identified); drafts-bm 01 and 04 (defined comparison models)',
    states: ['"Accepted Version" means the version of the Contracted Model accepted by the Buyer at the Acceptance Date', 'the model notified under Article 7 by the same provider'],
    doesNotState: ['the model we will release next year', 'the version of the model'],
  }),
  cue({
    id: 'reference.counted-from-column',
    facet: 'reference',
    pattern: /^(?:counted\s+from|reference(?:\s+point)?|compared\s+(?:to|with|against)|relative\s+to|measured\s+(?:from|against))\s*:\s+(?!n\/?a\b|tbd\b|none\b|to\s+be\b|[-—–]\s*$)\S/iu,
    needs: /counted|reference|compared|relative|measured/iu,
    source: 'domain.md §4.1 R; a threshold table whose column names the reference point (issue 10, cause 4)',
    states: ['Measured against: the assessed model', "Counted from: The LFEM's final checkpoint", 'Reference point: the last model that completed a full evaluation', 'Compared against: the most recent gated model'],
    doesNotState: ['Counted from: TBD', 'Reference: n/a', 'Compared against: TBD'],
  }),
  cue({
    id: 'reference.counted-from',
    facet: 'reference',
    pattern: new RegExp(String.raw`\b(?:counted|measured|calculated)\s+(?:from|against|relative\s+to):?\s+(?:${PLACEHOLDER}|the\s+(?:last|most\s+recent|previous|original)|(?:the\s+)?[A-Z][\w'-]+)`, 'u'),
    needs: /counted|measured|calculated/iu,
    source: 'quick-fix template (domain.md §6.1 R)',
    states: ['counted from ⟨the last model that completed a comprehensive evaluation⟩', 'measured against the most recent evaluated model'],
    doesNotState: ['counted from today', 'measured against expectations'],
  }),
  cue({
    // A comparison point the text has just named, taken up again: "reaches 2x the Effective Compute of that
    // model" after "the most recent model that completed a Frontier Checkpoint Review" (drafts-du 01), "1.5x
    // the effective compute of that model" (drafts-ce 01), "at least 3x the effective compute of that model"
    // (drafts-bs 01), "3x or more in effective compute than that model" (drafts-cb 01), a table row's "(same
    // reference)" under one that named it (drafts-dt 04). The annotators of all five judge it stated.
    id: 'reference.anaphoric-model',
    facet: 'reference',
    pattern: /\b(?:of|over|than|from|against|relative\s+to|compared\s+(?:to|with))\s+(?:that(?:\s+same)?|the\s+same|said)\s+(?:model|checkpoint|anchor|system|version|release|reference(?:\s+(?:model|point|checkpoint))?|baseline(?:\s+model)?)\b|\(\s*(?:the\s+)?same\s+(?:reference|anchor|baseline|comparison)(?:\s+(?:point|model))?\s*\)/iu,
    needs: /that|same|said/iu,
    source: 'corpus rule 5 (the comparison point is stated); gold of drafts-du 01, drafts-ce 01, drafts-bs 01, drafts-cb 01, drafts-dt 04',
    states: [
      'When a model in training reaches 2x the Effective Compute of that model, the training lead notifies the Safety Board secretary',
      'no training run may exceed 1.5x the effective compute of that model until they are in place',
      'Interim spot-check at 1.5x effective compute (same reference)',
      'projected to exceed 16x the effective compute of that same model',
    ],
    doesNotState: ['that model is 2x larger', 'the same reference recipe is used for every model', 'every 4x increase in effective compute'],
  }),
];
