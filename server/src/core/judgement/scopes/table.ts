// A table cell reads its row and the column headers: in a threshold table the reference point or the
// counting rule often sits in another column ("Counted from", "What counts") or in the header itself.
import type { Block, ParsedDocument } from '../../document';
import { columnOf, headerRowKeyOf, isRowIdentifier, rowKeyOf } from '../../tables';
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

/** Cells of each table by row, once per parsed document. */
const TABLES = new WeakMap<ParsedDocument, Map<number, Map<string, Block[]>>>();

function tableRows(doc: ParsedDocument, tableStart: number): Map<string, Block[]> {
  let tables = TABLES.get(doc);
  if (!tables) {
    tables = new Map();
    for (const b of doc.blocks) {
      if (b.kind !== 'tableCell' || b.tableStart === undefined) continue;
      let rows = tables.get(b.tableStart);
      if (!rows) tables.set(b.tableStart, (rows = new Map()));
      const key = rowKeyOf(doc, b);
      const cells = rows.get(key);
      if (cells) cells.push(b);
      else rows.set(key, [b]);
    }
    TABLES.set(doc, tables);
  }
  return tables.get(tableStart) ?? new Map();
}

/** The cells of the cell's row and of the header row. */
function rowAndHeader(doc: ParsedDocument, cell: Block): { row: Block[]; header: Block[] } {
  const rows = tableRows(doc, cell.tableStart!);
  return { row: rows.get(rowKeyOf(doc, cell)) ?? [], header: rows.get(headerRowKeyOf(doc, cell)) ?? [] };
}
