// A table cell reads its row and the column headers: in a threshold table the reference point or the
// counting rule often sits in another column ("Counted from", "What counts") or in the header itself.
import { lineIndexAt, type Block, type ParsedDocument } from '../../document';
import { wholeBlock, type ScopeProvider, type ScopeRegion } from './scope';

export const tableRowScope: ScopeProvider = {
  id: 'table-row',
  where: 'its table row and column headers',
  regions(m, ctx) {
    const cell = m.sentence.block;
    if (cell.kind !== 'tableCell' || cell.tableStart === undefined) return [];
    const { row, header } = rowAndHeader(ctx.doc, cell);
    // Each cell of the row is read under its column's header: "What counts: Pre-training, RL and …".
    const out: ScopeRegion[] = row.filter((b) => b !== cell && !isRowIdentifier(ctx.doc.text, b)).map((b) => {
      const col = columnOf(ctx.doc.text, b);
      const h = header.find((x) => columnOf(ctx.doc.text, x) === col);
      const label = h ? h.norm.text.replace(/[|*_]/g, ' ').replace(/\s+/g, ' ').trim() : '';
      return label ? { ...wholeBlock(b, 'table-row'), label } : wholeBlock(b, 'table-row');
    });
    for (const h of header) out.push(wholeBlock(h, 'table-row'));
    return out;
  },
};

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
  // A cell's range may start at its own pipe: count the unescaped pipes up to and including its first character.
  const lineStart = text.lastIndexOf('\n', cell.start - 1) + 1;
  let n = 0;
  for (let i = lineStart; i <= cell.start && i < text.length; i++) if (text[i] === '|' && text[i - 1] !== '\\') n++;
  return n;
}

/**
 * The header text of a body cell's column, read from the table's header row as written ("" for a cell of
 * the header row itself). Rows and the header may each start with a pipe or not.
 */
export function columnHeaderOf(text: string, cell: Block): string {
  if (cell.kind !== 'tableCell' || !cell.tableHeader || cell.tableStart === undefined) return '';
  const lineStart = text.lastIndexOf('\n', cell.start - 1) + 1;
  if (lineStart <= cell.tableStart) return '';
  const rowPipe = /^[ \t]*\|/.test(text.slice(lineStart, lineStart + 8)) ? 1 : 0;
  const headers = cell.tableHeader.replace(/^[ \t]*\|/, '').split(/(?<!\\)\|/);
  return headers[columnOf(text, cell) - rowPipe] ?? '';
}

/** Cells of each table by line, once per parsed document. */
const TABLES = new WeakMap<ParsedDocument, Map<number, Map<number, Block[]>>>();

function tableLines(doc: ParsedDocument, tableStart: number): Map<number, Block[]> {
  let tables = TABLES.get(doc);
  if (!tables) {
    tables = new Map();
    for (const b of doc.blocks) {
      if (b.kind !== 'tableCell' || b.tableStart === undefined) continue;
      let lines = tables.get(b.tableStart);
      if (!lines) tables.set(b.tableStart, (lines = new Map()));
      const l = lineIndexAt(doc, b.start);
      const cells = lines.get(l);
      if (cells) cells.push(b);
      else lines.set(l, [b]);
    }
    TABLES.set(doc, tables);
  }
  return tables.get(tableStart) ?? new Map();
}

/** The cells of the cell's row and of the header row. */
function rowAndHeader(doc: ParsedDocument, cell: Block): { row: Block[]; header: Block[] } {
  const lines = tableLines(doc, cell.tableStart!);
  return { row: lines.get(lineIndexAt(doc, cell.start)) ?? [], header: lines.get(lineIndexAt(doc, cell.tableStart!)) ?? [] };
}
