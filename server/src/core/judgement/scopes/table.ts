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
    return rowAndHeaderCells(ctx.doc, m.sentence.block).map((b): ScopeRegion => wholeBlock(b, 'table-row'));
  },
};
