// The one place in the language server where engine offsets (UTF-16 code units into the document's
// text) become LSP positions and back. Everything else in server/src/lsp speaks offsets or calls this.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextEdit as LspTextEdit } from 'vscode-languageserver';
import { pathToFileURL } from 'node:url';
import type { GlossarySource, Span, TextEdit } from '../lint';

/** The text a range was computed on: an open document, or a file read from disk (a glossary). */
export type Positioned = Pick<TextDocument, 'positionAt' | 'offsetAt'>;

export function toRange(doc: Positioned, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toOffset(doc: Positioned, position: Position): number {
  return doc.offsetAt(position);
}

export function toSpan(doc: Positioned, range: Range): Span {
  return { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
}

export function toLspEdit(doc: Positioned, edit: TextEdit): LspTextEdit {
  return { range: toRange(doc, edit), newText: edit.newText };
}

/** 1-based line number of an offset, as a person reading the file counts lines. */
export function lineNumber(doc: Positioned, offset: number): number {
  return doc.positionAt(offset).line + 1;
}

/** Positions over a text that is not an open document (a glossary file), by its file URI. */
export function positionsFor(uri: string, text: string): TextDocument {
  return TextDocument.create(uri, 'markdown', 0, text);
}

/** The offset where the line containing `offset` starts. */
export function lineStartOffset(doc: Positioned, offset: number): number {
  return doc.offsetAt({ line: doc.positionAt(offset).line, character: 0 });
}

/** Offsets of the start and end (before the line break) of a 0-based line. */
export function lineSpan(doc: TextDocument, line: number): Span {
  const start = doc.offsetAt({ line, character: 0 });
  const next = line + 1 < doc.lineCount ? doc.offsetAt({ line: line + 1, character: 0 }) : doc.getText().length;
  const text = doc.getText().slice(start, next);
  const body = text.replace(/\r?\n$|\r$/, '');
  return { start, end: start + body.length };
}

/**
 * Where a span lives: this document (no `source`), or a glossary file the configuration named
 * (`source` = its path). Undefined when the glossary is not among the ones loaded for this document.
 */
export function locate(
  doc: TextDocument,
  span: Span & { source?: string },
  glossaries: readonly GlossarySource[],
): { uri: string; range: Range } | undefined {
  if (span.source === undefined) return { uri: doc.uri, range: toRange(doc, span) };
  const glossary = glossaries.find((g) => g.name === span.source);
  if (!glossary) return undefined;
  const uri = pathToFileURL(glossary.name).href;
  return { uri, range: toRange(positionsFor(uri, glossary.text), span) };
}
