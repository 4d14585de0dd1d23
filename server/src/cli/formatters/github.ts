// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.
// Escaping follows the workflow-command rules (@actions/core): data escapes %, CR and LF; property
// values also escape ":" and ",", which would otherwise end the value.
import type { FileReport, ReportWriter } from '../report';
import { printable } from './stylish';

export function githubWriter(): ReportWriter {
  return { file: formatFile, end: () => '' };
}

function formatFile(report: FileReport): string {
  let out = '';
  const file = printable(report.displayPath);
  for (const m of report.messages) {
    const command = m.severity === 'error' ? 'error' : m.severity === 'warning' ? 'warning' : 'notice';
    const props = { file, line: m.line, col: m.column, endLine: m.endLine, endColumn: m.endColumn, title: `rsplint(${m.ruleId})` };
    out += workflowCommand(command, props, m.why ? `${m.message}\nWhy: ${m.why}` : m.message);
  }
  if (report.fatal !== undefined) out += workflowCommand('error', { file, title: 'rsplint' }, report.fatal);
  for (const p of report.configProblems ?? []) {
    out += workflowCommand('error', { file, line: p.line, col: p.column, title: 'rsplint configuration' }, p.message);
  }
  return out;
}

export function workflowCommand(command: string, properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}\n`;
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
