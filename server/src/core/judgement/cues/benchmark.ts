// Benchmark: the metric and dataset on which "equal performance", "progress" or "more capable" is judged
// (domain.md §4.1 M; corpus rules 2 and 12).
import { cue, PLACEHOLDER } from '../cue';

export const BENCHMARK_NAMES = String.raw`MMLU(?:-Pro)?|GPQA(?:\s+Diamond)?|MATH(?:-500|\s+Level\s+5)?|SWE-bench(?:\s+Verified)?|HumanEval|MBPP|WikiText(?:-103)?|Penn\s+Treebank|The\s+Pile|ImageNet|BIG-?Bench(?:\s+Hard)?|HellaSwag|ARC-(?:AGI|Challenge|Easy)|GSM8K|LAMBADA|RE-Bench|Cybench|WMDP|LiveCodeBench|FrontierMath|Humanity's\s+Last\s+Exam|C4|OpenWebText`;

const METRIC = String.raw`(?:(?:cross[\s-]entropy|validation|test|held[\s-]out|negative|average|mean|median|token[\s-]level|per[\s-]token)\s+){0,3}(?:log[\s-]?likelihood|loss|cross[\s-]entropy|perplexity|bits[\s-]per[\s-](?:byte|character|token)|accuracy|(?:pass|solve|success|win)\s+rates?|pass@\d+|Elo|wall[\s-]clock\s+(?:days|hours|time))`;
/** A dataset or suite named as such: "HSB-12", "Heldout-Mix-7", "NL-Eval-3", "Agentic Task Suite v2". */
const NAMED_SET = String.raw`(?:[A-Z][A-Za-z]*(?:-[A-Za-z0-9]+)+|[A-Z][A-Za-z]*\d+|[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}\s(?:Suite|Benchmark|Set|Eval|Mix|Corpus)(?:\s?v?\d+)?)\b`;
const DATASET = String.raw`(?:(?:(?:evaluation|eval|test|validation|held[\s-]out|benchmark)\s+(?:sets?|suites?|mix(?:ture)?|data(?:sets?)?)|suites?|benchmarks?|datasets?|test\s+sets?)\b|${NAMED_SET})`;

export const BENCHMARK = [
  cue({
    id: 'benchmark.metric-on-dataset',
    facet: 'benchmark',
    pattern: new RegExp(String.raw`\b${METRIC}\b[^.;]{0,80}?\b(?:on|over|across|against|in|from|using)\s(?:[\w'’,&-]{1,30}\s){0,6}?${DATASET}`, 'iu'),
    needs: /loss|likelihood|entropy|perplexity|bits|accuracy|rate|pass|score|elo|clock/iu,
    source: 'domain.md §4.1 M (the metric and the dataset or suite it is measured on)',
    states: ['average negative log-likelihood on the HeldOut-2025 evaluation set', 'Mean token-level cross-entropy on Holdout Corpus HC-5 (version 5.0, 2.1B tokens)', 'the same validation loss on our held-out code-and-science evaluation mix, version 4', 'Median wall-clock days to reproduce the 20 results in our R&D Replication Suite'],
    doesNotState: ['a performance improvement on relevant task(s)', 'performance on a weighted aggregation of datasets relevant to our Capability Thresholds'],
  }),
  cue({
    id: 'benchmark.score-on-named-set',
    facet: 'benchmark',
    pattern: new RegExp(String.raw`\b(?:mean|average|median|aggregate|overall)?\s?scores?\b[^.;]{0,50}?\b(?:on|across|in)\s+(?:the\s+|our\s+)?(?:[\w'’-]{1,30}\s){0,4}?\(?${NAMED_SET}`, 'u'),
    needs: /score/iu,
    source: 'domain.md §4.1 M (a score counts only on a named suite; corpus rule 2: "performance" alone names no metric)',
    // The suite may be named in brackets after what it is: "our internal capability eval suite (GCE-40, …)".
    states: ['mean score on HSB-12 (internal 12-task held-out suite, v3, 0-shot, fixed grader)', 'a score at least 15 percentage points higher on our Agentic Task Suite v2', "the model's average score on our internal capability eval suite (GCE-40, the 40-task version frozen in June 2026)"],
    doesNotState: ['the comprehensive score on the company internal evaluation set', 'a high score on key benchmarks'],
  }),
  cue({
    id: 'benchmark.metric-column',
    facet: 'benchmark',
    pattern: /^(?:metric|benchmark|measure|measured\s+(?:by|on|as)|evaluation\s+metric)\s*:\s+(?!n\/?a\b|tbd\b|none\b|to\s+be\b|[-—–]\s*$)\S/iu,
    needs: /metric|benchmark|measure|evaluation/iu,
    source: 'domain.md §4.1 M; a register or threshold table whose column names the metric (issue 10, cause 4)',
    states: ['Metric: median wall-clock days to reproduce the 20 results in our R&D Replication Suite', 'Benchmark: HSB-12 mean score'],
    doesNotState: ['Metric: TBD', 'Benchmark: n/a'],
  }),
  cue({
    id: 'benchmark.named-loss',
    facet: 'benchmark',
    pattern: /\b(?:cross[\s-]entropy|validation|test|held[\s-]out|pre-?training|log|next[\s-]token)\s+loss\b/iu,
    needs: /loss/iu,
    source: 'domain.md §4.1 M ("(cross-entropy|validation|test) loss on")',
    states: ['cross-entropy loss on a test set', 'held-out loss on our evaluation mixture'],
    doesNotState: ['a loss of trust', 'performance on relevant tasks'],
  }),
  cue({
    id: 'benchmark.perplexity',
    facet: 'benchmark',
    pattern: /\bperplexity\b/iu,
    needs: /perplexity/iu,
    source: 'domain.md §4.1 M (Ho et al.: WikiText/PTB perplexity)',
    states: ['perplexity on WikiText-103', 'measured by perplexity'],
    doesNotState: ['a measure of performance', 'the scaling trend'],
  }),
  cue({
    id: 'benchmark.loss-on-dataset',
    facet: 'benchmark',
    pattern: /\bloss\s+on\s+(?:the\s+)?(?:[A-Z⟨]|held[\s-]out|validation|test)/u,
    needs: /loss/iu,
    source: 'domain.md §4.1 M',
    states: ['loss on The Pile', 'loss on held-out data'],
    doesNotState: ['loss on investment', 'the loss'],
  }),
  cue({
    id: 'benchmark.score-on-named-suite',
    facet: 'benchmark',
    pattern: /\b(?:accuracy|pass@\d+|pass\s+rates?|win[\s-]rates?|Elo|exact[\s-]match|scores?)\s+(?:on|of|in|across)\s+(?:the\s+)?(?:⟨[^⟩]{1,80}⟩|[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3})/u,
    needs: /accuracy|pass|win|elo|match|score/iu,
    source: 'domain.md §4.1 M ("(score|accuracy|pass@k) on")',
    states: ['accuracy on GPQA Diamond', 'pass@1 on SWE-bench Verified'],
    doesNotState: ['accuracy on relevant tasks', 'a high score'],
  }),
  cue({
    id: 'benchmark.named-suite',
    facet: 'benchmark',
    pattern: new RegExp(String.raw`\b(?:${BENCHMARK_NAMES})\b`, 'u'),
    source: 'domain.md §4.1 M (named suites)',
    states: ['performance on MMLU', 'the FrontierMath benchmark'],
    doesNotState: ['mathematics benchmarks', 'coding and science'],
  }),
  cue({
    id: 'benchmark.capability-on-named-suite',
    facet: 'benchmark',
    variants: ['capability'],
    // The comparative judged on a suite the document names: "notably more capable than that model on the
    // Ostrander Eval Index", "ahead of Q-3 … on the QS-Core capability suite". "On our dangerous-capability
    // suite" or "on the benchmark suite" names none.
    pattern: /\b(?:capable|performant|better|stronger|ahead|scor(?:es?|ing)\s+(?:at\s+least\s+|more\s+than\s+|less\s+than\s+|fewer\s+than\s+)?\d+(?:\.\d+)?\s+(?:or\s+more\s+)?points?)\b[^.;]{0,60}?\bon\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:[\w-]+\s+)?(?:[Ii]ndex|[Ss]uite|[Bb]enchmark|[Bb]attery|[Ee]vals?|[Tt]est\s+[Ss]et)\b/u,
    needs: /capable|performant|better|stronger|ahead|scor/iu,
    source: 'corpus rule 12 (a capability phrase made measurable by the suite it is judged on); domain.md §4.1 M (named suites)',
    states: ['notably more capable than that model on the Ostrander Eval Index', 'ahead of Q-3 by 8 points or more on the QS-Core capability suite', 'the candidate scores less than 8 points above its own pre-fine-tuning checkpoint on the KLD-Agentic suite', 'scores 10 or more points above Corbel-5 on the ACE-v2 agentic suite'],
    doesNotState: ['more capable than the most recent fully evaluated model on our dangerous-capability suite', 'performs better on the benchmark suite'],
  }),
  cue({
    id: 'benchmark.percentage-points',
    facet: 'benchmark',
    pattern: /\b\d+(?:\.\d+)?(?:\s+or\s+(?:more|greater))?\s*(?:percentage\s+points?|pp)\b/iu,
    needs: /percentage|pp/iu,
    source: 'corpus rule 12 (a capability phrase tied to a stated score change)',
    states: ['a gain of 5 percentage points', 'an improvement of 10 pp', 'a rise of 3 or more percentage points'],
    doesNotState: ['50% of tasks', 'several points'],
  }),
  cue({
    id: 'benchmark.performance-measured-by',
    facet: 'benchmark',
    pattern: /\bperformance\s+is\s+(?:compared|measured|judged|evaluated)\s+(?:by|on|using|with)\b/iu,
    needs: /performance/iu,
    source: 'domain.md §4.1 M ("as measured (by|on)")',
    states: ['Performance is measured on our held-out suite', 'performance is judged by pass rates'],
    doesNotState: ['performance improved', 'performance is important'],
  }),
  cue({
    id: 'benchmark.measured-on-placeholder',
    facet: 'benchmark',
    pattern: new RegExp(String.raw`\b(?:measured|judged|evaluated|compared)\s+(?:by|on|using)\s+${PLACEHOLDER}`, 'u'),
    needs: /⟨/iu,
    source: 'quick-fix templates (domain.md §6.1 M) once the author has filled them',
    states: ['measured on ⟨benchmark suite⟩', 'judged by ⟨metric⟩'],
    doesNotState: ['measured on relevant tasks', 'measured by the team'],
  }),
  cue({
    id: 'benchmark.capability-if-and-only-if',
    facet: 'benchmark',
    variants: ['capability'],
    pattern: /\b(?:capable|performant|jump|improvement|increase)\s+if(?:,?\s+and\s+only\s+if,?)?\s+[^.;]{0,80}?(?:\d+(?:\.\d+)?\s?(?:x|×|percent|%)|effective\s+compute|percentage\s+points|scores?\b)|\bif,?\s+and\s+only\s+if,?\s+[^.;]{0,80}?(?:\d+(?:\.\d+)?\s?(?:x|×|percent|%)|effective\s+compute|percentage\s+points|scores?\b)/iu,
    needs: /\bif\b/iu,
    source: 'corpus rule 12 (a capability phrase operationalised by a stated multiple or score)',
    states: ['a modified version is substantially more capable if, and only if, its ETC exceeds the ETC of the version most recently assessed by 300 percent or more', 'materially more capable if its score rises by 10 percentage points'],
    doesNotState: ['more capable if it can do more', 'So if a lab could accelerate progress by 3X'],
  }),
  cue({
    // The phrase operationalised by the document's own numbered triggers: "(that is, it has crossed T1 or
    // T3)", "in this framework that means crossing T1 or T3", '"materially more capable" if trigger T1 or
    // trigger T3 is met'. The triggers carry the measure.
    id: 'benchmark.capability-by-named-triggers',
    facet: 'benchmark',
    variants: ['capability'],
    pattern: /\b(?:that\s+is|i\.e\.|means?|meaning|(?<!\bas\s)if|when|is\s+the\s+case\s+when)\b[^.;]{0,60}?\b(?:cross(?:es|ed|ing)?|meets?|meeting|met|fires?|fired|reach(?:es|ed|ing)?|trips?|tripped)\s+(?:either\s+|both\s+)?(?:(?:triggers?\s+|rows?\s+)?[A-Z]{1,2}-?\d{1,2}\b|(?:the\s+trigger\s+(?:in|of|under)\s+)?(?:clause|section|paragraph|§)\s?\d{1,2}(?:\.\d{1,2}){0,3}\b)|\bif\s+(?:either\s+|both\s+)?(?:triggers?\s+|rows?\s+)?[A-Z]{1,2}-?\d{1,2}(?:\s+(?:or|and)\s+(?:triggers?\s+|rows?\s+)?[A-Z]{1,2}-?\d{1,2})?\s+(?:is|are)\s+(?:met|crossed|reached)\b/u,
    needs: /cross|meet|met|fire|reach|trip/iu,
    source: 'corpus rule 12 (the document operationalises the phrase); drafts-bf 01 ("that is, it has crossed T1 or T3"), drafts-bi 01 ("that means crossing T1 or T3"), drafts-cd 04 ("if trigger T1 or trigger T3 is met"); by clause number, drafts-do 01 and drafts-ej 01',
    states: ['A model is notably more capable, for clause 5.1, if it meets the trigger in clause 4.1 or the trigger in clause 4.3', 'A model is *notably more capable* when it meets clause 2.1 or clause 2.3 relative to the last assessed model', 'If a model is notably more capable than the reference model (that is, it has crossed T1 or T3)', 'in this framework that means crossing T1 or T3', 'a Model is "materially more capable" if trigger T1 or trigger T3 is met'],
    doesNotState: ['notably more capable than the reference model', 'if the model meets our bar', 'when it crosses the line', 'A model that is notably more capable than previous models is assessed as if it had crossed §4.1, whatever its compute'],
  }),
  cue({
    id: 'benchmark.measured-as',
    facet: 'benchmark',
    variants: ['capability'],
    pattern: /\b(?:pace|progress|speed|rate|capabilit(?:y|ies)|performance)\s+(?:is|are|will\s+be|shall\s+be)\s+measured\s+(?:as|by|in|on|using)\s+(?!an?\s+(?:open|unresolved))|\b(?:progress|pace|rate)\b[^.;]{0,20}?,\s+as\s+measured\s+(?:by|on|in|as)\s/iu,
    needs: /measured/iu,
    source: 'corpus rules 12 and 13 (a capability or progress multiple needs the measure it is judged on)',
    states: ['where pace is measured as research milestones completed per researcher-month on our internal milestone tracker', 'performance shall be measured on a set of benchmarks designated by the department', 'double the rate of our algorithmic progress, as measured by effective-compute gains per quarter on HELD-7'],
    doesNotState: ['how progress should be measured is open', 'capabilities will be reviewed'],
  }),
  cue({
    id: 'benchmark.capability-operationalised',
    facet: 'benchmark',
    variants: ['capability'],
    pattern: /\b(?:defined(?:\s+(?:for|in|by|here|under)(?:\s+[\w-]+){0,3}?)?\s+as|defines\s+(?:this|it|the\s+(?:phrase|term))\s+as|i\.e\.,?|meaning|(?:phrase|term|this|it)\s+means|measured\s+(?:as|by)|operationali[sz]ed\s+as)\s+[^.;]{0,80}?(?:\d+(?:\.\d+)?\s?(?:x|×)|effective\s+compute|percentage\s+points|\d+(?:\.\d+)?(?:\s+or\s+(?:more|greater))?\s+(?:points|pts)\b|scor(?:es?|ing)\b)/iu,
    needs: /define|i\.e|mean|measured|operationali/iu,
    source: 'corpus rule 12 (operationalised as a stated multiple of effective compute)',
    states: ['notably more performant (defined as 4x or more in Effective Compute)', 'is operationalized as 1x or more in Effective Compute', 'a material increase in capability, measured as a gain of at least 10 points on our Agentic Task Battery', 'For this clause, the phrase means an average score on our Frontier Task Suite at least 5 percentage points above that model', 'A significant increase in capabilities over the last assessed model, measured as a gain of 5 or more points on the Oakhaven Frontier Index', 'If a checkpoint is substantially more capable than the reviewed anchor, defined for this panel as a gain of 5 points or more on the GritEval-Agentic aggregate score', 'KSP defines this as meeting T1 or scoring at least 10 points higher on the KRisk-200 suite'],
    doesNotState: ['defined as a significant improvement', 'meaning much better performance', 'the policy defines this as a judgement call'],
  }),
];
