// The default, human format: ESLint's "stylish" layout, plus the reason each finding matters and the
// definition the tool relied on, because a policy author needs to see why the tool thinks a facet is
// missing before they trust it.
import { countMessages, type Counts, type FileReport, type ReportMessage, type ReportWriter } from '../report';
import type { Style } from '../style';

export function stylishWriter(style: Style): ReportWriter {
  // The summary counts findings only; unreadable files and configuration problems go to stderr.
  const sum: Counts = { errorCount: 0, warningCount: 0, infoCount: 0 };
  let fixable = 0;
  return {
    file(report) {
      const c = countMessages({ ...report, fatal: undefined, configProblems: undefined });
      sum.errorCount += c.errorCount;
      sum.warningCount += c.warningCount;
      sum.infoCount += c.infoCount;
      fixable += report.messages.filter((m) => m.suggestions.length > 0).length;
      return formatFile(report, style);
    },
    end: () => summary(sum, fixable, style),
  };
}

function formatFile(report: FileReport, style: Style): string {
  if (report.messages.length === 0) return '';
  let out = `\n${style.underline(printable(report.displayPath))}\n`;
  const rows = report.messages.map((m) => ({
    m,
    position: `${m.line}:${m.column}`,
    severity: m.severity,
  }));
  const positionWidth = Math.max(...rows.map((r) => r.position.length));
  const severityWidth = Math.max(...rows.map((r) => r.severity.length));
  const indent = ' '.repeat(2 + positionWidth + 2 + severityWidth + 2);
  for (const { m, position, severity } of rows) {
    out += `  ${style.dim(position.padEnd(positionWidth))}  ${colourSeverity(severity.padEnd(severityWidth), m, style)}  ${m.message}  ${style.dim(m.ruleId)}\n`;
    if (m.why) out += `${indent}${style.dim(`why: ${m.why}`)}\n`;
    for (const r of m.related) {
      // The engine's related message already quotes the definition it used; say where it is.
      const where = r.source === undefined ? `line ${r.line}` : `${baseName(r.source)} line ${r.line}`;
      out += `${indent}${style.dim(`↳ ${where} — ${r.message}`)}\n`;
    }
  }
  return out;
}

function summary(sum: Counts, fixable: number, style: Style): string {
  let out = '';
  const problems = sum.errorCount + sum.warningCount + sum.infoCount;
  if (problems > 0) {
    const parts = [plural(sum.errorCount, 'error'), plural(sum.warningCount, 'warning')];
    if (sum.infoCount > 0) parts.push(`${sum.infoCount} info`);
    const line = `✖ ${plural(problems, 'problem')} (${parts.join(', ')})`;
    out += `\n${sum.errorCount > 0 ? style.boldRed(line) : style.boldYellow(line)}\n`;
    if (fixable > 0) {
      out += style.dim(`  ${fixable} of them ${fixable === 1 ? 'has' : 'have'} a suggested fix (quick fixes in the editor; the edits are in --format json).`) + '\n';
    }
  }
  return out;
}

function colourSeverity(text: string, m: ReportMessage, style: Style): string {
  return m.severity === 'error' ? style.red(text) : m.severity === 'warning' ? style.yellow(text) : style.blue(text);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** A file name as text: control characters (terminal escapes, CR, LF) shown as \u escapes, never sent to the terminal. */
export function printable(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
