// The CLI's view of a lint run, with every position already converted (by positions.ts). Formatters
// only arrange these values; none of them looks at offsets or at the engine's types directly.
import { relative, isAbsolute, sep } from 'node:path';
import { applyFixes, ruleById, type Analysis, type Finding, type Severity } from '../lint';
import { createLocator, type Locator, type Range } from './positions';

export interface ReportRelated extends Range {
  message: string;
  /** Absolute path of the glossary file the span is in; undefined = the linted file itself. */
  source?: string;
  /** The span's own words, flattened to one line and shortened. */
  excerpt: string;
}

export interface ReportEdit extends Range {
  text: string;
}

export interface ReportSuggestion {
  desc: string;
  isPreferred: boolean;
  deterministic: boolean;
  /** All edits merged into one replacement of [start, end), as ESLint's `fix` is. */
  range: [number, number];
  text: string;
  edits: ReportEdit[];
}

export interface ReportMessage extends Range {
  ruleId: string;
  severity: Severity;
  message: string;
  facet?: string;
  why?: string;
  docs?: string;
  mentionId?: number;
  related: ReportRelated[];
  suggestions: ReportSuggestion[];
}

export interface FileReport {
  /** Absolute path, or the --stdin-filename / "<stdin>" for standard input. */
  filePath: string;
  /** Path relative to the working directory when inside it, as users type it. */
  displayPath: string;
  messages: ReportMessage[];
  /** Set when the file could not be linted at all (unreadable, binary, too large…). */
  fatal?: string;
  /** The threshold summary table (only for --format markdown). */
  summary?: string;
  /** Set for a configuration file's own problems (then `messages` is empty and `configProblems` lists them). */
  configProblems?: ConfigProblemReport[];
  /** Every threshold phrase with its role and, per facet, whether and where it is stated (JSON output). */
  mentions?: MentionReport[];
}

/** A mention as JSON shows it: why each facet counts as stated, by cue row and scope provider. */
export interface MentionReport {
  phrase: string;
  kind: string;
  role: string;
  roleReason?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  facets: Record<string, { state: string; evidence?: { text: string; cue?: string; scope?: string; line: number; column: number; source?: string; hedged?: boolean } }>;
}

export interface ConfigProblemReport {
  line: number;
  column: number;
  key?: string;
  message: string;
}

/**
 * A format, written file by file as the run goes, so that a run over thousands of files holds one
 * file's findings at a time: `file()` returns the text for one report, `end()` what closes the output.
 */
export interface ReportWriter {
  file(report: FileReport): string;
  end(): string;
}

export interface Counts {
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

export function countMessages(report: FileReport): Counts {
  const counts: Counts = { errorCount: 0, warningCount: 0, infoCount: 0 };
  for (const m of report.messages) {
    if (m.severity === 'error') counts.errorCount++;
    else if (m.severity === 'warning') counts.warningCount++;
    else counts.infoCount++;
  }
  if (report.fatal !== undefined) counts.errorCount++;
  counts.errorCount += report.configProblems?.length ?? 0;
  return counts;
}

/** Path as shown to a user: relative to cwd when inside it, absolute otherwise. */
export function displayPath(path: string, cwd: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}

/** Builds the report for one linted text. `glossaries` lets related spans in glossary files be located. */
export function reportAnalysis(
  filePath: string,
  shownPath: string,
  text: string,
  analysis: Pick<Analysis, 'findings'> & Partial<Pick<Analysis, 'mentions'>>,
  glossaries: ReadonlyArray<{ name: string; text: string }>,
): FileReport {
  const here = createLocator(text);
  const elsewhere = new Map<string, { locator: Locator; text: string }>();
  const locatorFor = (source: string | undefined) => {
    if (source === undefined) return { locator: here, text };
    let entry = elsewhere.get(source);
    if (!entry) {
      const glossaryText = glossaries.find((g) => g.name === source)?.text ?? '';
      entry = { locator: createLocator(glossaryText), text: glossaryText };
      elsewhere.set(source, entry);
    }
    return entry;
  };
  const report: FileReport = {
    filePath,
    displayPath: shownPath,
    messages: analysis.findings.map((f) => reportFinding(f, text, here, locatorFor)),
  };
  if (analysis.mentions) {
    report.mentions = analysis.mentions.map((m): MentionReport => {
      const facets: MentionReport['facets'] = {};
      for (const [facet, result] of Object.entries(m.facets)) {
        if (result.state === 'not-applicable') continue;
        const ev = result.evidence;
        if (!ev) {
          facets[facet] = { state: result.state };
          continue;
        }
        const at = locatorFor(ev.source).locator.range(ev.start, ev.end);
        facets[facet] = {
          state: result.state,
          evidence: { text: ev.text, ...(ev.cue ? { cue: ev.cue } : {}), ...(ev.scope ? { scope: ev.scope } : {}), line: at.line, column: at.column, ...(ev.source ? { source: ev.source } : {}), ...(ev.hedged ? { hedged: true } : {}) },
        };
      }
      return { phrase: m.phrase, kind: m.kind, role: m.role, ...(m.roleReason ? { roleReason: m.roleReason } : {}), ...here.range(m.start, m.end), facets };
    });
  }
  return report;
}

function reportFinding(
  finding: Finding,
  text: string,
  here: Locator,
  locatorFor: (source: string | undefined) => { locator: Locator; text: string },
): ReportMessage {
  const rule = ruleById(finding.ruleId);
  const message: ReportMessage = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    ...here.range(finding.start, finding.end),
    related: (finding.related ?? []).map((r) => {
      const { locator, text: sourceText } = locatorFor(r.source);
      return {
        message: r.message,
        ...locator.range(r.start, r.end),
        ...(r.source === undefined ? {} : { source: r.source }),
        excerpt: excerpt(sourceText.slice(r.start, r.end)),
      };
    }),
    suggestions: (finding.fixes ?? []).filter((fix) => fix.edits.length > 0).map((fix) => {
      const start = Math.min(...fix.edits.map((e) => e.start));
      const end = Math.max(...fix.edits.map((e) => e.end));
      const merged = applyFixes(
        text.slice(start, end),
        fix.edits.map((e) => ({ start: e.start - start, end: e.end - start, newText: e.newText })),
      );
      return {
        desc: fix.title,
        isPreferred: fix.isPreferred ?? false,
        deterministic: fix.deterministic,
        range: [start, end] as [number, number],
        text: merged.text,
        edits: fix.edits.map((e) => ({ ...here.range(e.start, e.end), text: e.newText })),
      };
    }),
  };
  if (finding.facet !== undefined) message.facet = finding.facet;
  if (rule) {
    message.why = finding.why ?? rule.why;
    message.docs = rule.docs;
  }
  if (finding.mentionId !== undefined) message.mentionId = finding.mentionId;
  return message;
}

function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Keeps only errors (--quiet). */
export function errorsOnly(report: FileReport): FileReport {
  return { ...report, messages: report.messages.filter((m) => m.severity === 'error') };
}
