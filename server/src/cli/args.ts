// Command-line arguments → options. Every mistake becomes one short usage message (exit code 2).
import { parseArgs } from 'node:util';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface CliOptions {
  patterns: string[];
  format: FormatName;
  config?: string;
  printConfig?: string;
  /** -1 = no limit. */
  maxWarnings: number;
  quiet: boolean;
  /** Apply deterministic fixes to the files (never placeholder insertions). */
  fix: boolean;
  reportUnusedDisableDirectives: boolean;
  stdinFilename?: string;
  /** undefined = decide from the terminal and the environment. */
  color?: boolean;
  help: boolean;
  version: boolean;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string };

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        'print-config': { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        fix: { type: 'boolean' },
        'report-unused-disable-directives': { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return { ok: false, error: rephrase(error) };
  }
  const { values, positionals } = parsed;

  const format = values.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) {
    return { ok: false, error: `unknown format "${format}"; use one of: ${FORMATS.join(', ')}` };
  }
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    const text = values['max-warnings'].trim();
    if (!/^-?\d+$/.test(text) || Number(text) < -1) {
      return { ok: false, error: `--max-warnings needs a whole number (0 or more, or -1 for no limit), not "${values['max-warnings']}"` };
    }
    maxWarnings = Number(text);
  }
  for (const name of ['config', 'print-config', 'stdin-filename'] as const) {
    if (values[name] !== undefined && values[name].trim() === '') return { ok: false, error: `--${name} needs a file path` };
  }
  if (values.color && values['no-color']) return { ok: false, error: '--color and --no-color cannot be used together' };

  return {
    ok: true,
    options: {
      patterns: positionals,
      format: format as FormatName,
      config: values.config,
      printConfig: values['print-config'],
      maxWarnings,
      quiet: values.quiet ?? false,
      fix: values.fix ?? false,
      reportUnusedDisableDirectives: values['report-unused-disable-directives'] ?? false,
      stdinFilename: values['stdin-filename'],
      color: values['no-color'] ? false : values.color ? true : undefined,
      help: values.help ?? false,
      version: values.version ?? false,
    },
  };
}

/** node:util's messages are long and mention internals; keep the part a user needs. */
function rephrase(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^']*)'/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? message}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return option && /argument missing/.test(message) ? `${option.split(',').pop()!.trim().split(' ')[0]} needs a value` : message.split('\n')[0]!;
    default:
      return message.split('\n')[0]!;
  }
}
