// Parse → segment: turns a Markdown or plain-text document into prose blocks and sentences.
//
// A block's `text` is the original slice with everything that is not prose (code, HTML, URLs, Markdown
// markers, blockquote prefixes) blanked to spaces, so offsets inside it equal offsets in the document.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Parents, Root } from 'mdast';
import { normalize, type Normalized } from './normalize';
import { guardedTest } from './patterns';
import type { Span } from './types';

export interface Section {
  /** Heading titles from the outermost in, as written. */
  titles: string[];
  isDefinitions: boolean;
  isChangelog: boolean;
  /** Offset where the section's content ends (next heading of the same or higher level, or EOF). */
  end: number;
  /** Heading block that opened the innermost section, if any. */
  headingEnd?: number;
}

export type BlockKind = 'paragraph' | 'heading' | 'tableCell';

export interface Block extends Span {
  kind: BlockKind;
  /** Masked original slice: same length as [start, end). */
  text: string;
  norm: Normalized;
  inBlockquote: boolean;
  inList: boolean;
  /** Label of the footnote definition this block belongs to (Markdown [^x] or a PDF-style "6 Text…"). */
  footnoteLabel?: string;
  /** Footnote references inside the block: label and the offset of the marker. */
  footnoteRefs: { label: string; offset: number }[];
  /** Bold/strong spans in document offsets. */
  strong: Span[];
  /** Start of the table (for table cells): suppression comments go above the table. */
  tableStart?: number;
  /** The table's header row as written (for table cells); for an HTML table, its header cells joined by "|". */
  tableHeader?: string;
  /**
   * Where a cell of an HTML table stands: its row (0 = the first row) and column, and the header cells.
   * Markdown table cells are placed by their line and pipes instead (tables.ts).
   */
  cell?: { row: number; column: number; headers: string[] };
  /**
   * Plain text (a PDF extraction, a bill printed with line numbers): its words broken across lines are read
   * joined ("effec-\ntive compute"), between two lower-case letters only.
   */
  printed?: boolean;
  /** One column of a two-column page (plain text): the other column's text is blanked in `text`. */
  column?: boolean;
  section: Section;
  sentences: Sentence[];
  /** The block before this one in document order. */
  previous?: Block;
}

export interface Sentence extends Span {
  block: Block;
  index: number;
  /** Normalised sentence text and the offset of its first character within block.norm.text. */
  normStart: number;
  normEnd: number;
}

export interface HtmlComment extends Span {
  value: string;
}

export interface ParsedDocument {
  text: string;
  blocks: Block[];
  comments: HtmlComment[];
  /** Footnote definition blocks by label. */
  footnotes: Map<string, Block[]>;
  /** Line start offsets, for suppression comments (which work by line); computed on first use (lineIndexAt). */
  lineStarts?: number[];
  /** Parts too deeply nested to parse as Markdown in bounded time, read as plain text instead. */
  fallbacks?: Span[];
}

// A section is a Definitions or Changelog section when its heading says so and little else
// ("2. Definitions", "Annex A: Glossary of terms", "Version history"), not when a word merely occurs.
const TITLE_PREFIX = String.raw`^(?:(?:section|annex|appendix|part|chapter)\s+[\w.]+\s*[:.\-–—]?\s*|(?:annex|appendix)\s*[:.\-–—]\s*|[\d.]+\s+|[A-Z]\.\s+|[IVX]+\.\s+)?`;
const DEFINITIONS_TITLE = new RegExp(`${TITLE_PREFIX}(?:key\\s+|defined\\s+)?(?:definitions?|glossary|terminology|terms)\\b[^.]{0,40}$`, 'i');
const CHANGELOG_TITLE = new RegExp(`${TITLE_PREFIX}(?:change\\s*log|changes|(?:(?:a\\s+)?(?:reader['’]s\\s+)?guide\\s+to\\s+the|summary\\s+of(?:\\s+the)?|overview\\s+of(?:\\s+the)?|key|main|major)\\s+changes|version\\s+history|revision\\s+history|release\\s+notes|document\\s+history|amendment\\s+history|what\\s+changed|what\\s+(?:I|we)\\s+(?:kept|changed)|previous\\s+versions?|archived\\s+(?:provisions|clauses|sections|text|rules)|superseded\\s+(?:clause|clauses|provisions|sections|text|rules)(?:\\s+text)?)\\b(?:[^.]|\\.(?=\\d)){0,60}$`, 'i');

/**
 * GitHub Flavored Markdown without autolink literals (what remark-gfm adds, less one extension). Finding
 * bare URLs and e-mail addresses in every text node took about a tenth of all analysis time; they are
 * blanked out of prose by BARE_LINK below instead, with the same result for the text rsplint reads.
 */
function gfmWithoutAutolinkLiterals(this: ReturnType<typeof unified>): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}

const parser = unified().use(remarkParse).use(gfmWithoutAutolinkLiterals).use(remarkFrontmatter, ['yaml', 'toml']);

/** Bare URLs and e-mail addresses, as GFM autolinks them (trailing punctuation stays prose). */
const BARE_LINK = /(?<![\w/.@+-])(?:(?:https?:\/\/|www\.)[^\s<]*[^\s<?!.,:;*_~'"()[\]]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/giu;

/**
 * Parsed Markdown chunks by their text. An editor keeps one per document: an edit re-parses only the
 * chunks it touched, and the result is the same as a fresh parse because every parse goes through chunks.
 */
export interface ParseCache {
  chunks: Map<string, ChunkParse>;
}

export function createParseCache(): ParseCache {
  return { chunks: new Map() };
}

export function parseDocument(text: string, language: 'markdown' | 'plaintext', cache?: ParseCache): ParsedDocument {
  const doc: ParsedDocument = { text, blocks: [], comments: [], footnotes: new Map() };
  // A PDF page pasted into a Markdown file keeps its two columns: Markdown would read the right column's
  // indented lines as code and drop them, so the file is read as the plain text it is.
  if (language === 'plaintext' || looksLikeTwoColumnPrint(text)) {
    parsePlain(doc);
    assignSections(doc);
  }
  else parseMarkdown(doc, cache);
  blankDeclaredBracketDeletions(doc);
  splitProvisions(doc);
  linkPdfFootnotes(doc);
  doc.blocks.forEach((block, i) => {
    block.sentences = cachedSentences(block);
    if (i > 0) block.previous = doc.blocks[i - 1];
  });
  return doc;
}

/** 0-based line of an offset (binary search over the line starts); the one place the engine needs lines. */
/** The column where a block's text starts on its line (list nesting shows as indentation). */
export function columnOfBlock(text: string, block: Block): number {
  return block.start - (text.lastIndexOf('\n', block.start - 1) + 1);
}

export function lineIndexAt(doc: ParsedDocument, offset: number): number {
  const starts = (doc.lineStarts ??= computeLineStarts(doc.text));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

// ---------------------------------------------------------------------------------------------
// Markdown

interface WalkState {
  inBlockquote: boolean;
  inList: boolean;
  footnoteLabel?: string;
  tableStart?: number;
  tableHeader?: string;
}

/** A chunk's blocks and comments with offsets relative to the chunk, and the depth of each heading block. */
interface ChunkParse {
  blocks: Block[];
  comments: HtmlComment[];
  headingDepths: Map<Block, number>;
  /** Set when the chunk was read as plain text (see tooDeep). */
  fallback?: boolean;
}

function parseMarkdown(doc: ParsedDocument, cache?: ParseCache): void {
  if (looksBinary(doc.text)) {
    // Decoded binary (replacement characters, control codes) costs the Markdown parser seconds per
    // megabyte and holds no structure: read it as plain text and say so.
    parsePlain(doc);
    if (doc.blocks.length) (doc.fallbacks ??= []).push({ start: 0, end: doc.text.length });
    return;
  }
  const used = new Map<string, ChunkParse>();
  for (const chunk of splitChunks(doc.text)) {
    const source = doc.text.slice(chunk.start, chunk.end);
    let parsed = used.get(source) ?? cache?.chunks.get(source);
    if (!parsed) parsed = parseChunk(source);
    used.set(source, parsed);
    rebase(doc, parsed, chunk.start);
  }
  if (cache) cache.chunks = used;
  readRawDiffs(doc);
  assignSections(doc);
}

/**
 * A patch pasted as it is (`git format-patch`, `diff -u` output) outside a fenced block: Markdown would read
 * its "-" and "+" lines as list items and its removed lines as live text. Its hunks are read as a fenced diff
 * is (drafts-ea 04 fenced; round 49 drafts-fz 01 raw): the kept and added lines are the text in force.
 */
function readRawDiffs(doc: ParsedDocument): void {
  const regions = rawDiffRegions(doc.text);
  if (regions.length === 0) return;
  for (const region of regions) {
    doc.blocks = doc.blocks.filter((b) => b.start < region.start || b.start >= region.end);
    const depths = new Map<Block, number>();
    const section: Section = { titles: [], isDefinitions: false, isChangelog: false, end: doc.text.length };
    // The region's first line is a file or hunk header, which the diff reader skips as it skips a fence.
    addDiffBlocks(doc, region.start, region.end, { inBlockquote: false, inList: false }, section, depths);
    for (const [b, d] of depths) headingDepthOf.set(b, d);
  }
  doc.blocks.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The line where a raw unified diff starts and where it stops (a "-- " signature or a line no diff writes). */
function rawDiffRegions(text: string): Span[] {
  if (!text.includes('\n@@ -')) return [];
  const out: Span[] = [];
  const lines = text.split('\n');
  let offset = 0;
  let fence = false;
  let start = -1;
  let lastDiffEnd = -1;
  let hunks = 0;
  const close = (): void => {
    if (start >= 0 && hunks > 0) out.push({ start, end: lastDiffEnd });
    start = -1;
    hunks = 0;
  };
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    const lineEnd = offset + raw.length;
    if (/^\s{0,3}(?:```|~~~)/.test(line)) {
      close();
      fence = !fence;
    } else if (!fence) {
      const header = /^(?:diff --git |index [0-9a-f]{4,}|--- \S|\+\+\+ \S|@@ -\d)/.test(line);
      if (start < 0) {
        if (header) {
          start = offset;
          lastDiffEnd = lineEnd;
          if (line.startsWith('@@')) hunks++;
        }
      } else if (/^-- ?$/.test(line)) close();
      else if (header || /^[ +\-\\]/.test(line)) {
        lastDiffEnd = lineEnd;
        if (line.startsWith('@@')) hunks++;
      } else if (line.trim() !== '') close();
    }
    offset = lineEnd + 1;
  }
  close();
  return out;
}

/**
 * Splits Markdown at blank lines that are followed by a line starting in the first column, outside
 * fenced code, HTML comments and front matter: in CommonMark such a line always starts a new top-level
 * block (footnote and list continuations are indented), so each chunk parses on its own.
 */
function splitChunks(text: string): Span[] {
  const chunks: Span[] = [];
  // The parser drops a leading byte-order mark and counts positions without it: start after it.
  let chunkStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let fence: string | undefined;
  let inComment = false;
  let inFrontMatter = /^(?:---|\+\+\+)\r?\n/.test(text);
  let previousBlank = false;
  let first = true;
  // Runs on every keystroke over the whole text, so lines are found with indexOf and looked at by
  // character codes; the patterns run only on the few lines that can open or close a fence or comment.
  const lineEnd = lineEnds(text);
  for (let at = 0; at < text.length; ) {
    const end = lineEnd(at);
    const next = end < text.length && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    const line = text.slice(at, end);
    if (inFrontMatter) {
      if (!first && /^(?:---|\+\+\+)\s*$/.test(line)) inFrontMatter = false;
      first = false;
      at = next;
      continue;
    }
    first = false;
    const startsAtColumnOne = line.length > 0 && !/^\s/.test(line);
    if (!fence && !inComment && previousBlank && at > chunkStart && startsAtColumnOne) {
      chunks.push({ start: chunkStart, end: at });
      chunkStart = at;
    }
    const maybeFence = line.includes('```') || line.includes('~~~');
    if (fence) {
      if (maybeFence && new RegExp(`^\\s{0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) fence = undefined;
    } else {
      const open = maybeFence ? /^\s{0,3}(`{3,}|~{3,})/.exec(line) : null;
      if (open) fence = open[1];
      else if (inComment) {
        if (line.includes('-->')) inComment = false;
      } else if (line.includes('<!--') && line.lastIndexOf('<!--') > line.lastIndexOf('-->')) inComment = true;
    }
    previousBlank = !/\S/.test(line);
    at = next;
  }
  chunks.push({ start: chunkStart, end: text.length });
  return groupChunks(text, chunks);
}

/**
 * Thousands of one-line chunks (50,000 footnotes) would cost a parser call each. Neighbouring chunks are
 * grouped, and a group ends where the content says so — at a split point whose first characters hash to
 * a chosen value, once the group has some size — so an edit changes only the groups around it and the
 * boundaries after it fall where they fell before (content-defined chunking).
 */
const GROUP_MIN = 1024;
const GROUP_MAX = 4096;

function groupChunks(text: string, chunks: Span[]): Span[] {
  const groups: Span[] = [];
  let start = chunks[0]?.start ?? 0;
  for (let i = 0; i < chunks.length; i++) {
    const end = chunks[i]!.end;
    const next = chunks[i + 1];
    const size = end - start;
    const nextHead = next ? text.slice(next.start, next.start + 8) : '';
    const footnote = isFootnoteHead(text.slice(chunks[i]!.start, chunks[i]!.start + 3)) || /^\[\^/.test(nextHead);
    // A chunk too long to parse as Markdown is a group of its own, so its neighbours are still parsed.
    const oversized = end - chunks[i]!.start > MAX_MARKDOWN_CHUNK || (next !== undefined && next.end - next.start > MAX_MARKDOWN_CHUNK);
    if (!next || footnote || oversized || size >= GROUP_MAX || (size >= GROUP_MIN && boundaryHash(text, next.start) % 4 === 0)) {
      groups.push({ start, end });
      start = end;
    }
  }
  return groups;
}

function isFootnoteHead(head: string): boolean {
  return head.startsWith('[^');
}

function boundaryHash(text: string, at: number): number {
  let h = 0;
  for (let i = at; i < Math.min(text.length, at + 24); i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}

function parseChunk(source: string): ChunkParse {
  const local: ParsedDocument = { text: source, blocks: [], comments: [], footnotes: new Map() };
  const headingDepths = new Map<Block, number>();
  if (tooDeep(source) || source.length > MAX_MARKDOWN_CHUNK) {
    parsePlain(local);
    return { blocks: local.blocks, comments: local.comments, headingDepths, fallback: true };
  }
  const footnote = simpleFootnote(source);
  if (footnote) return { blocks: [footnote], comments: [], headingDepths };
  const placeholder: Section = { titles: [], isDefinitions: false, isChangelog: false, end: source.length };
  const tree = parser.parse(source) as Root;

  const walk = (node: Nodes, state: WalkState): void => {
    switch (node.type) {
      case 'code':
        if (DIFF_LANG.test(node.lang ?? '')) addDiffBlocks(local, offsetOf(node, 'start'), offsetOf(node, 'end'), state, placeholder, headingDepths);
        return;
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return;
      case 'html':
        collectComments(local, node);
        if (HTML_TEXT_TAG.test(node.value)) addHtmlBlocks(local, node, state, placeholder, headingDepths);
        return;
      case 'heading': {
        const block = addInlineBlock(local, node, 'heading', state, placeholder);
        if (block) headingDepths.set(block, node.depth);
        return;
      }
      case 'paragraph':
        addInlineBlock(local, node, 'paragraph', state, placeholder);
        return;
      case 'tableCell':
        addInlineBlock(local, node, 'tableCell', state, placeholder);
        return;
      case 'table': {
        const header = node.children[0];
        const tableHeader = header ? source.slice(offsetOf(header, 'start'), offsetOf(header, 'end')) : '';
        for (const child of node.children) walk(child, { ...state, tableStart: offsetOf(node, 'start'), tableHeader });
        return;
      }
      case 'blockquote':
        for (const child of node.children) walk(child, { ...state, inBlockquote: true });
        return;
      case 'list':
        for (const child of node.children) walk(child, { ...state, inList: true });
        return;
      case 'footnoteDefinition':
        for (const child of node.children) walk(child, { ...state, footnoteLabel: node.label ?? node.identifier });
        return;
      default:
        if ('children' in node) for (const child of (node as Parents).children) walk(child as Nodes, state);
    }
  };
  walk(tree, { inBlockquote: false, inList: false });
  for (const block of local.blocks) takeFootnoteMarkers(block);
  return { blocks: local.blocks, comments: local.comments, headingDepths };
}

/**
 * A "[^label]" whose definition lives in another chunk is left as text by the parser (it only links
 * references to definitions it has seen): turn it into a footnote reference here, as a whole-document
 * parse would have.
 */
function takeFootnoteMarkers(block: Block): void {
  if (!block.text.includes('[^')) return;
  let changed = false;
  const text = block.text.replace(/\[\^([^\]\s]{1,64})\]/g, (marker, label: string, at: number) => {
    block.footnoteRefs.push({ label, offset: block.start + at });
    changed = true;
    return ' '.repeat(marker.length);
  });
  if (!changed) return;
  block.text = text;
  block.norm = normalize(text);
}

/**
 * A chunk that is one footnote definition of plain words ("[^12]: See the Annex.") is read without the
 * parser: GFM footnote parsing costs far more than the text (50,000 footnotes take remark minutes).
 * Anything with inline markup goes through the parser as usual.
 */
// Each continuation line is one required blank and then anything: "[ \t]+[^\n]*" would let the two runs
// split a line's leading blanks in every possible way (exponential backtracking on a chunk that fails).
const SIMPLE_FOOTNOTE = /^\[\^([^\]\s]{1,64})\]:[ \t]+([^\n]*(?:\n[ \t][^\n]*)*)\s*$/;

/** A fenced unified diff (```diff, ```patch): the text a change leaves in force is prose. */
const DIFF_LANG = /^(?:diff|patch|udiff)$/i;

/** Six words or more ending in a full stop, semicolon or colon: prose, not a configuration line. */
function isSentenceLine(line: string): boolean {
  return /[.;:]\s*$/.test(line) && line.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 6;
}

/**
 * A unified diff of a policy file in a fenced block (a pull request's description, drafts-ea 04): the lines
 * the change keeps (" ") or adds ("+") are the policy in force once merged, so they are read as paragraphs
 * and headings; removed lines ("-"), hunk headers ("@@") and file headers ("---", "+++") are not, like
 * struck-through text (corpus rule 11). Offsets are kept: the markers and dropped lines become spaces.
 */
function addDiffBlocks(doc: ParsedDocument, start: number, end: number, state: WalkState, section: Section, headingDepths: Map<Block, number>): void {
  const source = doc.text;
  const firstBreak = source.indexOf('\n', start);
  if (firstBreak < 0 || firstBreak >= end) return;
  const lines: { from: number; to: number; keep: boolean; heading: number }[] = [];
  for (let at = firstBreak + 1; at < end; ) {
    const nl = source.indexOf('\n', at);
    const to = nl < 0 || nl > end ? end : nl;
    const line = source.slice(at, to);
    if (/^\s*(?:```|~~~)/.test(line)) break;
    const kept = /^[ +]/.test(line) && !line.startsWith('+++');
    const body = kept ? line.slice(1) : '';
    const heading = kept ? (/^(#{1,6})\s/.exec(body)?.[1]?.length ?? 0) : 0;
    lines.push({ from: at, to, keep: kept && body.trim() !== '', heading });
    at = to + 1;
  }
  // Only a diff of a prose file: its header names a text file, or (with no header) a kept line is a
  // sentence. A configuration diff ("relative_trigger_ec: 3.0  # multiple of effective compute") is code.
  const header = /^\+\+\+ [^\n]*$/m.exec(source.slice(firstBreak, end))?.[0];
  const prose = header
    ? /\.(?:md|markdown|txt|rst|adoc|org)\b/i.test(header)
    : lines.some((l) => l.keep && isSentenceLine(source.slice(l.from + 1, l.to)));
  if (!prose) return;
  let run: typeof lines = [];
  const flush = (kind: BlockKind, depth = 0): void => {
    if (run.length === 0) return;
    const from = run[0]!.from + 1;
    const to = run[run.length - 1]!.to;
    // The run's lines are consecutive: each body, then the line break and the next line's marker as a space.
    let text = run.map((l) => source.slice(l.from + 1, l.to)).join('\n ');
    // Markup becomes spaces, as in a paragraph: heading marks and emphasis.
    const strong: { start: number; end: number }[] = [];
    for (const m of text.matchAll(/\*\*[^*\n]{1,120}\*\*/g)) strong.push({ start: from + m.index!, end: from + m.index! + m[0].length });
    text = text.replace(/^#{1,6}(?=\s)/gm, (m) => ' '.repeat(m.length)).replace(/[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}/g, (m) => ' '.repeat(m.length));
    const block: Block = {
      kind, start: from, end: to, text: blankDeletions(text), norm: { text: '', map: new Int32Array(0) },
      inBlockquote: state.inBlockquote, inList: state.inList, footnoteRefs: [], strong, section, sentences: [],
    };
    block.norm = normalize(block.text);
    doc.blocks.push(block);
    if (kind === 'heading') headingDepths.set(block, depth);
    run = [];
  };
  for (const line of lines) {
    if (line.heading) {
      flush('paragraph');
      run = [line];
      flush('heading', line.heading);
    } else if (line.keep) run.push(line);
    else flush('paragraph');
  }
  flush('paragraph');
}

function simpleFootnote(source: string): Block | undefined {
  if (!source.startsWith('[^')) return undefined;
  const m = SIMPLE_FOOTNOTE.exec(source);
  if (!m || /[*_`<>[\]\\!|~&]|https?:/.test(m[2]!)) return undefined;
  const start = source.indexOf(m[2]!, m[0].indexOf(']:'));
  const end = start + m[2]!.trimEnd().length;
  if (end <= start) return undefined;
  const text = blankDeletions(source.slice(start, end));
  const placeholder: Section = { titles: [], isDefinitions: false, isChangelog: false, end: source.length };
  return {
    kind: 'paragraph', start, end, text, norm: normalize(text), inBlockquote: false, inList: false,
    footnoteLabel: m[1], footnoteRefs: [], strong: [], section: placeholder, sentences: [],
  };
}

/** More than 5% replacement characters or control codes in the first 64 KB: not a text document. */
function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.length < 256) return false;
  // Text has none of these at all, and a regex finds that out faster than a loop.
  if (!/[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f]/.test(sample)) return false;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) odd++;
  }
  return odd > sample.length * 0.05;
}

/**
 * The longest stretch without a blank line that is parsed as Markdown. Parsing cost grows faster than
 * the size of such a stretch (a 50,000-line paragraph of footnote references takes micromark over a
 * minute); hand-written prose never comes near this, generated tables, dumps and minified lines do.
 */
const MAX_MARKDOWN_CHUNK = 100_000;

/**
 * Deeply nested lists and quotes make Markdown parsing slow far beyond their size (thousands of
 * levels); such a chunk is read as plain text, and the engine says so with an informational finding.
 */
function tooDeep(source: string): boolean {
  let deep = 0;
  for (const m of source.matchAll(/^((?:[ \t>]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*)/gm)) {
    if (m[1]!.length > 160) return true;
    if (m[1]!.length >= 16 && ++deep > 2000) return true;
  }
  return false;
}

/** Copies a chunk's blocks into the document at the chunk's offset; the cached chunk is never changed. */
function rebase(doc: ParsedDocument, parsed: ChunkParse, offset: number): void {
  if (parsed.fallback) (doc.fallbacks ??= []).push({ start: offset, end: offset + (parsed.blocks[parsed.blocks.length - 1]?.end ?? 0) });
  for (const c of parsed.comments) doc.comments.push({ start: c.start + offset, end: c.end + offset, value: c.value });
  for (const b of parsed.blocks) {
    // Every field written out: an object spread here was the slowest step of re-parsing after an edit.
    const block: Block = {
      kind: b.kind,
      start: b.start + offset,
      end: b.end + offset,
      text: b.text,
      norm: b.norm,
      inBlockquote: b.inBlockquote,
      inList: b.inList,
      footnoteLabel: b.footnoteLabel,
      footnoteRefs: b.footnoteRefs.length ? b.footnoteRefs.map((r) => ({ label: r.label, offset: r.offset + offset })) : [],
      strong: b.strong.length ? b.strong.map((x) => ({ start: x.start + offset, end: x.end + offset })) : [],
      tableStart: b.tableStart === undefined ? undefined : b.tableStart + offset,
      tableHeader: b.tableHeader,
      cell: b.cell,
      section: b.section,
      sentences: [],
      previous: undefined,
    };
    const depth = parsed.headingDepths.get(b);
    if (depth !== undefined) headingDepthOf.set(block, depth);
    doc.blocks.push(block);
    if (block.footnoteLabel !== undefined) pushFootnote(doc, block.footnoteLabel, block);
  }
}

const headingDepthOf = new WeakMap<Block, number>();

/** Sections from the headings, in document order: a heading opens a section that ends at the next heading of its level or higher. */
function assignSections(doc: ParsedDocument): void {
  const root: Section = { titles: [], isDefinitions: false, isChangelog: false, end: doc.text.length };
  const stack: { depth: number; section: Section }[] = [];
  for (const block of doc.blocks) {
    const depth = headingDepthOf.get(block);
    if (depth !== undefined) {
      while (stack.length && stack[stack.length - 1]!.depth >= depth) stack.pop()!.section.end = block.start;
      const title = headingTitle(doc.text.slice(block.start, block.end));
      const parent = stack[stack.length - 1]?.section;
      const section: Section = {
        titles: [...(parent?.titles ?? []), title],
        isDefinitions: (parent?.isDefinitions ?? false) || DEFINITIONS_TITLE.test(title),
        isChangelog: (parent?.isChangelog ?? false) || CHANGELOG_TITLE.test(title),
        end: doc.text.length,
        headingEnd: block.end,
      };
      // The heading itself belongs to the section it opens.
      stack.push({ depth, section });
      block.section = section;
    } else {
      block.section = stack[stack.length - 1]?.section ?? root;
    }
  }
}

function offsetOf(node: Nodes, which: 'start' | 'end'): number {
  return node.position?.[which].offset ?? 0;
}

function collectComments(doc: ParsedDocument, node: Nodes & { value: string }): void {
  const start = offsetOf(node, 'start');
  const re = /<!--[\s\S]*?-->/g;
  for (const m of node.value.matchAll(re)) {
    doc.comments.push({ start: start + m.index!, end: start + m.index! + m[0].length, value: m[0] });
  }
}

function addInlineBlock(doc: ParsedDocument, node: Parents, kind: BlockKind, state: WalkState, section: Section): Block | undefined {
  const start = offsetOf(node as Nodes, 'start');
  const end = offsetOf(node as Nodes, 'end');
  if (end <= start) return undefined;
  // The block's text keeps every offset: prose is copied, everything else (markup, URLs, code) becomes
  // spaces, line breaks stay. Ranges to copy are collected first and the text is built once.
  const copies: { from: number; to: number; text?: string }[] = [];
  const block: Block = {
    kind,
    start,
    end,
    text: '',
    norm: { text: '', map: new Int32Array(0) },
    inBlockquote: state.inBlockquote,
    inList: state.inList,
    footnoteLabel: state.footnoteLabel,
    footnoteRefs: [],
    strong: [],
    tableStart: state.tableStart,
    tableHeader: state.tableHeader,
    section,
    sentences: [],
  };
  const copy = (from: number, to: number): void => {
    if (Math.min(to, end) > Math.max(from, start)) copies.push({ from: Math.max(from, start), to: Math.min(to, end) });
  };
  // A bare URL is not prose: copy the text around it.
  const copyProse = (from: number, to: number): void => {
    const value = doc.text.slice(from, to);
    if (!/:\/\/|www\.|@/i.test(value)) return copy(from, to);
    let at = 0;
    for (const m of value.matchAll(BARE_LINK)) {
      copy(from + at, from + m.index!);
      at = m.index! + m[0].length;
    }
    copy(from + at, to);
  };
  // Inside HTML deletion markup (<del>, <s>, <strike>): text a redline removed, blank like ~~struck~~ text.
  let deleting = 0;
  const visitInline = (n: Nodes): void => {
    switch (n.type) {
      case 'text':
        if (deleting === 0) copyProse(offsetOf(n, 'start'), offsetOf(n, 'end'));
        return;
      // Struck-through text (~~every 4x~~ in a redline, or <del>every 4x</del>) is not in force: it stays blank.
      case 'delete':
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'break':
        return;
      case 'html':
        collectComments(doc, n);
        if (/^<(?:del|s|strike)\b[^>]{0,80}>$/i.test(n.value)) deleting++;
        else if (/^<\/(?:del|s|strike)\s*>$/i.test(n.value) && deleting > 0) deleting--;
        // `10<sup>26</sup>` is an exponent: keep a caret where the tag was.
        if (/^<sup>$/i.test(n.value)) copies.push({ from: offsetOf(n, 'start'), to: offsetOf(n, 'start') + 1, text: '^' });
        return;
      case 'footnoteReference':
        block.footnoteRefs.push({ label: n.label ?? n.identifier, offset: offsetOf(n, 'start') });
        return;
      case 'link':
        // A bare URL is not prose; link text is.
        if (n.children.length === 1 && n.children[0]!.type === 'text' && n.children[0]!.value === n.url) return;
        break;
      case 'strong':
        block.strong.push({ start: offsetOf(n, 'start'), end: offsetOf(n, 'end') });
        break;
      default:
        break;
    }
    if ('children' in n) for (const child of (n as Parents).children) visitInline(child as Nodes);
  };
  for (const child of node.children) visitInline(child as Nodes);
  let text = '';
  let at = start;
  for (const c of copies.sort((x, y) => x.from - y.from)) {
    if (c.to <= at || (c.text !== undefined && c.from < at)) continue;
    if (c.from > at) text += blankOut(doc.text.slice(at, c.from));
    text += c.text ?? doc.text.slice(Math.max(at, c.from), c.to);
    at = c.to;
  }
  if (at < end) text += blankOut(doc.text.slice(at, end));
  // Text nodes of a multi-line paragraph inside a blockquote or list span the line prefixes too.
  if (state.inBlockquote) text = text.replace(/(^|\n)([ \t]*>)+[ \t]?/g, (m) => m.replace(/[^\n]/g, ' '));
  block.text = blankDeletions(text);
  block.norm = normalize(block.text);
  doc.blocks.push(block);
  return block;
}

// ---------------------------------------------------------------------------------------------
// HTML blocks: a web page saved as Markdown keeps its tables, FAQ entries and paragraphs as raw HTML.

/** An HTML block that holds prose or a table, not just a comment or an image. */
const HTML_TEXT_TAG = /<(?:t[dh]|p|li|summary|dd|dt|div|caption|h[1-6]|blockquote|figcaption|section|article)\b/i;
/** Elements that hold a block of text; any other tag is inline markup inside one. */
const HTML_BLOCK_ELEMENT = /^(?:table|thead|tbody|tfoot|tr|td|th|p|li|ul|ol|dl|dd|dt|summary|details|div|caption|h[1-6]|blockquote|figcaption|figure|section|article|header|footer|nav|aside|main|br|hr)$/i;
const HTML_TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]{0,15})\b[^<>]{0,2000}>/g;

/**
 * The text of an HTML block, read as Markdown blocks are: each cell of a `<table>` becomes a table cell
 * (with its row, column and the header cells), each `<p>`, `<li>`, `<summary>`, `<dd>` … a paragraph and
 * each `<h1>`…`<h6>` a heading. Tags become spaces, so every offset stays the author's; `10<sup>26</sup>`
 * keeps a caret; entities ("&gt;2x") are decoded by normalize().
 */
function addHtmlBlocks(doc: ParsedDocument, node: Nodes, state: WalkState, section: Section, headingDepths: Map<Block, number>): void {
  const start = offsetOf(node, 'start');
  const end = offsetOf(node, 'end');
  const html = doc.text.slice(start, end);
  type Open = { name: string; row?: number; column?: number };
  const stack: Open[] = [];
  let table: { start: number; row: number; column: number; headers: string[] } | undefined;
  let segment = 0; // start of the current run of text, relative to the block
  let masked = '';
  let at = 0;
  let strong: Span[] = []; // bold runs of the current text, in offsets of `html`
  let strongOpen = -1;
  // `masked` holds the run of text since `segment` up to `at`, inline tags blanked; the rest is copied.
  const flush = (to: number): void => {
    const run = masked + html.slice(at, to);
    const from = segment;
    masked = '';
    if (!/\S/.test(run)) {
      strong = [];
      return;
    }
    const lead = run.length - run.trimStart().length;
    const body = run.trim();
    const top = stack[stack.length - 1];
    const name = top?.name ?? 'p';
    const inCell = table && (name === 'td' || name === 'th');
    const heading = /^h([1-6])$/.exec(name);
    const text = blankDeletions(body);
    const block: Block = {
      kind: inCell ? 'tableCell' : heading ? 'heading' : 'paragraph',
      start: start + from + lead,
      end: start + from + lead + body.length,
      text,
      norm: normalize(text),
      inBlockquote: state.inBlockquote || stack.some((o) => o.name === 'blockquote'),
      inList: state.inList || stack.some((o) => o.name === 'li'),
      footnoteLabel: state.footnoteLabel,
      footnoteRefs: [],
      strong: strong.map((x) => ({ start: start + x.start, end: start + x.end })),
      tableStart: inCell ? start + table!.start : state.tableStart,
      tableHeader: state.tableHeader,
      section,
      sentences: [],
    };
    strong = [];
    if (inCell) {
      block.cell = { row: top!.row ?? 0, column: top!.column ?? 0, headers: table!.headers };
      if (name === 'th' && table!.row === 0) table!.headers[top!.column ?? 0] = body.replace(/<[^<>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    }
    if (heading) headingDepths.set(block, Number(heading[1]));
    doc.blocks.push(block);
  };
  for (const m of html.matchAll(HTML_TAG)) {
    const tagStart = m.index!;
    const tagEnd = tagStart + m[0].length;
    const name = (m[2] ?? '').toLowerCase();
    if (!name || !HTML_BLOCK_ELEMENT.test(name)) {
      // Inline markup (or a comment): blanked in place; `<sup>` after a number keeps an exponent caret.
      masked += html.slice(at, tagStart) + (name === 'sup' && !m[1] && /\d$/.test(html.slice(0, tagStart)) ? '^' + ' '.repeat(m[0].length - 1) : blankOut(m[0]));
      at = tagEnd;
      if (name === 'b' || name === 'strong') {
        if (!m[1]) strongOpen = tagStart;
        else if (strongOpen >= 0) {
          strong.push({ start: strongOpen, end: tagEnd });
          strongOpen = -1;
        }
      }
      continue;
    }
    flush(tagStart);
    segment = tagEnd;
    at = tagEnd;
    if (m[1]) {
      // A closing tag closes the innermost element of that name and what is still open inside it.
      const i = stack.map((o) => o.name).lastIndexOf(name);
      if (i >= 0) stack.length = i;
      if (name === 'table') table = undefined;
      continue;
    }
    if (name === 'table') table = { start: tagStart, row: -1, column: -1, headers: [] };
    else if (name === 'tr' && table) { table.row++; table.column = -1; }
    if ((name === 'td' || name === 'th') && table) {
      table.column++;
      stack.push({ name, row: Math.max(0, table.row), column: table.column });
      const span = /\bcolspan\s*=\s*["']?(\d{1,2})/i.exec(m[0]);
      if (span) table.column += Number(span[1]) - 1;
      continue;
    }
    if (name !== 'br' && name !== 'hr') stack.push({ name });
  }
  flush(html.length);
  // The header cells are known once the first row is read; the rules that read a header row as written
  // get them joined by "|", as a Markdown header row is.
  for (const b of doc.blocks) if (b.cell && b.cell.headers.length) b.tableHeader ??= b.cell.headers.join(' | ');
}

/** Spaces for every character but line breaks, which keep the block's lines where they were. */
function blankOut(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

/**
 * Text a redline or a suggestion marks as deleted ("[Deleted: …]", "[Removed: …]", "[-…-]", CriticMarkup's
 * "{--…--}" and the old side of "{~~old~>new~~}") is no longer in force, like struck-through text, and a
 * CriticMarkup comment ("{>>…<<}") is a reviewer's: both are blanked (same length) so they neither set a
 * threshold nor state a facet for one (corpus rules 11 and 17).
 */
const DELETION = /\[(?:deleted|removed|struck(?:\s+out)?|strike)\s{0,3}:[^\]\n]{0,2000}\]|\[-[^\]\n]{1,2000}?-\]|\{--[^}\n]{1,2000}?--\}|\{>>[^}\n]{1,2000}?<<\}|\{~~[^~}\n]{1,2000}?~>/giu;

/**
 * A bill's legend that says bracketed matter is deleted ("Matter in [brackets] is deleted", New York's
 * "matter in brackets [ ] is old law to be omitted"): in that document a bracketed span is struck text
 * (corpus rule 11). Without the legend brackets are the author's own (a placeholder, a v1.2 addition).
 */
const BRACKET_DELETION_LEGEND = /\b(?:matter|text|language|words?|material)\s{1,3}(?:in|within|enclosed\s{1,3}in)\s{1,3}(?:\[\s?\]\s{1,3})?(?:square\s{1,3})?\[?brackets?\]?(?:\s{1,3}\[\s?\])?,?\s{1,3}(?:is|are|has\s{1,3}been|will\s{1,3}be)\s{1,3}(?:old\s{1,3}law\s{1,3}to\s{1,3}be\s{1,3})?(?:deleted|removed|omitted|repealed|stricken|struck)/iu;
/** A bracketed span that is not a link, a footnote reference, a checkbox or a placeholder for a figure. */
const BRACKETED = /\[(?![\^ xX]\])(?!\^)[^\[\]]{2,2000}\](?![(:[])/gu;

function blankDeclaredBracketDeletions(doc: ParsedDocument): void {
  if (!/bracket/i.test(doc.text) || !BRACKET_DELETION_LEGEND.test(doc.text)) return;
  doc.blocks.forEach((block, i) => {
    // The legend itself names the brackets it explains; a footnote is linked by its block.
    if (block.kind === 'heading' || block.footnoteLabel || !block.text.includes('[') || BRACKET_DELETION_LEGEND.test(block.text)) return;
    const text = block.text.replace(BRACKETED, blankOut);
    // A new block: parsed blocks are shared with the parse cache, which must not see this document's legend.
    if (text !== block.text) doc.blocks[i] = { ...block, text, norm: normalize(text) };
  });
}

export function blankDeletions(text: string): string {
  return text.includes('[') || text.includes('{') ? text.replace(DELETION, blankOut) : text;
}

function pushFootnote(doc: ParsedDocument, label: string, block: Block): void {
  const list = doc.footnotes.get(label);
  if (list) list.push(block);
  else doc.footnotes.set(label, [block]);
}

// ---------------------------------------------------------------------------------------------
// Plain text: paragraphs separated by blank lines.

const RULE_LINE = /^[ \t]*(?:[_=*\-–—][ \t]?){5,}[ \t]*$/;

/** The line number a printed bill puts at the start of each line ("12 (2) An update under …"). */
const LINE_NUMBER = /(?<=^|\n)[ \t]{0,3}\d{1,3}(?=[ \t]{1,6}\S)/g;

/** Most of the document's lines start with a small number: a line-numbered print (checked once per document). */
function isLineNumbered(text: string): boolean {
  let lines = 0;
  let numbered = 0;
  for (const line of text.split('\n', 5000)) {
    if (line.trim() === '') continue;
    lines++;
    if (/^[ \t]{0,3}\d{1,3}[ \t]{1,6}\S/.test(line)) numbered++;
  }
  return lines >= 10 && numbered >= lines * 0.6;
}

/** A numbered section title alone on a line: "2 Definitions", "3.1 When we evaluate", "Section 4 Scope". */
const PLAIN_HEADING = /^[ \t]{0,3}(?:(?:[Ss]ection|[Pp]art|[Aa]rticle|[Aa]nnex|[Aa]ppendix|[Cc]hapter|SECTION|PART|ARTICLE)[ \t]+)?(\d{1,2}(?:\.\d{1,2}){0,3})\.?[ \t]{1,3}\p{Lu}[\p{L}'’&()/-]*(?:[ \t]{1,3}[\p{L}\p{N}'’&()/,-]+){0,5}[ \t]*(?=\n|$)/u;

/** A short line in capitals with no full stop and no operative verb: a section title of plain text. */
function isCapitalsTitle(line: string): boolean {
  const t = line.trim();
  if (t.length < 4 || t.length > 110 || /\p{Ll}/u.test(t) || !/^[\p{Lu}\d]/u.test(t) || /[.,;]$/.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /\p{Lu}{2,}/u.test(w));
  return words.length >= 2 && t.split(/\s+/).length <= 14 && !/\b(?:SHALL|MUST|WILL|MAY)\b/.test(t);
}

/** Every line of the paragraph starts with ">" (an e-mail's quoted text). */
const QUOTED_LINES = /^(?:[ \t]{0,3}>[^\n]*(?:\n|$))+$/;

function parsePlain(doc: ParsedDocument): void {
  const section: Section = { titles: [], isDefinitions: false, isChangelog: false, end: doc.text.length };
  const lineNumbered = isLineNumbered(doc.text);
  /** A section title of plain text, as a heading block of the given depth (its text at its own offsets). */
  const pushHeading = (start: number, text: string, depth: number): void => {
    const heading: Block = {
      kind: 'heading', start, end: start + text.length, text, norm: normalize(text), printed: true,
      inBlockquote: false, inList: false, footnoteRefs: [], strong: [], section, sentences: [],
    };
    headingDepthOf.set(heading, depth);
    doc.blocks.push(heading);
  };
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let blockStart = -1;
  let blockEnd = -1;
  const flush = (): void => {
    if (blockStart < 0) return;
    const text = doc.text.slice(blockStart, blockEnd);
    for (const m of text.matchAll(/<!--[\s\S]*?-->/g)) {
      doc.comments.push({ start: blockStart + m.index!, end: blockStart + m.index! + m[0].length, value: m[0] });
    }
    let masked = blankDeletions(text.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' ')));
    // A bill printed with line numbers: the numbers are blanked (same length) and words broken across
    // lines joined again, so "more than 10^26 integer or float-\n20 ing-point operations" reads as written.
    if (lineNumbered) masked = masked.replace(LINE_NUMBER, (n) => ' '.repeat(n.length));
    const push = (from: number, to: number, text: string, column = false): void => {
      if (!/\S/.test(text)) return;
      // An e-mail's quoted message: every line starts with ">" ("> > Strawman for the definition: …"). It is a
      // blockquote, as in Markdown, with the markers read as blanks.
      const quoted = !column && QUOTED_LINES.test(text);
      if (quoted) text = text.replace(/^([ \t]{0,3})((?:>[ \t]?)+)/gm, (_m, indent: string, marks: string) => indent + ' '.repeat(marks.length));
      doc.blocks.push({
        kind: 'paragraph', start: blockStart + from, end: blockStart + to, text, norm: normalize(text, { rejoinHyphenation: true, column }), printed: true, column,
        inBlockquote: quoted, inList: false, footnoteRefs: [], strong: [], section, sentences: [],
      });
    };
    // A numbered section title on the paragraph's first line ("2 Definitions", "3.1 When we evaluate") is a
    // heading: section context, never part of the sentence after it.
    let at = 0;
    const title = PLAIN_HEADING.exec(masked);
    if (title && !/[.,;:-]$/.test(title[0].trimEnd()) && !gutterOf(title[0])) {
      const end = title[0].trimEnd().length;
      pushHeading(blockStart, masked.slice(0, end), title[1]!.split('.').length);
      at = title[0].length;
    } else {
      // A title in capitals on the paragraph's first line ("SECTION B - EFFECTIVE COMPUTE TRIGGERS", "PART
      // III - ADDITIONAL DUTIES OF LARGE FRONTIER DEVELOPERS"): the way forms, bills and memos saved as text
      // mark their sections (28 absorbed plain-text files). Section context, never a sentence.
      const first = /^[^\n]*/.exec(masked)![0];
      if (isCapitalsTitle(first)) {
        pushHeading(blockStart, first.trimEnd(), 1);
        at = first.length;
      }
    }
    // A page set in two columns, extracted line by line: each column is read as its own text.
    for (const region of twoColumnRegions(masked)) {
      if (region.start < at) continue;
      push(at, region.start, masked.slice(at, region.start));
      push(region.start, region.end, region.left, true);
      push(region.start, region.end, region.right, true);
      at = region.end;
    }
    push(at, masked.length, masked.slice(at));
    blockStart = -1;
  };
  let table: { start: number; end: number; rows: number; headers: string[] | undefined; headerLine: string } | undefined;
  for (const m of doc.text.matchAll(re)) {
    if (m[0] === '') break;
    const line = stripLineEnd(m[0]);
    // A blank line ends a paragraph; so does a rule line (the "______" a PDF puts above its footnotes).
    if (line.trim() === '' || RULE_LINE.test(line)) flush();
    else if (MARKUP_HEADING.test(line)) {
      // A wiki or AsciiDoc title ("== Terms", "h2. Open questions") saved as text is a heading of its own.
      flush();
      const marks = MARKUP_HEADING.exec(line)!;
      // The markers are blanked (same length), so the section title is the words.
      const title = line.trimEnd().replace(/^(?:={1,6}|h[1-6]\.)/, (x) => ' '.repeat(x.length)).replace(/[ \t]=+$/, (x) => ' '.repeat(x.length));
      pushHeading(m.index!, title, marks[1] ? marks[1].length : Number(marks[2]));
    } else if (TABLE_ROW_LINE.test(line)) {
      // A table written with pipes (Jira's "||Trigger||Threshold||", AsciiDoc's "|===" tables, a Markdown
      // table in a .txt file): each cell is a cell, read under its column's header, as in Markdown.
      flush();
      if (!table || table.end !== m.index! - 1) table = { start: m.index!, end: m.index! + line.length, rows: 0, headers: undefined, headerLine: '' };
      table.end = m.index! + line.length;
      if (/^[ \t]{0,3}\|[-=:| \t]*$/.test(line)) continue; // a rule: "|===", "|---|---|"
      const cells = pipeCells(line, m.index!);
      if (!table.headers) {
        table.headers = cells.map((c) => c.text.replace(/[*_]/g, ' ').replace(/\s+/g, ' ').trim());
        table.headerLine = '|' + table.headers.join('|') + '|';
      }
      cells.forEach((c, column) => {
        if (!/\S/.test(c.text)) return;
        doc.blocks.push({
          kind: 'tableCell', start: c.start, end: c.start + c.text.length, text: c.text, norm: normalize(c.text), printed: true,
          inBlockquote: false, inList: false, footnoteRefs: [], strong: [], section, sentences: [],
          tableStart: table!.start, tableHeader: table!.headerLine, cell: { row: table!.rows, column, headers: table!.headers! },
        });
      });
      table.rows++;
    } else {
      if (blockStart < 0) blockStart = m.index!;
      blockEnd = m.index! + line.length;
    }
  }
  flush();
}

/** The cells of a pipe-table line, trimmed, with their offsets (Jira's "||" separates header cells). */
function pipeCells(line: string, offset: number): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const body = line.replace(/\|[ \t]*$/, '');
  let at = body.indexOf('|');
  while (at >= 0 && at < body.length) {
    while (body[at] === '|') at++;
    const next = body.indexOf('|', at);
    const raw = body.slice(at, next < 0 ? body.length : next);
    const lead = raw.length - raw.trimStart().length;
    out.push({ start: offset + at + lead, text: raw.trim() });
    if (next < 0) break;
    at = next;
  }
  return out;
}

/** A title in wiki or AsciiDoc markup ("== Terms", "=== Scope ===") or Jira's ("h2. Summary"). */
const MARKUP_HEADING = /^(?:(={1,6})|h([1-6])\.)[ \t]+\p{L}[^\n]{0,100}$/u;
/** A table row written with pipes in plain text. */
const TABLE_ROW_LINE = /^[ \t]{0,3}\|[^\n|]*\|/;

// ---------------------------------------------------------------------------------------------
// Two-column pages: PDF text extraction often writes a two-column page line by line, the left column's
// line, a gutter of spaces, then the right column's line. Read that way, sentences of the two columns
// interleave. A run of at least four lines with one gutter at the same place (±3 characters), prose on
// both sides, is split into its two columns; a table laid out with spaces has short cells or several
// gutters and is left alone.

interface ColumnRegion {
  start: number;
  end: number;
  /** The region's text with the right column blanked (same length), and with the left column blanked. */
  left: string;
  right: string;
}

/** The gutter of a line: where the left column ends and the right one starts, or -1 when it has none. */
function gutterOf(line: string): { leftEnd: number; rightStart: number } | undefined {
  let found: { leftEnd: number; rightStart: number } | undefined;
  for (const m of line.matchAll(/(?<=\S)[ \t]{3,}(?=\S)/g)) {
    const leftEnd = m.index!;
    const rightStart = leftEnd + m[0].length;
    if (rightStart < 28 || rightStart > 100) continue;
    if (line.slice(0, leftEnd).trim().length < 18 || line.slice(rightStart).trim().length < 10) continue;
    if (found) return undefined; // two gutters: a table laid out with spaces
    found = { leftEnd, rightStart };
  }
  return found;
}

/** Inside a two-column run: a gutter of two or more blanks that ends where the right column starts (±3). */
function gutterNear(line: string, at: number): number | undefined {
  for (let r = Math.max(1, at - 3); r <= at + 3 && r < line.length; r++) {
    if (line[r] !== ' ' && line[r] !== '\t' && /\S[ \t]{2,}$/.test(line.slice(0, r))) return r;
  }
  return undefined;
}

/** At least two runs of two-column lines (eight lines or more in all): a printed page, whatever the file's extension. */
function looksLikeTwoColumnPrint(text: string): boolean {
  if (text.length > MAX_MARKDOWN_CHUNK * 10 || !/\S[ \t]{3,}\S/.test(text)) return false;
  const regions = twoColumnRegions(text);
  return regions.length >= 2 || regions.some((r) => text.slice(r.start, r.end).split('\n').length >= 8);
}

function twoColumnRegions(text: string): ColumnRegion[] {
  if (!/\S[ \t]{3,}\S/.test(text)) return [];
  const lines: { start: number; text: string }[] = [];
  for (let at = 0; at <= text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start: at, text: text.slice(at, end) });
    if (nl < 0) break;
    at = nl + 1;
  }
  const regions: ColumnRegion[] = [];
  for (let i = 0; i < lines.length; ) {
    const first = gutterOf(lines[i]!.text);
    if (!first) {
      i++;
      continue;
    }
    const at = first.rightStart;
    const splits: number[] = []; // per line: where the right column starts (line length: left only)
    let gutters = 0;
    let j = i;
    for (; j < lines.length; j++) {
      const line = lines[j]!.text;
      const g = gutterOf(line);
      const indent = line.length - line.trimStart().length;
      const near = g ? undefined : gutterNear(line, at);
      if (g && Math.abs(g.rightStart - at) <= 3) {
        splits.push(g.rightStart);
        gutters++;
      } else if (near !== undefined) splits.push(near); // a short line in either column ("place.3")
      else if (line.trim() && Math.abs(indent - at) <= 3) splits.push(indent); // right column only
      else if (line.trim() && line.trimEnd().length < at - 2) splits.push(line.length); // left column only
      else break;
    }
    if (gutters >= 4) {
      const region = lines.slice(i, j);
      const start = region[0]!.start;
      const end = region[region.length - 1]!.start + region[region.length - 1]!.text.length;
      const left = region.map((l, k) => l.text.slice(0, splits[k]) + blankOut(l.text.slice(splits[k]))).join('\n');
      const right = region.map((l, k) => blankOut(l.text.slice(0, splits[k])) + l.text.slice(splits[k])).join('\n');
      regions.push({ start, end, left, right });
    }
    i = Math.max(j, i + 1);
  }
  return regions;
}

// ---------------------------------------------------------------------------------------------
// PDF-style footnotes: "…scaling2 and…" or "…in capability. 6" with a later paragraph "6 In general, …".

const PDF_FOOTNOTE_START = /^\s*(\d{1,2})\s+(?=["“(]?[A-Z])/;
const PDF_MARKERS = [
  /(?<=\p{Ll}{3})(\d{1,2})(?![\p{L}\p{N}])/gu,
  /(?<=[.;:)"”’])\s?(\d{1,2})(?=\s*$)/gmu,
];

interface PdfFootnoteFacts {
  /** The label when the block reads as a PDF footnote ("6 In general, …"). */
  label?: string;
  /** Marker labels and their offsets relative to the block. */
  markers: { label: string; offset: number }[];
}

const PDF_FACTS = new WeakMap<object, PdfFootnoteFacts>();

function pdfFacts(block: Block): PdfFootnoteFacts {
  const cached = PDF_FACTS.get(block.norm);
  if (cached) return cached;
  const facts: PdfFootnoteFacts = { markers: [] };
  const m = PDF_FOOTNOTE_START.exec(block.text);
  if (m && !/^\s*\d{1,2}\s+(?:of|to|and|or|per|percent|months?|years?|days?|weeks?|hours?)\b/i.test(block.text)) facts.label = m[1];
  if (/\d/.test(block.text)) {
    for (const re of PDF_MARKERS) {
      re.lastIndex = 0;
      for (const x of block.text.matchAll(re)) facts.markers.push({ label: x[1]!, offset: x.index! + x[0].indexOf(x[1]!) });
    }
  }
  PDF_FACTS.set(block.norm, facts);
  return facts;
}

/**
 * One paragraph that is really several provisions becomes one block each, so a definition, a footnote, a
 * cross-reference target or a lead-in is one provision and not the whole paragraph:
 *   - page-bottom footnotes that extraction left as one paragraph ("2 “Autonomy” captures …\n3 Effective
 *     compute is …\n4 More specifically, …"), when the first line and at least one more open with a
 *     footnote number after a line that ends a sentence;
 *   - statutes and standards written as numbered lines ("(b) For purposes of this chapter:\n(1) “Artificial
 *     intelligence model” means …\n(2) …"), list items included ("22980. (a) …" opens an ordered list whose
 *     item holds the whole section); lines that do not open with a number stay with the line before.
 */
function splitProvisions(doc: ParsedDocument): void {
  if (!doc.blocks.some((b) => b.kind === 'paragraph' && b.text.includes('\n'))) return;
  const out: Block[] = [];
  for (const block of doc.blocks) {
    const starts = splitPoints(block);
    if (!starts) out.push(block);
    else for (const piece of piecesOf(block, starts)) out.push(piece);
  }
  doc.blocks = out;
}

function splitPoints(block: Block): number[] | undefined {
  if (block.kind !== 'paragraph' || block.footnoteLabel !== undefined || !block.text.includes('\n')) return undefined;
  if (!block.inList) {
    const footnotes = footnoteLineStarts(block.text);
    if (footnotes.length >= 2 && footnotes[0] === 0) return footnotes;
  }
  const numbered: number[] = [];
  for (const m of block.text.matchAll(ENUMERATED_LINE)) numbered.push(m[0].startsWith('\n') ? m.index! + 1 : m.index!);
  // In plain text a bulleted line is a list item too ("• Effective compute = …" on a slide exported to text).
  if (block.printed) for (const m of block.text.matchAll(BULLET_LINE)) numbered.push(m[0].startsWith('\n') ? m.index! + 1 : m.index!);
  if (numbered.length < 2) return undefined;
  numbered.sort((a, b) => a - b);
  if (numbered[0] !== 0) numbered.unshift(0);
  return numbered.filter((at, i) => i === 0 || at !== numbered[i - 1]);
}

/** Normalised text of each piece, kept per parent block text so that edits elsewhere reuse the per-block caches. */
const PIECE_NORMS = new WeakMap<object, Map<number, Normalized>>();

function piecesOf(block: Block, starts: number[]): Block[] {
  let norms = PIECE_NORMS.get(block.norm);
  if (!norms) PIECE_NORMS.set(block.norm, (norms = new Map()));
  return starts.map((from, i) => {
    const to = i + 1 < starts.length ? starts[i + 1]! - 1 : block.text.length;
    const text = block.text.slice(from, to);
    let norm = norms!.get(from);
    if (!norm) norms!.set(from, (norm = normalize(text, { rejoinHyphenation: block.printed, column: block.column })));
    const a = block.start + from;
    const b = block.start + to;
    return { ...block, start: a, end: b, text, norm, footnoteRefs: block.footnoteRefs.filter((r) => r.offset >= a && r.offset < b), strong: block.strong.filter((r) => r.start >= a && r.start < b), sentences: [] };
  });
}

const PDF_FOOTNOTE_LINE = /(?:^|\n)[ \t]*\d{1,2}[ \t]+(?=["“(]?[A-Z])/g;
const BULLET_LINE = /(?:^|\n)[ \t]{0,6}[•●○■▪◦‣][ \t]/g;
const ENUMERATED_LINE = /(?:^|\n)[ \t]*(?:\(\w{1,4}\)|\d{1,3}(?:\.\d{1,3})+\.?|\d{1,6}\.|(?:SEC(?:TION)?\.?|Section|Article|§)\s*\d+[\w.]*)[ \t]/g;

function footnoteLineStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(PDF_FOOTNOTE_LINE)) {
    const at = m[0].startsWith('\n') ? m.index! + 1 : m.index!;
    if (at > 0 && !/[.;:!?)"”’]\s*$/.test(text.slice(Math.max(0, at - 4), at - 1))) continue;
    starts.push(at);
  }
  return starts;
}

/**
 * A paragraph that reads as a footnote of a PDF extraction: a bare number, then at least one whole
 * sentence ("1 We hope to publish updates approximately every 6 months."). A plain-text heading such as
 * "4 Requirements" has no full stop.
 */
export function isPdfFootnoteParagraph(block: Block): boolean {
  return block.kind === 'paragraph' && !block.inList && pdfFacts(block).label !== undefined && /[.!?]["')\]]*\s*$/.test(block.text);
}

function linkPdfFootnotes(doc: ParsedDocument): void {
  // Several paragraphs may open with the same number ("3 Evaluation triggers", a section, and "3 The 2x
  // pause margin …", the footnote): a marker takes the first one after the paragraph it is in.
  const candidates = new Map<string, Block[]>();
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph' || block.footnoteLabel !== undefined || block.inList) continue;
    const label = pdfFacts(block).label;
    if (label === undefined) continue;
    const list = candidates.get(label);
    if (list) list.push(block);
    else candidates.set(label, [block]);
  }
  if (candidates.size === 0) return;
  const used = new Map<string, Block>();
  for (const block of doc.blocks) {
    if (block.footnoteLabel !== undefined) continue;
    for (const marker of pdfFacts(block).markers) {
      const target = used.get(marker.label) ?? candidates.get(marker.label)?.find((c) => c.start > block.start || (c.start === block.start && c !== block && doc.blocks.indexOf(c) > doc.blocks.indexOf(block)));
      if (!target || target === block || target.start < block.start) continue;
      block.footnoteRefs.push({ label: `pdf:${marker.label}`, offset: block.start + marker.offset });
      used.set(marker.label, target);
    }
  }
  for (const [label, block] of used) {
    block.footnoteLabel = `pdf:${label}`;
    pushFootnote(doc, block.footnoteLabel, block);
  }
}

// ---------------------------------------------------------------------------------------------
// Sentences. Boundaries: . ! ? followed by space and a capital, digit, bracket or quote (not after a
// known abbreviation); a line break followed by an enumerator "(ii)", "(B)", "1)", a bullet glyph, or the
// "- " / "* " / "+ " that starts a bullet line of plain text (slide exports: "Proposed triggers\n- Full eval
// every 4x effective compute\n- Hard stop at 10^26 FLOP", drafts-dk 01).

const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|vs|cf|al|approx|No|Nos|Sec|Secs|Art|Fig|Figs|U\.S|Inc|Ltd|Co|Dr|Mr|Ms|Mrs|St|para|paras|p|pp|ch|vol|ed|eds|v|ibid|viz|resp|ca|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])\.$/;
const BOUNDARY = /[.!?]["')\]]*[ \t\n]+(?=["'(\[]?[\p{Lu}\p{N}●○■•▪◦-])|\n[ \t]*(?=\(?(?:[ivxlcdm]{1,5}|[A-Za-z]|\d{1,3})\)\s|[●○■•▪◦]\s|[-*+]\s)|[:;][ \t]*\n/gu;

const SENTENCE_SPANS = new WeakMap<object, { normStart: number; normEnd: number }[]>();

/** Sentence boundaries depend only on the block's text: remembered for blocks of unchanged chunks. */
function cachedSentences(block: Block): Sentence[] {
  const spans = SENTENCE_SPANS.get(block.norm);
  if (!spans) {
    const sentences = splitSentences(block);
    SENTENCE_SPANS.set(block.norm, sentences.map((x) => ({ normStart: x.normStart, normEnd: x.normEnd })));
    return sentences;
  }
  const map = block.norm.map;
  return spans.map((x, index) => ({ start: block.start + map[x.normStart]!, end: block.start + map[x.normEnd - 1]! + 1, block, index, normStart: x.normStart, normEnd: x.normEnd }));
}

function splitSentences(block: Block): Sentence[] {
  const text = block.norm.text;
  const sentences: Sentence[] = [];
  let from = 0;
  const push = (to: number): void => {
    // Trim surrounding white space so a sentence's range is its words.
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) {
      const start = block.start + block.norm.map[s]!;
      const end = block.start + block.norm.map[e - 1]! + 1;
      sentences.push({ start, end, block, index: sentences.length, normStart: s, normEnd: e });
    }
  };
  BOUNDARY.lastIndex = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const punctEnd = m.index! + m[0].trimEnd().length;
    if (m[0][0] === '.') {
      const before = text.slice(Math.max(0, m.index! - 12), m.index! + 1);
      if (ABBREVIATIONS.test(before)) continue;
      // A clause number opening the sentence ("1. Effective compute (EC). The EC of …", "2.3. The …") is
      // its label, not a sentence of its own.
      if (/^[\s*_]*\d{1,3}(?:\.\d{1,3}){0,3}\.$/.test(text.slice(from, m.index! + 1))) continue;
    }
    push(punctEnd);
    from = punctEnd;
  }
  push(text.length);
  return sentences.flatMap((s) => (s.normEnd - s.normStart > MAX_SENTENCE ? splitLong(block, s) : [s])).map((s, index) => ({ ...s, index }));
}

/**
 * No real sentence runs to thousands of characters; text without sentence ends (a 1 MB line, a table
 * flattened by extraction) is cut at the last blank before every MAX_SENTENCE characters, so the work
 * done per mention on its sentence stays bounded.
 */
const MAX_SENTENCE = 2000;

function splitLong(block: Block, s: Sentence): Sentence[] {
  const text = block.norm.text;
  const out: Sentence[] = [];
  let from = s.normStart;
  while (from < s.normEnd) {
    let to = Math.min(s.normEnd, from + MAX_SENTENCE);
    // A line break is the best place to cut (table rows, list lines of plain text); failing that a space.
    // Both searches look back over the second half of the window only: a 1 MB line without a break or a
    // space must not be rescanned from the end for every cut.
    const half = from + MAX_SENTENCE / 2;
    const lineBreak = to < s.normEnd ? lastIndexIn(text, '\n', half, to) : -1;
    if (lineBreak > half) to = lineBreak;
    else if (to < s.normEnd) {
      let blank = lastIndexIn(text, ' ', half, to);
      // Never cut "effective | compute" or "10^26 | FLOP": step back a word when a unit follows the cut.
      while (blank > half && /^ ?(?:compute|computation|computing|flops?|operations|increase|fold|times)\b/i.test(text.slice(blank, blank + 14))) {
        blank = lastIndexIn(text, ' ', half, blank - 1);
      }
      if (blank > half) to = blank;
    }
    out.push({ start: block.start + block.norm.map[from]!, end: block.start + block.norm.map[to - 1]! + 1, block, index: 0, normStart: from, normEnd: to });
    from = to;
    while (from < s.normEnd && (text[from] === ' ' || text[from] === '\n')) from++;
  }
  return out;
}

/**
 * Pattern tests remembered per block text and per sentence of it. Blocks of unchanged chunks share their
 * normalised text object with the previous parse, so after an edit they answer from memory. Each test
 * goes through the pattern's guard (patterns.ts).
 */
const BLOCK_TESTS = new WeakMap<object, Map<RegExp, boolean>>();
const SENTENCE_TESTS = new WeakMap<object, Map<RegExp, boolean>[]>();

/** Whether `re` matches somewhere in the block's normalised text. */
export function blockTest(block: Block, re: RegExp): boolean {
  let tests = BLOCK_TESTS.get(block.norm);
  if (!tests) BLOCK_TESTS.set(block.norm, (tests = new Map()));
  let hit = tests.get(re);
  if (hit === undefined) tests.set(re, (hit = guardedTest(re, block.norm.text)));
  return hit;
}

/** Whether `re` matches the sentence's text. */
export function sentenceTest(sentence: Sentence, re: RegExp): boolean {
  let perSentence = SENTENCE_TESTS.get(sentence.block.norm);
  if (!perSentence) SENTENCE_TESTS.set(sentence.block.norm, (perSentence = []));
  const tests = (perSentence[sentence.index] ??= new Map());
  let hit = tests.get(re);
  if (hit === undefined) tests.set(re, (hit = guardedTest(re, sentenceText(sentence))));
  return hit;
}

/** The last index of `ch` in text[from, to], or -1: a lastIndexOf that never looks before `from`. */
function lastIndexIn(text: string, ch: string, from: number, to: number): number {
  for (let i = Math.min(to, text.length - 1); i >= from; i--) if (text[i] === ch) return i;
  return -1;
}

export function sentenceText(s: Sentence): string {
  return s.block.norm.text.slice(s.normStart, s.normEnd);
}

/**
 * For increasing offsets, the offset of the line break (\n or \r) that ends the line starting there, or
 * the text's length. The next \n and \r are remembered, so a whole pass over the text stays linear.
 */
function lineEnds(text: string): (at: number) => number {
  let n = -2;
  let r = -2;
  return (at) => {
    if (n !== -1 && n < at) n = text.indexOf('\n', at);
    if (r !== -1 && r < at) r = text.indexOf('\r', at);
    const end = n < 0 ? r : r < 0 ? n : Math.min(n, r);
    return end < 0 ? text.length : end;
  };
}

/** A line without its line ending (no regex: a run of line breaks must not cost quadratic time). */
function stripLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 10 || line.charCodeAt(end - 1) === 13)) end--;
  return line.slice(0, end);
}

/** "## 2. Definitions ##" → "2. Definitions". */
function headingTitle(raw: string): string {
  // Markdown's "#" markers, and the "==" or "h2." of a wiki or AsciiDoc title read as plain text.
  let text = raw.replace(/^(?:#+|={1,6}(?=[ \t])|h[1-6]\.(?=[ \t]))[ \t]*/, '').trimEnd();
  let end = text.length;
  const closing = raw.startsWith('=') ? '=' : '#';
  while (end > 0 && text[end - 1] === closing) end--;
  text = text.slice(0, end).trimEnd();
  return text;
}
