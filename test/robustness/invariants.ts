// What must hold for ANY analysis of ANY text, whatever the engine decides about the policy language
// in it. Each check returns human-readable violations rather than throwing, so a property test can
// print every broken promise for the shrunk counterexample at once.
//
// Fixes (DESIGN.md §5: "a quick fix only inserts or replaces what it says; it never loses the author's
// text"): an insertion must not land inside a word (or between the halves of a surrogate pair); a
// replacement must stay inside the range of the finding (or mention) that offers it; and applying all
// offered fixes keeps every other word of the author's, in order.
import { applyFixes, benchmarkTriggerRewrite, completeDefinitionFix, type Analysis, type Span, type TextEdit } from '../../server/src/lint';

const SEVERITIES = new Set(['error', 'warning', 'info']);


const WORD_CHAR = /[\p{L}\p{N}]/u;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair (no editor can put a cursor there). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function codePointBefore(text: string, offset: number): string {
  if (offset >= 2 && isLow(text.charCodeAt(offset - 1)) && isHigh(text.charCodeAt(offset - 2))) return text.slice(offset - 2, offset);
  return text.slice(offset - 1, offset);
}

function codePointAt(text: string, offset: number): string {
  const cp = text.codePointAt(offset);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/**
 * True when inserting at `offset` would glue new text into the middle of a word: letters on both
 * sides, or digits on both sides. (A letter-digit boundary, as in "𠀀1026", is left alone: a fix may
 * well insert a comparator before a number that follows a CJK character.)
 */
export function insideWord(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = codePointBefore(text, offset);
  const after = codePointAt(text, offset);
  return (/\p{L}/u.test(before) && /\p{L}/u.test(after)) || (/\p{N}/u.test(before) && /\p{N}/u.test(after));
}

function spanProblem(what: string, span: Span, text: string): string | undefined {
  const { start, end } = span;
  const length = text.length;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `${what}: offsets are not integers (${start}, ${end})`;
  if (!(start >= 0 && start <= end && end <= length)) return `${what}: range [${start}, ${end}) is not inside the text (length ${length})`;
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) return `${what}: range [${start}, ${end}) splits a surrogate pair`;
  return undefined;
}

/** Ranges in bounds and well ordered, mention text = its slice, findings well formed. */
export function analysisViolations(text: string, analysis: Analysis): string[] {
  const out: string[] = [];
  const push = (p: string | undefined) => {
    if (p) out.push(p);
  };
  for (const m of analysis.mentions) {
    push(spanProblem(`mention ${m.id}`, m, text));
    push(spanProblem(`mention ${m.id} sentence`, m.sentence, text));
    if (m.text !== text.slice(m.start, m.end)) out.push(`mention ${m.id}: text ${JSON.stringify(m.text)} is not text.slice(${m.start}, ${m.end}) = ${JSON.stringify(text.slice(m.start, m.end))}`);
    if (m.sentence.start > m.start || m.sentence.end < m.end) out.push(`mention ${m.id}: sentence [${m.sentence.start}, ${m.sentence.end}) does not contain the mention [${m.start}, ${m.end})`);
    for (const [facet, result] of Object.entries(m.facets)) {
      const ev = result.evidence;
      if (ev && ev.source === undefined) push(spanProblem(`mention ${m.id} ${facet} evidence`, ev, text));
    }
  }
  for (const d of analysis.definitions) {
    if (d.source !== undefined) continue;
    push(spanProblem(`definition of ${d.term}`, d, text));
    push(spanProblem(`definition of ${d.term} body`, d.body, text));
  }
  analysis.findings.forEach((f, i) => {
    const label = `finding ${i} (${f.ruleId})`;
    push(spanProblem(label, f, text));
    if (!f.ruleId) out.push(`${label}: no rule id`);
    if (!SEVERITIES.has(f.severity)) out.push(`${label}: severity ${JSON.stringify(f.severity)}`);
    if (!f.message || !f.message.trim()) out.push(`${label}: empty message`);
    for (const r of f.related ?? []) if (r.source === undefined) push(spanProblem(`${label} related`, r, text));
  });
  for (let i = 1; i < analysis.findings.length; i++) {
    if (analysis.findings[i]!.start < analysis.findings[i - 1]!.start) {
      out.push(`findings are not sorted by position at index ${i}`);
      break;
    }
  }
  return out;
}

export interface OfferedFix {
  label: string;
  edits: TextEdit[];
  /** Where the fix may replace text: the range of the finding (or mention) it belongs to. */
  allowed: Span;
}

/** Every fix the engine offers for this analysis: per finding, plus the two document-level actions. */
export function allOfferedFixes(text: string, analysis: Analysis): OfferedFix[] {
  const out: OfferedFix[] = [];
  for (const f of analysis.findings) for (const fix of f.fixes ?? []) out.push({ label: `${f.ruleId} at ${f.start}: "${fix.title}"`, edits: fix.edits, allowed: f });
  for (const m of analysis.mentions) {
    const complete = completeDefinitionFix(analysis, text, m.id);
    if (complete) out.push({ label: `complete definition (mention ${m.id}): "${complete.title}"`, edits: complete.edits, allowed: m });
    const rewrite = benchmarkTriggerRewrite(analysis, m.id, text);
    if (rewrite) out.push({ label: `benchmark rewrite (mention ${m.id}): "${rewrite.title}"`, edits: rewrite.edits, allowed: m });
  }
  return out;
}

/** What is wrong with one offered fix on `text`. */
export function fixViolations(text: string, fix: OfferedFix): string[] {
  const out: string[] = [];
  if (fix.edits.length === 0) out.push(`${fix.label}: no edits`);
  for (const e of fix.edits) {
    const p = spanProblem(`${fix.label} edit`, e, text);
    if (p) {
      out.push(p);
      continue;
    }
    if (typeof e.newText !== 'string') out.push(`${fix.label}: newText is not a string`);
    if (e.start === e.end && insideWord(text, e.start)) {
      out.push(`${fix.label}: inserts inside the word around offset ${e.start} (${JSON.stringify(text.slice(Math.max(0, e.start - 12), e.start))} | ${JSON.stringify(text.slice(e.start, e.start + 12))})`);
    }
    if (e.end > e.start && (e.start < fix.allowed.start || e.end > fix.allowed.end)) {
      out.push(`${fix.label}: replaces ${JSON.stringify(text.slice(e.start, e.end))} [${e.start}, ${e.end}), outside its finding [${fix.allowed.start}, ${fix.allowed.end})`);
    }
  }
  return out;
}

/** Letters-and-digits words, the unit in which "the author's words are kept" is judged. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Index of the first word of `original` missing from `result` (as an in-order subsequence), or -1. */
export function firstLostWord(original: string[], result: string[]): number {
  let j = 0;
  for (let i = 0; i < original.length; i++) {
    while (j < result.length && result[j] !== original[i]) j++;
    if (j === result.length) return i;
    j++;
  }
  return -1;
}

/** `text` with every replaced range, widened to whole words, blanked out: the words a fix may not lose. */
function keptText(text: string, replaced: readonly TextEdit[]): string {
  let out = '';
  let cursor = 0;
  for (const e of replaced) {
    let start = e.start;
    let end = e.end;
    while (start > 0 && WORD_CHAR.test(codePointBefore(text, start))) start -= codePointBefore(text, start).length;
    while (end < text.length && WORD_CHAR.test(codePointAt(text, end))) end += codePointAt(text, end).length;
    if (start < cursor) start = cursor;
    out += text.slice(cursor, start) + ' ';
    cursor = Math.max(cursor, end);
  }
  return out + text.slice(cursor);
}

/**
 * Applies every offered fix at once (as "fix all" would; applyFixes drops overlapping edits) and
 * returns the fixed text plus what went wrong: a bad edit, or a word of the author's lost or split.
 */
export function applyAllFixes(text: string, analysis: Analysis): { fixed: string; violations: string[] } {
  const offered = allOfferedFixes(text, analysis);
  const violations: string[] = [];
  for (const o of offered) violations.push(...fixViolations(text, o));
  const { text: fixed, applied } = applyFixes(text, offered.flatMap((o) => o.edits));
  const before = words(keptText(text, applied.filter((e) => e.end > e.start)));
  const lost = firstLostWord(before, words(fixed));
  if (lost >= 0) {
    violations.push(`applying all fixes lost or split the author's word #${lost} ${JSON.stringify(before[lost])} (context: ${JSON.stringify(before.slice(Math.max(0, lost - 3), lost + 3).join(' '))})`);
  }
  return { fixed, violations };
}
