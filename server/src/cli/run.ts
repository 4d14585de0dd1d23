// The CLI from parsed arguments to exit code. Terminal, file system and process are reached only
// through `CliIo`, so tests and the entry point share this code path.
import { join, resolve, sep } from 'node:path';
import { analyze, applyFixes, capFindings, MAX_FINDINGS_PER_FILE, RULES, thresholdSummary, type Analysis, type RsplintConfig } from '../lint';
import { loadConfigForFile, type LoadedConfig } from '../node/config';
import { expandArguments, languageOf } from '../node/files';
import { printable } from './formatters/stylish';
import { lstatSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { decodeText, readTextFile, type ReadResult } from '../node/read';
import { parseCliArgs, type CliOptions } from './args';
import { githubWriter } from './formatters/github';
import { createLocator } from './positions';
import { markdownWriter } from './formatters/markdown';
import { jsonWriter } from './formatters/json';
import { sarifWriter } from './formatters/sarif';
import { stylishWriter } from './formatters/stylish';
import { helpText } from './help';
import { VERSION } from './package-info';
import { countMessages, displayPath, errorsOnly, reportAnalysis, type Counts, type FileReport, type ReportWriter } from './report';
import { createStyle, useColor } from './style';

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  readStdin(): Promise<Uint8Array>;
}

export const EXIT_OK = 0;
export const EXIT_LINT_ERRORS = 1;
export const EXIT_FAILURE = 2;

const STDIN_NAME = '<stdin>';

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.writeStderr(`rsplint: ${parsed.error}\nRun "rsplint --help" for usage.\n`);
    return EXIT_FAILURE;
  }
  const options = parsed.options;
  if (options.help) {
    io.writeStdout(helpText());
    return EXIT_OK;
  }
  if (options.version) {
    io.writeStdout(`${VERSION}\n`);
    return EXIT_OK;
  }

  const explicitConfigPath = options.config === undefined ? undefined : resolve(io.cwd, options.config);
  if (explicitConfigPath !== undefined) {
    const check = readTextFile(explicitConfigPath);
    if ('error' in check) {
      io.writeStderr(`rsplint: ${options.config}: cannot read the configuration file: ${check.error}\n`);
      return EXIT_FAILURE;
    }
  }

  if (options.printConfig !== undefined) return printConfig(options.printConfig, explicitConfigPath, io);

  if (options.patterns.length === 0) {
    io.writeStderr('rsplint: no files given; name files, directories or globs, or "-" for standard input.\nRun "rsplint --help" for usage.\n');
    return EXIT_FAILURE;
  }
  if (options.stdinFilename !== undefined && !options.patterns.includes('-')) {
    io.writeStderr('rsplint: --stdin-filename applies only when "-" is given to read standard input.\n');
    return EXIT_FAILURE;
  }

  // Each file's report is written as soon as it is made and then dropped: a run over a large tree holds
  // one file's findings at a time. Only the counts and the lines for stderr are kept.
  const writer = createWriter(options, io);
  const all: Counts = { errorCount: 0, warningCount: 0, infoCount: 0 };
  const failures: string[] = [];
  const emit = (report: FileReport): void => {
    const c = countMessages(report);
    all.errorCount += c.errorCount;
    all.warningCount += c.warningCount;
    all.infoCount += c.infoCount;
    // One line per file or configuration problem, on stderr, whatever the format: CI logs show them and
    // stdout stays machine-readable.
    if (report.fatal !== undefined) failures.push(`rsplint: ${printable(report.displayPath)}: ${report.fatal}\n`);
    for (const p of report.configProblems ?? []) failures.push(`rsplint: ${printable(report.displayPath)}:${p.line}:${p.column}: ${p.message}\n`);
    const text = writer.file(options.quiet ? errorsOnly(report) : report);
    if (text) io.writeStdout(text);
  };
  const configs = new Map<string, LoadedConfig>();
  const configFor = (path: string) => {
    const loaded = loadConfigForFile(path, { explicitConfigPath });
    if (loaded.configPath) configs.set(loaded.configPath, loaded);
    return loaded;
  };
  const lint = (filePath: string, shown: string, input: ReadResult, configPath: string) => {
    let read = input;
    if ('error' in read) {
      emit({ filePath, displayPath: shown, messages: [], fatal: read.error });
      return;
    }
    const loaded = configFor(configPath);
    let report: FileReport;
    try {
      const lintOptions = {
        language: languageOf(filePath),
        config: loaded.config,
        glossaries: loaded.glossaries,
        reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
      };
      let analysis = analyze(read.text, lintOptions);
      if (options.fix && filePath !== STDIN_NAME) {
        const fixed = fixFile(filePath, read.text, analysis, (text) => analyze(text, lintOptions), io.cwd);
        if (fixed.error) io.writeStderr(`rsplint: ${shown}: not fixed: ${fixed.error}\n`);
        if (fixed.text !== undefined) {
          read = { text: fixed.text };
          analysis = fixed.analysis!;
        }
      }
      report = reportAnalysis(filePath, shown, read.text, capFindings(analysis), loaded.glossaries);
      if (options.format === 'markdown') {
        const locate = createLocator(read.text);
        report.summary = thresholdSummary(analysis, { name: shown, lineOf: (offset) => locate.point(offset).line });
      }
    } catch (error) {
      // An engine bug must not hide the results for the other files.
      const reason = error instanceof Error ? error.message : String(error);
      report = { filePath, displayPath: shown, messages: [], fatal: `internal error while linting (please report it): ${reason}` };
    }
    emit(report);
  };

  const expanded = expandArguments(
    options.patterns.filter((p) => p !== '-'),
    { cwd: io.cwd, explicitConfigPath },
  );
  for (const file of expanded.files) lint(file, displayPath(file, io.cwd), readTextFile(file), file);
  for (const error of expanded.errors) {
    emit({ filePath: resolve(io.cwd, error.path), displayPath: error.path, messages: [], fatal: error.message });
  }
  if (options.patterns.includes('-')) {
    const name = options.stdinFilename;
    const filePath = name === undefined ? STDIN_NAME : resolve(io.cwd, name);
    let read: ReadResult;
    try {
      read = decodeText(await io.readStdin());
    } catch (error) {
      read = { error: `cannot read standard input: ${error instanceof Error ? error.message : String(error)}` };
    }
    lint(filePath, name === undefined ? STDIN_NAME : displayPath(filePath, io.cwd), read, name === undefined ? join(io.cwd, STDIN_NAME) : filePath);
  }

  for (const loaded of configs.values()) {
    if (loaded.problems.length === 0 || !loaded.configPath) continue;
    emit({
      filePath: loaded.configPath,
      displayPath: displayPath(loaded.configPath, io.cwd),
      messages: [],
      configProblems: loaded.problems.map(({ line, column, key, message }) => ({ line, column, key, message })),
    });
  }

  const end = writer.end();
  if (end) io.writeStdout(end);
  for (const line of failures) io.writeStderr(line);
  if (failures.length > 0) return EXIT_FAILURE;
  if (all.errorCount > 0) return EXIT_LINT_ERRORS;
  if (options.maxWarnings >= 0 && all.warningCount > options.maxWarnings) {
    io.writeStderr(`rsplint found too many warnings: ${all.warningCount} (maximum: ${options.maxWarnings}).\n`);
    return EXIT_LINT_ERRORS;
  }
  return EXIT_OK;
}

/**
 * --fix: applies the deterministic fixes (up to three rounds, as one fix can reveal another), writes the
 * file back only when it was clean UTF-8 (so no byte the author wrote is changed by decoding), keeping a
 * byte-order mark if it had one.
 */
function fixFile(path: string, text: string, first: Analysis, reanalyze: (text: string) => Analysis, cwd: string): { text?: string; analysis?: Analysis; error?: string } {
  // An untrusted branch can add a link that aims a rewrite at a file elsewhere on the machine: never write
  // through a symbolic link whose target is outside the working directory.
  const outside = linkLeavesTree(path, cwd);
  if (outside) return { error: outside };
  let current = text;
  let analysis = first;
  for (let round = 0; round < 3; round++) {
    const edits = analysis.findings.flatMap((f) => (f.fixes ?? []).filter((x) => x.deterministic).flatMap((x) => x.edits));
    if (edits.length === 0) break;
    const result = applyFixes(current, edits);
    if (result.applied.length === 0 || result.text === current) break;
    current = result.text;
    analysis = reanalyze(current);
  }
  if (current === text) return {};
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (Buffer.compare(Buffer.from((bom ? '\ufeff' : '') + text, 'utf8'), bytes) !== 0) return { error: 'the file is not plain UTF-8, so rewriting it could change bytes you wrote' };
  try {
    writeFileSync(path, (bom ? '\ufeff' : '') + current, 'utf8');
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  return { text: current, analysis };
}

export { MAX_FINDINGS_PER_FILE };

function linkLeavesTree(path: string, cwd: string): string | undefined {
  try {
    if (!lstatSync(path).isSymbolicLink()) return undefined;
    const target = realpathSync(path);
    const root = realpathSync(cwd);
    if (target === root || target.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
    return `it is a symbolic link to ${target}, outside the working directory; not rewritten`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function createWriter(options: CliOptions, io: CliIo): ReportWriter {
  switch (options.format) {
    case 'json':
      return jsonWriter();
    case 'sarif':
      return sarifWriter(io.cwd);
    case 'github':
      return githubWriter();
    case 'markdown':
      return markdownWriter();
    case 'stylish':
      return stylishWriter(createStyle(useColor(options.color, io.stdoutIsTTY, io.env)));
  }
}

function printConfig(file: string, explicitConfigPath: string | undefined, io: CliIo): number {
  const loaded = loadConfigForFile(resolve(io.cwd, file), { explicitConfigPath });
  io.writeStdout(JSON.stringify(resolvedConfig(loaded.config), null, 2) + '\n');
  for (const p of loaded.problems) {
    io.writeStderr(`rsplint: ${displayPath(p.file, io.cwd)}:${p.line}:${p.column}: ${p.message}\n`);
  }
  return loaded.problems.length > 0 ? EXIT_FAILURE : EXIT_OK;
}

/** The config as it applies: every rule with its effective severity, the rest as written. */
function resolvedConfig(config: RsplintConfig): RsplintConfig {
  return {
    rules: Object.fromEntries(RULES.map((r) => [r.id, config.rules?.[r.id] ?? r.defaultSeverity])),
    aliases: config.aliases ?? {},
    glossary: config.glossary ?? [],
    ignore: config.ignore ?? [],
    options: config.options ?? {},
  };
}
