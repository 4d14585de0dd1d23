// Architecture invariant: this is the only place in the CLI that turns engine offsets (UTF-16 indices
// into the text) into 1-based lines and columns. Every formatter reads the positions made here.
import { location } from 'vfile-location';

export interface Point {
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units, as an editor counts them. */
  column: number;
}

export interface Range {
  line: number;
  column: number;
  /** Line and column of the first character after the range (end-exclusive). */
  endLine: number;
  endColumn: number;
}

export interface Locator {
  point(offset: number): Point;
  range(start: number, end: number): Range;
}

/** An index of line starts for one text; \n, \r\n and a lone \r each end a line, as in LSP. */
export function createLocator(text: string): Locator {
  const place = location(text);
  const point = (offset: number): Point => {
    const clamped = Math.min(Math.max(Number.isFinite(offset) ? Math.trunc(offset) : 0, 0), text.length);
    const found = place.toPoint(clamped);
    return found ? { line: found.line, column: found.column } : { line: 1, column: 1 };
  };
  return {
    point,
    range(start, end) {
      const a = point(start);
      const b = point(Math.max(start, end));
      return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    },
  };
}
