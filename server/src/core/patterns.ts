// The term families of domain.md §3.2, as linear-time regular expressions over normalised text.
// Every pattern avoids nested unbounded quantifiers; test/core/redos.test.ts feeds each its worst case.

/**
 * Cheap necessary tests. A case-insensitive, Unicode-aware alternation under \b costs V8 some thirty times
 * more per sentence than a test for the literals every match must contain, and most sentences hold
 * none of them. guard(re, g) records g as the test for re; matchesIn() and mayMatch() run the pattern
 * only where its test passes. Each test is checked against its pattern in test/core/guards.test.ts.
 */
const GUARDS = new Map<RegExp, RegExp>();

export function guard<R extends RegExp>(re: R, test: RegExp): R {
  GUARDS.set(re, test);
  return re;
}

/** False only when `text` cannot match `re`. */
export function mayMatch(re: RegExp, text: string): boolean {
  const test = GUARDS.get(re);
  return test === undefined || test.test(text);
}

/** re.test(text), skipped when the guard says there can be no match (a global re starts from 0). */
export function guardedTest(re: RegExp, text: string): boolean {
  if (!mayMatch(re, text)) return false;
  re.lastIndex = 0;
  const found = re.test(text);
  // A global pattern is shared by every document: leave it as found, so no later exec() starts mid-text.
  re.lastIndex = 0;
  return found;
}

const NO_MATCHES: RegExpMatchArray[] = [];

/** text.matchAll(re) (re must be global), skipped when the guard says there can be none. */
export function matchesIn(re: RegExp, text: string): Iterable<RegExpMatchArray> {
  return mayMatch(re, text) ? text.matchAll(re) : NO_MATCHES;
}

/** The guarded patterns and their tests, for the test that checks each test against its pattern. */
export function guardedPatterns(): [RegExp, RegExp][] {
  return [...GUARDS];
}

const NUM_WORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundred|thousand';
export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, twenty: 20, fifty: 50, hundred: 100, thousand: 1000, a: 1, an: 1,
};

/**
 * The effective-compute term as words: "effective compute", "effective training compute", "effective
 * computation", "effective computing power", "effective FLOP(s)". The one spelling every part of the
 * engine uses (mention finding, definitions, the metric and accounting scopes); use it inside a RegExp
 * built with the `u` and `i` flags.
 */
export const EC_WORDS = String.raw`effective[\s-]+(?:training[\s-]+)?(?:compute|computation|computing(?:[\s-]+power)?|FLOPs?)`;
/** EC_WORDS for a case-sensitive pattern (one that must also tell an abbreviation from a word): sentence or
 *  title case or capitals, and the family's hyphenated short form ("Effective FLOP", "EFFECTIVE COMPUTE", "E-FLOP";
 *  domain.md §1). */
export const EC_WORDS_CASED = String.raw`(?:[Ee]ffective[\s-]+(?:[Tt]raining[\s-]+)?(?:[Cc]ompute|[Cc]omputation|[Cc]omputing|FLOPs?|[Ff]lops?)|EFFECTIVE[\s-]+(?:TRAINING[\s-]+)?(?:COMPUTE|COMPUTATION|FLOPS?)|E-FLOPs?)`;
/** The whole of a term is the effective-compute term: "Effective Compute", "effective FLOP". */
export const EC_TERM = new RegExp(`^${EC_WORDS}$`, 'iu');
/** F1: effective-compute nouns. The HPC sense (a rate) is excluded by RATE_AFTER below. */
export const EC_NOUN = guard(new RegExp(String.raw`\b${EC_WORDS}(?![\p{L}\p{N}])|(?<=\b(?:rate|pace|speed)[ \t\n]{1,3}of[ \t\n]{1,3})effective[ \t\n]{1,3}scaling\b`, 'giu'), /effective/iu);
/** E-FLOP (effective FLOP); case-sensitive so that EFLOP/s and EFLOPS (exa) stay out. */
export const EFLOP = guard(/(?<![\p{L}\p{N}])(?:E-FLOPs?|eFLOPs?)(?![\p{L}\p{N}/])/gu, /flop/iu);
/** F2: compute-equivalent gains and compute multipliers. */
export const CEG = guard(/\bcompute[\s-]+equivalent[\s-]+(?:gains?|increases?|multipliers?)\b|\bcompute[\s-]+multipliers?\b/giu, /multiplier|equivalent/iu);
/** Right after an EC noun: the HPC throughput sense, not effective compute (trap T3). */
export const RATE_AFTER = /^\s*(?:\/\s*s\b|per\s+(?:second|GPU|step|token|chip)\b|throughput|utili[sz]ation|MFU\b)/i;

/** F3: relative magnitudes. */
export const NUM_X = guard(/(?<![\p{L}\p{N}.^/])(\d+(?:\.\d+)?)\s?[x×](?![\p{L}\p{N}])/giu, /\d\s?[x×]/iu);
/** "4 times", "four-fold", and the drafting style of statutes: "four (4) times". */
export const NUM_TIMES = guard(new RegExp(`\\b(\\d+(?:\\.\\d+)?|${NUM_WORD})(?:\\s*\\(\\d+(?:\\.\\d+)?\\))?[\\s-]*(?:fold|times)\\b`, 'giu'), /fold|times/iu);
/**
 * "by a factor of four", "attains a factor of three or more": a multiple in words. The article keeps out a
 * named coefficient ("an efficiency factor of 2.5"); relativeMatches() leaves out error bands ("off by a
 * factor of two", "within a factor of two of a threshold").
 */
export const FACTOR_OF = guard(new RegExp(`\\ba\\s+factor\\s+of\\s+(\\d+(?:\\.\\d+)?|${NUM_WORD})\\b`, 'giu'), /factor/iu);
export const DOUBLING = guard(/\b(?:doubl|tripl|quadrupl)(?:e|es|ed|ing)\b/giu, /doubl|tripl|quadrupl/iu);
export const OOM = guard(new RegExp(`\\b(?:(?:an?|${NUM_WORD}|several|multiple|\\d+(?:\\.\\d+)?)\\s+)?orders?[\\s-]+of[\\s-]+magnitude\\b`, 'giu'), /magnitude/iu);
export const FRACTION = guard(/\b(?:(?:a|one)[\s-](?:half|third|quarter|fifth|tenth)|1\/\d{1,2}(?:st|nd|rd|th)?)\b/giu, /half|third|quarter|fifth|tenth|1\/\d/iu);
export const YEARS_IN_ONE = guard(new RegExp(`\\b(?:${NUM_WORD}|\\d+)\\s+years?(?:'?\\s*worth)?\\s+of\\s+(?:[\\w–-]+\\s+){0,4}?progress(?:,[^,.;]{1,40},)?\\s+(?:occurs\\s+|happens\\s+)?(?:in|into|within)\\s+(?:one|a\\s+single|\\d+)\\b|\\bas\\s+much\\s+progress\\s+in\\s+(?:one|a|a\\s+single)\\s+(?:year|month)\\s+as\\s+(?:one\\s+would\\s+(?:see|expect|make)\\s+)?in\\s+(?:${NUM_WORD}|\\d+)\\s+(?:years?|months?)\\b`, 'giu'), /progress/iu);

/**
 * A share of another model's compute: "more than 30% of that model's training compute", "exceeds 10% of its
 * pre-training compute", "> ⅓ of its original training compute" (like "a third of the original model's
 * compute"). Only a share of a model's or a run's compute: "10% of the compute of any run on safety
 * evaluations", "30 per cent of the reported estimate" and "10 percent of the cost of …" are not thresholds.
 */
export const SHARE_OF = guard(/(?<![\p{L}\p{N}.])(?:(\d{1,2}(?:\.\d+)?)\s?(?:%|percent|per\s?cent)|([⅓⅔¼½¾⅕⅒]))(?=\s+of\s+(?:the|that|this|its|their|a|an|base|original|parent)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:model|run|checkpoint)['’]s\s+(?:[\w-]+\s+){0,2}?(?:compute|FLOP)\b|(?:original\s+|pre-?)?training\s+compute\b|(?:compute|computing\s+power)\s+used\s+to\s+(?:pre-?)?train\b|FLOP\b))/giu, /%|percent|per\s?cent|[⅓⅔¼½¾⅕⅒]/iu);
/** The value of a unicode vulgar fraction. */
export const VULGAR_FRACTIONS: Readonly<Record<string, number>> = { '⅓': 1 / 3, '⅔': 2 / 3, '¼': 0.25, '½': 0.5, '¾': 0.75, '⅕': 0.2, '⅒': 0.1 };
/** A percentage used as a multiple: "a 300% increase in effective compute", "by 300 percent or more". */
export const PERCENT_INCREASE = guard(/(?<![\p{L}\p{N}.])(\d{2,4}(?:\.\d+)?)\s?(?:%|percent|per\s?cent)(?:\s+or\s+more)?(?=\s+(?:increase|growth|rise|jump|more)\b|\s*$)|\bby\s+(\d{2,4}(?:\.\d+)?)\s?(?:%|percent|per\s?cent)(?:\s+or\s+more)?/giu, /%|percent|per\s?cent/iu);

/** What the word after a multiplier says it multiplies, when it is not compute (trap T2). */
export const NOT_COMPUTE_AFTER = /^\s*(?:(?:more|less|fewer|the)\s+)?(?:time\s+saved|faster|slower|speed\b|cheaper|users?|customers|revenue|likely|likelihood|tries|attempts|GPUs?|TPUs?|nodes?|chips?|accelerators?|cards?|servers?|[A-Z]\d{2,4}\b|zoom|magnification|per\s+(?:day|week|month|year)|a\s+(?:day|week|month|year)|daily|weekly|monthly|yearly|annually)/u;

/** Compute lexemes that anchor a multiplier (F3 window rule). */
export const COMPUTE_WORD = guard(/\b(?:compute|computation|computing\s+power|computational\s+resources|FLOPs?|FLOP|operations|training\s+runs?|scale-?ups?)\b/iu, /comput|flop|operations|training|scale/iu);
/** Capabilities as the quantity multiplied; "the most recent capability assessment" names an event, not it. */
export const CAPABILITY_WORD = guard(/\bcapabilit(?:y|ies)\b(?!\s+(?:assessments?|evaluations?|reviews?|tests?|testing)\b)|\bmore\s+capable\b|\bperformance\b/iu, /capab|performance/iu);
export const PROGRESS_WORD = guard(/\b(?:progress|R&D|research|speed(?:s|ed)?[\s-]?up|accelerat\w*|wall-clock\s+time)\b/iu, /progress|R&D|research|speed|accelerat|wall-clock/iu);
export const BUFFER_WORD = guard(/\b(?:safety\s+)?(?:buffer|margin)\b/iu, /buffer|margin/iu);
export const INTERVAL_WORD = guard(/\b(?:evaluation|assessment|testing|test)\s+(?:interval|cadence|step)\b|\binterval\b/iu, /interval|cadence|step/iu);

/** F4: absolute magnitudes. */
export const POW = guard(new RegExp(`(?:(?<![\\d.])(\\d+(?:\\.\\d+)?|${NUM_WORD})\\s*(?:×|x|\\*|times)\\s*)?(?<![\\d.])10\\s?(?:\\^|[º°](?=\\s?\\d))\\s?\\{?(\\d{1,2})\\}?(?!\\d)`, 'giu'), /10\s?[\^º°]/iu);
export const SCI_E = guard(/(?<![\p{L}\p{N}.])(\d+(?:\.\d+)?)\s?[eE]\+?(\d{1,2})(?![\p{L}\p{N}])/gu, /\d\s?[eE]\+?\d/u);
/** The exponents a PDF extraction flattens into a four-digit number ("1026" for 10^26): compute magnitudes only. */
export const FLATTENED_EXPONENT = String.raw`(1[5-9]|2\d|3[0-2])`;
export const PDF_ART = guard(new RegExp(String.raw`(?<![\p{N}.,^§/:])(?:(\d+(?:\.\d+)?)\s?[×x]\s?)?10${FLATTENED_EXPONENT}(?![\p{N}])`, 'gu'), new RegExp(`10${FLATTENED_EXPONENT}`, 'u'));
/** A compute unit straight after a magnitude. */
export const UNIT_AFTER = /^\s{0,3}(?:(?:total|raw|physical|cumulative|training|pre-?training)\s+){0,2}(?:(?:integer\s+or\s+)?floating[\s-]point\s+operations(?:\s+per\s+second)?|integer\s+operations(?:\s+per\s+second)?|(?:computational\s+|arithmetic\s+|mathematical\s+)?operations(?:\s+per\s+second)?|FLOP\s*\/\s*s\b|FLOPs?\b|FLOPS\b|flops?\b|op\/s\b|ops\b|petaFLOP\/s-days?\b|PF-days?\b)/iu;
/** A comparator straight before a magnitude. */
export const COMPARATOR_BEFORE = /(?:equal\s+to\s+or\s+(?:greater|more)\s+than|(?:greater|more|higher|larger)\s+than(?:\s+or\s+equal\s+to)?|in\s+excess\s+of|exceed(?:s|ed|ing)?(?:\s+the)?|above|over|at\s+least|no\s+less\s+than|beyond|(?:pass(?:es|ing)?|cross(?:es|ing)?|surpass(?:es|ing)?)(?:\s+the)?|less\s+than|fewer\s+than|below|under|up\s+to|at\s+most|around|about|approximately|roughly|>=|<=|>|<|~|≈)\s*$/iu;
export const APPROXIMATE = /^(?:around|about|approximately|roughly|~|≈)$/iu;

/** Delegated or unnamed compute thresholds ("a quantity of computing power determined by the Agency"). */
export const DELEGATED = guard(/\b(?:an?\s+)?(?:quantity|amount|level)\s+of\s+(?:computing\s+power|compute(?:\s+power)?|computation|computational\s+resources)\s+(?:that\s+(?:exceeds|is\s+(?:greater|more)\s+than)\s+a\s+threshold\s+)?(?:determined|specified|set|established|prescribed|defined)\s+(?:by|in|under)\b|\b(?:an?\s+)?(?:specified|prescribed|certain)\s+(?:level|quantity|amount|threshold)\s+of\s+(?:computing\s+power|compute(?:\s+power)?|computation)\b/giu, /quantity|amount|level|specified|prescribed|certain/iu);

/** Compute-cost thresholds. */
const MONEY = `(?:(?:US\\$|\\$|USD\\s?|EUR\\s?|€|£|GBP\\s?)\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s*(?:million|billion|thousand|mil|mn|[mbk]n?)\\b)?|(?:(?:${NUM_WORD})\\s+){1,3}(?:thousand|million|billion)\\s+(?:US\\s+)?dollars(?:\\s*\\(\\$[\\d,]+\\))?|(?<![\\d,.])\\d[\\d,]{0,12}(?:\\.\\d{1,3})?\\s(?:thousand|million|billion)\\s(?:US\\s)?(?:dollars|pounds|euros|won|yen|yuan)\\b|(?:RMB|CNY|JPY|KRW|¥|₩)\\s?\\d[\\d,]{0,12}(?:\\.\\d{1,3})?(?:\\s(?:thousand|million|billion))?(?:\\s(?:yuan|yen|won))?)`;
export const COST = guard(new RegExp(`\\bcosts?\\s+(?:of\\s+which\\s+|(?:of|for)\\s+(?!which|more\\b|at\\s+least)[^,.;$]{1,60}?\\s+|of\\s+)?(?:,[^,]{0,80},\\s*)?(?:(?:is|was|are)\\s+(?:expected|projected|estimated|likely|planned)\\s+to\\s+)?(?:exceeds?|exceeding|(?:is\\s+)?(?:at\\s+least|more\\s+than|greater\\s+than|over|above|in\\s+excess\\s+of))\\s+${MONEY}|${MONEY}\\s+(?:in|of|worth\\s+of)\\s+(?:cloud\\s+)?(?:computing\\s+power|compute|computation|training\\s+compute)\\b|${MONEY}\\s+in\\s+(?:aggregate\\s+|total\\s+)?(?:training|compute|computing)\\s+costs?\\b|\\b(?:compute|training|computing)\\s+spend(?:ing)?\\b(?:\\s+on\\s+[^,.;$]{1,50}?)?\\s+(?:(?:is|was|are)\\s+(?:expected|projected|estimated|likely|planned)\\s+to\\s+)?(?:exceeds?|exceeding|passes|goes\\s+over|(?:is\\s+)?(?:at\\s+least|more\\s+than|greater\\s+than|over|above|in\\s+excess\\s+of))\\s+${MONEY}|\\b(?:specified|certain|prescribed)\\s+cost\\s+thresholds?\\b`, 'giu'), /cost|spend|[$€£]|usd|eur|gbp|dollar/iu);

const DEGREE_ADVERB = 'notably|noticeably|significantly|substantially|materially|meaningfully|considerably|dramatically|markedly|remarkably|sufficiently|much|far';
/** The adverbs that grade a plain comparative ("notably stronger than", "clearly better at … than"); "much" and "far" are too common in prose for that. */
const COMPARATIVE_ADVERB = 'notably|noticeably|significantly|substantially|materially|meaningfully|considerably|dramatically|markedly|clearly';
const DEGREE_ADJECTIVE = 'substantial|significant|material|notable|noticeable|major|meaningful|exceptional|dramatic|considerable|marked|sharp|large|big|remarkable|step-change';
/** What a capability jump is a jump in: "capabilities", "the model's capabilities", "what it can do". */
const CAPABILITY_HEAD = String.raw`(?:the\s+)?(?:model['’]s\s+|its\s+|their\s+)?(?:(?:AI|model|overall|general|elicited|measured|dangerous|agentic|frontier|system)\s+){0,2}(?:capabilit(?:y|ies)(?:\s+frontier)?|capability\s+frontier|performance|ability|abilities)\b|what\s+(?:it|the\s+model|a\s+model|they)\s+can\s+do\b`;
/** What the jump is measured from: earlier, current or best models, the state of the art, what is already out. */
const COMPARED_MODEL = String.raw`(?:the\s+|our\s+|its\s+|any\s+|all\s+|(?:\p{Lu}[\w-]*['’]s\s+))?(?:(?:(?:prior|previous|existing|current|earlier|deployed|frontier|latest|last|most\s+capable|best|strongest|flagship)\s+(?:[\w-]+\s+){0,2}?)?(?:models?|systems?|generations?|versions?|releases?)|state[\s-]of[\s-]the[\s-]art|(?:capability\s+)?frontier|what\s+(?:is|was|has\s+been)\s+(?:already\s+|currently\s+|publicly\s+)?(?:available|deployed|released)|anything\s+(?:we|it|they)\s+(?:have|has)\s+(?:deployed|released))\b`;
/** A plain comparative compares models: "than its predecessor", "than the one we reviewed", "than our current flagship". */
const THAN_MODEL = String.raw`(?:(?:the\s+|our\s+|its\s+|any\s+|their\s+|that\s+|\p{Lu}[\w-]*['’]s\s+)(?:[\w-]+\s+){0,4}?(?:models?|systems?|versions?|releases?|predecessors?|flagship|one|checkpoints?|generations?)\b|anything\s+(?:we|it|they)(?:['’]ve|\s+have)\s+(?:ever\s+)?(?:shipped|released|deployed|trained|evaluated|tested)\b)`;
/**
 * F8: capability-jump phrases used as triggers, composed of a degree word and a head: "notably more
 * capable", "notably stronger than its predecessor", "an exceptional increase in capabilities", "a major
 * step up in what it can do", "a major algorithmic breakthrough". A "capability change" is not a jump: it may
 * go either way (GDM FSF v3's "material capability change" is not annotated as one).
 */
export const CAPABILITY_JUMP = guard(new RegExp(`\\b(?:${DEGREE_ADVERB})\\s+more\\s+(?:capable|performant)\\b|\\b(?:${COMPARATIVE_ADVERB})\\s+["“]?(?:stronger|better|smarter)["”]?\\s+(?:(?:at|in|on)\\s+[\\w\\s-]{1,30}?\\s+)?than(?=\\s+${THAN_MODEL})|\\b(?:${COMPARATIVE_ADVERB})\\s+(?:stronger|better|smarter)(?=\\s+(?:if|when|where)\\b)|\\b(?:${DEGREE_ADVERB})\\s+(?:improved|increased|greater|higher|stronger)\\s+(?:capabilit(?:y|ies)|performance)\\b|\\bmajor\\s+algorithmic\\s+(?:breakthrough|advance|improvement)s?\\b|\\b(?:unexpectedly\\s+)?(?:${DEGREE_ADJECTIVE})\\s+(?:increases?|jumps?|improvements?|gains?|leaps?|step[\\s-]ups?)\\s+(?:in|of)\\s+(?:${CAPABILITY_HEAD})|\\b(?:${DEGREE_ADJECTIVE})\\s+(?:capabilit(?:y|ies)|performance)\\s+(?:jumps?|gains?|improvements?|increases?|leaps?)\\b|\\bgenerational\\s+model\\s+improvement\\b|\\bstep[\\s-]changes?\\s+in\\s+(?:the\\s+|its\\s+|a\\s+)?(?:model['’]s\\s+)?(?:capabilit(?:y|ies)|performance)\\b`, 'giu'), /capab|performan|algorithmic|generational|stronger|better|smarter|can\s+do/iu);

/**
 * A jump whose head is the comparison itself: "a substantial jump relative to prior models", "a
 * significant step up from what is already available", "a significant advance over Copperline's previous
 * frontier model", "a big jump in capability versus the last Gate B model".
 * The degree word and a comparison with models (or the state of the art) make it a capability jump.
 */
export const CAPABILITY_JUMP_COMPARED = guard(new RegExp(`\\b(?:${DEGREE_ADJECTIVE})\\s+(?:(?:capability|performance)\\s+)?(?:jumps?|step[\\s-]ups?|step[\\s-]changes?|advances?|leaps?|improvements?|increases?)\\s+(?:in\\s+(?:capabilit(?:y|ies)|performance)\\s+)?(?:relative\\s+to|compared\\s+(?:to|with)|over|on|from|beyond|above|versus|vs\\.?)\\s+${COMPARED_MODEL}`, 'giu'), /jump|step|advance|leap|improvement|increase/iu);
/** Capability jumps in other word orders, as translations write them: "the capability on key benchmarks has obvious improvement". */
export const CAPABILITY_JUMP_REORDERED = guard(new RegExp(`\\b(?:capabilit(?:y|ies)|performance)\\b[^.;]{0,40}?\\b(?:has|have|shows?|showing)\\s+(?:an?\\s+)?(?:${DEGREE_ADJECTIVE}|obvious|clear)\\s+(?:improvements?|increases?|gains?|jumps?)\\b|\\bcapabilit(?:y|ies)\\s+(?:go|goes|went|going)\\s+(?:${DEGREE_ADVERB})\\s+beyond\\b`, 'giu'), /improvement|increase|gain|jump|beyond/iu);

/**
 * Progress jumps without a number: "AI progress substantially accelerating", "a dramatic acceleration in
 * the rate of AI progress" (corpus rule 13: a multiplier on the rate of progress, stated in words).
 */
export const PROGRESS_JUMP = guard(new RegExp(`\\b(?:AI|algorithmic|research|R&D|capabilit(?:y|ies))\\s+progress\\s+(?:${DEGREE_ADVERB}|rapidly|sharply)\\s+accelerat\\w*|\\b(?:${DEGREE_ADJECTIVE}|rapid)\\s+acceleration\\s+(?:in|of)\\s+(?:the\\s+)?(?:rate|pace|speed)\\s+of\\s+(?:AI\\s+|algorithmic\\s+)?(?:progress|development|research)\\b`, 'giu'), /accelerat/iu);

/**
 * A calendar trigger for post-training progress: "Six months' worth of finetuning and other capability
 * elicitation methods have accumulated" (needs a reference point: accumulated since when?).
 */
export const POST_TRAINING_CALENDAR = guard(new RegExp(`\\b(?:${NUM_WORD}|\\d+)\\s+(?:months?|weeks?)'?\\s+(?:worth\\s+)?of\\s+(?:[\\w-]+\\s+){0,2}?(?:fine-?tuning|finetuning|post-?training|elicitation)[^.;]{0,100}?\\b(?:have|has)\\s+(?:accumulated|accrued|elapsed|passed)\\b`, 'giu'), /accumulated|accrued|elapsed|passed/iu);

/** Performance-equivalence clauses ("a model with similar performance on benchmarks …"). */
export const EQUIVALENCE = guard(/\b(?:similar|comparable|equivalent|equal)(?:\s+or\s+(?:similar|comparable|equivalent|equal))?\s+(?:general\s+)?(?:performance|capabilit(?:y|ies))\b/giu, /similar|comparable|equivalent|equal/iu);

/** Normative or trigger syntax (F7). */
/** Normative syntax (F7): modal verbs and commitments make a sentence a rule, whatever else it says. */
export const STRONG_TRIGGER = /\b(?:shall|must|will|commit(?:s|ted)?|requires?|required|whenever|triggers?|triggered|presumed|covered\s+(?:models?|developers?|persons?|entit(?:y|ies))|obliged|may\s+not|may\s+only|prohibited)\b/iu;
/** Weaker trigger syntax: conditions and cadences, which descriptive prose also uses. */
/** A restrictive clause that names a crossing: "models which have reached 4x …" is a condition. */
export const REACHES = String.raw`(?:that|which)\s+(?:ha(?:ve|s)\s+)?reach(?:es|ed)?`;
// "before training past 4x the effective compute of …", "beyond 1e25 FLOP": crossing the figure is the condition.
export const TRIGGER = new RegExp(String.raw`\b(?:every|each|if|when|upon|once|thresholds?|exceeds?|${REACHES}|at\s+least|more\s+than|greater\s+than|any\s+(?:[\w-]+\s+){0,2}?(?:models?|clusters?|systems?|training\s+runs?))\b|\b(?:training|train|run|running|scal(?:e|ing)|go(?:ing)?|proceed(?:ing)?)\s+(?:past|beyond)\s+[*_]{0,2}(?:\d+(?:\.\d+)?\s?[x×]|10\s?\^|\d+(?:\.\d+)?\s?[×x]\s?10|\d(?:\.\d+)?e\d)`, 'iu');
/** A worked example or illustration: its numbers set no threshold. */
export const EXAMPLE_LEAD = /^[\s(]*(?:for\s+example|for\s+instance|e\.g\.|as\s+an\s+(?:example|illustration)|to\s+illustrate|suppose|imagine)\b/iu;
/** Reported speech: somebody else's description, not this document's rule. "whatever Trigger A says" (drafts-dh 03) and "even if the compute math says it should not be"
 *  (drafts-dt 03) are concessions about a rule, not reports of one. */
export const ATTRIBUTION = /\b(?:said|(?<!\b(?:what(?:ever)?|even\s+(?:if|though))\s+(?:[\w-]+\s+){0,5})says|told|according\s+to|argued|argues|claimed|claims|wrote|writes|noted|observed|estimated\s+that|reported\s+that|statement\s+that|(?<!\b(?:we|I)\s)note\s+that)\b/iu;
/** A version-history entry: "v2.0 (15 Oct 2024) — …", "Draft 0.3 (14 March 2025)." */
export const VERSION_ENTRY = /^[\s*_•●○■-]*(?:v(?:ersion)?\s?|draft\s+|revision\s+)\d+(?:\.\d+)*(?:\s?[–-]\s?v?\d+(?:\.\d+)*)?[*_]*(?:\s*\(|:\s)/iu;
export const DEFINITION_VERB = /\b(?:we\s+define|(?:is|are)\s+defined\s+as|defined\s+as|means|shall\s+mean|refers?\s+to|denotes|(?:is|are)\s+operationali[sz]ed\s+(?:as|by))\b/iu;
export const HISTORICAL = /\b(?:(?:this|it|which)\s+was\s+previously|(?:was|were)\s+previously\s+(?:set|specified|stated|defined|at)|formerly|(?:was|were)\s+changed|we\s+(?:changed|adjusted|updated|replaced|revised|removed|lowered|raised)|(?:in|from)\s+(?:the\s+)?(?:previous|prior|earlier)\s+(?:version|draft)|(?:replace|replaces|replaced|supersede[sd]?)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:in|of|from)\s+(?:Draft|Version|v)\s?\d+(?:\.\d+)*)\b/iu;
export const DESCRIPTIVE = /\b(?:historically|has\s+(?:grown|doubled|increased|fallen|risen)|have\s+(?:grown|doubled|increased|risen)|per\s+year|each\s+year|doubling\s+time|halving\s+time|(?<!\b(?:if|where|when|whenever|once|unless|whether)\s+(?:[\w'’-]+\s+){0,3})(?:estimated|estimates?|(?:was|were)\s+(?:pre-?)?trained)|pre-?trained\s+(?:on|with|using)|used\s+(?:about|approximately|roughly|around)|reportedly|I\s+think|we\s+think|in\s+our\s+view)\b/iu;

/** A yes/no question about this run, model or checkpoint: "Will the run's …", "Is the candidate checkpoint …". */
export const GATE_QUESTION = /^[\s*_"'#\d.()A-Z-]{0,40}?(?:\*\*[^*]{1,60}\*\*\s*)?(?:Will|Is|Does|Has|Would)\s+(?:(?:the|this|a|any|its)\s+)?(?:[\w'’-]+\s+){0,3}?(?:run|model|checkpoint|candidate|training|fine-?tune|compute|cluster)\b[^?]*\?/u;

/**
 * Tested on a sentence up to a term: the term follows a question word, as in a title that names the question
 * ("**1. What EC means for us**", "What "effective compute" means here"): the definition comes after it.
 */
export const QUESTION_WORD_BEFORE = /\b(?:what|how|why|whether)\s[\s"'*_“”]{0,4}$/i;
