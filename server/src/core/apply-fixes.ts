import type { TextEdit } from './types';

export interface ApplyResult {
  text: string;
  /** Edits applied, in document order. */
  applied: TextEdit[];
  /** Edits dropped because they overlapped an earlier one or fell outside the text. */
  dropped: TextEdit[];
}

/**
 * Applies edits to a text in one pass. Edits that overlap an edit already taken are dropped, never
 * merged, so an author's words are only ever replaced by exactly what one fix said it would write.
 * Two insertions at the same offset are both kept, in the order given.
 */
export function applyFixes(text: string, edits: readonly TextEdit[]): ApplyResult {
  const ordered = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.index - b.index);
  const applied: TextEdit[] = [];
  const dropped: TextEdit[] = [];
  let out = '';
  let cursor = 0;
  for (const { edit } of ordered) {
    const valid = edit.start >= 0 && edit.end >= edit.start && edit.end <= text.length;
    const overlaps = edit.start < cursor || (edit.start === cursor && applied.length > 0 && edit.end > edit.start && lastEnd(applied) > edit.start);
    if (!valid || overlaps) {
      dropped.push(edit);
      continue;
    }
    out += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
    applied.push(edit);
  }
  out += text.slice(cursor);
  return { text: out, applied, dropped };
}

function lastEnd(edits: TextEdit[]): number {
  return edits[edits.length - 1]!.end;
}
