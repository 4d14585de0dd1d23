// Baseline: the reference recipe, techniques or model the effective-compute multiplier counts from, with a
// date (domain.md §4.1 B; corpus rule 3).
import { cue, DATE, PLACEHOLDER } from '../cue';

export const BASELINE = [
  cue({
    id: 'baseline.relative-to-dated-techniques',
    facet: 'baseline',
    pattern: new RegExp(String.raw`\b(?:relative\s+to|compared\s+(?:to|with)|against)\s+(?:the\s+)?(?:(?:19|20)\d{2}\b|(?:techniques|algorithms|methods|recipes?)\s+(?:available\s+)?(?:in|as\s+of)\s+(?:19|20)\d{2})`, 'iu'),
    needs: /relative|compared|against/iu,
    source: 'domain.md §4.1 B (Epoch: "effective compute (relative to 2014)")',
    states: ['effective compute relative to 2014', 'compared with techniques available in 2023'],
    doesNotState: ['relative to the baseline model', 'compared to previous models'],
  }),
  cue({
    id: 'baseline.frozen-at-date',
    facet: 'baseline',
    // The verbs that fix a recipe in time are one class: frozen, fixed, locked, pinned, snapshotted; "as at"
    // is the British "as of" (a treaty annex: "the reference algorithms … as at 1 January 2025").
    // A date that freezes an evaluation suite or test set ("our eval suite (GCE-40, the 40-task version
    // frozen in June 2026)") fixes the benchmark, not the baseline.
    pattern: new RegExp(String.raw`(?<!\b(?:suite|benchmark|evals?|evaluations?|tasks?|test\s+set|held-out\s+set|questions)\b[^.;\n]{0,30})\b(?:as\s+(?:of|at)|(?:frozen|froze|fixed|locked|pinned|snapshotted)(?:\s+by\s+[^.;,\n]{1,60}?)?(?:\s+for\s+(?:this|that|the)\s+purpose)?\s+(?:on|at|in|as\s+(?:of|at))|dated|frozen(?=\s+\d{1,2}\s+\p{Lu}))\s+(?:its\s+|the\s+)?${DATE}`, 'u'),
    needs: /as of|as at|froze|fixed|locked|pinned|snapshotted|dated/iu,
    source: 'domain.md §4.1 B ("(as of|frozen (on|at)|fixed at) <date>"); drafts-w 01 ("the setup and data mix we locked on 1 February 2025") and 02 ("as at 1 January 2025")',
    states: ['**E-FLOP** = physical training FLOP × algo multiplier vs. our baseline recipe Mayweed-Ref-1 (frozen 12 Jan 2026)', 'the SX reference recipe = SX-R0, frozen 14 Jan 2026', 'the reference recipe frozen on 1 March 2025', 'techniques as of January 2024', 'the data mix we locked on 1 February 2025', 'those listed in Appendix A as at 1 January 2025', 'the dense decoder-only transformer recipe we froze on 15 January 2025', 'the reference procedure of the Undertaking as fixed by decision of the Scientific Directorate on 1 January 2025', "the recipe used to train Brassmoor's BR-3 model and that was frozen for this purpose on 1 July 2025"],
    doesNotState: ['as of now we have no recipe', 'the recipe is fixed', 'the average score on our internal capability eval suite (GCE-40, the 40-task version frozen in June 2026)', 'loss on the held-out set frozen on 1 May 2025'],
  }),
  cue({
    id: 'baseline.year-era-techniques',
    facet: 'baseline',
    pattern: /\b(?:(?:Q[1-4]|H[12])\s+)?(?:19|20)\d{2}(?:-?(?:Q[1-4]|H[12]))?(?:-era|-vintage)?\s+(?:techniques|algorithms|methods|recipes?|training\s+(?:techniques|methods|recipes?))\b/iu,
    needs: /\d\d/iu,
    source: 'domain.md §4.1 B ("<year>(-era|-vintage)? (techniques|algorithms|recipe)")',
    states: ['counted against 2023-era techniques', 'the 2024 training recipe'],
    doesNotState: ['in 2023 we trained a model', 'modern techniques'],
  }),
  cue({
    id: 'baseline.year-equivalent',
    facet: 'baseline',
    pattern: /\b(?:19|20)\d{2}-(?:equivalent|level)\b/iu,
    needs: /equivalent|level/iu,
    source: 'domain.md §4.2 ("2024-equivalent compute")',
    states: ['10^26 2024-equivalent FLOP', 'measured in 2023-level compute'],
    doesNotState: ['an equivalent model', 'level 2 capabilities'],
  }),
  cue({
    id: 'baseline.dated-reference-recipe',
    facet: 'baseline',
    pattern: /\b(?:(?:Q[1-4]|H[12])\s+)?(?:19|20)\d{2}(?:-?(?:Q[1-4]|H[12]))?\s+(?:reference|baseline)\s+(?:recipe|model|architecture)\b/iu,
    needs: /reference|baseline/iu,
    source: 'domain.md §4.1 B',
    states: ['against the 2024 reference recipe', 'the 2023 baseline model'],
    doesNotState: ['the baseline model', 'a reference recipe'],
  }),
  cue({
    id: 'baseline.named-reference-model',
    facet: 'baseline',
    pattern: new RegExp(String.raw`\b(?:baseline|reference)\s+(?:model|recipe|architecture|training\s+recipe)\s+(?:is|was|shall\s+be|:|=)\s+(?:the\s+)?(?:[A-Z0-9"]|${PLACEHOLDER})`, 'u'),
    needs: /baseline|reference/iu,
    source: 'domain.md §4.1 B; corpus rule 3 ("the baseline model" never identified is missing)',
    states: ['The reference recipe is the Chinchilla recipe', 'The baseline model is ⟨model name⟩'],
    doesNotState: ["equivalent to scaling up the baseline model's training compute", 'the baseline model is not yet chosen'],
  }),
  cue({
    id: 'baseline.identified-reference-recipe',
    facet: 'baseline',
    pattern: /\b(?:[Rr]eference|[Bb]aseline)\s+(?:training\s+)?(?:recipe|model|architecture|method|procedure)s?\s+(?:is|was|shall\s+be|are|=|:|is\s+anchored\s+to|is\s+fixed\s+to)\s+(?:[^.;]|\bet\s+al\.){0,80}?(?:\((?:19|20)\d{2}\)|\b(?:19|20)\d{2}\b|\b[A-Z][A-Za-z]*-?\d[\w-]*\b)/u,
    needs: /reference|baseline/iu,
    source: 'corpus rule 3 (the reference recipe, model or date is given); a recipe identified by a year or a code name',
    states: ['Reference procedure is the training procedure of the company in the state of 1 April 2024 (architecture, optimisation method and data composition), documented under the identifier AR-24', 'The reference recipe is anchored to R-24: the dense decoder we shipped in 2024-Q3', 'The reference recipe is the compute-optimal dense Transformer of Hoffmann et al. (2022)', 'the baseline model is Tern-2'],
    doesNotState: ['the reference recipe is the one we use', 'the baseline model is never identified'],
  }),
  cue({
    // A recipe identified by its code name or its owner's name: "the Tamarisk-2 recipe", "our Tidewell-2
    // flagship recipe", "the R-2025 reference recipe", "the Penhallow Reference Recipe", the code after it:
    // "Reference Recipe RR-9" (drafts-ep 04), "Reference Recipe R-0" (drafts-eb 01). A quarter ("the Q4
    // production recipe") or a bare "the Reference Recipe" identifies nothing.
    id: 'baseline.code-named-recipe',
    facet: 'baseline',
    pattern: /(?<![\w-])(?!(?:Q[1-4]|H[12])\b)\p{Lu}[\p{L}]*(?:-\p{L}+)*-?\d[\p{L}\d.-]*\s+(?:(?:flagship|production|training|reference|baseline|base|pre-?training)\s+){0,2}(?:recipe|stack)\b|(?<![\w-])(?!(?:The|A|An|Our|This|That|Each|Every|Its)\b)\p{Lu}[\p{L}-]+\s+Reference\s+Recipe\b|\b[Rr]eference\s+[Rr]ecipe\s+\(?(?!(?:Q[1-4]|H[12])\b)\p{Lu}{1,6}-?\d[\p{L}\d.]{0,8}(?:-\d{1,4})?\b/u,
    needs: /recipe|stack/iu,
    source: 'corpus rule 3 (the reference recipe is given); domain.md §4.1 B; drafts-bq 03 ("the Tamarisk-2 recipe"), drafts-bh 04 ("our Tidewell-2 flagship recipe"), drafts-cm 01 and drafts-cr 01 ("the Penhallow Reference Recipe", "the Sandpiper Reference Recipe")',
    states: ["the training compute the Tamarisk-2 recipe would need to match the model's performance", 'counted against our Tidewell-2 flagship recipe', 'the quantity of physical training compute that the Penhallow Reference Recipe would need', 'measured against the R-2025 reference recipe', 'a model trained with Reference Recipe RR-9 (PAI-RR-9) would need', 'Reference Recipe R-0 is the dense-transformer recipe'],
    doesNotState: ['the Q4 production recipe', 'The Reference Recipe is fixed by the Board', 'a recipe with 2 stages'],
  }),
  cue({
    id: 'baseline.architecture-of-named-model',
    facet: 'baseline',
    pattern: /\busing\s+the\s+(?:architecture|recipe|techniques|training\s+recipe|methods)\s+(?:of|from|used\s+(?:for|to\s+train))\s+[A-Z]/u,
    needs: /using/iu,
    source: 'domain.md §4.1 B ("using the (architecture|recipe|techniques) of <model>")',
    states: ['using the architecture of Chinchilla', 'using the training recipe used to train GPT-3'],
    doesNotState: ['using the architecture of our choice', 'using the best methods'],
  }),
  cue({
    id: 'baseline.counted-against-frozen-recipe',
    facet: 'baseline',
    pattern: /\bcounted\s+against\s+(?:a|the)\s+(?:fixed\s+|frozen\s+)?(?:reference|baseline)\s+(?:recipe|model)\b/iu,
    needs: /counted/iu,
    source: 'domain.md §4.1 B',
    states: ['gains are counted against a frozen reference recipe', 'counted against the fixed baseline model'],
    doesNotState: ['counted against the threshold', 'counted towards a reference'],
  }),
  cue({
    id: 'baseline.dated-recipe',
    facet: 'baseline',
    pattern: /\b(?:(?:Q[1-4]|H[12])\s+)?(?:19|20)\d{2}(?:-?(?:Q[1-4]|H[12]))?\s+(?:[\w'-]+\s+){0,2}?(?:reference\s+|baseline\s+|training\s+)?(?:recipe|architecture|stack|baseline(?:\s+model)?)\b/iu,
    needs: /recipe|architecture|stack|baseline/iu,
    source: 'domain.md §4.1 B (the reference recipe, with a date)',
    states: ['a model trained with our January 2025 baseline recipe', "Helix's 2024 flagship training recipe", 'estimated against our 2024 reference recipe', 'the Feb 2024 dense baseline', 'than our 2024-Q4 production recipe to reach the same validation perplexity', 'against the Q3 2025 reference recipe', 'the amount of compute our 2025 production training stack would have needed'],
    doesNotState: ['the baseline recipe', 'we changed the recipe in 2024'],
  }),
  cue({
    id: 'baseline.methods-as-of-date',
    facet: 'baseline',
    pattern: /\b(?:algorithms|architectures?|methods|techniques|recipes?)\b[^.;]{0,80}?\b(?:on\s+or\s+before|as\s+of|as\s+in\s+(?:effect|force)\s+on|before|(?:in\s+(?:(?:common|general|wide|widespread|standard|published|public)\s+){0,2}use|available|documented|published|(?:we|it|they)\s+used|used)\s+(?:(?:by|to)\s+[^.;,]{1,40}?\s+)?(?:on|in|at|by|before))\s+(?:(?:early|mid|late)[\s-]+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d{2}\b/u,
    needs: /algorithm|architecture|method|technique|recipe/iu,
    source: 'domain.md §4.1 B (the reference techniques, frozen at a date)',
    states: ['using only the algorithms, architectures, and training methods publicly documented on or before January 1, 2025', 'trained with the methods in common use on 1 January 2023', 'a model trained with methods in general use in January 2024', 'the dense decoder-only transformer recipe with compute-optimal allocation of parameters and tokens, as documented by the AI Office on 1 January 2025', 'if it had been trained with the methods we used in early 2023', 'using the training techniques available to Halcyon in January 2024', '"Reference Methods" means the training methods in general published use on January 1, 2026', 'the model architecture, optimizer, and data-processing methods described in the Reference Methods Statement as in effect on January 1, 2026'],
    doesNotState: ['methods improve every year', 'techniques published by others', 'the methods we used were reviewed in 2023'],
  }),
  cue({
    id: 'baseline.recipe-of-dated-model',
    facet: 'baseline',
    pattern: /\b(?:recipe|architecture|techniques|methods)\b[^.;]{0,80}?\b(?:of|from|used\s+(?:for|to\s+train))\s+(?:our\s+|the\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}\s+(?:[\w-]+\s+){0,2}?(?:models?|runs?|releases?)\b/u,
    needs: /recipe|architecture|techniques|methods/iu,
    source: 'domain.md §4.1 B ("using the (architecture|recipe|techniques) of <model>", with its date)',
    states: ['our reference recipe R-23 (the architecture, optimizer settings and data pipeline of our March 2023 flagship model)', 'the recipe used for our 2024 flagship model', 'if it had been trained with the methods we used for our 2024 models'],
    doesNotState: ['the recipe of our flagship model', 'the architecture of the model'],
  }),
  cue({
    // A recipe pinned by a full calendar date, or by the publication that documents it: "Northwind's
    // reference recipe, the dense Transformer recipe published in Northwind's technical report of 9 January
    // 2025", "the compute-optimal dense Transformer recipe of Hoffmann et al., 2022".
    id: 'baseline.recipe-dated-by-source',
    facet: 'baseline',
    pattern: /\brecipes?\b[^.;]{0,100}?(?:\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d{2}\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+(?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b|\b(?:of|in|from)\s+\p{Lu}[\p{L}-]+(?:\s+(?:et\s+al\.?|and\s+\p{Lu}[\p{L}-]+))?,?\s+\(?(?:19|20)\d{2}\b|\b(?:described|published|documented|specified)\s+in\s+[^.;()]{1,80}?\((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d{2}\))/u,
    needs: /recipe/iu,
    source: 'domain.md §4.1 B (the reference recipe, frozen at a date); drafts-ao 02 and 05, drafts-am 01; a report dated by month ("described in Ellerby Technical Report ETR-2024-03 (March 2024)", drafts-er 04)',
    states: ["Northwind's reference recipe, the dense Transformer recipe published in Northwind's technical report of 9 January 2025", 'the reference recipe (the compute-optimal dense Transformer recipe of Hoffmann et al., 2022)', 'the Atlas-2 training recipe, frozen on 15 January 2025 at its current settings', 'the recipe described in Kaplan et al. (2020)', 'the dense transformer recipe described in Ellerby Technical Report ETR-2024-03 (March 2024)'],
    doesNotState: ['the recipe we will publish in a report', 'the recipe described in our report (forthcoming)', 'recipes improve every year (see Hoffmann et al.)'],
  }),
  cue({
    id: 'baseline.recipe-of-year',
    facet: 'baseline',
    pattern: /\b(?:recipe|scheme|architecture|training\s+methods?)\s+(?:of|from|dated)\s+(?:the\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d{2}\b|\b(?:recipe|scheme|architecture)\b[^.;]{0,40}?\bas\s+(?:it\s+)?(?:stood|was)\s+(?:on|in|at)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d{2}\b/u,
    needs: /recipe|scheme|architecture|method/iu,
    source: 'domain.md §4.1 B (the reference recipe, frozen at a date)',
    states: ['the company standard training scheme of 2024 version (Scheme T-2024)', 'the dense decoder recipe as it stood on 14 November 2023', 'over the Lumen-1 recipe of January 2024'],
    doesNotState: ['the recipe of the model', 'the architecture as it stood'],
  }),
  cue({
    id: 'baseline.base-year',
    facet: 'baseline',
    pattern: /\bbase(?:line)?\s+year\s+(?:of\s+)?(?:19|20)\d{2}\b|\blevel\s+of\s+(?:the\s+)?algorithms?\s+(?:of|in|as\s+of)\s+(?:the\s+)?(?:base\s+year\s+)?(?:19|20)\d{2}\b/iu,
    needs: /base|algorithm/iu,
    source: 'domain.md §4.1 B (the reference techniques with a date); translated drafting ("the base year 2024")',
    states: ['converted to the level of algorithm of the base year 2024', 'measured against the baseline year 2023'],
    doesNotState: ['the base year', 'the level of algorithms used today'],
  }),
  cue({
    id: 'baseline.dated-period',
    facet: 'baseline',
    pattern: /\b(?:period|years?|rate|average)\s+(?:of\s+|from\s+|between\s+|during\s+)?(?:(?:early|late|mid)[\s-]+)?(?:19|20)\d{2}\s*(?:to|and|through|until|[-–])\s*(?:(?:early|late|mid)[\s-]+)?(?:19|20)?\d{2}\b/iu,
    needs: /\d\d/iu,
    source: 'domain.md §4.1 B (RSP v2 App. C: "the average rate of progress during the period of early 2018 to early 2024")',
    states: ['the average rate of progress during the period of early 2018 to early 2024', 'the average between 2020 and 2024'],
    doesNotState: ['the rate of progress', 'a period of three months'],
  }),
  cue({
    id: 'baseline.equivalence-in-year',
    facet: 'baseline',
    variants: ['equivalence'],
    pattern: /\bin\s+(?:19|20)\d{2}\b/u,
    needs: /in/iu,
    source: 'domain.md §4.1 B ("in <year>" next to a FLOP number; SB 1047 as introduced: "10^26 … in 2024")',
    states: ['greater than 10^26 operations in 2024', 'trained in 2023'],
    doesNotState: ['in the future', 'in Section 2024'],
  }),
  cue({
    // The efficiency gain is counted since a named or dated model: "improvements in algorithmic efficiency
    // made since the Grantee's baseline model Paternoster-B1 (trained in February 2025)" (drafts-dt 02),
    // "how much better our training methods have got since Oakapple-2, our January 2024 model" (drafts-dt 03).
    // The words before "since" are the methods' or the efficiency's, so a threshold's "4x gain since Atlas-2"
    // (its reference point) is not read as the metric's baseline.
    id: 'baseline.efficiency-since-named-model',
    facet: 'baseline',
    pattern: new RegExp(String.raw`\b(?:algorithmic(?:\s+efficiency)?|efficiency|(?:training\s+)?(?:methods|techniques|recipes?))\b[^.;?]{0,50}?\bsince\s+(?:the\s+|our\s+)?(?:\p{Lu}[\p{L}-]{0,30}['’]s\s+)?(?:(?:baseline|reference|base)\s+(?:model|recipe)\s+)?(?:(?=[\p{L}\d-]{0,30}\d)\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+){0,3}\b|${DATE})`, 'u'),
    needs: /since/iu,
    source: 'domain.md §4.1 B (the baseline is a dated model or recipe); corpus rule 3; drafts-dt 02 and 03',
    states: [
      '"Effective compute" means the compute used to train a model, adjusted upward for improvements in algorithmic efficiency made since the Grantee\'s baseline model Paternoster-B1 (trained in February 2025)',
      'raw training compute × how much better our training methods have got since Oakapple-2, our January 2024 model',
      'the gains in algorithmic efficiency since January 2023',
    ],
    doesNotState: ['every 4x gain in effective compute since Atlas-2', 'our methods have improved since the last model', 'efficiency has improved since then'],
  }),
];
