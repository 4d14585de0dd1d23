// The first pass over a document: can anything in it produce a finding? Most Markdown in a repository
// (READMEs, changelogs, API docs) is not policy text, and parsing it costs more than everything else
// together, so a document that provably holds nothing is answered without parsing it.
//
// "Provably": each test below is a necessary condition of some part of the engine, read from the raw text
// with single words (markup between words cannot hide them) inside one paragraph (text between blank
// lines), since no sentence the engine reads crosses a blank line. A condition may be loose; it must
// never be stricter than what it stands for. test/core/prefilter.test.ts checks that every document
// with a finding passes, over the fixtures, the corpus and generated Markdown.

import { CAPABILITY_JUMP, CAPABILITY_JUMP_COMPARED, CAPABILITY_JUMP_REORDERED, mayMatch } from './patterns';

/** A word from one of the conditions below: only paragraphs holding one are looked at. */
const KEY = /effective|accelerat|accumulat|accrued|elapsed|flop|comput|\d\s?[x×*]|&|fold|times|doubl|tripl|quadrupl|magnitude|half|third|quarter|fifth|tenth|1\/\d|progress|10\s?\\?\^|\d\s?[eE]\+?\d|10(?:1[5-9]|2\d|3[0-2])|10[⁰¹²³⁴⁵⁶⁷⁸⁹]|<sup|[º°]|[$€£]|usd|eur|gbp|dollar|capab|performant|algorithm|generational|performance|similar|comparable|equivalent|equal|%|per\s?cent|squared|²|orders|OOMs|jump|step|advanc|leap|improvement|increase|stronger|better|smarter|can\s+do|[⅓⅔¼½¾⅕⅒]/giu;

const MULTIPLE = /\d\s?[x×*]|fold|times|doubl|tripl|quadrupl|magnitude|half|third|quarter|fifth|tenth|1\/\d|progress|%|per\s?cent|[⅓⅔¼½¾⅕⅒]/i;
/** What a multiple can be anchored by (mentions.ts anchorOf): terms, compute, capability, progress, buffers, intervals. */
const ANCHOR = /comput|flop|operation|training|scal|capab|progress|R&D|research|speed|accelerat|wall-clock|buffer|margin|interval|effective/i;
const MAGNITUDE = /10\s?\\?\^|\d\s?[eE]\+?\d|10(?:1[5-9]|2\d|3[0-2])(?!\d)|10[⁰¹²³⁴⁵⁶⁷⁸⁹]|<sup|10\s?[º°]/i;
/** Compute units after a magnitude, or named before its comparator (UNIT_AFTER and UNIT_BEFORE). */
const UNIT = /flop|operation|\bops?\b|op\/s|pf-day|computation|computing/i;
const MONEY = /[$€£]|usd|eur|gbp|dollar/i;
/** The subjects of the unit rules (percent-as-multiple, decomposition-arithmetic, orders-of-magnitude-without-count). */
const SUBJECT = /comput|flop|algorithm|efficien|effective|training|scal|progress|capab|hardware|spending|investment|year|annual|growth|multiplier|performance|operation/i;

/** Each is a necessary condition, on one paragraph, of a mention kind or of a rule's report. */
export const PARAGRAPH_CONDITIONS: [string, (p: string) => boolean][] = [
  // Effective compute and E-FLOP; flops-for-quantity; FLOP as any magnitude's unit.
  ['terms', (p) => /flop/i.test(p) || (/effective/i.test(p) && /comput|scaling/i.test(p))],
  // Compute-equivalent gains and multipliers, delegated thresholds ("a quantity of computing power
  // determined by…") and definitions of the compute quantity ("Training compute means…").
  ['compute words', (p) => /comput/i.test(p) && /equivalent|multiplier|quantity|amount|level|threshold|defin|mean|refer|includ|exclud|cover|count|compris|denot|\bas\b|:/i.test(p)],
  // Absolute magnitudes (powers of ten, 1e26, PDF-flattened 1026) with a compute unit; "10º26", which
  // pdf-flattened-exponent reports without one.
  ['absolute', (p) => (MAGNITUDE.test(p) && UNIT.test(p)) || /10\s?[º°]/.test(p)],
  // Relative magnitudes and what anchors them.
  ['relative', (p) => MULTIPLE.test(p) && ANCHOR.test(p)],
  ['cost', (p) => MONEY.test(p) && /comput|train|fine-?tun|model|cost/i.test(p)],
  // Capability jumps ("notably more capable", "significant increase in capabilities"), "major
  // algorithmic breakthrough", equivalence clauses ("similar performance").
  ['capability', (p) => /capab|performant|performance|generational/i.test(p) && /notabl|significant|substantial|material|meaningful|considerabl|major|exceptional|dramatic|marked|sharp|large|step-change|much|far|similar|comparable|equivalent|equal|generational/i.test(p)],
  // Progress jumps in words ("AI progress substantially accelerating") and post-training calendar triggers.
  // Jumps named by their comparison ("a substantial jump relative to prior models"): the pattern's own guard.
  ['capability compared', (p) => mayMatch(CAPABILITY_JUMP_COMPARED, p)],
  // The jump patterns' own guards ("notably stronger than", "a major step up in what it can do").
  ['capability jump', (p) => mayMatch(CAPABILITY_JUMP, p) || mayMatch(CAPABILITY_JUMP_REORDERED, p)],
  ['progress jump', (p) => /accelerat/i.test(p) && /progress|development|research/i.test(p)],
  ['calendar', (p) => /months?|weeks?/i.test(p) && /fine-?tun|post-?train|elicitation/i.test(p) && /accumulated|accrued|elapsed|passed/i.test(p)],
  ['algorithmic', (p) => /algorithm/i.test(p) && /breakthrough|advance|improvement/i.test(p)],
  // The unit rules that read sentences without a mention.
  ['percent', (p) => /%|per\s?cent/i.test(p) && SUBJECT.test(p)],
  ['arithmetic', (p) => /\d\s?[x×*]|squared|\^\s?2|²/i.test(p) && SUBJECT.test(p)],
  ['orders of magnitude', (p) => /orders|OOMs/.test(p) && SUBJECT.test(p)],
];

/** Whole-document conditions: suppression comments, ⟨placeholders⟩, abbreviations with a long form elsewhere. */
const DOCUMENT_CONDITIONS: ((text: string) => boolean)[] = [
  (t) => t.includes('⟨') || t.includes('⟩') || /rsplint-/i.test(t),
  (t) => /(?<![\p{L}\p{N}])(?:EC|CEGs?|E-FLOPs?|OOMs?)(?![\p{L}\p{N}])/u.test(t) && /effective|comput|magnitude|flop/i.test(t),
];

/** Paragraphs end at a blank line: a line break, spaces or tabs, and another line break. */
const BLANK_LINE = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/g;

/**
 * False only when no rule can report anything in `text` (with no aliases configured: an alias can make
 * any word a term). True otherwise, without saying what: the full analysis decides.
 */
export function mayHaveFindings(text: string): boolean {
  const key = new RegExp(KEY.source, KEY.flags);
  for (let m = key.exec(text); m; m = key.exec(text)) {
    const { start, end } = paragraphAround(text, m.index);
    const paragraph = decodeEntities(text.slice(start, end));
    if (PARAGRAPH_CONDITIONS.some(([, c]) => c(paragraph))) return true;
    key.lastIndex = Math.max(end, m.index + 1);
  }
  // Policy text passes above, usually in its first paragraphs; these scan the whole text.
  return DOCUMENT_CONDITIONS.some((c) => c(text));
}

/** The paragraph holding `at`: from just after the previous blank line to the next one. */
function paragraphAround(text: string, at: number): { start: number; end: number } {
  BLANK_LINE.lastIndex = at;
  const next = BLANK_LINE.exec(text);
  const end = next ? next.index : text.length;
  // Backwards: the last blank line that ends at or before `at`, found by scanning line starts.
  let start = 0;
  let lineStart = lineStartBefore(text, at);
  while (lineStart > 0) {
    // The previous line ends where its line break starts (a \r\n pair is one break).
    const breakStart = text.charCodeAt(lineStart - 1) === 10 && text.charCodeAt(lineStart - 2) === 13 ? lineStart - 2 : lineStart - 1;
    const prevStart = lineStartBefore(text, breakStart);
    if (/^[ \t]*$/.test(text.slice(prevStart, breakStart))) {
      start = lineStart;
      break;
    }
    lineStart = prevStart;
  }
  return { start, end };
}

/** The offset where the line holding `at` starts (after \n, \r or \r\n). */
function lineStartBefore(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
  }
  return 0;
}

/**
 * Markdown decodes character references, so "&#215;" is a multiplication sign and "&#99;ompute" the
 * word compute. Numeric ones are decoded; of the named ones, those that can form part of a cue.
 */
const NAMED: Record<string, string> = { times: '×', Hat: '^', sup1: '¹', sup2: '²', sup3: '³', percnt: '%', dollar: '$', euro: '€', pound: '£', deg: '°', ordm: 'º', ast: '*', midast: '*', lowast: '*', lt: '<', gt: '>', amp: '&', frac12: '½', half: '½' };

function decodeEntities(p: string): string {
  if (!p.includes('&')) return p;
  return p.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
