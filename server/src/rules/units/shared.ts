// Helpers shared by the units-and-numbers rules: sentence views with offset mapping back to the
// author's text, and the role of a span that no engine mention covers.
import type { Block, ParsedDocument, Sentence } from '../../core/document';
import { blockTest, sentenceText } from '../../core/document';
import type { RawMention } from '../../core/mentions';
import { mapRange } from '../../core/normalize';
import { classifyRole } from '../../core/judgement/roles';
import type { MentionKind, Role, Span } from '../../core/types';
import type { RuleContext } from '../analyst-rule';

/** A sentence with its normalised text; offsets into `text` map back with `span()`. */
export interface SentenceView {
  sentence: Sentence;
  block: Block;
  text: string;
  /** The document range of [a, b) in `text`. */
  span(a: number, b: number): Span;
}

/**
 * The sentences of the document, each with its text and offset mapping. With `pretest`, only the
 * sentences of blocks whose text it matches (remembered per block text, which unchanged chunks share
 * between edits): a rule passes the cheap test its sentences must pass anyway, so a keystroke does not
 * walk every sentence of the document for every rule.
 */
export function* sentenceViews(doc: ParsedDocument, pretest?: RegExp): Generator<SentenceView> {
  for (const block of doc.blocks) {
    if (pretest && !blockTest(block, pretest)) continue;
    for (const sentence of block.sentences) {
      const base = sentence.normStart;
      const text = sentenceText(sentence);
      // A sentence with an unfilled ⟨placeholder⟩ is a quick fix's draft, not policy text yet (the engine
      // finds no mentions there either); unfilled-placeholder reports it.
      if (text.includes('⟨')) continue;
      yield {
        sentence,
        block,
        text,
        span(a, b) {
          const r = mapRange(block.norm, base + a, base + b);
          return { start: block.start + r.start, end: block.start + r.end };
        },
      };
    }
  }
}

/**
 * The role of a span: that of an engine mention overlapping it when there is one (so these rules agree
 * with the facet rules about what is a live threshold), otherwise the engine's classifier applied to the
 * span as if it were a mention of `kind`.
 */
export function roleOf(ctx: RuleContext, view: SentenceView, a: number, b: number, kind: MentionKind = 'relative-compute'): Role {
  const { start, end } = view.span(a, b);
  const overlapping = ctx.mentions.find((m) => m.start < end && start < m.end);
  if (overlapping) return overlapping.role;
  const base = view.sentence.normStart;
  const synthetic: RawMention = { kind, sentence: view.sentence, nStart: base + a, nEnd: base + b, start, end };
  return classifyRole(synthetic);
}

/** The role of the sentence as a whole: the liveliest role of any mention in it, else the classifier's. */
export function sentenceRole(ctx: RuleContext, view: SentenceView, a: number, b: number): Role {
  const inSentence = ctx.mentions.filter((m) => m.sentence.start === view.sentence.start && m.sentence.end === view.sentence.end);
  const order: Role[] = ['trigger', 'definition', 'quoted', 'descriptive', 'historical'];
  if (inSentence.some((m) => m.role === 'historical')) return 'historical';
  for (const role of order) if (inSentence.some((m) => m.role === role)) return role;
  return roleOf(ctx, view, a, b);
}

const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/** "10^26" or "10²⁶", per `options.exponentStyle`. */
export function powerOfTen(exponent: string, style: 'caret' | 'superscript' | undefined): string {
  if (style === 'superscript') return `10${[...exponent].map((d) => SUPERSCRIPT[Number(d)]).join('')}`;
  return `10^${exponent}`;
}

/** The document's words for a span, on one line, for quoting in a message. */
export function quote(ctx: RuleContext, span: Span): string {
  return ctx.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}

/** The clause around [a, b): the sentence cut at semicolons, colons and parentheses. */
export function clauseAround(text: string, a: number, b: number): { text: string; start: number } {
  const cut = /[;:()[\]]/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(cut)) {
    if (m.index! < a) start = m.index! + 1;
    else if (m.index! >= b) {
      end = m.index!;
      break;
    }
  }
  return { text: text.slice(start, end), start };
}

/** A plain number as a person would write it: 35.3, 1,225, 4. */
export function formatNumber(v: number): string {
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString('en-US');
  return String(Number(v.toPrecision(3)));
}

/**
 * True when inserting at `offset` would glue text onto a word on both sides ("𠀀3" → "𠀀more than 3"):
 * such a fix would split the author's word, so it is not offered.
 */
export function gluesIntoWord(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = String.fromCodePoint(text.codePointAt(offset - 1 - (/[\udc00-\udfff]/.test(text[offset - 1]!) && offset >= 2 ? 1 : 0))!);
  const after = String.fromCodePoint(text.codePointAt(offset)!);
  return /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after);
}
