// Whose words a blockquote holds. A blockquote is another party's words when something attributes it
// (domain.md §3.4, role 4; corpus rule 17), but two layouts are the author's own: a callout box and a clause
// the author enacts, inserts or proposes. The quotation role, the metric and accounting scopes and the
// document-wide cue search all ask this one question.
import type { Block } from '../document';

/**
 * ownBlockquote, read once per blockquoted paragraph of a text: every mention of the paragraph asks the same
 * question. Keyed by the text and the paragraph's start, not by the block: an edit elsewhere (the lead-in)
 * can change the answer for a block the parse cache reuses.
 */
let ownText: string | undefined;
const ownByStart = new Map<number, boolean>();
export function ownBlockquoteCached(block: Block, text: string | undefined): boolean {
  if (text !== ownText) {
    ownText = text;
    ownByStart.clear();
  }
  let own = ownByStart.get(block.start);
  if (own === undefined) ownByStart.set(block.start, (own = ownBlockquote(block.start, text)));
  return own;
}

/**
 * A blockquote in the author's own voice (domain.md §3.4, role 4: a blockquote is another party's words when
 * something attributes it). Two layouts are the author's:
 * - a callout box that opens with a title or an alert marker: "> **Key terms**", "> **Worked example A.**",
 *   "> [!IMPORTANT]", "> **Numbers at a glance**" (drafts-cm 03, drafts-bj 02, drafts-ah 04, drafts-t 04), or an italic
 *   one ("> *v2 note (amended).* Still applies …", drafts-fh 01; "> *Reference Recipe:* …"), unless
 *   the title reports changes or a reviewer ("> **Changes from v2.**", "> **[Reviewer: …]**") or the
 *   paragraph before it introduces a quotation ("Section 4.1 reads:");
 * - a clause the author enacts, inserts or proposes: "Clause 1.4 is corrected to read:", "We propose:", "restate §4.2
 *   so that …:" (drafts-s 03, drafts-ay 01); an amending instrument's "Section 3.2 is replaced by the following:",
 *   "Section 1(a) is replaced by:", "After Section 3.3, insert:" (drafts-du 01, drafts-do 03).
 */
export function ownBlockquote(blockStart: number, text: string | undefined): boolean {
  if (text === undefined) return false;
  let lineStart = text.lastIndexOf('\n', blockStart - 1) + 1;
  // Up to the blockquote's first line (a quoted paragraph may run over many lines).
  for (let guard = 0; guard < 400 && lineStart > 0; guard++) {
    const previous = text.lastIndexOf('\n', lineStart - 2) + 1;
    if (!/^[ \t]{0,3}>/.test(text.slice(previous, lineStart))) break;
    lineStart = previous;
  }
  const lineEnd = text.indexOf('\n', lineStart);
  const firstLine = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  let leadEnd = lineStart - 1;
  while (leadEnd > 0 && /\s/.test(text[leadEnd - 1] ?? '')) leadEnd--;
  const lead = text.slice(Math.max(0, leadEnd - 300), leadEnd);
  const leadLine = lead.slice(lead.lastIndexOf('\n') + 1);
  if (ENACTING_LEAD.test(leadLine)) return true;
  // A hard-wrapped sentence whose next line starts with a comparator (">2x effective compute increase …")
  // becomes a blockquote in CommonMark; the author wrote a comparison, not a quotation.
  if (/^>\d/.test(firstLine) && leadEnd === lineStart - 1 && /[\p{L},]\s*$/u.test(leadLine)) return true;
  return CALLOUT_OPENING.test(firstLine) && !/:\s*$/.test(leadLine);
}

/** The opening of a callout box: an alert marker or a bold title that neither reports changes nor a reviewer. */
const CALLOUT_OPENING = /^[ \t]{0,3}>[ \t]?(?:\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]|(\*\*|\*(?!\*))(?![\s[\d§])(?!(?:Changes?|Change\s?log|What['’]s\s+(?:new|changed)|Superseded|Previous|Earlier|Old|Former|Reviewer|Comment|Quote|From)\b)[^*\n]{2,80}\1(?!\*))/iu;
/** A lead-in that enacts or proposes the text below it: "is corrected to read:", "We propose:". */
const ENACTING_LEAD = /(?:\b(?:is|are)\s+(?:hereby\s+)?(?:corrected|amended|revised|restated|replaced|changed)\s+(?:to\s+read|as\s+follows|by(?:\s+the\s+following)?)\b|\b(?:we|I)\s+(?:propose|recommend|suggest)\b|\brestate\b)[^:\n]{0,120}:\s*$|\b(?:insert|add|substitute)(?:\s+(?:the\s+following|a\s+new)(?:\s+[\w-]+){0,3})?\s*:\s*$|\bthe\s+following\s+(?:\w+\s+){0,2}(?:is|are)\s+(?:hereby\s+)?(?:inserted|added|substituted)\b[^:\n]{0,80}:\s*$/iu;

/** A blockquote that holds another party's words (or this document's old words), not the author's own text. */
export function quotedBlock(block: Block, text: string | undefined): boolean {
  return block.inBlockquote && !ownBlockquoteCached(block, text);
}
