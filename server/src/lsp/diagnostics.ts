// Findings become LSP diagnostics here. `data` names the finding (rule, mention, document version); the
// quick fixes come from the analysis the server keeps for that version, so they need no second analysis
// and do not travel to the editor and back with every keystroke's diagnostics (they were half the payload).
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, GlossarySource, Severity } from '../lint';
import { ruleDocsUri } from './docs';
import { locate, toRange } from './positions';

export const SOURCE = 'rsplint';

/** What travels in Diagnostic.data. Offsets are into the text of `version`. */
export interface DiagnosticData {
  ruleId: string;
  mentionId?: number;
  /** The document version the finding belongs to. */
  version: number;
}

/** Codes of the diagnostics the server itself emits (not rules: no docs page, no fixes). */
export const SERVER_CODES = {
  tooLarge: 'file-too-large',
  internalError: 'internal-error',
  overBudget: 'analysis-over-budget',
} as const;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toDiagnostic(doc: TextDocument, finding: Finding, glossaries: readonly GlossarySource[]): Diagnostic {
  const href = ruleDocsUri(finding.ruleId);
  const related: DiagnosticRelatedInformation[] = [];
  for (const span of finding.related ?? []) {
    const where = locate(doc, span, glossaries);
    if (where) related.push({ location: where, message: span.message });
  }
  const data: DiagnosticData = {
    ruleId: finding.ruleId,
    version: doc.version,
    ...(finding.mentionId === undefined ? {} : { mentionId: finding.mentionId }),
  };
  return {
    range: toRange(doc, finding),
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning,
    source: SOURCE,
    code: finding.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    message: finding.message,
    ...(related.length ? { relatedInformation: related } : {}),
    data,
  };
}

const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The one diagnostic a document over the size limit gets, so the user knows why nothing else shows. */
export function tooLargeDiagnostic(sizeKb: number, limitKb: number): Diagnostic {
  return {
    range: TOP,
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: SERVER_CODES.tooLarge,
    message: `rsplint did not lint this document: it is ${sizeKb} KB, over the rsplint.maxFileSizeKb limit of ${limitKb} KB. Raise that setting to lint it.`,
  };
}

/** The one diagnostic a document gets when its analysis threw; the details go to the server log. */
export function internalErrorDiagnostic(error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    range: TOP,
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: SERVER_CODES.internalError,
    message: `rsplint could not analyse this document (${reason}). Other documents are not affected; the stack trace is in the rsplint output log. Please report it with the text that caused it.`,
  };
}

/** The one diagnostic a document gets when its analysis ran past the work budget and was stopped. */
export function overBudgetDiagnostic(budgetMs: number): Diagnostic {
  return {
    range: TOP,
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: SERVER_CODES.overBudget,
    message: `rsplint stopped analysing this version of the document after ${budgetMs / 1000} s, so it shows no findings for it; other documents are not held up. The next edit tries again. The command line (npx rsplint <file>) has no time limit.`,
  };
}
