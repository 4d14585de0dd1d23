// Classify the role of a mention (domain.md §3.4): it decides which checks apply and how loudly.
import { sentenceTest, sentenceText, type Block } from './document';
import type { RawMention } from './mentions';
import * as P from './patterns';
import type { Role } from './types';

const SCALE_STATEMENT = /\b(?:re-?fit\w*|fitted|extrapolat\w*|relied\s+on|reference[\s-]recipe\s+runs?|reference\s+curve)\b/iu;

export function classifyRole(m: RawMention): Role {
  const { sentence } = m;
  const block = sentence.block;
  const st = sentenceText(sentence);
  if (block.section.isChangelog || sentenceTest(sentence, P.HISTORICAL) || P.VERSION_ENTRY.test(block.norm.text)) return 'historical';
  if (block.inBlockquote || insideQuotation(st, m.nStart - sentence.normStart, m.nEnd - sentence.normStart)) return 'quoted';
  // Worked examples, reported speech and estimates describe; they set no threshold.
  if (sentenceTest(sentence, P.EXAMPLE_LEAD) || isExampleValue(st, m.nStart - sentence.normStart)) return 'descriptive';
  if (sentenceTest(sentence, P.ATTRIBUTION)) return 'descriptive';
  if (sentenceTest(sentence, P.DEFINITION_VERB)) return 'definition';
  // Capability-jump phrases, safety buffers and evaluation intervals only ever appear in policies as
  // parts of a trigger.
  if (m.kind === 'capability-jump' || m.kind === 'unit-multiplier' || m.kind === 'delegated-compute' || m.implied) return 'trigger';
  const lead = leadIn(m);
  if (sentenceTest(sentence, P.STRONG_TRIGGER) || P.STRONG_TRIGGER.test(lead)) return 'trigger';
  // A bare effective-compute term needs a rule around it to be more than background prose.
  if (m.kind === 'effective-compute-term') return 'descriptive';
  // "…fitted to runs between 10^22 and 10^24 FLOP and relied on only up to 10^25 FLOP" states a scale.
  if (m.kind === 'absolute-compute' && SCALE_STATEMENT.test(st)) return 'descriptive';
  if (m.namedThreshold && !P.EXAMPLE_LEAD.test(st)) return 'trigger';
  if ((m.kind === 'absolute-compute' || m.kind === 'compute-cost') && m.comparator && !P.APPROXIMATE.test(m.comparator) && !sentenceTest(sentence, P.DESCRIPTIVE)) return 'trigger';
  if (sentenceTest(sentence, P.DESCRIPTIVE)) return 'descriptive';
  if (sentenceTest(sentence, P.TRIGGER) || P.TRIGGER.test(lead)) return 'trigger';
  // A cell of a table whose header speaks of thresholds or triggers states a threshold.
  if (block.tableHeader && /\b(?:thresholds?|triggers?|limits?|criteri(?:a|on))\b/i.test(block.tableHeader)) return 'trigger';
  return 'descriptive';
}

/** A value given as an example: "(e.g. 2.3x10^25 FLOP)". */
function isExampleValue(st: string, at: number): boolean {
  return /(?:\be\.g\.,?|\bfor\s+example,?|\bsuch\s+as)\s*$/i.test(st.slice(Math.max(0, at - 16), at));
}

/**
 * Inside a quotation of eight words or more: someone else's text, quoted or critiqued (trap T7).
 * Short quoted phrases are scare quotes or defined terms (“safety buffer”, “covered model”), not quotations.
 */
function insideQuotation(st: string, a: number, b: number): boolean {
  const open = st.lastIndexOf('"', a);
  if (open < 0) return false;
  // An odd number of quote marks before the mention means it sits inside a quotation.
  let count = 0;
  for (let i = 0; i < a; i++) if (st[i] === '"') count++;
  if (count % 2 === 0) return false;
  const close = st.indexOf('"', b);
  const quoted = st.slice(open + 1, close < 0 ? st.length : close);
  return quoted.trim().split(/\s+/).length >= 8;
}

/**
 * The sentence that introduces a list or clause: "…shall require compliance for:" makes the items
 * below it normative even when they contain no modal verb of their own.
 */
function leadIn(m: RawMention): string {
  const { sentence } = m;
  if (sentence.index > 0) return '';
  let block = sentence.block;
  // Walk back over sibling clauses ("(i) …; and" before "(ii) …") and list items to their lead-in.
  for (let steps = 0; steps < 20; steps++) {
    const prev = block.previous;
    if (!prev) return '';
    const last = prev.sentences[prev.sentences.length - 1];
    if (!last) return '';
    const text = sentenceText(last);
    if (/:\s*$/.test(text)) return text;
    const sibling = (isClause(prev) && isClause(block)) || (prev.inList && block.inList);
    if (!sibling) return '';
    block = prev;
  }
  return '';
}

const CLAUSE_START = /^[\s>*-]*\(?(?:[ivxlc]{1,5}|[a-z]|\d{1,3})\)\s/i;

function isClause(block: Block): boolean {
  return CLAUSE_START.test(block.norm.text);
}
