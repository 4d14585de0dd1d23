// Fixes as data: where an author wants a missing definition inserted, and what it says.
//
// Placement (in this order): a term-level facet (baseline, benchmark, scale, post-training) goes into
// the definition of the term when the document has one, else into the Definitions section as a new
// glossary entry, else as a new glossary paragraph after the mention's block; a per-threshold facet
// (reference, counting) goes right after the mention's sentence, where the next reader will look.
// Every fix only inserts: it never replaces the author's words.
import { wrapLikeDocument } from './wrap';
import type { ParsedDocument } from './document';
import type { ResolvedDefinition } from './definitions';
import { EFFECTIVE_COMPUTE, type RawMention } from './mentions';
import type { Analysis, FacetId, Fix, Mention } from './types';
import type { RuleSet } from './rule-api';

const TERM_FACETS: FacetId[] = ['baseline', 'benchmark', 'scale', 'postTraining'];

export interface FixContext {
  doc: ParsedDocument;
  definitions: ResolvedDefinition[];
  rules: RuleSet;
  /** Document-wide facts every fix needs, computed once per analysis (not once per finding). */
  memo?: { markdown?: boolean; definitionsEnd?: number | null; tableEnds?: Map<number, number> };
}

export function facetFix(raw: RawMention, mention: Mention, facet: FacetId, ctx: FixContext): Fix | undefined {
  const rule = ctx.rules.facet.find((r) => r.meta.facet === facet);
  if (!rule) return undefined;
  let sentence = rule.templateFor(mention);
  if (mention.value !== undefined && /^The ⟨N⟩x/.test(sentence)) sentence = sentence.replace('⟨N⟩x', `${formatValue(mention.value)}x`);
  const label = facetLabel(facet, mention);
  // Term-level facets belong in the definition of the term the mention depends on, when it has one.
  const termLevel = TERM_FACETS.includes(facet) && (mention.kind === 'effective-compute-term' || mention.kind === 'relative-effective-compute' || mention.kind === 'capability-jump');
  const term = mention.term ?? EFFECTIVE_COMPUTE;
  const definition = termLevel ? ctx.definitions.find((d) => !d.source && d.term === term) : undefined;
  if (definition) {
    const last = definition.blocks[0]!;
    return insertFix(`Insert the missing ${label} into the definition of ${term}`, trimmedEnd(ctx.doc.text, last.end), ` ${sentence}`);
  }
  if (termLevel) {
    const entry = `${glossaryLabel(term, ctx)}: ${sentence}`;
    const memo = (ctx.memo ??= {});
    if (memo.definitionsEnd === undefined) memo.definitionsEnd = definitionsSectionEnd(ctx.doc) ?? null;
    const section = memo.definitionsEnd ?? undefined;
    if (section !== undefined) return insertFix(`Insert the missing ${label} into the Definitions section`, section, `\n\n${entry}`);
    const block = raw.sentence.block;
    const at = trimmedEnd(ctx.doc.text, block.tableStart !== undefined ? cachedTableEnd(ctx, block.tableStart) : blockEnd(ctx.doc, block));
    return insertFix(`Insert a definition stating the ${label}`, at, `\n\n${entry}`);
  }
  const block = raw.sentence.block;
  if (block.kind === 'heading') return insertFix(`Insert the missing ${label}`, trimmedEnd(ctx.doc.text, block.end), `\n\n${sentence}`);
  return insertFix(`Insert the missing ${label} after this sentence`, mention.sentence.end, ` ${sentence}`);
}

function insertFix(title: string, at: number, newText: string): Fix {
  return { title, edits: [{ start: at, end: at, newText }], isPreferred: true, deterministic: false };
}

function facetLabel(facet: FacetId, mention: Mention): string {
  switch (facet) {
    case 'postTraining':
      return 'post-training treatment';
    case 'reference':
      return 'reference point';
    case 'counting':
      return mention.kind === 'compute-cost' ? 'costing method' : 'counting scope';
    default:
      return facet;
  }
}

function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(3)));
}

function glossaryLabel(term: string, ctx: FixContext): string {
  const capital = term.charAt(0).toUpperCase() + term.slice(1);
  const memo = (ctx.memo ??= {});
  // Bold labels in Markdown; plain-text documents keep the bare label.
  memo.markdown ??= ctx.doc.blocks.some((b) => b.strong.length > 0 || b.kind !== 'paragraph') || looksLikeMarkdown(ctx.doc.text);
  return memo.markdown ? `**${capital}**` : capital;
}

function looksLikeMarkdown(text: string): boolean {
  return /^#{1,6}\s|\*\*|\[[^\]]+\]\(/m.test(text);
}

function trimmedEnd(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}

function blockEnd(doc: ParsedDocument, block: { end: number }): number {
  // Insert after the whole line the block ends on (list items and cells end mid-line otherwise).
  const nl = doc.text.indexOf('\n', block.end);
  return nl < 0 ? doc.text.length : nl;
}

function cachedTableEnd(ctx: FixContext, tableStart: number): number {
  const ends = ((ctx.memo ??= {}).tableEnds ??= new Map());
  let end = ends.get(tableStart);
  if (end === undefined) ends.set(tableStart, (end = tableEnd(ctx.doc, tableStart)));
  return end;
}

function tableEnd(doc: ParsedDocument, tableStart: number): number {
  let end = tableStart;
  for (const b of doc.blocks) if (b.tableStart === tableStart) end = Math.max(end, b.end);
  return blockEnd(doc, { end });
}

/** End of the content of the first Definitions/Glossary section, if the document has one. */
function definitionsSectionEnd(doc: ParsedDocument): number | undefined {
  const blocks = doc.blocks.filter((b) => b.section.isDefinitions);
  if (blocks.length === 0) return undefined;
  const section = blocks[0]!.section;
  const inSection = blocks.filter((b) => b.section === section);
  const last = inSection[inSection.length - 1]!;
  return trimmedEnd(doc.text, Math.min(section.end, blockEnd(doc, last)));
}

/**
 * "Add a complete definition of ⟨term⟩": one entry with every facet the term's mentions miss. If the
 * document already has a definition of the term, the missing sentences are appended to it; running it
 * again once they are there offers nothing, so it never duplicates.
 */
export function completeDefinitionFix(analysis: Analysis, text: string, mentionId: number, language: 'markdown' | 'plaintext', rules: RuleSet): Fix | undefined {
  const mention = analysis.mentions.find((m) => m.id === mentionId);
  if (!mention?.term) return undefined;
  const term = mention.term;
  const missing = TERM_FACETS.filter((f) => analysis.mentions.some((m) => m.term === term && m.facets[f].state === 'missing'));
  if (missing.length === 0) return undefined;
  const sentences = missing.map((f) => rules.facet.find((r) => r.meta.facet === f)!.templateFor(mention));
  const existing = analysis.definitions.find((d) => d.term === term && !d.source);
  const capital = term.charAt(0).toUpperCase() + term.slice(1);
  if (existing) {
    // At the end of the definition's own paragraph: its body may run on into the footnotes it cites, and
    // a definition's sentences do not belong in a footnote at the end of the file.
    const gap = text.slice(existing.start, existing.body.end).search(/\n[ \t]*\n/);
    const at = trimmedEnd(text, gap < 0 ? existing.body.end : existing.start + gap);
    const fix = keepTablesIntact({ title: `Complete the definition of ${term}`, edits: [{ start: at, end: at, newText: ` ${sentences.join(' ')}` }], deterministic: false }, text, analysis.protectedRanges ?? tableRanges(text));
    return fix && wrapLikeDocument(fix, text);
  }
  const label = language === 'markdown' ? `**${capital}**` : capital;
  const entry = `${label}: ${sentences.join(' ')}`;
  // "## Definitions", "## 2. Definitions", "### Glossary", "## Definitions and abbreviations", "## Key terms".
  const heading = /^#{1,6}\s+(?:[\dA-Z]{1,3}(?:\.\d{1,3})*[.)]?\s+)?(?:definitions?|glossary|key\s+terms|terms\s+and\s+definitions|defined\s+terms)\b/im.exec(text);
  let at: number;
  let newText: string;
  if (heading) {
    const after = text.indexOf('\n', heading.index);
    const nextHeading = after < 0 ? -1 : text.slice(after).search(/\n#{1,6}\s/);
    at = trimmedEnd(text, nextHeading < 0 ? text.length : after + nextHeading);
    newText = `\n\n${entry}`;
  } else {
    at = trimmedEnd(text, text.length);
    newText = language === 'markdown' ? `\n\n## Definitions\n\n${entry}\n` : `\n\nDefinitions\n\n${entry}\n`;
  }
  return wrapLikeDocument({ title: `Add a complete definition of ${term}`, edits: [{ start: at, end: at, newText }], deterministic: false }, text);
}

/**
 * "Rewrite as a benchmark-score trigger" (domain.md §6.3) for a relative effective-compute trigger: the
 * sentence is kept and the benchmark trigger is inserted after it, for the author to choose between.
 */
/** `text` is the analysed text: with it, the insertion stays out of tables. */
export function benchmarkTriggerRewrite(analysis: Analysis, mentionId: number, text = ''): Fix | undefined {
  const mention = analysis.mentions.find((m) => m.id === mentionId);
  if (!mention || mention.kind !== 'relative-effective-compute' || mention.role !== 'trigger') return undefined;
  const at = mention.sentence.end;
  const insertion =
    ' ⟨Alternatively:⟩ a comprehensive assessment also runs whenever a model in development scores at least ⟨5⟩ percentage points higher than ⟨the last model that completed a comprehensive assessment⟩ on any of ⟨benchmark A vX, benchmark B vY⟩, evaluated with ⟨harness, settings, elicitation protocol and inference budget⟩; scores are checked at least every ⟨k⟩x of training compute or every ⟨w⟩ weeks, whichever comes first, and after every post-training run.';
  const fix = keepTablesIntact({ title: 'Add a benchmark-score trigger beside this effective-compute trigger', edits: [{ start: at, end: at, newText: insertion }], deterministic: false }, text, analysis.protectedRanges ?? tableRanges(text));
  return fix && wrapLikeDocument(fix, text);
}

/**
 * The line ranges of tables: runs of lines that open with "|" (a Markdown table, or a row that PDF
 * extraction left on its own), start of first line to end of last.
 */
/**
 * Parts of the page a fix must not write into: Markdown tables (found in the text), HTML tables and
 * two-column passages of a PDF extraction (found by the parser). `what` names the part in the fix title.
 */
export function protectedRanges(text: string, doc?: ParsedDocument): { start: number; end: number; what: string }[] {
  const out = tableRanges(text).map((r) => ({ ...r, what: 'table' }));
  if (!doc) return out;
  const html = new Map<number, number>();
  const columns: { start: number; end: number }[] = [];
  for (const b of doc.blocks) {
    if (b.cell && b.tableStart !== undefined) html.set(b.tableStart, Math.max(html.get(b.tableStart) ?? 0, b.end));
    else if (b.column) columns.push({ start: b.start, end: b.end });
  }
  // The two columns' pieces overlap line by line: one passage from the first line to the last.
  columns.sort((a, b) => a.start - b.start);
  for (const c of columns) {
    const last = out[out.length - 1];
    if (last && last.what === 'two-column passage' && c.start <= last.end + 1) last.end = Math.max(last.end, c.end);
    else out.push({ ...c, what: 'two-column passage' });
  }
  for (const [start, lastCell] of html) {
    const close = text.indexOf('</table>', lastCell);
    out.push({ start, end: close < 0 ? lastCell : close + '</table>'.length, what: 'table' });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function tableRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!text.includes('|')) return out;
  let runStart = -1;
  let runEnd = -1;
  let rows = 0;
  const close = (): void => {
    if (rows >= 1) out.push({ start: runStart, end: runEnd });
    runStart = -1;
    rows = 0;
  };
  for (let at = 0; at < text.length; ) {
    let nl = at;
    while (nl < text.length && text[nl] !== '\n' && text[nl] !== '\r') nl++;
    const line = text.slice(at, nl);
    if (/^\s{0,3}\|/.test(line)) {
      if (runStart < 0) runStart = at;
      runEnd = nl;
      rows++;
    } else close();
    at = nl + (text[nl] === '\r' && text[nl + 1] === '\n' ? 2 : 1);
  }
  close();
  return out;
}

/**
 * Threshold tables are the most-read part of a policy (issue 11 §2): a fix never writes into one. An
 * insertion that lands in a table row goes after the table as its own paragraph (and the title says so);
 * a short inline addition there (" (as defined below)") is left out.
 */
export function keepTablesIntact(fix: Fix, text: string, ranges: { start: number; end: number; what?: string }[] = tableRanges(text)): Fix | undefined {
  if (ranges.length === 0) return fix;
  const edits: Fix['edits'] = [];
  const movedTo = new Map<number, string[]>();
  let touched = false;
  let what = 'table';
  for (const e of fix.edits) {
    const table = ranges.find((r) => r.start < e.start && e.start <= r.end);
    if (!table) {
      edits.push(e);
      continue;
    }
    // A replacement inside a cell (a unit fix: "10º26" → "10^26") corrects the author's own characters.
    if (e.end > e.start) {
      edits.push(e);
      continue;
    }
    touched = true;
    const body = e.newText.trim();
    if (body.length < 40 && !/[.!?]$/.test(body)) continue;
    movedTo.set(table.end, [...(movedTo.get(table.end) ?? []), body]);
    what = table.what ?? 'table';
  }
  if (!touched) return fix;
  for (const [at, bodies] of movedTo) edits.push({ start: at, end: at, newText: `\n\n${bodies.join('\n\n')}` });
  if (edits.length === 0) return undefined;
  edits.sort((a, b) => a.start - b.start);
  return { ...fix, title: movedTo.size ? `${fix.title} (after the ${what})` : fix.title, edits };
}
