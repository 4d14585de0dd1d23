// Rules beyond the six facets (issue 6): each reads the whole analysis of a document and reports what a
// careful policy reviewer would catch. One file per rule: metadata beside the check.
import type { ParsedDocument, Sentence } from '../core/document';
import { blockTest, lineIndexAt, sentenceText } from '../core/document';
import { guardedTest } from '../core/patterns';
import type { Mention } from '../core/types';
import type { RuleContext } from '../core/rule-api';
export type { AnalystRule, RuleContext, RuleReport } from '../core/rule-api';

/** Mentions that set a live rule: not background prose, not a changelog entry. */
export function isLive(m: Mention): boolean {
  return m.role === 'trigger' || m.role === 'definition';
}

export function textOf(sentence: Sentence): string {
  return sentenceText(sentence);
}

/** 1-based line of an offset, for messages that point elsewhere in the document. */
export function lineOf(doc: ParsedDocument, offset: number): number {
  return lineIndexAt(doc, offset) + 1;
}

export function formatMultiple(v: number | undefined): string {
  if (v === undefined) return '?';
  return Number.isInteger(v) ? `${v}x` : `${Number(v.toPrecision(3))}x`;
}

/** Every prose sentence of the document, in order. */
export function* sentences(doc: ParsedDocument): Generator<Sentence> {
  for (const block of doc.blocks) yield* block.sentences;
}

/**
 * Whether any prose block of the document matches a document-wide cue. Answers are cached on each
 * block's text, which unchanged chunks share between edits, so a keystroke does not rescan the document.
 */
export function proseMatches(ctx: RuleContext, re: RegExp): boolean {
  return ctx.doc.blocks.some((block) => blockTest(block, re));
}

const SENTENCE_MATCHES = new WeakMap<object, Map<string, boolean>>();

/** Whether some sentence of the document matches both a cue and its context (cached per block, like proseMatches). */
export function sentenceMatches(ctx: RuleContext, cue: RegExp, context: RegExp): boolean {
  const key = `${cue.source}\u0000${context.source}`;
  for (const block of ctx.doc.blocks) {
    let cache = SENTENCE_MATCHES.get(block.norm);
    if (!cache) SENTENCE_MATCHES.set(block.norm, (cache = new Map()));
    let hit = cache.get(key);
    if (hit === undefined) {
      hit = block.sentences.some((sentence) => {
        const st = textOf(sentence);
        return guardedTest(cue, st) && context.test(st);
      });
      cache.set(key, hit);
    }
    if (hit) return true;
  }
  return false;
}
