// Find mentions: term occurrences, relative and absolute magnitudes, cost thresholds, capability jumps.
import { columnHeaderOf } from './tables';
import { blockTest, sentenceText, type Block, type ParsedDocument, type Sentence } from './document';
import { mapRange } from './normalize';
import * as P from './patterns';
import type { MentionKind } from './types';

/** A mention before roles and facets: positions in the block's normalised text and in the document. */
export interface RawMention {
  kind: MentionKind;
  sentence: Sentence;
  /** Range in block.norm.text. */
  nStart: number;
  nEnd: number;
  start: number;
  end: number;
  term?: string;
  value?: number;
  comparator?: string;
  /** A safety buffer or margin: measured back from the threshold it protects. */
  buffer?: boolean;
  /** Absolute value written without a unit, kept only if another mention gives the unit. */
  bare?: boolean;
  /** A number that names a threshold by its noun ("the 10^25 FLOP threshold"). */
  namedThreshold?: boolean;
  /** Its unit comes from another mention with the same value ("our 4x evaluation interval"). */
  implied?: boolean;
}

/** An occurrence of a defined-term candidate (effective compute and its aliases, capability phrases). */
export interface TermOccurrence {
  term: string;
  sentence: Sentence;
  nStart: number;
  nEnd: number;
  start: number;
  end: number;
  /** "It's how much compute …": a pronoun whose antecedent is the term, opening a plain-language definition. */
  pronoun?: boolean;
}

export const EFFECTIVE_COMPUTE = 'effective compute';
export const CEG_TERM = 'compute-equivalent gain';

const WINDOW = 48;
const THRESHOLD_NOUN = /^\s?(?:[A-Z]{2,}\s+)?(?:thresholds?|presumptions?|line|mark|triggers?|limits?|cap|bar)\b/;
/** What a back-reference to a stated multiple calls it: "the 3x step", "the 6x gap", "the 4x cadence". */
const BACK_REFERENCE_NOUN = /^\s?(?:(?:effective[\s-]compute|EC)\s+)?(?:steps?|gaps?|levels?|points?|cadence|count|intervals?|multiples?)\b/;
const UNIT_BEFORE = /\b(?:FLOPs?|floating[\s-]point\s+operations|computation)\b[^.;]{0,60}$/i;

export function findTermOccurrences(doc: ParsedDocument, aliases: Record<string, string>): TermOccurrence[] {
  const aliasKey = JSON.stringify(aliases);
  const out: TermOccurrence[] = [];
  for (let i = 0; i < doc.blocks.length; i++) {
    const block = doc.blocks[i]!;
    // Blocks of unchanged chunks share their normalised text with the previous parse: reuse what was
    // found in them (positions relative to the block) instead of matching again.
    const facts = blockFacts(block, aliasKey);
    facts.terms ??= blockTerms(block, aliasMatcher(aliases, aliasKey));
    for (const t of facts.terms) {
      const sentence = block.sentences[t.sentence]!;
      out.push({ term: t.term, sentence, nStart: t.nStart, nEnd: t.nEnd, start: block.start + t.start, end: block.start + t.end });
    }
    pronounDefinitions(doc, i, out);
  }
  return out;
}

/**
 * A plain-language definition that takes its subject from a pronoun: "Effective compute tries to account for
 * that: roughly, it's the compute you would have needed with an older recipe to get a model of the same
 * quality" (drafts-dc 03), or, under the question it answers, "**Q: What does the "effective" in §3.2 mean,
 * in plain words?** It's how much compute our reference recipe would have needed to get the same result"
 * (drafts-af 03). Corpus rule 15: a definition is a mention, however it is worded.
 */
const PRONOUN_DEFINITION = P.guard(/\b[Ii]t(?:['’]s|\s+is)\s+(?:(?:roughly|basically|essentially|simply|just),?\s+)?(?:how\s+much\s+|the\s+(?:amount\s+of\s+)?(?:[\w-]+\s+){0,2}?)(?:raw\s+|physical\s+|training\s+)?(?:compute|computing\s+power|FLOPs?)\b[^.;?]{0,120}?\bwould\s+(?:have\s+)?(?:need(?:ed)?|require[sd]?|take|taken)\b/u, /would/u);

function pronounDefinitions(doc: ParsedDocument, index: number, out: TermOccurrence[]): void {
  const block = doc.blocks[index]!;
  if (block.kind === 'heading' || !P.mayMatch(PRONOUN_DEFINITION, block.norm.text)) return;
  const previous = doc.blocks[index - 1];
  const answersQuestion = !!previous && /effective/i.test(previous.norm.text) && (previous.kind === 'heading' || /\?[\s"'*_)]*$/.test(previous.norm.text));
  for (const sentence of block.sentences) {
    const st = sentenceText(sentence);
    const m = PRONOUN_DEFINITION.exec(st);
    if (!m) continue;
    const antecedentBefore = out.some((t) => t.sentence === sentence && t.term === EFFECTIVE_COMPUTE && t.nEnd <= sentence.normStart + m.index);
    if (!antecedentBefore && !(answersQuestion && sentence.index === 0)) continue;
    const nStart = sentence.normStart + m.index;
    const nEnd = nStart + m[0].length;
    const r = mapRange(block.norm, nStart, nEnd);
    out.push({ term: EFFECTIVE_COMPUTE, sentence, nStart, nEnd, start: block.start + r.start, end: block.start + r.end, pronoun: true });
  }
}

/** What a block yields, relative to the block, for one alias configuration. */
interface BlockFacts {
  terms?: Relative<TermOccurrence>[];
  mentions?: Relative<RawMention>[];
}

/** A record with its sentence as an index and its offsets relative to the block's start. */
type Relative<T> = Omit<T, 'sentence'> & { sentence: number };

const FACTS = new WeakMap<object, Map<string, BlockFacts>>();

function blockFacts(block: Block, aliasKey: string): BlockFacts {
  let byAliases = FACTS.get(block.norm);
  if (!byAliases) FACTS.set(block.norm, (byAliases = new Map()));
  let facts = byAliases.get(aliasKey);
  if (!facts) byAliases.set(aliasKey, (facts = {}));
  return facts;
}

function blockTerms(block: Block, aliases: AliasMatcher): Relative<TermOccurrence>[] {
  const out: Relative<TermOccurrence>[] = [];
  for (const sentence of block.sentences) {
    const st = sentenceText(sentence);
    const add = (term: string, a: number, b: number): void => {
      const nStart = sentence.normStart + a;
      const nEnd = sentence.normStart + b;
      const r = mapRange(block.norm, nStart, nEnd);
      out.push({ term, sentence: sentence.index, nStart, nEnd, start: r.start, end: r.end });
    };
    for (const m of P.matchesIn(P.EC_NOUN, st)) {
      if (P.RATE_AFTER.test(st.slice(m.index! + m[0].length, m.index! + m[0].length + 24))) continue;
      if (/FLOPS$/.test(m[0])) continue; // "effective FLOPS" is a throughput (trap T3)
      add(EFFECTIVE_COMPUTE, m.index!, m.index! + m[0].length);
    }
    for (const m of P.matchesIn(P.EFLOP, st)) add(EFFECTIVE_COMPUTE, m.index!, m.index! + m[0].length);
    for (const m of P.matchesIn(P.CEG, st)) add(CEG_TERM, m.index!, m.index! + m[0].length);
    for (const m of aliases.matches(st)) add(m.canonical, m.start, m.end);
  }
  return out;
}

/**
 * The configured aliases, compiled once per configuration. Matching goes word by word through an index
 * of the aliases' words, so its cost does not grow with the number of aliases (one alternation of 25,000
 * aliases took 30 s on a 9 KB draft, issue 12 §6): at each word, the runs of 1…n words that could start an
 * alias are looked up, and each candidate is confirmed in place (its own separators, its case rule).
 */
interface AliasMatcher {
  /** Non-overlapping alias occurrences in `text`, longest first where several start at one word. */
  matches(text: string): Array<{ canonical: string; start: number; end: number }>;
}

interface CompiledAlias {
  canonical: string;
  /** Anchored at a word start; checks the alias's own separators and the word boundary after it. */
  pattern: RegExp;
  length: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const MATCHERS = new Map<string, AliasMatcher>();
const NO_ALIASES: AliasMatcher = { matches: () => [] };

function canonicalTerm(canonical: string): string {
  const lower = canonical.toLowerCase();
  return P.EC_TERM.test(lower) ? EFFECTIVE_COMPUTE : lower;
}

function aliasMatcher(aliases: Record<string, string>, key: string): AliasMatcher {
  const known = MATCHERS.get(key);
  if (known) return known;
  const index = new Map<string, CompiledAlias[]>();
  const spans = new Set<number>();
  for (const [alias, canonical] of Object.entries(aliases)) {
    const words = alias.match(WORD);
    // An alias must start and end with a letter or digit (a word); anything else could never be found
    // between word boundaries anyway.
    if (!words || !/^[\p{L}\p{N}]/u.test(alias.trim()) || !/[\p{L}\p{N}]$/u.test(alias.trim())) continue;
    // Abbreviations (EC, CEG, eFLOP) match as written; words ("equivalent training compute") in any case.
    const abbreviation = !/\s/.test(alias.trim()) && /[A-Z]/.test(alias);
    const escaped = alias.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const compiled: CompiledAlias = { canonical: canonicalTerm(canonical), pattern: new RegExp(`${escaped}(?![\\p{L}\\p{N}])`, abbreviation ? 'uy' : 'iuy'), length: alias.trim().length };
    const k = words.join(' ').toLowerCase();
    const list = index.get(k);
    if (list) list.push(compiled);
    else index.set(k, [compiled]);
    spans.add(words.length);
  }
  const lengths = [...spans].sort((a, b) => b - a);
  const matcher: AliasMatcher = index.size === 0 ? NO_ALIASES : {
    matches(text) {
      const words = [...text.matchAll(WORD)];
      const found: Array<{ canonical: string; start: number; end: number }> = [];
      let after = 0;
      for (let i = 0; i < words.length; i++) {
        const start = words[i]!.index!;
        if (start < after) continue;
        let best: { canonical: string; end: number } | undefined;
        for (const n of lengths) {
          if (i + n > words.length) continue;
          const candidates = index.get(words.slice(i, i + n).map((w) => w[0]).join(' ').toLowerCase());
          for (const c of candidates ?? []) {
            c.pattern.lastIndex = start;
            const m = c.pattern.exec(text);
            if (m && (!best || start + m[0].length > best.end)) best = { canonical: c.canonical, end: start + m[0].length };
          }
          if (best) break;
        }
        if (best) {
          found.push({ canonical: best.canonical, start, end: best.end });
          after = best.end;
        }
      }
      return found;
    },
  };
  // A few configurations at a time (the editor's workspace folders); the oldest goes first.
  if (MATCHERS.size >= 8) MATCHERS.delete(MATCHERS.keys().next().value!);
  MATCHERS.set(key, matcher);
  return matcher;
}

export function findMentions(doc: ParsedDocument, terms: TermOccurrence[], aliases: Record<string, string> = {}): RawMention[] {
  const aliasKey = JSON.stringify(aliases);
  const termsBySentence = new Map<Sentence, TermOccurrence[]>();
  for (const t of terms) {
    const list = termsBySentence.get(t.sentence);
    if (list) list.push(t);
    else termsBySentence.set(t.sentence, [t]);
  }
  const mentions: RawMention[] = [];
  for (const block of doc.blocks) {
    const facts = blockFacts(block, aliasKey);
    // A pronoun definition depends on the block before (the question it answers): not cached on this block.
    const pronoun = block.sentences.some((s) => termsBySentence.get(s)?.some((t) => t.pronoun));
    let relative = pronoun ? undefined : facts.mentions;
    if (!relative) {
      const found: RawMention[] = [];
      for (const sentence of block.sentences) {
        // A sentence with an unfilled ⟨placeholder⟩ is a quick fix's draft, not policy text yet; the
        // unfilled-placeholder rule reports it instead.
        if (sentenceText(sentence).includes('⟨')) continue;
        for (const m of sentenceMentions(block, sentence, termsBySentence.get(sentence) ?? [], columnNamesEffectiveCompute(doc.text, block, aliases, aliasKey))) found.push(m);
      }
      relative = found.map((m) => ({ ...m, sentence: m.sentence.index, start: m.start - block.start, end: m.end - block.start }));
      if (!pronoun) facts.mentions = relative;
    }
    // Fresh objects every time: coreference below rewrites kinds document by document.
    for (const m of relative) {
      mentions.push({ ...m, sentence: block.sentences[m.sentence]!, start: m.start + block.start, end: m.end + block.start });
    }
  }
  resolveCoreference(mentions);
  return mentions.filter((m) => !m.bare);
}

/** Words without which a sentence cannot hold a mention: one cheap test before a dozen patterns. */
const SENTENCE_CANDIDATE = /comput|flop|operation|accelerat|accumulated|accrued|effective|\d\s?[x×]|fold|times|doubl|tripl|quadrupl|magnitude|capab|progress|breakthrough|advance|performan|10\s?\^|\de\+?\d|10\d\d|cost|half|third|quarter|fifth|tenth|1\/\d|similar|comparable|equivalent|equal|improvement/i;

/**
 * A threshold table's cell is read under its column header: a bare "≥ 4x" in the column "EC relative to
 * the LFEM" is a multiple of effective compute (issue 10, cause 4). True when the cell's header names
 * effective compute or one of its aliases.
 */
function columnNamesEffectiveCompute(text: string, block: Block, aliases: Record<string, string>, aliasKey: string): boolean {
  const header = columnHeaderOf(text, block);
  if (!header.trim()) return false;
  return P.guardedTest(P.EC_NOUN, header) || aliasMatcher(aliases, aliasKey).matches(header).length > 0;
}

/** A cell that holds nothing but a multiple and its comparator: "≥ 4x", "4x or more". */
/**
 * A cell under an effective-compute column that holds a multiple, a band or a bound: "≥ 4x", "4x or more",
 * "below 2x", "2x to 4x", "8x or more without a completed FCE" (a threshold table's bands, drafts-ao 03,
 * drafts-as 04).
 */
const MULTIPLE_ONLY_CELL = /^(?:(?:[≥>≤<~≈]|>=|<=|at\s+least|below|under|above|over|less\s+than|more\s+than)\s?)?\d+(?:\.\d+)?\s?[x×](?:\s?(?:to|-|–)\s?\d+(?:\.\d+)?\s?[x×])?(?:\s+or\s+(?:more|above|higher))?(?:\s+(?:without|before|after|during|with|unless|and)\s[^|]{1,40})?$/iu;

/** A multiple right before the term ("4x the effective compute", "the fivefold effective compute step"): the term is what it multiplies. */
const MULTIPLE_BEFORE_TERM = /(?:\d(?:\.\d+)?\s?[x×]|\b(?:times|[a-z]{0,8}fold|double|twice|triple|quadruple))\s+(?:(?:increase|rise|jump|step|growth|gain)s?\s+)?(?:(?:the|its|their|our|in|of)\s+){0,2}$/iu;
/** A second condition coordinated with the first: ", or when …", ", or if …", "; or where …". */
const COORDINATED_CONDITION = /,\s*(?:or|and)\s+(?:when|if|where|once|whenever|upon|for)\b/iu;

function sentenceMentions(block: Block, sentence: Sentence, terms: TermOccurrence[], ecColumn = false): RawMention[] {
  const st = sentenceText(sentence);
  if (terms.length === 0 && !SENTENCE_CANDIDATE.test(st) && !P.mayMatch(P.CAPABILITY_JUMP_COMPARED, st) && !P.mayMatch(P.CAPABILITY_JUMP, st)) return [];
  const base = sentence.normStart;
  const out: RawMention[] = [];
  const consumedTerms = new Set<TermOccurrence>();
  const make = (kind: MentionKind, a: number, b: number, extra: Partial<RawMention> = {}): RawMention => {
    const r = mapRange(block.norm, base + a, base + b);
    return { kind, sentence, nStart: base + a, nEnd: base + b, start: block.start + r.start, end: block.start + r.end, ...extra };
  };
  const taken = (a: number, b: number): boolean => out.some((m) => m.nStart - base < b && a < m.nEnd - base);

  // Absolute magnitudes first: "three times 10^25" must not also read as a "three times" multiple.
  for (const m of absoluteMatches(st)) {
    if (taken(m.start, m.end)) continue;
    // A magnitude of effective compute ("1026 effective FLOP", "its equivalent training compute … is more
    // than 10^26 operations") needs the effective-compute facets, not a counting scope (corpus rule 1).
    // Not a term a multiple owns ("at least 4x the effective compute of …"), nor one across a coordinated
    // condition (", or when it is trained with more than 10^26 FLOP": drafts-ee 01, drafts-ef 03).
    const ecTerm = m.effective ? undefined : terms.find((t) => t.term === EFFECTIVE_COMPUTE && !consumedTerms.has(t) && t.nEnd - base <= m.start && m.start - (t.nEnd - base) <= 100 && !/[;]/.test(st.slice(t.nEnd - base, m.start)) && !MULTIPLE_BEFORE_TERM.test(st.slice(Math.max(0, t.nStart - base - 24), t.nStart - base)) && !COORDINATED_CONDITION.test(st.slice(t.nEnd - base, m.start)));
    if (m.effective || ecTerm) {
      if (ecTerm) consumedTerms.add(ecTerm);
      out.push(make('absolute-effective-compute', m.start, m.end, { term: EFFECTIVE_COMPUTE, value: m.value, comparator: m.comparator, namedThreshold: m.named }));
      continue;
    }
    out.push(make('absolute-compute', m.start, m.end, { value: m.value, comparator: m.comparator, bare: m.bare, namedThreshold: m.named }));
  }
  for (const m of P.matchesIn(P.DELEGATED, st)) {
    if (!taken(m.index!, m.index! + m[0].length)) out.push(make('delegated-compute', m.index!, m.index! + m[0].length));
  }
  for (const m of P.matchesIn(P.COST, st)) {
    if (taken(m.index!, m.index! + m[0].length) || !costIsAboutCompute(st)) continue;
    // The comparator is inside the match ("cost of which exceeds …") or just before it (">$100 million").
    const cmp = /\b(?:exceed(?:s|ing)?|at\s+least|more\s+than|greater\s+than|over|above|in\s+excess\s+of)\b/i.exec(m[0]) ?? P.COMPARATOR_BEFORE.exec(st.slice(Math.max(0, m.index! - 24), m.index!));
    out.push(make('compute-cost', m.index!, m.index! + m[0].length, { comparator: cmp?.[0].trim() }));
  }

  // Relative magnitudes, anchored by what they multiply.
  for (const m of relativeMatches(st)) {
    if (taken(m.start, m.end)) continue;
    const anchor = m.anchored
      ? { kind: m.anchored }
      : (anchorOf(st, m.start, m.end, terms.filter((t) => !consumedTerms.has(t)), base, block) ??
        (ecColumn && st.length < 40 && MULTIPLE_ONLY_CELL.test(st.trim()) ? { kind: 'relative-effective-compute' as const, implicitTerm: true } : undefined));
    if (!anchor) continue;
    let start = m.prefixStart;
    let end = m.end;
    if (anchor.term) {
      consumedTerms.add(anchor.term);
      start = Math.min(start, anchor.term.nStart - base);
      end = Math.max(end, anchor.term.nEnd - base);
      // Keep a trailing noun such as "increase" or "jump" inside the phrase: ">2x effective compute increase".
      const tail = /^\s+(?:increases?|jumps?|scale-?ups?|growth)\b/i.exec(st.slice(end));
      if (tail) end += tail[0].length;
    }
    out.push(make(anchor.kind, start, end, { term: anchor.term?.term ?? (anchor.implicitTerm ? EFFECTIVE_COMPUTE : undefined), value: m.value, comparator: m.comparator, buffer: anchor.buffer, bare: anchor.byValueOnly || undefined }));
  }

  // Progress jumps in words, unless the phrase is about an effective-compute term (then the term is the mention).
  for (const m of P.matchesIn(P.PROGRESS_JUMP, st)) {
    const a = m.index!;
    const b = a + m[0].length;
    if (taken(a, b) || terms.some((t) => t.nStart - base < b + 40 && a < t.nEnd - base)) continue;
    out.push(make('progress-rate', a, b));
  }
  for (const m of P.matchesIn(P.POST_TRAINING_CALENDAR, st)) {
    if (!taken(m.index!, m.index! + m[0].length)) out.push(make('post-training-calendar', m.index!, m.index! + m[0].length));
  }
  for (const m of [...P.matchesIn(P.CAPABILITY_JUMP, st), ...P.matchesIn(P.CAPABILITY_JUMP_REORDERED, st), ...P.matchesIn(P.CAPABILITY_JUMP_COMPARED, st)]) {
    if (!taken(m.index!, m.index! + m[0].length)) {
      // "materially stronger than the last model" and "A model is materially stronger if …" name one phrase.
      const term = m[0].toLowerCase().replace(/\s+/g, ' ').replace(/["“”]/g, '').replace(/\s(?:(?:at|in|on)\s[\w\s-]{1,30}?\s)?than$/u, '');
      out.push(make('capability-jump', m.index!, m.index! + m[0].length, { term }));
    }
  }
  for (const m of P.matchesIn(P.EQUIVALENCE, st)) {
    if (taken(m.index!, m.index! + m[0].length)) continue;
    const computeAnchored = out.some((o) => o.kind === 'absolute-compute' && !o.bare) || terms.length > 0;
    if (computeAnchored) out.push(make('compute-equivalence', m.index!, m.index! + m[0].length));
    else if (P.DEFINITION_VERB.test(fullBlockText(block)) && (/\b(?:thresholds?|benchmarks?)\b/i.test(st) || /^\s+(?:as|to)\s+(?:the|that|those|a)\b/i.test(st.slice(m.index! + m[0].length)))) {
      out.push(make('capability-equivalence', m.index!, m.index! + m[0].length));
    }
  }

  // Remaining term occurrences: at most one effective-compute-term mention per sentence (the defining
  // occurrence when the sentence defines the term), so a paragraph about the term is not flagged per word.
  const seenTerms = new Set<string>();
  for (const t of terms) {
    if (consumedTerms.has(t) || seenTerms.has(t.term)) continue;
    if (out.some((o) => o.term === t.term)) continue;
    seenTerms.add(t.term);
    const chosen = terms.find((o) => o.term === t.term && !consumedTerms.has(o) && (o.pronoun || isDefiningOccurrence(st, o.nStart - base, o.nEnd - base))) ?? t;
    out.push(make('effective-compute-term', chosen.nStart - base, chosen.nEnd - base, { term: chosen.term }));
  }
  return out;
}

function fullBlockText(block: Block): string {
  return block.norm.text;
}

/**
 * A defining occurrence: "We define X as", "X means", "By X we mean", "X is operationalized as", and the
 * copular definition at the start of a sentence ("Effective compute is a measure of …", "“Effective
 * Compute” is a scaling-trend-based metric …", also after a PDF footnote number). Emphasis and quotation
 * marks around the term are masked to spaces or kept as quotes; both are allowed. Shared with definitions.ts.
 */
export function isDefiningOccurrence(st: string, a: number, b: number): boolean {
  const before = st.slice(Math.max(0, a - 40), a);
  const after = st.slice(b, b + 80);
  if (/\bwe\s+define\s+(?:the\s+(?:term\s+)?)?[\s"'*_]{0,8}$/i.test(before) && /^[\s"'*_]{0,8}(?:\([^()]{1,30}\)\s{0,3})?\s(?:as|to\s+(?:be|mean))\b/i.test(after)) return true;
  // "We use "effective compute" to mean …", "we use the term X to refer to …".
  if (/\bwe\s+use\s+(?:the\s+(?:term|phrase)\s+)?[\s"'*_“”]{0,8}$/i.test(before) && /^[\s"'*_“”]{0,8}\s(?:to\s+(?:mean|refer\s+to|denote))\b/i.test(after)) return true;
  // The term must be what the verb is said of: "The multipliers behind effective compute are estimated from
  // training runs …" (drafts-em 03) says how a part is estimated, not what the term means.
  // ("express the threshold in effective compute, meaning the quantity …" still defines it).
  if ((DEFINING_AFTER.test(after) && !(PREPOSITION_OBJECT_BEFORE.test(before) && /^[\s"'*_]*(?:is|are)\b/i.test(after))) || APPOSITIVE_AFTER.test(after)) return true;
  // "By effective compute we (simply) mean …", "what we mean by effective compute is …".
  // … and "When we say effective compute, we mean …", "When I say "effective compute" in this doc, I mean …".
  if (/\b(?:by|when\s+(?:we|I)\s+say)\s[\s"'*_“”]{0,8}$/i.test(before) && /^[\s"'*_“”]{0,8}(?:\s+in\s+this\s+(?:doc(?:ument)?|policy|framework|note|memo|section))?,?\s{1,3}(?:we|I)\s+(?:simply\s+|just\s+|only\s+)?mean\b/i.test(after)) return true;
  if (/\bwhat\s+(?:we|I)\s+mean\s+by\s[\s"'*_]{0,8}$/i.test(before) && /^[\s"'*_]{0,8},?\s{1,3}is\b/i.test(after)) return true;
  // "… define effective compute as …", "AFP Annex 1 defines effective compute as physical training compute …".
  // A report that quotes another text's definition ("Section 1 of the Policy defines effective compute as
  // "compute adjusted for …"") cites it (corpus rule 17).
  if (/\b(?:operationali[sz]e|defines?|treat|interpret)\s[\s"'*_]{0,8}$/i.test(before) && /^[\s"'*_]{0,8}\sas\b(?!\s+["“])/i.test(after)) return true;
  if (SENTENCE_START.test(st.slice(0, a)) && (COPULAR_AFTER.test(after) || DEFINING_VERB_AFTER.test(after))) return true;
  // "We track every run in effective compute: raw training FLOP multiplied by …": a gloss after a colon.
  if (COLON_GLOSS_AFTER.test(after)) return true;
  return false;
}

/**
 * At the start of a sentence, the term followed by what it does to compute: "Effective compute combines
 * training FLOPs with an estimate of algorithmic efficiency gains …", "Effective compute adjusts physical
 * compute for …" (a footnote or a glossary entry that defines by the operation).
 */
const DEFINING_VERB_AFTER = /^[\s"'*_]*(?:\([^()]{0,60}\)\s*)?(?:combines|adjusts|converts|expresses|re-?expresses|multiplies|scales|translates|credits|gives\s+credit|accounts\s+for\s+both)\b/i;
/**
 * A colon right after the term, then a gloss that says how the quantity is made: "in effective compute:
 * raw training FLOP multiplied by our algorithmic multiplier", "We use effective compute: roughly, how much
 * computing power a model would have needed …". The gloss must name the operation, so "thresholds in
 * effective compute: every 4x …" is not a definition.
 */
const COLON_GLOSS_AFTER = /^["'*_]{0,4}\s?(?:\([^()]{1,20}\)\s?)?["'*_]{0,4}:\s{1,3}(?:(?:roughly|i\.e\.|that\s+is|in\s+short|simply|essentially),?\s{1,3})?(?:the\s+|our\s+|a\s+)?(?:raw\s+|physical\s+)?(?:[\w-]+\s+){0,4}?(?:FLOPs?|compute|computing\s+power|operations)\s+(?:[\w-]+\s+){0,6}?(?:multipl|adjust|times|×|scaled|weighted|re-?expressed|equivalent|would\s+(?:need|have|require))|^["'*_]{0,4}:\s{1,3}(?:roughly,?\s{1,3})?how\s+much\s+(?:raw\s+|physical\s+)?(?:compute|computing\s+power)\b/i;

/** The term as the object of a preposition after a noun ("the multipliers behind effective compute"). */
const PREPOSITION_OBJECT_BEFORE = /\b[a-z][\w-]{1,30}\s{1,3}(?:behind|of|for|in|on|into|from|with|under|over|above|below|about)\s{1,3}(?:the\s{1,3})?["'*_“”]{0,4}$/i;
const DEFINING_AFTER = /^[\s"'*_]*(?:\([^()]{0,60}\)\s*)?(?:,\s*)?(?:means|(?:should|would|will|must)\s+mean|(?:[\w-]+\s+){0,2}?meaning\s+(?:one|a|an|that)\b|,\s*meaning\s+(?:the\s+)?[A-Za-z]+|is\s+defined\s+as|refers\s+to|shall\s+mean|denotes|(?:is|are)\s+(?:operationali[sz]ed|calculated|computed|measured|quantified)\s+(?:as|by|using)|(?:is|are)\s+(?:measured|estimated|calculated|computed|determined)\s+(?:on|from|against|relative\s+to))\b/i;
/** "effective compute, which adjusts physical compute for …": a defining relative clause. */
// … also after a classifying noun: "effective compute, an internal measure that combines the raw computing power
// used in training with the efficiency gains …" (drafts-fl 02), as the copula takes one ("is a measure of …").
const APPOSITIVE_AFTER = /^["'*_]{0,4},\s(?:(?:an?|our|the)\s(?:[\w-]{1,20}\s){0,2}?(?:measure|metric|quantity|figure|number)\s)?(?:which|that)\s(?:adjusts|measures|converts|expresses|counts|scales|means|combines|multiplies|credits|gives\s+credit|accounts\s+for\s+both)\b/i;
/**
 * Only markup, quotes, a PDF footnote number ("4 Effective compute is …", "[2] Effective Compute is …"), a list marker (a thread's "4/12"), a clause label ("§1.4 (unchanged):",
 * "PROPOSED 2.2 (new definition):", "Clause 3:") or a note label ("*Note: effective compute is physical
 * compute multiplied by …", drafts-dd 02) or a source lead-in ("In the LSP glossary: *Effective compute* is …",
 * drafts-dh 03; "For this memo, …") before the term.
 */
const SENTENCE_START = /^[\s"'*_(]{0,12}(?:(?:(?:Section|Clause|Article|Paragraph|Rule|Proposed|New|Revised|Amended|Draft)\s{1,2})?(?:§\s?)?\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?\.?(?:\s{0,2}\((?:unchanged|new|amended|revised|updated)(?:\s[\w-]{1,20}){0,2}\))?:?\s{1,3}|[a-z0-9]{1,4}\)\s{1,3}|\d{1,2}\/\d{1,2}\s{1,3}|\[\d{1,3}\]\s{1,3}|[-•●○]\s{1,3}|[AQ]:\s{1,3}|(?:Note|NB|N\.B\.)\s?:\s{1,3}|(?:in|for|under|within|as)\s(?:[^,.;:]|\.(?=\d)){1,40}[,:]\s{1,3})?[\s"'*_]{0,12}(?:(?:the|an?)\s{1,3}(?:term\s{1,3})?)?[\s"'*_]{0,12}$/i;
/**
 * "is a (…) measure|metric|quantity of …": the copula followed by a classifying noun within five words, after
 * an optional aside ("Effective compute, as TSC 1.3 §1.2 defines it, is physical training FLOP …", drafts-dh 02); "is our way of counting …" (drafts-fp 04 and an absorbed draft).
 */
const COPULAR_AFTER = /^[\s"'*_]*(?:\([^()]{0,60}\)\s*)?(?:,(?:[^,.;]|\.\d){1,40},\s{1,3})?(?:is|are)\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,5}?(?:measure|metric|quantity|amount|estimate|unit|multiplier|number|ratio|index|count|notion|concept|compute|computation|improvement|increase|FLOPs?|operations|way\s+of\s+(?:counting|measuring|expressing|estimating|tracking))\b/i;

function costIsAboutCompute(st: string): boolean {
  return /\b(?:compute|computing|computation|train(?:ing|ed)?|fine-?tun\w*|model)\b/i.test(st);
}

interface MagnitudeMatch {
  start: number;
  end: number;
  value: number;
  comparator?: string;
  bare?: boolean;
  named?: boolean;
  /** The unit is effective: "1026 effective FLOP". */
  effective?: boolean;
}

const EFFECTIVE_UNIT = /^\s?effective[\s-]+(?:training[\s-]+)?(?:FLOPs?|FLOP|compute|operations)\b/iu;

function absoluteMatches(st: string): MagnitudeMatch[] {
  const out: MagnitudeMatch[] = [];
  const push = (start: number, end: number, value: number, allowBare: boolean): void => {
    const effective = EFFECTIVE_UNIT.exec(st.slice(end, end + 64));
    const unit = effective ?? P.UNIT_AFTER.exec(st.slice(end, end + 64));
    const before = st.slice(Math.max(0, start - 40), start);
    const cmp = P.COMPARATOR_BEFORE.exec(before);
    // The unit may come first: "…measured in floating point operations, is greater than 10^25."
    const unitBefore = !unit && cmp && UNIT_BEFORE.test(st.slice(Math.max(0, start - 120), start - (before.length - cmp.index)));
    // Parameters, tokens, bytes and learning rates are not compute (trap T6).
    if (!unit && !unitBefore && !allowBare) return;
    // A range ("runs between 10^22 and 10^24 FLOP") states a scale, not a threshold.
    if (/\bbetween\s+\S{1,20}\s+and\s*$|\bfrom\s+\S{1,20}\s+to\s*$/i.test(st.slice(Math.max(0, start - 40), start)) || /^\s*(?:and|to)\s+(?:10\s?\^|\d)/i.test(st.slice(end, end + 12))) return;
    const s = cmp ? start - (before.length - cmp.index) : start;
    let stop = unit ? end + unit[0].length : end;
    // The comparator may follow the magnitude: "10^26 FLOP or more", "3 × 10^25 operations or greater".
    const after = !cmp && unit ? COMPARATOR_AFTER.exec(st.slice(stop, stop + 24)) : null;
    if (after) stop += after[0].length;
    // "the 10^25 FLOP threshold", "the 10^26 line": the number names a threshold even without a comparator.
    const named = THRESHOLD_NOUN.test(st.slice(stop, stop + 24));
    out.push({ start: s, end: stop, value, comparator: cmp?.[0].trim() ?? after?.[0].trim(), bare: !unit && !unitBefore, named, effective: !!effective || undefined });
  };
  for (const m of P.matchesIn(P.POW, st)) {
    const mult = m[1] ? parseNumber(m[1]) : 1;
    // A bare power of ten ("the 10^26 line") may still name a threshold whose unit is given elsewhere.
    push(m.index!, m.index! + m[0].length, mult * 10 ** Number(m[2]), Number(m[2]) >= 15);
  }
  for (const m of P.matchesIn(P.SCI_E, st)) push(m.index!, m.index! + m[0].length, parseNumber(m[1]!) * 10 ** Number(m[2]), false);
  for (const m of P.matchesIn(P.PDF_ART, st)) {
    if (out.some((o) => o.start <= m.index! && m.index! < o.end)) continue;
    const mult = m[1] ? parseNumber(m[1]) : 1;
    push(m.index!, m.index! + m[0].length, mult * 10 ** Number(m[2]), false);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A comparator after the magnitude and its unit. */
const COMPARATOR_AFTER = /^,?\s(?:or\s(?:more|greater|higher|above|larger)|and\s(?:above|over|more|greater))\b/iu;

interface RelativeMatch {
  start: number;
  end: number;
  /** Start including a comparator or "every" in front. */
  prefixStart: number;
  /** The phrase names what it multiplies itself ("two years of progress in one"). */
  anchored?: MentionKind;
  value?: number;
  comparator?: string;
}

const RELATIVE_PREFIX = /(?:(?:at\s+least|more\s+than|greater\s+than|exceed(?:s|ed|ing)?|over|above|up\s+to|(?:only\s+)?(?:below|under|less\s+than)|roughly|about|approximately|>=|<=|>|~|≈)\s*|(?:every|each|after\s+every|at\s+least\s+every)\s+)$/i;

function relativeMatches(st: string): RelativeMatch[] {
  const out: RelativeMatch[] = [];
  const push = (start: number, end: number, value?: number, anchored?: MentionKind): void => {
    const before = st.slice(Math.max(0, start - 24), start);
    const pre = RELATIVE_PREFIX.exec(before);
    const prefixStart = pre ? start - (before.length - pre.index) : start;
    const comparator = pre?.[0].trim();
    out.push({ start, end, prefixStart, value, comparator, anchored });
  };
  for (const m of P.matchesIn(P.NUM_X, st)) {
    // "4 x 10^25" is a product, not a multiple.
    if (/^\s*(?:10\s?\^|\d)/.test(st.slice(m.index! + m[0].length))) continue;
    push(m.index!, m.index! + m[0].length, Number(m[1]));
  }
  for (const m of P.matchesIn(P.NUM_TIMES, st)) {
    if (/^\s*10\s?\^/.test(st.slice(m.index! + m[0].length))) continue;
    push(m.index!, m.index! + m[0].length, parseNumber(m[1]!));
  }
  for (const m of P.matchesIn(P.FACTOR_OF, st)) {
    // An error band or a disagreement is not a multiple to trigger on: "off by a factor of two", "could
    // disagree by a factor of three", "within a factor of two of a threshold", "varies by a factor of two".
    if (/\b(?:within|off\s+by|(?:differ|disagree|var(?:y|ies|ied)|err)\w*\s+by|wrong\s+by)\s+$/i.test(st.slice(Math.max(0, m.index! - 24), m.index!))) continue;
    push(m.index!, m.index! + m[0].length, parseNumber(m[1]!));
  }
  for (const m of P.matchesIn(P.DOUBLING, st)) push(m.index!, m.index! + m[0].length, /tripl/i.test(m[0]) ? 3 : /quadrupl/i.test(m[0]) ? 4 : 2);
  for (const m of P.matchesIn(P.OOM, st)) {
    // "within two orders of magnitude of that range" bounds a scale; it is not a multiple to trigger on.
    if (/\bwithin\s*$/i.test(st.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    push(m.index!, m.index! + m[0].length);
  }
  for (const m of P.matchesIn(P.FRACTION, st)) push(m.index!, m.index! + m[0].length);
  for (const m of P.matchesIn(P.SHARE_OF, st)) push(m.index!, m.index! + m[0].length, m[1] !== undefined ? Number(m[1]) / 100 : P.VULGAR_FRACTIONS[m[2]!]);
  // "a 300% increase" is 4x; "exceeds … by 300 percent" likewise (percent-as-multiple reports the ambiguity).
  for (const m of P.matchesIn(P.PERCENT_INCREASE, st)) push(m.index!, m.index! + m[0].length, 1 + Number(m[1] ?? m[2]) / 100);
  // "Two years of progress in one" names what it multiplies: the rate of progress.
  for (const m of P.matchesIn(P.YEARS_IN_ONE, st)) push(m.index!, m.index! + m[0].length, undefined, 'progress-rate');
  out.sort((a, b) => a.start - b.start);
  // A band ("2x to 4x", "2x–4x") is one phrase: its lower bound is the value, its upper bound ends it.
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (/^\s?(?:to|-|–)\s?$/.test(st.slice(a.end, b.start)) && !b.anchored && !a.anchored) {
      a.end = b.end;
      out.splice(i + 1, 1);
    }
  }
  return out;
}

interface Anchor {
  kind: MentionKind;
  term?: TermOccurrence;
  buffer?: boolean;
  /** The unit is the effective compute of the paragraph, not a term next to the multiple. */
  implicitTerm?: boolean;
  /** Kept only if another mention states the same multiple with its unit. */
  byValueOnly?: boolean;
}

const FASTER_PROGRESS_AFTER = /^\s*(?:faster|quicker)\s+(?:(?:AI|ML|software|algorithmic|research|capabilities)\s+){0,2}(?:progress|research|R&D|development)\b/i;
const FASTER_PROGRESS_BEFORE = /\b(?:progress|R&D|research|development)\s+(?:that\s+is|is|was|would\s+be|becomes?)\s*$/i;
const SCALEUP_ONLY = /\bscale-?ups?\b/i;
const EXPLICIT_COMPUTE = /\b(?:compute|computation|computing|FLOPs?|operations|training\s+runs?)\b/i;

/**
 * What a multiple multiplies, read from the words around it in the same clause (the F3 window rule):
 * an effective-compute term, a compute word, capabilities, the rate of progress, or a safety buffer.
 */
/** "… exceeds that of <a model> by" right before a multiple. */
const EXCEEDS_THAT_OF_BY = /\b(?:exceeds?|exceeding|exceeded|surpass(?:es|ing)?)\s{1,3}(?:that|those)\s{1,3}of\s{1,3}[^.;]{1,120}?\s{1,3}by\s{1,3}$/iu;

function anchorOf(st: string, start: number, end: number, terms: TermOccurrence[], base: number, block: Block): Anchor | undefined {
  const afterRaw = st.slice(end, end + WINDOW);
  // "3X faster software progress", "software progress that is 2X faster": a multiple of the rate of progress.
  if (/^\s*(?:faster|quicker)\b/i.test(afterRaw) && (FASTER_PROGRESS_AFTER.test(afterRaw) || FASTER_PROGRESS_BEFORE.test(st.slice(Math.max(0, start - WINDOW), start)))) return { kind: 'progress-rate' };
  if (P.NOT_COMPUTE_AFTER.test(afterRaw)) return undefined;
  // The words up to the next multiple: in "from every 4x to every 2x effective compute" the term is the 2x's.
  const after = afterRaw.split(/[;:()[\]]|,\s(?!or\b)|\b\d+(?:\.\d+)?\s?[x×](?![\p{L}\p{N}])/u)[0]!;
  const beforeRaw = st.slice(Math.max(0, start - WINDOW), start);
  const beforeParts = beforeRaw.split(/[;:()[\]]|,\s/);
  const before = beforeParts[beforeParts.length - 1]!;
  const afterStart = end;
  const afterEnd = end + after.length;
  const beforeStart = start - before.length;
  const term = terms.find((t) => {
    const a = t.nStart - base;
    const b = t.nEnd - base;
    return (a >= afterStart && b <= afterEnd + 2) || (a >= beforeStart && b <= start);
  });
  const near = `${before} ${after}`;
  // A margin below a limit ("6x in effective compute away from the CCL") is a buffer too.
  const margin = P.guardedTest(P.BUFFER_WORD, before) || /^[^.;]{0,80}\baway\s+from\b/i.test(st.slice(end, end + 100)) || (/\bwithin\s*$/i.test(before) && /^[^.;]{0,60}\bof\s+(?:a|the|any)\s+(?:[\w-]+\s+){0,6}?(?:CCLs?|critical|thresholds?|capability\s+levels?|level)\b/i.test(st.slice(end, end + 100)));
  if (term) return { kind: 'relative-effective-compute', term, buffer: margin || undefined };
  // "whose effective compute exceeds that of the last fully evaluated Morwick model by a factor of three"
  // (drafts-fq 02; "… exceeds that of the Assessed Model by a factor of three", absorbed drafts): the
  // quantity compared is the one before "exceeds that of", however long the model's name.
  const byComparison = EXCEEDS_THAT_OF_BY.exec(st.slice(Math.max(0, start - 200), start));
  if (byComparison) {
    const verbAt = Math.max(0, start - 200) + byComparison.index;
    const compared = terms.find((t) => t.term === EFFECTIVE_COMPUTE && t.nEnd - base <= verbAt && verbAt - (t.nEnd - base) <= 3);
    if (compared) return { kind: 'relative-effective-compute', term: compared };
  }
  // The nearest head wins: "…1e28 FLOP, they could accelerate software progress by 3X" multiplies progress.
  const nearBefore = before.slice(-32);
  if (P.guardedTest(P.PROGRESS_WORD, nearBefore) && !P.guardedTest(P.COMPUTE_WORD, nearBefore)) return { kind: 'progress-rate' };
  // "the 4x interval with a safety buffer of 8x": the nearest head wins, and the 4x is the interval.
  if (/^\s*(?:(?:evaluation|assessment|testing|test)\s+(?:interval|cadence|step)|interval)\b/i.test(after)) return { kind: 'unit-multiplier' };
  if (P.guardedTest(P.BUFFER_WORD, near)) return { kind: 'unit-multiplier', buffer: true };
  if (P.guardedTest(P.COMPUTE_WORD, near)) {
    // A bare "scale-up" in a paragraph that works in effective compute is an effective-compute multiple
    // ("an increase in the effective training compute … a one-year scaleup of ~1000x").
    if (SCALEUP_ONLY.test(near) && !EXPLICIT_COMPUTE.test(near) && blockTest(block, P.EC_NOUN)) {
      return { kind: 'relative-effective-compute', implicitTerm: true };
    }
    return { kind: 'relative-compute' };
  }
  // The window may cut the word after "capability" ("… the most recent capability assessm"): read to its end.
  const nearCapability = after.length === afterRaw.length ? `${near}${/^[\p{L}-]{1,40}/u.exec(st.slice(afterEnd, afterEnd + 40))?.[0] ?? ''}` : near;
  if (P.guardedTest(P.CAPABILITY_WORD, nearCapability)) return { kind: 'relative-capability' };
  if (P.guardedTest(P.PROGRESS_WORD, near)) return { kind: 'progress-rate' };
  if (P.guardedTest(P.INTERVAL_WORD, after)) return { kind: 'unit-multiplier' };
  if (namedOnlyByValue(before, after)) return { kind: 'unit-multiplier', byValueOnly: true };
  return undefined;
}

/**
 * A multiple named only by the threshold it is: "a run crossing 2x", "the 10^26 line", and back-references
 * to a multiple stated before ("the 3x step", "A 3x step, measured from …", "Our 3x trigger", "The 6x gap is
 * always counted from …", "the 4x has not been reached", "The 2x is counted from"). Kept only when the
 * document states the same multiple in effective compute (coreference below).
 */
function namedOnlyByValue(before: string, after: string): boolean {
  if (/\b(?:cross(?:es|ed|ing)?|reach(?:es|ed|ing)?|pass(?:es|ed|ing)?|hits?)\s+(?:the\s+|a\s+)?$/i.test(before)) return true;
  if (/\b(?:the|a|our|this|that|each)\s+$/i.test(before) && (THRESHOLD_NOUN.test(after) || BACK_REFERENCE_NOUN.test(after))) return true;
  return /\bthe\s+$/i.test(before) && /^\s(?:is|was|has|had)\s+(?:not\s+|always\s+|never\s+|already\s+|been\s+){0,2}(?:counted|measured|calculated|reached|crossed|met|exceeded|triggered)\b/i.test(after);
}

/**
 * Coreference by value: "our 4x evaluation interval" is the "every 4x increase in effective compute" of
 * the previous sentence; "the 10^26 line" is the 10^26-operations threshold stated elsewhere.
 */
function resolveCoreference(mentions: RawMention[]): void {
  const ecValues = new Set(mentions.filter((m) => m.kind === 'relative-effective-compute' && m.value !== undefined).map((m) => m.value));
  // The footnotes each stated multiple cites: "The 4x is counted from …" in the footnote of "grows by 4x" is
  // that threshold's own note (a scope of it), not another statement of it.
  const citedBy = new Map<number, Set<string>>();
  for (const m of mentions) {
    if (m.kind !== 'relative-effective-compute' || m.value === undefined) continue;
    const labels = citedBy.get(m.value) ?? new Set<string>();
    for (const ref of m.sentence.block.footnoteRefs) labels.add(ref.label);
    citedBy.set(m.value, labels);
  }
  const absValues = new Set(mentions.filter((m) => m.kind === 'absolute-compute' && !m.bare).map((m) => m.value));
  for (const m of mentions) {
    const ownNote = m.bare && m.value !== undefined && !!m.sentence.block.footnoteLabel && !!citedBy.get(m.value)?.has(m.sentence.block.footnoteLabel);
    if (m.kind === 'unit-multiplier' && !m.buffer && m.value !== undefined && ecValues.has(m.value) && !ownNote) {
      m.kind = 'relative-effective-compute';
      m.term = EFFECTIVE_COMPUTE;
      m.implied = true;
      m.bare = false;
    }
    if (m.kind === 'absolute-compute' && m.bare && absValues.has(m.value) && m.comparator && !P.APPROXIMATE.test(m.comparator)) {
      m.bare = false;
    }
  }
}

export function parseNumber(s: string): number {
  const word = P.NUMBER_WORDS[s.toLowerCase()];
  if (word !== undefined) return word;
  return Number(s.replace(/,/g, ''));
}
