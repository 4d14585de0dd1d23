// Resolve definitions: where the document (or a glossary) says what a term means.
import { columnOfBlock, sentenceText, type Block, type ParsedDocument } from './document';
import { isDefiningOccurrence, type TermOccurrence } from './mentions';
import { mapRange } from './normalize';
import { CAPABILITY_JUMP, EC_WORDS, QUESTION_WORD_BEFORE, guard, matchesIn, mayMatch } from './patterns';
import { findAbbreviations, findDefinedTerms, type Abbreviation, type DefinedTerm } from './glossary';
import type { Definition } from './types';
import { isRowIdentifier, rowKeyOf } from './tables';

/** A definition with the blocks its text lives in, so facets can be searched there. */
export interface ResolvedDefinition extends Definition {
  blocks: Block[];
}

export const TRAINING_COMPUTE = 'training compute';
const EFFECTIVE_COMPUTE_KEY = 'effective compute';

const COMPUTE_QUANTITY_DEF = guard(/(?:\bwe\s+define\s+|["'*_]\s*|^\s*)(training\s+compute|training\s+computation|computing\s+power|compute|computing\s+quantity)["'*_]*\s*(?:,?\s(?:in|as\s+used\s+in|for\s+the\s+purposes\s+of)\s(?:this|these)\s[\w-]{2,20},?\s)?(?:,?\s*(?:as\b|means\b|refers\s+to\b|is\s+defined\s+as\b|(?:shall|would|will|should)\s+mean\b|is\s+the\s+(?:total|cumulative|accumulated|aggregate)\b)|:\s)/giu, /comput/iu);

const COMPUTE_SCOPE_STATEMENT = guard(/\b(?:(?:quantity|amount)\s+of\s+(?:computing\s+power|compute|computation)(?:\s+used\s+(?:for|in)\s+(?:its\s+)?training)?|training\s+compute|computing\s+power)["'’]*\s+(?:described\s+in\s+[^,.;]{1,40}?\s+)?(?:shall\s+|does\s+not\s+|do\s+not\s+)?(?:includes?|excludes?|covers?|counts?|comprises?)\b/iu, /comput/iu);

export interface DocumentVocabulary {
  definedTerms: DefinedTerm[];
  abbreviations: Abbreviation[];
  /** Abbreviations and defined terms that stand for effective compute, as aliases: { EC: 'effective compute' }. */
  termAliases: Record<string, string>;
}

const EC_LONG_FORM = new RegExp(`^(?:${EC_WORDS}|compute[\\s-]equivalent(?:\\s+gain)?)$`, 'iu');
/** A compute quantity defined the way effective compute is: the compute a reference recipe would need for the same performance. */
const EC_LIKE_DEFINITION = /\bwould\s+(?:need|require|have\s+(?:taken|needed|required))\b|\bwould\s+(?:have\s+been|be)\s+(?:needed|required)\b|\balgorithm(?:ic)?[\s-]+(?:efficiency|progress|improvements?)\b/i;

const EC_RATIO_TERM = /\b(?:ratio|multiple|factor|scale-?up)$/;
const EC_RATIO_DEFINITION = new RegExp(String.raw`\b${EC_WORDS}\b[^.;]{0,120}?\b(?:divided\s+by|as\s+a\s+multiple\s+of|relative\s+to|over\s+that\s+of)\b|\b(?:ratio|multiple)\s+of\s+(?:the\s+)?${EC_WORDS}\b`, 'iu');

/** The terms a document defines and the abbreviations it coins, read once per document. */
export function documentVocabulary(doc: ParsedDocument): DocumentVocabulary {
  const definedTerms = findDefinedTerms(doc);
  const abbreviations = findAbbreviations(doc, definedTerms);
  const termAliases: Record<string, string> = {};
  const ecTerms = new Set<string>();
  for (const d of definedTerms) {
    // A quantity of compute or of operations defined as what a reference recipe would need ("reference-
    // equivalent operations" means the training compute that a model trained with the 2025 Reference Recipe
    // would require to equal …", round 48 drafts-fw 04) is effective compute under another name.
    if (EC_LONG_FORM.test(d.term) || (/\b(?:compute|flops?|computation|computing|operations)\b/.test(d.term) && !/^(?:training\s+)?comput/.test(d.term) && EC_LIKE_DEFINITION.test(d.block.norm.text))) ecTerms.add(d.term);
    // A ratio of effective compute the document names ("**EC ratio**: the effective compute of the current
    // checkpoint divided by that of the reference checkpoint"): its multiples are multiples of effective compute.
    else if (EC_RATIO_TERM.test(d.term) && EC_RATIO_DEFINITION.test(d.block.norm.text)) ecTerms.add(d.term);
  }
  for (const a of abbreviations) {
    if (EC_LONG_FORM.test(a.term) || ecTerms.has(a.term)) termAliases[a.abbr] = 'effective compute';
  }
  for (const t of ecTerms) if (!EC_LONG_FORM.test(t)) termAliases[t] = 'effective compute';
  return { definedTerms, abbreviations, termAliases };
}

/** The key a defined term is stored under: the effective-compute family and the raw compute quantity share keys with the engine's terms. */
function termKey(term: string, vocabulary: DocumentVocabulary): string {
  // Defined terms are stored in lower case; an abbreviation the document coins keeps its case ("EC").
  if (EC_LONG_FORM.test(term) || vocabulary.termAliases[term] === 'effective compute' || Object.entries(vocabulary.termAliases).some(([alias, canonical]) => canonical === 'effective compute' && alias.toLowerCase() === term)) return 'effective compute';
  if (/^(?:training\s+compute|training\s+computation|computing\s+power|compute|training\s+flops?|computing\s+quantity|training\s+computation\s+amount|computing\s+amount)$/.test(term)) return TRAINING_COMPUTE;
  return term;
}

export function findDefinitions(doc: ParsedDocument, terms: TermOccurrence[], source?: string, vocabulary?: DocumentVocabulary): ResolvedDefinition[] {
  const defs: ResolvedDefinition[] = [];
  const seen = new Set<string>();
  const add = (term: string, block: Block, start: number, end: number): void => {
    const key = `${term}@${block.start}`;
    if (seen.has(key)) return;
    seen.add(key);
    const blocks = definitionBlocks(doc, block);
    defs.push({
      term,
      label: doc.text.slice(start, end),
      start,
      end,
      body: { start: blocks[0]!.start, end: Math.max(...blocks.map((b) => b.end)) },
      source,
      blocks,
    });
  };

  // A Definitions-section entry that defines another term ("**COVERED MODEL** means any model whose
  // EFFECTIVE COMPUTE does not exceed …") uses the term; it does not define it.
  const otherLabels = new Map<Block, number>();
  for (const d of vocabulary?.definedTerms ?? []) {
    if (termKey(d.term, vocabulary!) === EFFECTIVE_COMPUTE_KEY) continue;
    const first = otherLabels.get(d.block);
    if (first === undefined || d.label.start < first) otherLabels.set(d.block, d.label.start);
  }
  for (const t of terms) {
    const block = t.sentence.block;
    const st = sentenceText(t.sentence);
    const a = t.nStart - t.sentence.normStart;
    const b = t.nEnd - t.sentence.normStart;
    const labelledOther = (otherLabels.get(block) ?? Infinity) < t.start;
    // A heading names a section; it defines nothing ("## What "effective compute" means here").
    if (block.kind === 'heading') continue;
    // A label that asks what the term is ('**"Effective compute" — what exactly is it?**') defines nothing.
    const asks = /\?[\s"'*_)]*$/.test(st);
    // A title that says what the section is about ("**1. What EC means for us**", "How effective compute is
    // measured") names the question; the definition follows it.
    if (QUESTION_WORD_BEFORE.test(st.slice(0, a)) && !/[:=]\s*\S/.test(st.slice(b))) continue;
    // A run-in label that the next sentence repeats as its subject ("**Effective compute.** Effective compute
    // is the training compute that …", drafts-bq 01 and drafts-dg 02): the definition is that sentence.
    const repeated = st.slice(b).trim().replace(/[*_.:\s]/g, '') === '' && terms.some((o) => o.sentence.block === block && o.sentence.index === t.sentence.index + 1 && o.term === t.term && isDefiningOccurrence(sentenceText(o.sentence), o.nStart - o.sentence.normStart, o.nEnd - o.sentence.normStart));
    if (repeated) continue;
    if (t.pronoun || isDefiningOccurrence(st, a, b) || (!asks && isGlossaryLabel(block, t.nStart, t.nEnd)) || (!labelledOther && definesInSection(block, t))) {
      add(t.term, block, t.start, t.end);
    }
  }

  for (const block of doc.blocks) {
    for (const d of blockDefinitions(block)) add(d.term, block, block.start + d.start, block.start + d.end);
  }
  // Every other term the document defines, by the form of its definition (glossary.ts).
  const found = new Set(defs.map((o) => `${o.term}@${o.blocks[0]!.start}`));
  for (const d of vocabulary?.definedTerms ?? []) {
    const key = termKey(d.term, vocabulary!);
    if (found.has(`${key}@${d.block.start}`)) continue;
    add(key, d.block, d.label.start, d.label.end);
  }
  return defs;
}

const BLOCK_DEFINITIONS = new WeakMap<object, { term: string; start: number; end: number }[]>();

/**
 * Definitions a block states on its own (capability phrases defined in place, what training compute
 * counts), relative to the block; cached on the block's text, which unchanged chunks share between parses.
 */
function blockDefinitions(block: Block): { term: string; start: number; end: number }[] {
  const cached = BLOCK_DEFINITIONS.get(block.norm);
  if (cached) return cached;
  const out: { term: string; start: number; end: number }[] = [];
  const add = (term: string, nStart: number, nEnd: number): void => {
    const r = mapRange(block.norm, nStart, nEnd);
    out.push({ term, start: r.start, end: r.end });
  };
  for (const sentence of block.sentences) {
    const st = sentenceText(sentence);
    // Capability-jump phrases defined in place: "notably more capable (defined as 4x or more in …)".
    for (const m of matchesIn(CAPABILITY_JUMP, st)) {
      const a = m.index!;
      const b = a + m[0].length;
      if (isDefiningOccurrence(st, a, b) || isConditionalDefinition(st, a, b)) add(m[0].toLowerCase().replace(/\s+/g, ' '), sentence.normStart + a, sentence.normStart + b);
    }
    // Statements of what the quantity counts: "The quantity of computing power described in paragraph (1)
    // shall include computing for the original training run and any subsequent fine-tuning …".
    const scope = mayMatch(COMPUTE_SCOPE_STATEMENT, st) ? COMPUTE_SCOPE_STATEMENT.exec(st) : null;
    if (scope) add(TRAINING_COMPUTE, sentence.normStart + scope.index, sentence.normStart + scope.index + scope[0].length);
  }
  // Definitions of the raw quantity: "Training compute" means …
  for (const m of matchesIn(COMPUTE_QUANTITY_DEF, block.norm.text)) {
    const offset = m.index! + m[0].indexOf(m[1]!);
    if (m[0].trimStart().endsWith(':') && !isGlossaryLabel(block, offset, offset + m[1]!.length)) continue;
    add(TRAINING_COMPUTE, offset, offset + m[1]!.length);
  }
  BLOCK_DEFINITIONS.set(block.norm, out);
  return out;
}

/**
 * A capability phrase defined by its condition, at the start of a sentence: "A model is materially more
 * capable if either: …", "A model is notably more capable when it meets either trigger in Section 3.1",
 * "Model B is substantially more capable than model A if B's mean score …", "We treat a model as a significant
 * step up when its effective compute is 6x …", "we'll treat a model as meaningfully more capable than the last
 * fully evaluated one if …". "If a model is not …" or "A
 * model that is notably more capable … must be reviewed" are uses, not definitions.
 */
const CONDITION_SUBJECT = /^[\s"'*_]*(?:\(?[\w.]{1,6}\)?\s+)?(?:(?:[Ii]n|[Ff]or|[Uu]nder)\s[^,.;]{1,40},\s{1,3})?(?:(?:[Aa]|[Tt]he|[Aa]ny)\s+(?:new\s+|later\s+|candidate\s+)?(?:model|checkpoint|system|version|release)|model\s+[A-Z][\w-]{0,20})\s+(?:is|counts\s+as|is\s+(?:considered|deemed|treated\s+as))\s+$|^[\s"'*_]*(?:\(?[\w.]{1,6}\)?\s+)?(?:[Ww]e|[Tt]he\s+(?:[Cc]ompany|[Dd]eveloper|[Bb]oard|[Pp]rovider))(?:['’]ll|\s+will|\s+shall)?\s+(?:treat|regard|classify|consider|deem)\s+(?:a|any|the)\s+(?:new\s+|later\s+|candidate\s+)?(?:model|checkpoint|system|version|release)\s+(?:as|to\s+be)\s+$/u;
// A legal qualifier may come between: "A model is substantially more capable for the purposes of this Article
// where its effective compute is at least four times …" (drafts-el 01).
const CONDITION_AFTER = /^(?:\s+(?:than|over|relative\s+to)\s+[^,.;:]{1,100}?)?(?:,?\s+(?:for\s+the\s+purposes?\s+of|under|within\s+the\s+meaning\s+of)\s+(?:this|these|the)\s+[\w-]{2,20}(?:\s+\d[\w.()]{0,12})?,?)?,?\s+(?:(?:exactly|only|precisely)\s+)?(?:if|when|where|whenever)\b/iu;

function isConditionalDefinition(st: string, a: number, b: number): boolean {
  return CONDITION_SUBJECT.test(st.slice(0, a)) && CONDITION_AFTER.test(st.slice(b, b + 140));
}

/** "**Effective compute**: …", "Effective Compute — …" or "○ Effective Compute: We define …" at the start of a block. */
function isGlossaryLabel(block: Block, nStart: number, nEnd: number): boolean {
  const before = block.norm.text.slice(0, nStart);
  // The label may follow its abbreviation: "EC = effective compute: …", "**EC** — effective compute: …",
  // "**EC (effective compute):** …".
  // A thread's post number may lead ("4/12 "Effective compute" = raw compute plus …"). A clause number does
  // not: "**C4. Effective compute.** Signatories that track effective compute will …" titles a clause.
  if (!/^[\s*_"'●○■•▪◦-]*(?:\d{1,2}\/\d{1,2}\s{1,3}[\s*_"']{0,4})?(?:[A-Za-z][\w-]{0,8}[\s*_]{0,4}(?:=|[–—]|\()[\s*_"']{0,4})?$/.test(before)) return false;
  // After it, an optional abbreviation, then a colon, a dash, "=" or a run-in full stop:
  // "Effective compute (EC) = physical FLOP × …", "**Effective compute (EC).** Physical training compute …".
  return /^[\s"'*_]{0,8}(?:\([^()]{1,20}\)[\s"'*_]{0,8})?\)?[\s"'*_]{0,8}(?:[:–—=]|-\s|\.\s)/.test(block.norm.text.slice(nEnd, nEnd + 32));
}

/** In a section titled Definitions or Glossary, a block whose first sentence names the term defines it. */
function definesInSection(block: Block, t: TermOccurrence): boolean {
  if (!block.section.isDefinitions || block.kind === 'heading') return false;
  return t.sentence.index === 0;
}


/**
 * The definition's text: its block, the rest of a table row, the items nested under a list-item definition
 * ("- **Effective compute (EC):** …" with "  - Reference recipe: …" below it), and any footnotes cited.
 */
function definitionBlocks(doc: ParsedDocument, block: Block): Block[] {
  const blocks = [block];
  // "NOTE 1 to entry: …" paragraphs after a terms-and-definitions entry belong to it (ISO drafting).
  for (let i = doc.blocks.indexOf(block) + 1; i < doc.blocks.length && blocks.length < 6; i++) {
    const b = doc.blocks[i]!;
    if (!/^\s*NOTE(?:\s+\d{1,2})?(?:\s+to\s+entry)?\s*:/i.test(b.norm.text)) break;
    blocks.push(b);
  }
  if (block.inList) {
    const at = doc.blocks.indexOf(block);
    const col = columnOfBlock(doc.text, block);
    for (let i = at + 1; i < doc.blocks.length && blocks.length < 20; i++) {
      const b = doc.blocks[i]!;
      if (!b.inList || columnOfBlock(doc.text, b) <= col) break;
      blocks.push(b);
    }
  }
  if (block.kind === 'tableCell') {
    const row = rowKeyOf(doc, block);
    for (const other of doc.blocks) {
      if (other !== block && other.kind === 'tableCell' && other.tableStart === block.tableStart && rowKeyOf(doc, other) === row && !isRowIdentifier(doc.text, other)) blocks.push(other);
    }
  }
  for (const b of [...blocks]) {
    for (const ref of b.footnoteRefs) blocks.push(...(doc.footnotes.get(ref.label) ?? []));
  }
  return blocks;
}

