// The threshold summary of a document: the same table the CLI prints with --format markdown (one
// implementation, in core), with line numbers from this host's one position converter.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { thresholdSummary as summarise } from '../lint';
import type { LintOutcome } from './linter';
import { lineNumber } from './positions';

export function thresholdSummary(doc: TextDocument, outcome: LintOutcome): string {
  const name = decodeURIComponent(doc.uri.slice(doc.uri.lastIndexOf('/') + 1));
  if (outcome.status === 'too-large') return `## Threshold summary: ${name}\n\nThe document is over rsplint.maxFileSizeKb and was not analysed.\n`;
  if (outcome.status === 'failed' || !outcome.analysis) return `## Threshold summary: ${name}\n\nThe analysis failed; see the rsplint output log.\n`;
  // In a file, each line number is a link that opens the document at that line.
  const linkOf = doc.uri.startsWith('file:') ? (line: number) => `${doc.uri}#L${line}` : undefined;
  return summarise(outcome.analysis, { name, lineOf: (offset) => lineNumber(doc, offset), ...(linkOf ? { linkOf } : {}) });
}
