// Where a "disable" comment goes so that it suppresses the finding without changing what the document
// renders as. The comment always sits on its own line (markdownlint #224: never at the end of a table
// row, never in code). Three cases, decided on the Markdown syntax tree:
//   - the finding is on the first line of a paragraph or on a heading: a disable-next-line comment on
//     the line above;
//   - it is in a table, or on a later line of a paragraph: a comment line in the middle would end the
//     table or split the paragraph in two, so a disable … enable pair goes around the whole block;
//   - it is inside code, HTML or front matter: no comment is offered.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { TextEdit } from '../lint';

export interface SuppressionPlan {
  title: string;
  edits: TextEdit[];
}

interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
let lastParse: { text: string; tree: MdNode } | undefined;

function parse(text: string): MdNode {
  if (lastParse?.text !== text) lastParse = { text, tree: parser.parse(text) as MdNode };
  return lastParse.tree;
}

export const REASON_PLACEHOLDER = '⟨reason⟩';

/** `ruleId` may name several rules ("missing-scale, missing-reference"): one comment disables them all. */
export function planSuppression(text: string, language: 'markdown' | 'plaintext', offset: number, ruleIdOrIds: string | readonly string[]): SuppressionPlan | undefined {
  const ruleId = typeof ruleIdOrIds === 'string' ? ruleIdOrIds : [...new Set(ruleIdOrIds)].join(', ');
  const lineStart = startOfLine(text, offset);
  const nextLine = `<!-- rsplint-disable-next-line ${ruleId} -- ${REASON_PLACEHOLDER} -->`;
  const lineTitle = `Disable ${ruleId} for this line`;
  // The comment line ends the way the document's lines do: a CRLF document gets no bare LF.
  const eol = /\r\n/.test(text) ? '\r\n' : /\r(?!\n)/.test(text) && !text.includes('\n') ? '\r' : '\n';
  if (language === 'plaintext') {
    const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    return { title: lineTitle, edits: [{ start: lineStart, end: lineStart, newText: `${indent}${nextLine}${eol}` }] };
  }

  const path = nodesAt(parse(text), offset);
  if (path.some((n) => n.type === 'code' || n.type === 'html' || n.type === 'yaml' || n.type === 'toml' || n.type === 'inlineCode')) return undefined;

  const table = path.find((n) => n.type === 'table');
  const block = table ?? [...path].reverse().find((n) => n.type === 'paragraph' || n.type === 'heading');
  if (!block?.position || block.position.start.offset === undefined || block.position.end.offset === undefined) {
    return { title: lineTitle, edits: [{ start: lineStart, end: lineStart, newText: `${basePrefix(text, lineStart)}${nextLine}${eol}` }] };
  }
  const blockStart = startOfLine(text, block.position.start.offset);
  const above = prefixAbove(text, path, block, blockStart);
  if (!table && blockStart === lineStart) {
    return { title: lineTitle, edits: [{ start: blockStart, end: blockStart, newText: `${above}${nextLine}${eol}` }] };
  }
  // Wrap the block. The closing comment is aligned with the block's content so that it stays inside the
  // same list item or blockquote and the list goes on after it.
  const blockEnd = endOfLine(text, block.position.end.offset);
  const inside = alignTo(text.slice(blockStart, block.position.start.offset));
  const kind = table ? 'table' : 'paragraph';
  return {
    title: `Disable ${ruleId} for this ${kind}`,
    edits: [
      { start: blockStart, end: blockStart, newText: `${above}<!-- rsplint-disable ${ruleId} -- ${REASON_PLACEHOLDER} -->${eol}` },
      { start: blockEnd, end: blockEnd, newText: `${eol}${inside}<!-- rsplint-enable ${ruleId} -->` },
    ],
  };
}

/** Blockquote markers and indentation of a line, without any list marker. */
function basePrefix(text: string, lineStart: number): string {
  return /^(?:[ \t]*>)*[ \t]*/.exec(text.slice(lineStart, endOfLine(text, lineStart)))![0];
}

/** Keeps blockquote markers, turns everything else (list markers, indentation) into spaces. */
function alignTo(prefix: string): string {
  return prefix.replace(/[^>\t]/g, ' ');
}

/**
 * The prefix of a comment line inserted above `block`. If the block is the first thing in a list item
 * that has an item before it, the comment joins that earlier item (indented to its content), so the
 * list is not cut in two; otherwise it takes the line's own blockquote markers and indentation.
 */
function prefixAbove(text: string, path: MdNode[], block: MdNode, blockStart: number): string {
  const itemIndex = path.findIndex((n, i) => n.type === 'listItem' && n.children?.[0] === (path[i + 1] ?? block));
  if (itemIndex > 0) {
    const list = path[itemIndex - 1]!;
    const items = list.children ?? [];
    const previous = items[items.indexOf(path[itemIndex]!) - 1];
    const firstChild = previous?.children?.[0];
    if (firstChild?.position?.start.offset !== undefined) {
      const start = firstChild.position.start.offset;
      return alignTo(text.slice(startOfLine(text, start), start));
    }
  }
  return basePrefix(text, blockStart);
}

/** The chain of nodes from the root down to the deepest one containing `offset`. */
function nodesAt(root: MdNode, offset: number): MdNode[] {
  const path: MdNode[] = [];
  let node: MdNode | undefined = root;
  while (node) {
    path.push(node);
    node = node.children?.find((c) => {
      const s = c.position?.start.offset;
      const e = c.position?.end.offset;
      return s !== undefined && e !== undefined && s <= offset && offset < e;
    });
  }
  return path;
}

function startOfLine(text: string, offset: number): number {
  let i = Math.min(Math.max(offset, 0), text.length);
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function endOfLine(text: string, offset: number): number {
  let i = Math.min(Math.max(offset, 0), text.length);
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}
