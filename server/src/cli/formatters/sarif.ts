// SARIF 2.1.0, for GitHub code scanning and other result viewers. One run; rules come from RULES so
// the driver lists every rule rsplint can report, with its reason and docs link.
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, type RuleMeta, type Severity } from '../../lint';
import { HOMEPAGE, VERSION, repositoryFileUrl } from '../package-info';
import type { ReportMessage, ReportWriter } from '../report';
import type { Range } from '../positions';

const SRCROOT = '%SRCROOT%';

/**
 * The log is written as results come: its opening (tool, rules, base URI) before the first result, the
 * invocation (whether every file could be read) after the last. Key order aside, the text is what
 * JSON.stringify(log, null, 2) gives.
 */
export function sarifWriter(cwd: string): ReportWriter {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const executionNotifications: unknown[] = [];
  const configurationNotifications: unknown[] = [];
  let written = 0;
  return {
    file(report) {
      const artifact = artifactLocation(report.filePath, cwd);
      if (report.fatal !== undefined) {
        executionNotifications.push({
          level: 'error',
          message: { text: `${report.displayPath}: ${report.fatal}` },
          locations: [{ physicalLocation: { artifactLocation: artifact } }],
        });
      }
      for (const p of report.configProblems ?? []) {
        configurationNotifications.push({
          level: 'error',
          message: { text: p.message },
          locations: [{ physicalLocation: { artifactLocation: artifact, region: { startLine: p.line, startColumn: p.column } } }],
        });
      }
      let out = '';
      for (const m of report.messages) {
        const element = JSON.stringify(result(m, artifact, cwd, ruleIndex.get(m.ruleId)), null, 2).replace(/^/gm, RESULT_INDENT);
        out += `${written++ === 0 ? split(sarifLog(cwd, [])).head : ',\n'}${element}`;
      }
      return out;
    },
    end() {
      const invocation = {
        executionSuccessful: executionNotifications.length === 0 && configurationNotifications.length === 0,
        ...(executionNotifications.length ? { toolExecutionNotifications: executionNotifications } : {}),
        ...(configurationNotifications.length ? { toolConfigurationNotifications: configurationNotifications } : {}),
      };
      const log = sarifLog(cwd, [invocation]);
      return written === 0 ? `${JSON.stringify(log, null, 2)}\n` : `\n${split(log).tail}\n`;
    },
  };
}

/** Where each result sits in the pretty-printed log: log → runs[0] → results[i]. */
const RESULT_INDENT = ' '.repeat(8);
const RESULTS_MARK = '@@rsplint-results@@';

/** The log's text before the first result and after the last, cut at a marker standing for the results. */
function split(log: ReturnType<typeof sarifLog>): { head: string; tail: string } {
  const text = JSON.stringify({ ...log, runs: [{ ...log.runs[0], results: [RESULTS_MARK] }] }, null, 2);
  const at = text.indexOf(`"${RESULTS_MARK}"`);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  return { head: text.slice(0, lineStart), tail: text.slice(at + RESULTS_MARK.length + 2).replace(/^\n/, '') };
}

function sarifLog(cwd: string, invocations: unknown[]) {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rsplint',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: HOMEPAGE,
            rules: RULES.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        results: [] as unknown[],
        invocations,
      },
    ],
  };
}

function ruleDescriptor(rule: RuleMeta) {
  const helpUri = repositoryFileUrl(rule.docs);
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} Why it matters: ${rule.why}` },
    help: {
      text: `${rule.description}\n\nWhy it matters: ${rule.why}\n\nDocumentation: ${rule.docs}`,
      markdown: `**${rule.description}**\n\nWhy it matters: ${rule.why}\n\n[Rule documentation](${helpUri})`,
    },
    helpUri,
    defaultConfiguration: { level: level(rule.defaultSeverity) },
    properties: { tags: ['rsplint', ...(rule.facet ? [`facet:${rule.facet}`] : [])] },
  };
}

function result(m: ReportMessage, artifact: ArtifactLocation, cwd: string, index: number | undefined) {
  const fixes = m.suggestions
    .filter((s) => s.edits.length > 0)
    .map((s) => ({
      description: { text: s.desc },
      artifactChanges: [
        {
          artifactLocation: artifact,
          replacements: s.edits.map((e) => ({ deletedRegion: region(e), insertedContent: { text: e.text } })),
        },
      ],
    }));
  return {
    ruleId: m.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: level(m.severity),
    message: { text: m.message },
    locations: [{ physicalLocation: { artifactLocation: artifact, region: region(m) } }],
    ...(m.related.length
      ? {
          relatedLocations: m.related.map((r, i) => ({
            id: i + 1,
            message: { text: r.message },
            physicalLocation: {
              artifactLocation: r.source === undefined ? artifact : artifactLocation(r.source, cwd),
              region: region(r),
            },
          })),
        }
      : {}),
    ...(fixes.length ? { fixes } : {}),
    ...(m.facet ? { properties: { facet: m.facet } } : {}),
  };
}

function level(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function region(r: Range) {
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** Files under the working directory get a relative URI against %SRCROOT%, as code scanning expects. */
function artifactLocation(path: string, cwd: string): ArtifactLocation {
  if (!isAbsolute(path)) return { uri: encodePath(path) };
  const rel = relative(cwd, path);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return { uri: encodePath(rel.split(sep).join('/')), uriBaseId: SRCROOT };
  return { uri: pathToFileURL(path).href };
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}
