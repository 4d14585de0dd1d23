// Where a table cell stands in its table, read from the text as written: its column, its column's header,
// and whether it only numbers its row. Shared by mention finding, roles, definitions and the table scope.
import { lineIndexAt, type Block, type ParsedDocument } from './document';

/** A numbering column's header: "#", "No.", "ID", "Ref", "Item", "Q". */
const ID_HEADER = /^\s*(?:#|no\.?|nr\.?|id|ref\.?|item|q|row)\s*$/iu;

/**
 * A cell that only numbers its row ("C4", "Q12", "3.1") under a numbering column: an identifier, never a
 * statement ("| C4 | How is effective compute defined? | … |" says nothing about the C4 dataset).
 */
export function isRowIdentifier(text: string, cell: Block): boolean {
  return cell.kind === 'tableCell' && /^\s*(?:[A-Z]{1,3}[-.]?)?\d{1,3}(?:\.\d{1,3}){0,2}[.)]?\s*$/u.test(cell.text.replace(/\|/g, ' ')) && ID_HEADER.test(columnHeaderOf(text, cell));
}

/** The column of a cell: the pipes before it on its line (empty cells make no block, so order would drift). */
export function columnOf(text: string, cell: Block): number {
  if (cell.cell) return cell.cell.column;
  // A cell's range may start at its own pipe: count the unescaped pipes up to and including its first character.
  const lineStart = text.lastIndexOf('\n', cell.start - 1) + 1;
  let n = 0;
  for (let i = lineStart; i <= cell.start && i < text.length; i++) if (text[i] === '|' && text[i - 1] !== '\\') n++;
  return n;
}

/** The header text of a table's first column ("Term", "Run"), for a Markdown or an HTML table. */
export function firstHeaderOf(cell: Block): string {
  if (cell.cell) return cell.cell.headers[0] ?? '';
  return (cell.tableHeader ?? '').replace(/^\s*\|/, '').split('|')[0] ?? '';
}

/**
 * The header text of a body cell's column, read from the table's header row as written ("" for a cell of
 * the header row itself). Rows and the header may each start with a pipe or not.
 */
export function columnHeaderOf(text: string, cell: Block): string {
  if (cell.kind !== 'tableCell' || !cell.tableHeader || cell.tableStart === undefined) return '';
  if (cell.cell) return cell.cell.row === 0 ? '' : (cell.cell.headers[cell.cell.column] ?? '');
  const lineStart = text.lastIndexOf('\n', cell.start - 1) + 1;
  if (lineStart <= cell.tableStart) return '';
  const rowPipe = /^[ \t]*\|/.test(text.slice(lineStart, lineStart + 8)) ? 1 : 0;
  const headers = cell.tableHeader.replace(/^[ \t]*\|/, '').split(/(?<!\\)\|/);
  return headers[columnOf(text, cell) - rowPipe] ?? '';
}

/**
 * The row a cell belongs to, as a key within its table: its line for a Markdown table (one row per line),
 * its row number for an HTML table (a row may span many lines).
 */
export function rowKeyOf(doc: ParsedDocument, cell: Block): string {
  return cell.cell ? `r${cell.cell.row}` : `l${lineIndexAt(doc, cell.start)}`;
}

/** The header row's key: the line the table starts on, or an HTML table's first row. */
export function headerRowKeyOf(doc: ParsedDocument, cell: Block): string {
  return cell.cell ? 'r0' : `l${lineIndexAt(doc, cell.tableStart ?? cell.start)}`;
}

/** A cell that opens a body row (not the header): the term cell of a glossary table. */
export function opensBodyRow(doc: ParsedDocument, cell: Block): boolean {
  if (cell.kind !== 'tableCell' || cell.tableStart === undefined) return false;
  if (cell.cell) return cell.cell.column === 0 && cell.cell.row > 0;
  const lineStart = doc.text.lastIndexOf('\n', cell.start - 1) + 1;
  return lineIndexAt(doc, cell.start) !== lineIndexAt(doc, cell.tableStart) && ['', '|'].includes(doc.text.slice(lineStart, cell.start).trim());
}
