// ESLint's JSON formatter shape (DESIGN.md §3), with rsplint's extra fields beside the standard ones.
// Severity 2 = error; 1 = warning or info (`rsplintSeverity` tells them apart). errorCount,
// warningCount and infoCount count each severity once, so they add up to the number of messages and
// --max-warnings (which counts warnings, not info) matches warningCount. Files that could not be read,
// and configuration files with problems, appear with `fatal: true` messages, as ESLint reports them.
import { countMessages, type FileReport, type ReportWriter } from '../report';

/** The same text as JSON.stringify(results, null, 2), one array element at a time. */
export function jsonWriter(): ReportWriter {
  let written = 0;
  return {
    file(report) {
      const element = JSON.stringify(toEslintResult(report), null, 2).replace(/^/gm, '  ');
      return `${written++ === 0 ? '[\n' : ',\n'}${element}`;
    },
    end: () => (written === 0 ? '[]\n' : '\n]\n'),
  };
}

function toEslintResult(report: FileReport) {
  const counts = countMessages(report);
  const messages: unknown[] = report.messages.map((m) => ({
    ruleId: m.ruleId,
    severity: m.severity === 'error' ? 2 : 1,
    rsplintSeverity: m.severity,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    ...(m.facet === undefined ? {} : { facet: m.facet }),
    ...(m.why === undefined ? {} : { why: m.why }),
    ...(m.docs === undefined ? {} : { docs: m.docs }),
    ...(m.mentionId === undefined ? {} : { mentionId: m.mentionId }),
    related: m.related.map((r) => ({
      message: r.message,
      line: r.line,
      column: r.column,
      endLine: r.endLine,
      endColumn: r.endColumn,
      ...(r.source === undefined ? {} : { source: r.source }),
    })),
    suggestions: m.suggestions.map((s) => ({
      desc: s.desc,
      ...(s.isPreferred ? { isPreferred: true } : {}),
      deterministic: s.deterministic,
      fix: { range: s.range, text: s.text },
      edits: s.edits.map((e) => ({ line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, text: e.text })),
    })),
  }));
  if (report.fatal !== undefined) {
    messages.push({ ruleId: null, fatal: true, severity: 2, message: report.fatal, line: 1, column: 1 });
  }
  for (const p of report.configProblems ?? []) {
    messages.push({ ruleId: null, fatal: true, severity: 2, message: p.message, line: p.line, column: p.column, ...(p.key ? { key: p.key } : {}) });
  }
  return {
    filePath: report.filePath,
    messages,
    errorCount: counts.errorCount,
    fatalErrorCount: (report.fatal !== undefined ? 1 : 0) + (report.configProblems?.length ?? 0),
    warningCount: counts.warningCount,
    infoCount: counts.infoCount,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    // rsplint's own field: each threshold phrase, its role and why, and for each facet the cue row and the
    // scope that stated it ("stated in the list lead-in, line 49, by cue reference.last-evaluated-model").
    ...(report.mentions ? { mentions: report.mentions } : {}),
  };
}
