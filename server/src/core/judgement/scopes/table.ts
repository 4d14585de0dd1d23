// A table cell reads its row and the column headers: in a threshold table the reference point or the
// counting rule often sits in another column ("Counted from", "What counts") or in the header itself.
import { lineIndexAt, type Block, type ParsedDocument } from '../../document';
import { wholeBlock, type ScopeProvider, type ScopeRegion } from './scope';

/** The other cells of the cell's row, then the header row's cells. */
export function rowAndHeaderCells(doc: ParsedDocument, cell: Block): Block[] {
  if (cell.kind !== 'tableCell' || cell.tableStart === undefined) return [];
  const line = lineIndexAt(doc, cell.start);
  const headerLine = lineIndexAt(doc, cell.tableStart);
  const row: Block[] = [];
  const header: Block[] = [];
  for (const other of doc.blocks) {
    if (other.kind !== 'tableCell' || other.tableStart !== cell.tableStart || other === cell) continue;
    const l = lineIndexAt(doc, other.start);
    if (l === line) row.push(other);
    else if (l === headerLine) header.push(other);
  }
  return [...row, ...header];
}

export const tableRowScope: ScopeProvider = {
  id: 'table-row',
  where: 'its table row and column headers',
  regions(m, ctx) {
    const cell = m.sentence.block;
    if (cell.kind !== 'tableCell' || cell.tableStart === undefined) return [];
    const { row, header } = rowAndHeader(ctx.doc, cell);
    // Each cell of the row is read under its column's header: "What counts: Pre-training, RL and …".
    const out: ScopeRegion[] = row.filter((b) => b !== cell).map((b) => {
      const col = columnOf(ctx.doc, b);
      const h = header.find((x) => columnOf(ctx.doc, x) === col);
      const label = h ? h.norm.text.replace(/[|*_]/g, ' ').replace(/\s+/g, ' ').trim() : '';
      return label ? { ...wholeBlock(b, 'table-row'), label } : wholeBlock(b, 'table-row');
    });
    for (const h of header) out.push(wholeBlock(h, 'table-row'));
    return out;
  },
};

/** The column of a cell: the pipes before it on its line (empty cells make no block, so order would drift). */
function columnOf(doc: ParsedDocument, cell: Block): number {
  const lineStart = doc.text.lastIndexOf('\n', cell.start - 1) + 1;
  let n = 0;
  for (let i = lineStart; i < cell.start; i++) if (doc.text[i] === '|' && doc.text[i - 1] !== '\\') n++;
  return n;
}

/** The cells of the cell's row and of the header row. */
function rowAndHeader(doc: ParsedDocument, cell: Block): { row: Block[]; header: Block[] } {
  const line = lineIndexAt(doc, cell.start);
  const headerLine = lineIndexAt(doc, cell.tableStart!);
  const row: Block[] = [];
  const header: Block[] = [];
  for (const other of doc.blocks) {
    if (other.kind !== 'tableCell' || other.tableStart !== cell.tableStart) continue;
    const l = lineIndexAt(doc, other.start);
    if (l === line) row.push(other);
    else if (l === headerLine) header.push(other);
  }
  return { row, header };
}
